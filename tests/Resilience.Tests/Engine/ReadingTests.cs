using System.Globalization;
using CsvHelper;
using Resilience.Analysis;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Sensitivity;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>Observation as one declared layer (issue 25 item 4): each reading of a metric is declared once
/// (<see cref="Reading"/>) and summary.csv, the workshop, sensitivity, the comparison's outcomes and the targets read
/// through it; the seed targets are the rows of one CSV naming their figure and reading, and targets from a treated
/// sample are marked and not fitted (issue 23 item 5).</summary>
[Trait("Tier", "Fast")]
public class ReadingTests
{
    private static readonly Lazy<RunResult> Run = new(() => TestSupport.Run(new Parameters(), clients: 800, months: 30, seed: 3));

    private static string SeedFile => Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "seed-targets.csv");

    [Fact]
    public void EachReadingComputesWhatItsNameSays()
    {
        var raw = Run.Value.Raw;
        var share = Metrics.Get("share_adaptive");
        var flow = Metrics.Get("exits_to_work");
        double[] S(Metric m) => [.. raw.Select(month => m.Compute(month, 0))];
        Assert.Equal(S(share)[^1], share.Read(raw, Reading.FinalMonth));
        Assert.Equal(S(share)[7], share.Read(raw, Reading.At(7)));
        Assert.Equal(S(share)[^1], share.Read(raw, Reading.At(500)));
        Assert.Equal(S(share)[12..].Average(), share.Read(raw, Reading.MeanFrom(12)), 12);
        Assert.Equal(S(flow)[1..].Sum(), flow.Read(raw, Reading.RunTotal), 9);
        double meanActive = raw.Skip(1).Average(m => m[Acc.Active]);
        Assert.Equal(S(flow)[1..].Sum() * 1000 / meanActive, flow.Read(raw, Reading.PerThousand), 9);
        Assert.Equal(S(flow)[1..].Sum() / meanActive, flow.Read(raw, Reading.PerClient), 9);
        // Up to a month: the run so far, as the workshop shows it; per client is undefined before anything happened.
        Assert.Equal(S(flow)[1..11].Sum(), flow.Read(raw, Reading.RunTotal, end: 10), 9);
        Assert.True(double.IsNaN(flow.Read(raw, Reading.PerThousand, end: 0)));
        Assert.Equal(flow.Read(raw, Reading.PerThousand), Reading.PerThousand.Path(flow, raw)[^1]);
    }

    [Fact]
    public void AMetricsOwnReadingIsTheRunTotalOfFlowsAndCostsElseTheFinalMonth()
    {
        foreach (var m in Metrics.All)
            Assert.Same(m.Kind is MetricKind.Flow or MetricKind.Cost ? Reading.RunTotal : Reading.FinalMonth, m.Reading);
    }

    [Theory]
    [InlineData("final_month", "final_month")]
    [InlineData("run_total_per_1000", "run_total_per_1000")]
    [InlineData("at_month_36", "at_month_36")]
    [InlineData("mean_from_month_12", "mean_from_month_12")]
    public void ReadingsAreFoundByName(string name, string expected) => Assert.Equal(expected, Reading.Find(name)!.Name);

    [Theory]
    [InlineData("mean_after_12")]
    [InlineData("at_month_")]
    [InlineData("at_month_-3")]
    [InlineData("FINAL_MONTH")]
    public void UnknownReadingsAreNotFound(string name) => Assert.Null(Reading.Find(name));

    [Fact]
    public void EveryOutputReadsThroughTheDeclaredReadings()
    {
        var r = Run.Value;
        // The comparison's outcomes.
        Assert.Equal(Metrics.Get("exits_lasting_18").Read(r.Raw, Reading.PerThousand), Outcomes.Get("exits_lasting_18").Read(r, 0));
        Assert.Equal(Metrics.Get("cost_total").Read(r.Raw, Reading.PerClient), Outcomes.Get("cost_total").Read(r, 0));
        Assert.Equal(Metrics.Get("share_crisis").Read(r.Raw, Reading.At(12)), Outcomes.Get("share_crisis@12").Read(r, 0));
        // Sensitivity outcomes of plain metrics, named by their reading.
        var flow = SensitivityOutcome.Parse("job_starts");
        Assert.Equal(Reading.PerThousand.Words, flow.Statistic);
        Assert.Equal(Metrics.Get("job_starts").Read(r.Raw, Reading.PerThousand), flow.Read(r));
        var stock = SensitivityOutcome.Parse("share_adaptive");
        Assert.Equal(Reading.MeanFrom(Reading.SettledFrom).Words, stock.Statistic);
        Assert.Equal(Metrics.Get("share_adaptive").Read(r.Raw, Reading.MeanFrom(12)), stock.Read(r));
        // A seed target: its figure read by its reading.
        var t = Targets.Seed.Single(x => x.Name == "coping_or_crisis_share");
        var mean = Reading.MeanFrom(12);
        Assert.Equal(Metrics.Get("share_coping").Read(r.Raw, mean) + Metrics.Get("share_crisis").Read(r.Raw, mean), t.Evaluate(r.Raw));
        var none = Targets.Seed.Single(x => x.Name == "coach_role_none");
        Assert.Equal(1 - Metrics.Get("exits_coach_role").Read(r.Raw) / Metrics.Get("exits_to_work").Read(r.Raw), none.Evaluate(r.Raw), 12);
    }

    [Fact]
    public void EveryRowOfTheSeedTargetsFileNamesAKnownMetricAndReading()
    {
        using var stream = File.OpenRead(SeedFile);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        var header = csv.Headers.ToList();
        foreach (var column in new[] { "moment", "value", "low", "high", "source", "section", "sample", "figure", "reading" })
            Assert.Contains(column, header);
        var names = new List<string>();
        while (csv.Read())
        {
            string moment = csv.GetString(header.IndexOf("moment"));
            names.Add(moment);
            Assert.NotNull(Reading.Find(csv.GetString(header.IndexOf("reading"))));
            var metricsNamed = csv.GetString(header.IndexOf("figure")).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length > 1 && !double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
            foreach (var m in metricsNamed) Assert.Contains(Metrics.All, x => x.Name == m);
            Assert.False(string.IsNullOrWhiteSpace(csv.GetString(header.IndexOf("section"))), moment);
        }
        // The embedded copy is the file, and it is the only declaration of the seed targets.
        Assert.Equal(names, Targets.Seed.Select(t => t.Name));
    }

    [Theory]
    [InlineData("share_adaptive + share_adaptiv", "unknown metric 'share_adaptiv'")]
    [InlineData("share_adaptive +", "ends where a metric or number is expected")]
    [InlineData("share_adaptive share_crisis", "unexpected 'share_crisis'")]
    public void AFigureNamingAnUnknownMetricOrMalformedFails(string figure, string message)
    {
        var e = Assert.Throws<InvalidOperationException>(() => TargetFigure.Parse(figure, "seed-targets.csv: x"));
        Assert.Contains(message, e.Message);
        Assert.StartsWith("seed-targets.csv: x", e.Message);
    }

    [Fact]
    public void FiguresFollowTheUsualPrecedenceAndADivisionByZeroGivesZero()
    {
        double Of(string figure, double a, double b) =>
            TargetFigure.Parse(figure, "t")(m => m.Name == "share_coping" ? a : b);
        Assert.Equal(1 - 0.25, Of("1 - share_coping / share_crisis", 1, 4));
        Assert.Equal(2 + 3 * 4, Of("share_coping + share_crisis * 4", 2, 3));
        Assert.Equal(0, Of("share_coping / share_crisis", 5, 0));
    }

    [Fact]
    public void TargetsFromTheTreatedExperimentSampleAreMarkedAndNeverFitted()
    {
        // Seed 003 is the Amsterdam experiment's T3 survey: every arm had the earnings premium.
        var fromExperiment = Targets.Seed.Where(t => t.Source.StartsWith("[003", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, fromExperiment.Count);
        Assert.All(fromExperiment, t =>
        {
            Assert.True(t.Treated, t.Name);
            Assert.Contains("earnings premium", t.Treatment);
            Assert.False(t.Fitted, t.Name);
        });
        Assert.All(Targets.All.Except(fromExperiment), t => Assert.Equal(Targets.Population, t.Sample));
        // In a calibration they are read and shown with weight 0: the objective does not move with them.
        var shipped = TargetsFile.SeedTargets();
        Assert.All(shipped, c => Assert.Equal(c.Seed!.Treated ? 0 : 1, c.Weight));
        var treated = shipped.First(c => c.Seed!.Treated);
        Assert.Equal(0, Calibrator.Objective([treated], [treated.High * 10]));
    }

    [Fact]
    public void AFileOfNamesTakesTheShippedValuesAndTheShippedObjectiveIsSuch()
    {
        string path = Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "calibration-targets.csv");
        Assert.Equal("moment", File.ReadLines(path).First());
        var loaded = TargetsFile.Load(path);
        Assert.All(loaded, c =>
        {
            Assert.NotNull(c.Seed);
            Assert.Equal((c.Seed!.Value, c.Seed.Low, c.Seed.High, c.Seed.Source), (c.Value, c.Low, c.High, c.Source));
        });
        // Not fitted: superseded, or from a treated sample (listed for the fit report, weight 0).
        Assert.DoesNotContain(loaded, c => c.Seed!.Superseded is not null);
        Assert.All(loaded.Where(c => c.Seed!.Treated), c => Assert.Equal(0, c.Weight));
    }
}
