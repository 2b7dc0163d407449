using System.Globalization;
using System.Text;
using CsvHelper;
using Resilience.Analysis.Panel;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Analysis.Calibration;

/// <summary>
/// One thing a calibration fits: a moment with a target value and a band. The moment is either a MODEL.md §8 seed
/// target of <see cref="Targets"/> (read from a run's monthly accumulators) or a panel moment
/// (<see cref="PanelMoments"/>, computed from the run's person-month records).
/// </summary>
public sealed record CalibrationTarget(string Moment, double Value, double Low, double High, string Source)
{
    public Target? Seed { get; init; }
    public MomentKey? PanelKey { get; init; }
    /// <summary>Observed n behind the value (panel moments), for the weights and the bootstrap.</summary>
    public double ObservedN { get; init; }
    /// <summary>Weight of the squared distance in the objective.</summary>
    public double Weight { get; set; } = 1;

    /// <summary>Who the figure describes (<see cref="Target.Sample"/>; a file's own targets describe recipients).</summary>
    public string Sample => Seed?.Sample ?? Targets.Population;

    /// <summary>A shipped target from a treated sample (<see cref="Target.Treated"/>): read and shown for information
    /// with weight 0, so that the baseline does not inherit the treatment through the fit.</summary>
    public static CalibrationTarget Shipped(Target t, double value, double low, double high, string source) =>
        new(t.Name, value, low, high, source) { Seed = t, Weight = t.Treated ? 0 : 1 };

    /// <summary>Scale of a deviation on the side it falls: the distance from the value to the band edge.</summary>
    public double HalfWidth(double simulated)
    {
        double h = simulated >= Value ? High - Value : Value - Low;
        return h > 1e-12 ? h : Math.Max(1e-6, (High - Low) / 2);
    }

    public bool Inside(double simulated) => double.IsFinite(simulated) && simulated >= Low && simulated <= High;
}

/// <summary>Reading and writing targets files: CSV <c>moment, value, low, high, source</c>, or only <c>moment</c> to
/// name shipped targets (<c>scenarios/targets/seed-targets.csv</c> and <c>national-targets.csv</c>) with their own
/// values, bands and sources, as the shipped calibration's objective <c>calibration-targets.csv</c> does.</summary>
public static class TargetsFile
{
    public static readonly string[] Header = ["moment", "value", "low", "high", "source"];

    /// <summary>The shipped targets: the seed targets of <c>scenarios/targets/seed-targets.csv</c> and the national ones.</summary>
    public static IReadOnlyList<CalibrationTarget> SeedTargets() => [.. Targets.All.Select(Shipped)];

    private static CalibrationTarget Shipped(Target t) => CalibrationTarget.Shipped(t, t.Value, t.Low, t.High, t.Source);

