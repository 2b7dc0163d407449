using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Resilience.Model;

public enum ParamKind { Number, Integer, Boolean, Choice }

/// <summary>One parameter as seen from outside the model: name, metadata, and typed access to its field.</summary>
public sealed class ParamDef
{
    internal ParamDef(FieldInfo field, ParamAttribute meta)
    {
        Field = field;
        Meta = meta;
        Kind = field.FieldType == typeof(double) ? ParamKind.Number
            : field.FieldType == typeof(int) ? ParamKind.Integer
            : field.FieldType == typeof(bool) ? ParamKind.Boolean
            : field.FieldType.IsEnum ? ParamKind.Choice
            : throw new InvalidOperationException($"Unsupported parameter type {field.FieldType} on {field.Name}");
        Choices = Kind == ParamKind.Choice ? Enum.GetNames(field.FieldType) : [];
    }

    internal FieldInfo Field { get; }
    public ParamAttribute Meta { get; }
    public string Name => Meta.Name;
    public ParamKind Kind { get; }
    public bool IsLever => Meta.Lever;
    public IReadOnlyList<string> Choices { get; }

    /// <summary>Human description of the allowed values, used in every error message.</summary>
    public string AllowedText => Kind switch
    {
        ParamKind.Boolean => "true or false",
        ParamKind.Choice => "one of " + string.Join(", ", Choices.Select(c => $"\"{c}\"")),
        ParamKind.Integer => $"an integer from {Fmt(Meta.Min)} to {Fmt(Meta.Max)}",
        _ => $"a number from {Fmt(Meta.Min)} to {Fmt(Meta.Max)}",
    };

    public string DefaultText => Format(Meta.Default);

    public double Get(Parameters p) => Kind switch
    {
        ParamKind.Number => (double)Field.GetValue(p)!,
        ParamKind.Integer => (int)Field.GetValue(p)!,
        ParamKind.Boolean => (bool)Field.GetValue(p)! ? 1 : 0,
        _ => Convert.ToDouble(Field.GetValue(p), CultureInfo.InvariantCulture),
    };

    /// <summary>Null when <paramref name="value"/> is allowed, else the reason it is not.</summary>
    public string? Validate(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return $"expected {AllowedText}, got a non-finite number";
        if (Kind == ParamKind.Boolean && value is not (0 or 1)) return $"expected {AllowedText}";
        if (Kind is ParamKind.Integer or ParamKind.Choice && value != Math.Floor(value)) return $"expected {AllowedText}, got {Fmt(value)}";
        if (value < Meta.Min || value > Meta.Max) return $"expected {AllowedText}, got {Fmt(value)}";
        return null;
    }

    public void Set(Parameters p, double value)
    {
        var error = Validate(value);
        if (error is not null) throw new ArgumentOutOfRangeException(Name, $"{Name}: {error}");
        object boxed = Kind switch
        {
            ParamKind.Number => value,
            ParamKind.Integer => (int)value,
            ParamKind.Boolean => value != 0,
            _ => Enum.ToObject(Field.FieldType, (int)value),
        };
        Field.SetValue(p, boxed);
    }

    /// <summary>Value as written in files and manifests: a number, true/false, or the choice name.</summary>
    public string Format(double value) => Kind switch
    {
        ParamKind.Boolean => value != 0 ? "true" : "false",
        ParamKind.Choice => Enum.GetName(Field.FieldType, (int)value) ?? Fmt(value),
        _ => Fmt(value),
    };

    public int ChoiceIndex(string name)
    {
        for (int i = 0; i < Choices.Count; i++)
            if (string.Equals(Choices[i], name, StringComparison.OrdinalIgnoreCase)) return (int)Convert.ChangeType(Enum.Parse(Field.FieldType, Choices[i]), typeof(int), CultureInfo.InvariantCulture);
        return -1;
    }

    internal static string Fmt(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>
/// The catalogue of parameters and levers, ordered by name (ordinal): the parameters are declared in one file per domain
/// (a partial class), and C# leaves the order of fields across partial files unspecified, so the order every output,
/// hash and Latin hypercube column follows is the names'.
/// </summary>
public static class ParameterRegistry
{
    private static readonly ParamDef[] Defs = typeof(Parameters)
        .GetFields(BindingFlags.Public | BindingFlags.Instance)
        .Select(f => (f, a: f.GetCustomAttribute<ParamAttribute>()))
        .Where(x => x.a is not null)
        .OrderBy(x => x.a!.Name, StringComparer.Ordinal)
        .Select(x => new ParamDef(x.f, x.a!))
        .ToArray();

    private static readonly Dictionary<string, ParamDef> ByName = Defs.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public static IReadOnlyList<ParamDef> All => Defs;
    public static IEnumerable<ParamDef> Levers => Defs.Where(d => d.IsLever);
    public static IEnumerable<ParamDef> ModelParameters => Defs.Where(d => !d.IsLever);

    public static ParamDef? Find(string name) => ByName.GetValueOrDefault(name);

    public static ParamDef Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"Unknown parameter '{name}'.");

    internal static void ApplyDefaults(Parameters p)
    {
        foreach (var d in Defs) d.Set(p, d.Meta.Default);
    }

    /// <summary>Short stable hash of every value, written to manifests so runs with equal parameters are
    /// recognisable.</summary>
    public static string Hash(Parameters p)
    {
        var sb = new StringBuilder();
        foreach (var d in Defs) sb.Append(d.Name).Append('=').Append(d.Format(d.Get(p))).Append(';');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
    }

    /// <summary>Names and formatted values of everything that differs between two sets.</summary>
    public static IEnumerable<(ParamDef Def, double From, double To)> Differences(Parameters a, Parameters b)
    {
        foreach (var d in Defs)
        {
            double x = d.Get(a), y = d.Get(b);
            if (x != y) yield return (d, x, y);
        }
    }
}
