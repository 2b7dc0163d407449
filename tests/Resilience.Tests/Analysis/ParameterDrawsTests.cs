using System.Globalization;
using Resilience.Analysis;
using Resilience.IO;

namespace Resilience.Tests;

/// <summary>
/// compare --parameter-draws (issue 14 point 4): replication r of every scenario runs parameter vector r of a
/// calibration's bootstrap set, the same for baseline and scenarios, so an effect's interval includes the uncertainty
/// of the calibrated parameters.
/// </summary>
public sealed class ParameterDrawsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "resilience-draws-" + Guid.NewGuid().ToString("N"));

    public ParameterDrawsTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Scenario Load(string name) => TestSupport.LoadScenario(name, 2000, 24, 77, 8);

    /// <summary>A bootstrap set as calibrate writes it, with coach.leadRate spread widely.</summary>
    private string BootstrapSet(params double[] leadRates)
    {
        string path = Path.Combine(_dir, "bootstrap.csv");
        var lines = new List<string> { "replicate,simulation_seed,coach.leadRate,work.offerRate,objective,evaluations" };
        for (int k = 0; k < leadRates.Length; k++)
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{k},{1000 + k},{leadRates[k]},0.08,1.5,40"));
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void AnEffectThatDependsOnACalibratedParameterGetsAWiderIntervalWithDraws()
    {
        // Extra attention doubles coach contacts; its effect on coach-brokered exits scales with the lead rate per contact.
        var baseline = Load("baseline");
        var scenario = Load("extra-attention");
        var draws = ParameterDraws.Load(BootstrapSet(0.005, 0.2, 0.01, 0.15, 0.02, 0.25, 0.03, 0.12), 8);
        var without = Comparison.Run(baseline, [scenario], 2, null, CancellationToken.None);
        var with = Comparison.Run(baseline, [scenario], 2, null, CancellationToken.None, draws: draws);

        var outcome = Outcomes.Get("exits_lasting_18");
        Effect Of(ComparisonResult c) => Comparison.EffectRows(c).Single(r => r.Outcome == outcome && r.SubgroupIndex == 0).Effect;
        var a = Of(without);
        var b = Of(with);
        Assert.True(b.Width > 1.5 * a.Width, $"with draws {b.Low:0.##}–{b.High:0.##}, without {a.Low:0.##}–{a.High:0.##}");
        Assert.Contains("uncertainty of the fitted parameters", ComparisonReport.IntervalKind(with, Labels.English));
        Assert.Contains("onzekerheid van de afgestemde parameters", ComparisonReport.IntervalKind(with, Labels.Dutch));
        Assert.Contains("do not include uncertainty about the model's parameters", ComparisonReport.IntervalKind(without, Labels.English));
    }

    [Fact]
    public void TheSameVectorGoesToBaselineAndScenarioAndAScenariosOwnValueIsKept()
    {
        var draws = ParameterDraws.Load(BootstrapSet(0.02, 0.3), 2);
        var baseline = TestSupport.With(("coach.leadRate", 0.05));
        var scenario = TestSupport.With(("coach.leadRate", 0.05), ("coach.contactsPerYear", 6));
        var own = TestSupport.With(("coach.leadRate", 0.4));
        Assert.Equal(0.3, draws.Apply(baseline, baseline, 1).CoachLeadRate);
        Assert.Equal(0.3, draws.Apply(scenario, baseline, 1).CoachLeadRate);
        Assert.Equal(0.02, draws.Apply(scenario, baseline, 2).CoachLeadRate); // replication 2 uses vector 2 mod 2
        Assert.Equal(0.4, draws.Apply(own, baseline, 1).CoachLeadRate);     // the scenario sets it itself
        Assert.Equal(0.05, baseline.CoachLeadRate);                        // applying never changes its input
    }

    [Fact]
    public void ASweepWithDrawsGetsWiderIntervalsAtEveryPointAndShardsStillMergeToTheSameBytes()
    {
        // A sweep over contacts per year: the exits it brokers scale with coach.leadRate, which the set spreads widely.
        string set = BootstrapSet(0.005, 0.2, 0.01, 0.15, 0.02, 0.25, 0.03, 0.12);
        string[] grid = ["coach.contactsPerYear=3,8"];
        int Sweep(string name, string? shard, int? draws) => Cli.SweepCommands.SweepBody(Path.Combine(TestSupport.RepoRoot, "scenarios", "baseline.json"),
            grid, [], 5, "exits_lasting_18", shard, 2000, 24, 77, 8, 2, Path.Combine(_dir, name), true, CancellationToken.None,
            parameterDraws: draws, parameterSet: draws is null ? null : set);
        Assert.Equal(0, Sweep("without", null, null));
        Assert.Equal(0, Sweep("with", null, 8));
        static List<(double Mean, double Width)> Rows(string dir) => [.. File.ReadAllLines(Path.Combine(dir, "sweep.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => (double.Parse(c[3], CultureInfo.InvariantCulture), double.Parse(c[5], CultureInfo.InvariantCulture) - double.Parse(c[4], CultureInfo.InvariantCulture)))];
        var without = Rows(Path.Combine(_dir, "without"));
        var with = Rows(Path.Combine(_dir, "with"));
        Assert.Equal(2, with.Count);
        for (int k = 0; k < 2; k++)
            Assert.True(with[k].Width > 1.5 * without[k].Width, $"point {k}: width {with[k].Width:0.##} with draws, {without[k].Width:0.##} without");
        Assert.Contains("parameter uncertainty (8 parameter vectors)", File.ReadAllText(Path.Combine(_dir, "with", "manifest.json")));
        Assert.Contains("\"interval\": \"simulation noise (replications)\"", File.ReadAllText(Path.Combine(_dir, "without", "manifest.json")));

        Assert.Equal(0, Sweep("s1", "1/2", 8));
        Assert.Equal(0, Sweep("s2", "2/2", 8));
        Assert.Equal(0, Cli.SweepCommands.MergeBody([Path.Combine(_dir, "s2"), Path.Combine(_dir, "s1")], Path.Combine(_dir, "merged"), false));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "with", "sweep.csv")), File.ReadAllBytes(Path.Combine(_dir, "merged", "sweep.csv")));
        Assert.Contains("parameter uncertainty (8 parameter vectors)", File.ReadAllText(Path.Combine(_dir, "merged", "manifest.json")));
        // A shard without draws does not merge with shards that had them.
        Assert.Equal(0, Sweep("plain2", "2/2", null));
        var e = Assert.Throws<InputException>(() => Cli.SweepCommands.MergeBody([Path.Combine(_dir, "s1"), Path.Combine(_dir, "plain2")], Path.Combine(_dir, "mixed"), false));
        Assert.Contains("parameterSetHash differs", e.Message);
    }

    [Fact]
    public void ADesignFactorThatIsADrawnParameterKeepsTheDesignValue()
    {
        var draws = ParameterDraws.Load(BootstrapSet(0.02, 0.3), 2);
        var design = new SweepDesign([SweepDesign.ParseFactor("coach.leadRate=0.1,0.2", grid: true), SweepDesign.ParseFactor("coach.contactsPerYear=3,6", grid: true)], 0, 1);
        var scenario = TestSupport.With(("coach.leadRate", 0.05));
        var point = Sweep.PointParameters(scenario, design, 3, draws, 1); // point 3 = (0.2, 6)
        Assert.Equal(0.2, point.CoachLeadRate);
        Assert.Equal(6, point.CoachContactsPerYear);
        Assert.Equal(0.08, point.OfferRate); // the drawn vector's other parameter
        Assert.Equal(0.05, scenario.CoachLeadRate);
        Assert.Equal(0.05, Sweep.PointParameters(scenario, SweepDesignWith("coach.contactsPerYear=3"), 0, null, 1).CoachLeadRate);
    }

    private static SweepDesign SweepDesignWith(string grid) => new([SweepDesign.ParseFactor(grid, grid: true)], 0, 1);

    [Theory]
    [InlineData("replicate,coach.caseload\n0,100\n0,120\n", "is a policy lever")]
    [InlineData("replicate,no.such\n0,1\n1,2\n", "column no.such: not a model parameter")]
    [InlineData("replicate,coach.leadRate\n0,abc\n1,0.1\n", "column coach.leadRate: 'abc' is not a number")]
    [InlineData("replicate,coach.leadRate\n0,0.9\n1,0.1\n", "column coach.leadRate")]
    [InlineData("replicate,coach.leadRate\n0,0.1\n", "holds only 1 parameter vector(s)")]
    public void ABadParameterSetIsRefusedNamingTheFileRowAndColumn(string text, string expected)
    {
        string path = Path.Combine(_dir, "set.csv");
        File.WriteAllText(path, text);
        var e = Assert.Throws<InputException>(() => ParameterDraws.Load(path, 2));
        Assert.Contains("set.csv", e.Message);
        Assert.Contains(expected, e.Message);
    }
}
