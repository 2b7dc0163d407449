using System.Globalization;
using System.Text;
using CsvHelper;
using Resilience.IO;

namespace Resilience.Analysis.Panel;

/// <summary>Identifies one moment: its name, and the month and/or band it is read at (either may be absent). The
/// text form, used in targets files and reports, is <c>name</c>, <c>name[band]</c>, <c>name@month</c> or
/// <c>name[band]@month</c>.</summary>
public readonly record struct MomentKey(string Name, int? Month = null, string? Band = null)
{
    public override string ToString() =>
        Name + (Band is null ? "" : $"[{Band}]") + (Month is null ? "" : "@" + Month.Value.ToString(CultureInfo.InvariantCulture));

    public static bool TryParse(string text, out MomentKey key)
    {
        key = default;
        text = text.Trim();
        int? month = null;
        int at = text.LastIndexOf('@');
        if (at >= 0)
        {
            if (!int.TryParse(text.AsSpan(at + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out int m)) return false;
            month = m;
            text = text[..at];
        }
        string? band = null;
        int open = text.IndexOf('[');
        if (open >= 0)
        {
            if (!text.EndsWith(']')) return false;
            band = text[(open + 1)..^1];
            text = text[..open];
        }
        if (text.Length == 0) return false;
        key = new MomentKey(text, month, band);
        return true;
    }
}

/// <summary>A moment as a ratio: <see cref="Events"/> out of <see cref="N"/> (person-months, people or exits at
/// risk). Every panel moment is a proportion, so its sampling variance is known from the ratio and n.</summary>
public readonly record struct Ratio(double Events, double N)
{
    public double Value => N > 0 ? Events / N : double.NaN;
    public static Ratio operator +(Ratio a, Ratio b) => new(a.Events + b.Events, a.N + b.N);
}

/// <summary>An ordered set of moments, as computed from one panel (observed or simulated). Sets from several
/// replications add up ratio by ratio (pooled events over pooled n).</summary>
public sealed class MomentSet
{
    private readonly List<MomentKey> _keys = [];
    private readonly Dictionary<MomentKey, Ratio> _values = [];

    public IReadOnlyList<MomentKey> Keys => _keys;
    public int Count => _keys.Count;

    public Ratio this[MomentKey key] => _values[key];

    public bool TryGet(MomentKey key, out Ratio ratio) => _values.TryGetValue(key, out ratio);

    public void Add(MomentKey key, Ratio ratio)
    {
        if (_values.TryGetValue(key, out var old)) _values[key] = old + ratio;
        else { _keys.Add(key); _values[key] = ratio; }
    }

    public void AddAll(MomentSet other)
    {
        foreach (var k in other._keys) Add(k, other._values[k]);
    }

    /// <summary>Tidy CSV: <c>moment, month, band, value, n</c> (month or band empty where the moment has none).</summary>
    public void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        WriteCsv(writer);
    }

    public void WriteCsv(TextWriter writer)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        foreach (var h in new[] { "moment", "month", "band", "value", "n" }) csv.WriteField(h);
        csv.EndRecord();
        foreach (var k in _keys)
        {
            var r = _values[k];
            csv.WriteField(k.Name);
            csv.WriteField(k.Month?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(k.Band ?? "");
            csv.WriteField(RunOutputs.Num(r.Value));
            csv.WriteField(RunOutputs.Num(r.N));
            csv.EndRecord();
        }
    }
}
