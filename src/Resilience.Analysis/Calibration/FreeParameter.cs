using System.Globalization;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis.Calibration;

/// <summary>A parameter to fit or vary, with the bounds it may take. Optimisers and designs work on the unit cube;
/// <see cref="ToValue"/> maps u ∈ [0,1] linearly onto [Low, High] (integer parameters are rounded).</summary>
public sealed record FreeParameter(ParamDef Def, double Low, double High)
{
    public string Name => Def.Name;

    public double ToValue(double u)
    {
        double v = Low + Math.Clamp(u, 0, 1) * (High - Low);
        return Def.Kind == ParamKind.Number ? v : Math.Clamp(Math.Round(v), Def.Meta.Min, Def.Meta.Max);
    }

    public double ToUnit(double value) => High > Low ? (value - Low) / (High - Low) : 0.5;

    /// <summary>Parse <c>NAME=LOW:HIGH</c>, or <c>NAME</c> alone for the parameter's whole allowed range.</summary>
    public static FreeParameter Parse(string text, bool continuousOnly = true)
    {
        string name = text, range = "";
        int eq = text.IndexOf('=');
        if (eq >= 0) { name = text[..eq].Trim(); range = text[(eq + 1)..].Trim(); }
        var def = ParameterRegistry.Find(name)
                  ?? throw new InputException($"--free {text}: unknown parameter '{name}' (run `params` to list them)");
        if (continuousOnly && def.Kind != ParamKind.Number)
            throw new InputException($"--free {text}: '{name}' is {(def.Kind == ParamKind.Integer ? "an integer" : def.Kind == ParamKind.Boolean ? "a true/false" : "a choice")} parameter; calibration fits continuous parameters only");
        if (range.Length == 0) return new FreeParameter(def, def.Meta.Min, def.Meta.Max);
        var parts = range.Split(':');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double low)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double high))
            throw new InputException($"--free {text}: expected NAME=LOW:HIGH with two numbers, e.g. {name}={Fmt(def.Meta.Min)}:{Fmt(def.Meta.Max)}");
        if (!(low < high)) throw new InputException($"--free {text}: LOW must be below HIGH");
        if (low < def.Meta.Min || high > def.Meta.Max)
            throw new InputException($"--free {text}: bounds must lie within the allowed range of {name}: {def.AllowedText}");
        return new FreeParameter(def, low, high);
    }

    /// <summary>The bounds used by sensitivity designs: the whole allowed range, or a share <paramref name="span"/>
    /// of it centred on the default (clipped to the range).</summary>
    public static FreeParameter Around(ParamDef def, double span)
    {
        double min = def.Meta.Min, max = def.Meta.Max;
        if (span >= 1) return new FreeParameter(def, min, max);
        double half = span * (max - min) / 2, d = def.Meta.Default;
        return new FreeParameter(def, Math.Max(min, d - half), Math.Min(max, d + half));
    }

    private static string Fmt(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