    public static void Write(string path, IEnumerable<CalibrationTarget> targets)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        foreach (var h in Header) csv.WriteField(h);
        csv.EndRecord();
        foreach (var t in targets)
        {
            csv.WriteField(t.Moment); csv.WriteField(RunOutputs.Num(t.Value)); csv.WriteField(RunOutputs.Num(t.Low));
            csv.WriteField(RunOutputs.Num(t.High)); csv.WriteField(t.Source);
            csv.EndRecord();
        }
    }

    /// <summary>Read and check a targets file: every row names a known moment (a §8 target name such as
    /// <c>adaptive_share</c>, or a panel moment such as <c>exit_to_work_hazard[&lt;12]</c>), with numbers
    /// low ≤ value ≤ high; each moment once.</summary>
    public static IReadOnlyList<CalibrationTarget> Load(string path)
    {
        InputFiles.CheckRegular(path, "targets file");
        using var stream = File.OpenRead(path);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true, Separator = ',' }, leaveOpen: true);
        var headers = csv.Headers.Select(h => h.Trim()).ToList();
        var missing = Header.Where(h => !headers.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        bool namesOnly = headers.Contains("moment", StringComparer.OrdinalIgnoreCase) && missing.Count == Header.Length - 1;
        if (namesOnly) missing.Clear();
        if (missing.Count > 0) throw new InputException($"{path}: header: missing column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; expected {string.Join(", ", Header)}");
        int Col(string n) => headers.FindIndex(h => string.Equals(h, n, StringComparison.OrdinalIgnoreCase));
        int cMoment = Col("moment"), cValue = Col("value"), cLow = Col("low"), cHigh = Col("high"), cSource = Col("source");
        var list = new List<CalibrationTarget>();
        var seen = new HashSet<string>();
        while (csv.Read())
        {
            string where = $"{path}: row {csv.RowNumber} (line {csv.LineNumber})";
            string moment = csv.GetString(cMoment).Trim();
            if (moment.Length == 0) throw new InputException($"{where}, column moment: empty");
            if (namesOnly)
            {
                var shipped = Targets.All.FirstOrDefault(t => t.Name == moment)
                    ?? throw new InputException($"{where}, column moment: '{moment}' is not a shipped target (a file of names only names " +
                                                $"targets of seed-targets.csv or national-targets.csv: {string.Join(", ", Targets.All.Select(t => t.Name))})");
                if (!seen.Add(moment)) throw new InputException($"{where}, column moment: '{moment}' appears twice");
                list.Add(Shipped(shipped));
                continue;
            }
            double Number(int k, string name) =>
                csv.TryParse(k, out double v) && double.IsFinite(v) ? v : throw new InputException($"{where}, column {name}: '{csv.GetString(k)}' is not a number");
            double value = Number(cValue, "value"), low = Number(cLow, "low"), high = Number(cHigh, "high");
            if (!(low <= value && value <= high)) throw new InputException($"{where}: expected low ≤ value ≤ high, got {low} ≤ {value} ≤ {high}");
            if (!seen.Add(moment)) throw new InputException($"{where}, column moment: '{moment}' appears twice");
            list.Add(Resolve(moment, value, low, high, cSource >= 0 ? csv.GetString(cSource) : "", where));
        }
        if (list.Count == 0) throw new InputException($"{path}: no targets");
        return list;
    }

    private static CalibrationTarget Resolve(string moment, double value, double low, double high, string source, string where)
    {
        var seed = Targets.All.FirstOrDefault(t => t.Name == moment);
        if (seed is not null) return CalibrationTarget.Shipped(seed, value, low, high, source);
        if (MomentKey.TryParse(moment, out var key) && PanelMoments.Catalogue.Any(c => c.Name == key.Name))
            return new CalibrationTarget(moment, value, low, high, source) { PanelKey = key };
        throw new InputException($"{where}, column moment: unknown moment '{moment}'; expected a MODEL.md §8 target " +
                                 $"({string.Join(", ", Targets.All.Select(t => t.Name))}) or a panel moment " +
                                 $"({string.Join(", ", PanelMoments.Catalogue.Select(c => c.Name))}, with [band] and/or @month as the moments command writes them)");
    }

    /// <summary>Targets from an observed panel's moments: each moment with at least <paramref name="minN"/>
    /// observations and a month within the simulated horizon. The band is the moment's 95% binomial interval.</summary>
    public static IReadOnlyList<CalibrationTarget> FromPanel(MomentSet observed, int months, double minN, string source)
    {
        var list = new List<CalibrationTarget>();
        foreach (var key in observed.Keys)
        {
            var r = observed[key];
            if (r.N < minN || (key.Month is int m && (m < 0 || m > months))) continue;
            double p = r.Value, se = Math.Sqrt(Smoothed(r) * (1 - Smoothed(r)) / r.N);
            list.Add(new CalibrationTarget(key.ToString(), p, Math.Max(0, p - 1.96 * se), Math.Min(1, p + 1.96 * se), source)
            {
                PanelKey = key, ObservedN = r.N,
            });
        }
        return list;
    }

    /// <summary>People observed in the panel's first month: the size of a pseudo-observed panel in the bootstrap.</summary>
    public static int InitialPeople(MomentSet observed)
    {
        var first = observed.Keys.Where(k => k.Name == PanelMoments.StatusShare && k.Month is not null).MinBy(k => k.Month!.Value);
        return first.Name is null ? 1 : (int)Math.Max(1, observed[first].N);
    }

    /// <summary>A proportion pulled slightly off 0 and 1 so that its variance is never zero.</summary>
    public static double Smoothed(Ratio r) => (r.Events + 0.5) / (r.N + 1);
}
