using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>The shipped baseline at 10,000 clients × 60 months, 3 replications, shared by the tests below.</summary>
public sealed class BaselineFixture
{
    public IReadOnlyList<RunResult> Runs { get; }

    public BaselineFixture()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(TestSupport.RepoRoot, "scenarios", "baseline.json")).With(10_000, 60, null, 3);
        var spec = scenario.ToRunSpec(threads: 2);
        Runs = Enumerable.Range(0, 3).Select(r => RunResult.Run(spec, r)).ToList();
    }

    public double Mean(Func<RunResult, double> f) => Runs.Average(f);

    public long Transitions(ResilienceType from, ResilienceType to, Func<Trigger, bool> which) =>
        Runs.Sum(r => r.Transitions.Skip(1).Sum(t =>
        {
            long n = 0;
            for (int k = 0; k < Observer.TriggerCount; k++)
                if (which((Trigger)k)) n += t[((int)from * 3 + (int)to) * Observer.TriggerCount + k];
            return n;
        }));
}

/// <summary>
/// The baseline lands inside every band of MODEL.md §8 (tolerance = the band of each target in
/// <see cref="Targets"/>, judged on the mean over 3 replications) and shows the patterns P1–P11 that the outputs can
/// measure.
/// </summary>
public class BaselinePatternTests(BaselineFixture baseline) : IClassFixture<BaselineFixture>
{
    public static TheoryData<string> TargetNames => new(Targets.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void BaselineIsInsideTheSeedBand(string name)
    {
        var t = Targets.All.Single(x => x.Name == name);
        double v = baseline.Mean(r => t.Evaluate(r.Raw));
        Assert.True(t.Inside(v), $"{name}: simulated {v:0.###}, band {t.Low}–{t.High} ({t.Source})");
    }

    [Fact]
    public void P1_TypesCrossBothWays()
    {
        Assert.True(baseline.Transitions(ResilienceType.Coping, ResilienceType.Adaptive, _ => true) > 1000);
        Assert.True(baseline.Transitions(ResilienceType.Adaptive, ResilienceType.Coping, _ => true) > 1000);
    }

    [Fact]
    public void P2_CulturalResourcesDoNotSeparateTheTypes()
    {
        double coping = baseline.Mean(r => TestSupport.Summary(r, "check_qualified_among_coping"));
        double adaptive = baseline.Mean(r => TestSupport.Summary(r, "check_qualified_among_adaptive"));
        Assert.True(Math.Abs(coping - adaptive) < 0.1, $"start qualification: coping {coping:0.###}, adaptive {adaptive:0.###}");
    }

    [Fact]
    public void P3_CopingToAdaptiveFollowsResolvedBarriers()
    {
        long withEvent = baseline.Transitions(ResilienceType.Coping, ResilienceType.Adaptive, t => t != Trigger.Gradual);
        long resolved = baseline.Transitions(ResilienceType.Coping, ResilienceType.Adaptive,
            t => t is Trigger.DebtCleared or Trigger.HarmfulTieLeft or Trigger.TreatmentCompleted or Trigger.JobStart or Trigger.TrainingCompleted or Trigger.Windfall or Trigger.BufferGrant);
        Assert.True(withEvent > 0 && resolved == withEvent, "every event-triggered coping→adaptive move follows a resolved barrier or success");
    }

    [Fact]
    public void P4_P5_SetbacksTipPeopleDownAndShocksIntoCrisis()
    {
        long intoCrisis = baseline.Transitions(ResilienceType.Coping, ResilienceType.Crisis, _ => true)
                          + baseline.Transitions(ResilienceType.Adaptive, ResilienceType.Crisis, _ => true);
        long shocked = baseline.Transitions(ResilienceType.Coping, ResilienceType.Crisis, t => t != Trigger.Gradual)
                       + baseline.Transitions(ResilienceType.Adaptive, ResilienceType.Crisis, t => t != Trigger.Gradual);
        Assert.True(shocked > 0.6 * intoCrisis, $"{shocked} of {intoCrisis} moves into crisis follow an acute event");
        long health = baseline.Transitions(ResilienceType.Adaptive, ResilienceType.Crisis, t => t is Trigger.HealthShock or Trigger.MentalEpisode);
        Assert.True(health > 0, "health shocks tip adaptive clients into crisis");
    }

    [Fact]
    public void P4_HealthShocksAreAmongTheMainSetbacksOfAdaptiveClients()
    {
        var down = Enum.GetValues<Trigger>().Where(t => t != Trigger.Gradual)
            .Select(t => (t, n: baseline.Transitions(ResilienceType.Adaptive, ResilienceType.Coping, x => x == t)
                                + baseline.Transitions(ResilienceType.Adaptive, ResilienceType.Crisis, x => x == t)))
            .OrderByDescending(x => x.n).Take(4).Select(x => x.t).ToList();
        Assert.Contains(Trigger.HealthShock, down);
    }

    [Fact]
    public void P11_LongerSpellsGoWithLowerRungs()
    {
        double shortSpell = baseline.Mean(r => TestSupport.Summary(r, "check_ladder_1_2_short_spell"));
        double longSpell = baseline.Mean(r => TestSupport.Summary(r, "check_ladder_1_2_long_spell"));
        Assert.True(longSpell > shortSpell + 0.05, $"rungs 1–2: 1–3 years {shortSpell:0.###}, 5+ years {longSpell:0.###}");
    }

    [Fact]
    public void P10_RevolvingDoorExists()
    {
        double reentries = baseline.Mean(r => TestSupport.Summary(r, "reentries"));
        double exits = baseline.Mean(r => TestSupport.Summary(r, "exits_to_work"));
        Assert.InRange(reentries / exits, 0.05, 0.8);
    }

    [Fact]
    public void LastingExitsAreFewerThanExits()
    {
        double exits = baseline.Mean(r => TestSupport.Summary(r, "exits_to_work"));
        double six = baseline.Mean(r => TestSupport.Summary(r, "exits_lasting_6"));
        double eighteen = baseline.Mean(r => TestSupport.Summary(r, "exits_lasting_18"));
        Assert.True(exits > six && six > eighteen && eighteen > 0, $"{exits} > {six} > {eighteen} > 0");
    }
}
