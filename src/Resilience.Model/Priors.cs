using System.Globalization;

namespace Resilience.Model;

/// <summary>The shape of a parameter's prior: none (held fixed), uniform, or triangular with its mode at the default.</summary>
public enum PriorShape { None, Uniform, Triangular }

/// <summary>
/// What is believed about an assumed size before any run: a distribution over plausible values. Probabilistic
/// sensitivity analysis (<c>compare --uncertainty full</c>) draws every prior-bearing parameter from it, so an effect's
/// interval carries the uncertainty of the assumed mechanism sizes and not only simulation noise.
/// </summary>
public readonly record struct Prior(PriorShape Shape, double Low, double Mode, double High)
{
    public static readonly Prior None = new(PriorShape.None, double.NaN, double.NaN, double.NaN);

    public bool IsNone => Shape == PriorShape.None;

    /// <summary>The value at cumulative probability <paramref name="u"/> in [0, 1] (the inverse distribution function).</summary>
    public double Quantile(double u)
    {
        if (u < 0 || u > 1 || double.IsNaN(u)) throw new ArgumentOutOfRangeException(nameof(u), u, "expected a probability in [0, 1]");
        switch (Shape)
        {
            case PriorShape.Uniform: return Low + u * (High - Low);
            case PriorShape.Triangular:
                if (High == Low) return Low;
                double split = (Mode - Low) / (High - Low);
                return u <= split
                    ? Low + Math.Sqrt(u * (High - Low) * (Mode - Low))
                    : High - Math.Sqrt((1 - u) * (High - Low) * (High - Mode));
            default: throw new InvalidOperationException("a parameter without a prior has no quantiles");
        }
    }

    /// <summary>How the prior reads in <c>params</c> and ODD §11.</summary>
    public override string ToString() => Shape switch
    {
        PriorShape.Uniform => $"uniform {F(Low)}–{F(High)}",
        PriorShape.Triangular => $"triangular {F(Low)}–{F(High)}, mode {F(Mode)}",
        _ => "—",
    };

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}

/// <summary>
/// Which parameters carry a prior, and which. The rule (ODD §11, "Priors"):
/// <list type="bullet">
/// <item>a statute's number, a policy setting (a lever) and a structural choice (a switch or a choice) have none: they
/// are what a scenario sets, not what is uncertain;</item>
/// <item>a measured figure has none: it is held at the study's value (its sampling error is not drawn);</item>
/// <item>a calibrated parameter's uncertainty comes from the calibration's bootstrap set; it has a direction's prior
/// only for where the set does not hold it (<see cref="ParameterDraws"/> of Analysis prefers the set);</item>
/// <item>a <em>direction</em> (sign known, size assumed) is triangular from half to twice its default, mode at the
/// default;</item>
/// <item>an <em>assumption</em> (neither sign nor size in the sources) is uniform from a third to three times its
/// default — wider, because the source is weaker;</item>
/// <item>both are cut to the parameter's allowed range, and a parameter's own <c>PriorLow</c>/<c>PriorHigh</c>
/// replaces the band where its source says more.</item>
/// </list>
/// </summary>
public static class Priors
{
    /// <summary>A direction's prior runs from default / band to default × band.</summary>
    public const double DirectionBand = 2;

    /// <summary>An assumption's prior runs from default / band to default × band.</summary>
    public const double AssumptionBand = 3;

    public static Prior For(ParamDef d)
    {
        var m = d.Meta;
        if (d.IsLever || d.Kind is ParamKind.Boolean or ParamKind.Choice) return Prior.None;
        PriorShape shape;
        double band;
        switch (m.Evidence)
        {
            case Evidence.Direction: shape = PriorShape.Triangular; band = DirectionBand; break;
            // A calibrated value's uncertainty is the bootstrap set; this prior stands in only where the set does not
            // hold the parameter (fitted in a refinement without a bootstrap, or by hand).
            case Evidence.Calibrated: shape = PriorShape.Triangular; band = DirectionBand; break;
            case Evidence.Assumption: shape = PriorShape.Uniform; band = AssumptionBand; break;
            default: return Prior.None;
        }
        double a = m.Default / band, b = m.Default * band;
        double low = double.IsNaN(m.PriorLow) ? Math.Min(a, b) : m.PriorLow;
        double high = double.IsNaN(m.PriorHigh) ? Math.Max(a, b) : m.PriorHigh;
        low = Math.Clamp(low, m.Min, m.Max);
        high = Math.Clamp(high, m.Min, m.Max);
        if (!(low <= m.Default && m.Default <= high))
            throw new InvalidOperationException($"{d.Name}: the prior {low}–{high} does not hold the default {m.Default}");
        return high == low ? Prior.None : new Prior(shape, low, m.Default, high);
    }

    /// <summary>Every parameter with a prior, in declaration order.</summary>
    public static IEnumerable<(ParamDef Def, Prior Prior)> All() =>
        ParameterRegistry.All.Select(d => (d, For(d))).Where(x => !x.Item2.IsNone);

    /// <summary>The value of <paramref name="d"/> at cumulative probability <paramref name="u"/> of its prior, rounded
    /// for an integer parameter so that it stays allowed.</summary>
    public static double Draw(ParamDef d, Prior prior, double u)
    {
        double x = prior.Quantile(u);
        return d.Kind == ParamKind.Integer ? Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), d.Meta.Min, d.Meta.Max) : x;
    }
}
