using System.Globalization;
using CsvHelper;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Tests;

/// <summary>
/// Issue 17, condition 2: the answers may not move when the arithmetic changes. The stored reference
/// (<c>Reference/statistical-reference.csv</c>, made by <c>scripts/statistical-reference.sh</c> with the code before a
/// change) holds every summary.csv row of the baseline and three shipped scenarios over 20 replications of 2,000
/// clients × 60 months. The same runs with the code now must put every mean inside the reference's interval widened
/// for Monte Carlo error: a changed arithmetic sends the same seeds down other paths, so the new mean is a second,
/// independent estimate, and the difference of two means has standard error √2·SE. The band is therefore the
/// reference mean ± <see cref="Z"/>·√2·SE (SE = sd/√n of the reference), never narrower than the reference interval;
/// with about 700 rows, z = 4 keeps the chance of a false alarm over the whole file near 4%.
/// A row whose reference sd is 0 (a count fixed by the set-up) must match to <see cref="Exact"/>.
/// </summary>
[Trait("Tier", "Fast")]
public class StatisticalReferenceTests
{
    private const double Z = 4;
    private const double Exact = 1e-9;
    private const int Clients = 2000, Months = 60, Replications = 20;

    private static string ReferencePath => Path.Combine(TestSupport.RepoRoot, "tests", "Resilience.Tests", "Reference", "statistical-reference.csv");

    private sealed record Row(string Scenario, string Item, double Mean, double Low, double High, double Sd, int N);

    private static List<Row> Read(string path, string? scenario = null)
    {
        using var stream = File.OpenRead(path);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        var h = csv.Headers.ToList();
        int C(string n) => h.IndexOf(n);
        var rows = new List<Row>();
        while (csv.Read())
        {
            double D(string n) => double.TryParse(csv.GetString(C(n)), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN;
            rows.Add(new Row(scenario ?? csv.GetString(C("scenario")), csv.GetString(C("item")), D("mean"), D("ci_low"), D("ci_high"), D("sd"),
                int.Parse(csv.GetString(C("replications")), CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    /// <summary>Where a new mean may lie: the reference mean ± z·√2·SE, at least the reference interval.</summary>
    private static (double Lo, double Hi) Band(Row a)
    {
        double se = a.Sd / Math.Sqrt(Math.Max(1, a.N));
        return (Math.Min(a.Low, a.Mean - Z * Math.Sqrt(2) * se) - Exact, Math.Max(a.High, a.Mean + Z * Math.Sqrt(2) * se) + Exact);
    }

    public static TheoryData<string> Scenarios => ["baseline", "sanctions-strict", "buffer-budget", "coach-continuity"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EveryMeanLiesInsideTheStoredReference(string scenario)
    {
        var reference = Read(ReferencePath).Where(r => r.Scenario == scenario).ToDictionary(r => r.Item);
        Assert.True(reference.Count > 100, $"{scenario}: {reference.Count} reference rows");

        var spec = ScenarioLoader.Load(Path.Combine(TestSupport.RepoRoot, "scenarios", scenario + ".json"))
            .With(Clients, Months, null, Replications).ToRunSpec(threads: 2);
        var runs = Enumerable.Range(0, Replications).Select(r => RunResult.Run(spec, r)).ToList();
        string dir = Path.Combine(Path.GetTempPath(), "resilience-reference-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string path = Path.Combine(dir, "summary.csv");
            RunOutputs.WriteSummary(path, runs);
            var now = Read(path, scenario);
            Assert.Equal(reference.Keys.Order(), now.Select(r => r.Item).Order());
            var outside = new List<string>();
            foreach (var r in now)
            {
                var a = reference[r.Item];
                if (!double.IsFinite(a.Mean)) { if (double.IsFinite(r.Mean)) outside.Add($"{r.Item}: {r.Mean} where the reference has none"); continue; }
                var (lo, hi) = Band(a);
                if (!(r.Mean >= lo && r.Mean <= hi)) outside.Add($"{r.Item}: {r.Mean:G6} outside {lo:G6}–{hi:G6} (reference {a.Mean:G6})");
            }
            Assert.True(outside.Count == 0, $"{scenario}: {outside.Count} mean(s) moved:\n" + string.Join("\n", outside));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void TheBandCatchesAShiftOfAFewStandardErrors()
    {
        // The rule above on a made-up row: a mean 2 SE away passes, one 7 SE away fails.
        var a = new Row("x", "m", 1.0, 0.95, 1.05, 0.5, 25);
        double se = 0.1;
        var (lo, hi) = Band(a);
        Assert.InRange(a.Mean + 2 * se, lo, hi);
        Assert.InRange(a.Mean - 2 * se, lo, hi);
        Assert.False(a.Mean + 7 * se <= hi);
        Assert.False(a.Mean - 7 * se >= lo);
        // A fixed count (sd 0) must match.
        var fixedRow = a with { Sd = 0, Low = 1, High = 1 };
        Assert.False(Band(fixedRow).Hi >= 1 + 1e-6);
    }
}
