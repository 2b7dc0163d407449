using System.Globalization;
using Resilience.Model;

namespace Resilience.Engine;

/// <summary>How a metric's monthly series is read as one figure of a run (or of the run so far, up to a month): at
/// the final month, the run total, at month m, the mean from month m to the end, or the run total per 1,000 clients
/// (or per client) of the mean number of active clients. Declared once here and used by every output that reads a
/// run: <c>summary.csv</c>, the workshop's figures, sensitivity outcomes, the comparison's outcomes and the targets
/// (<see cref="Targets"/>, which name their reading in <c>scenarios/targets/seed-targets.csv</c>).</summary>
public sealed class Reading
{
    /// <summary>Name used in files (<c>summary.csv</c>'s statistic, the targets file's reading).</summary>
    public string Name { get; }

    /// <summary>The reading in words, as a target's or an outcome's description shows it.</summary>
    public string Words { get; }

    private readonly Func<Metric, double[][], int, int, double> _read;

    private Reading(string name, string words, Func<Metric, double[][], int, int, double> read) =>
        (Name, Words, _read) = (name, words, read);

    /// <summary>The figure of <paramref name="metric"/> for the subgroup <paramref name="subgroup"/> from months 0 to
    /// <paramref name="end"/> of <paramref name="raw"/> (default: the whole run).</summary>
    public double Read(Metric metric, double[][] raw, int subgroup = 0, int? end = null) =>
        _read(metric, raw, subgroup * Acc.Count, end ?? raw.Length - 1);

    /// <summary>The figure at every month: what <see cref="Read"/> gives for the run up to that month.</summary>
    public double[] Path(Metric metric, double[][] raw, int subgroup = 0) =>
        [.. Enumerable.Range(0, raw.Length).Select(m => Read(metric, raw, subgroup, m))];

    public override string ToString() => Name;

    /// <summary>The value at the last month read (stocks, shares, means, checks in <c>summary.csv</c>).</summary>
    public static readonly Reading FinalMonth = new("final_month", "at the final month", (m, raw, o, end) => m.Compute(raw[end], o));

    /// <summary>The sum over months 1 to the last month read (flows and costs in <c>summary.csv</c>); month 0 is the
    /// starting state, when nothing has happened yet.</summary>
    public static readonly Reading RunTotal = new("run_total", "total over the run", (m, raw, o, end) => Total(m, raw, o, end));

    /// <summary>The run total per 1,000 clients of the subgroup's mean number of active clients over months 1 to the
    /// last month read (NaN at month 0, before anything has happened).</summary>
    public static readonly Reading PerThousand = PerClients("run_total_per_1000", "run total per 1,000 clients (mean active)", Units.Thousand);

    /// <summary>As <see cref="PerThousand"/>, per client (the costs of the comparison).</summary>
    public static readonly Reading PerClient = PerClients("run_total_per_client", "run total per client (mean active)", 1);

    private const string AtPrefix = "at_month_", MeanPrefix = "mean_from_month_";

    /// <summary>The value at month <paramref name="month"/> (or the last month read, if earlier).</summary>
    public static Reading At(int month) =>
        new(AtPrefix + month.ToString(CultureInfo.InvariantCulture), $"at month {month}", (m, raw, o, end) => m.Compute(raw[Math.Min(month, end)], o));

    /// <summary>The mean over months <paramref name="from"/> to the last month read (skipping the settling-in of the
    /// initial state; only the last month when the run is shorter).</summary>
    public static Reading MeanFrom(int from) =>
        new(MeanPrefix + from.ToString(CultureInfo.InvariantCulture), $"mean over months {from}–end", (m, raw, o, end) =>
        {
            double sum = 0;
            int n = 0;
            for (int k = Math.Min(from, end); k <= end; k++) { sum += m.Compute(raw[k], o); n++; }
            return n > 0 ? sum / n : 0;
        });

    /// <summary>The first month the targets and the sensitivity outcomes count: the first year settles the
    /// synthesised state.</summary>
    public const int SettledFrom = 12;

    /// <summary>The readings a file may name: the fixed ones and <c>at_month_M</c>, <c>mean_from_month_M</c>.</summary>
    public static readonly IReadOnlyList<string> Names = [FinalMonth.Name, RunTotal.Name, PerThousand.Name, PerClient.Name, AtPrefix + "M", MeanPrefix + "M"];

    /// <summary>The reading named <paramref name="name"/>, or null if there is none.</summary>
    public static Reading? Find(string name)
    {
        foreach (var r in new[] { FinalMonth, RunTotal, PerThousand, PerClient }) if (r.Name == name) return r;
        if (Month(name, AtPrefix) is int at) return At(at);
        if (Month(name, MeanPrefix) is int from) return MeanFrom(from);
        return null;
    }

    private static int? Month(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int m) ? m : null;

    /// <summary>The sum of accumulator <paramref name="acc"/> (whole caseload) over months <paramref name="from"/> to
    /// the end (from the last month when the run is shorter): the totals that the national targets and the run
    /// diagnostics divide, so that a figure is a ratio of totals.</summary>
    public static double Sum(double[][] raw, int acc, int from)
    {
        double sum = 0;
        for (int k = Math.Min(from, raw.Length - 1); k < raw.Length; k++) sum += raw[k][acc];
        return sum;
    }

    private static double Total(Metric m, double[][] raw, int offset, int end)
    {
        double sum = 0;
        for (int k = 1; k <= end; k++) sum += m.Compute(raw[k], offset);
        return sum;
    }

    private static Reading PerClients(string name, string words, double per) => new(name, words, (m, raw, o, end) =>
    {
        if (end == 0) return double.NaN;
        double sum = 0, active = 0;
        for (int k = 1; k <= end; k++) { sum += m.Compute(raw[k], o); active += raw[k][o + Acc.Active]; }
        return sum * per / Math.Max(1, active / end);
    });
}
