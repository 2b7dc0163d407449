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
        Assert.Contains("uncertainty of the calibrated parameters", ComparisonReport.IntervalKind(with, Labels.English));
        Assert.Contains("onzekerheid van de gekalibreerde parameters", ComparisonReport.IntervalKind(with, Labels.Dutch));
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
