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
[Trait("Tier", "Fast")]
public class BaselinePatternTests(BaselineFixture baseline) : IClassFixture<BaselineFixture>
{
    /// <summary>The seed targets the baseline must meet: those the calibration fits (neither superseded nor from a sample
    /// that received a treatment: the seven of the Amsterdam experiment, whose arms all had the earnings premium, are
    /// shown for information and not asserted on the untreated baseline; issue 23 item 5).</summary>
    public static TheoryData<string> TargetNames => new(Targets.Seed.Where(t => t.Fitted).Select(t => t.Name));

    /// <summary>Every fitted seed band holds; a known miss of the joint calibration (README says why)
    /// stays within a quarter of its band's width of the band, and the test fails if it comes back inside, so that the
    /// README's list is kept true.</summary>
    [Theory]
    [MemberData(nameof(TargetNames))]
    public void BaselineIsInsideTheSeedBand(string name)
    {
        var t = Targets.Seed.Single(x => x.Name == name);
        double v = baseline.Mean(r => t.Evaluate(r.Raw));
        if (t.KnownMiss is null)
        {
            Assert.True(t.Inside(v), $"{name}: simulated {v:0.###}, band {t.Low}–{t.High} ({t.Source})");
            return;
        }
        double slack = (t.High - t.Low) / 4;
        Assert.False(t.Inside(v), $"{name} is inside its band again ({v:0.###}): drop its KnownMiss and the README's note");
        Assert.InRange(v, t.Low - slack, t.High + slack);
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
        // The mechanism, on one client: a coping client whose only weak resource is problematic debt becomes
        // adaptive when the debt is cleared (barrier resolved, success experience) and not without it.
        bool MovesUp(bool resolve)
        {
            var o = new OneClient();
            o.C.NetworkSupport = 0.8f;
            o.C.Aspiration = o.C.SelfEfficacy = 0.5f;
            o.C.Debt = 3000;
            o.C.DebtStatus = DebtStatus.Problematic;
            Psychology.UpdateIndicators(ref o.C, o.P, initialise: false);
            Assert.Equal(ResilienceType.Coping, o.C.Resilience);
            if (resolve) Money.ClearDebt(ref o.C, o.Ctx, success: true);
            Psychology.UpdateIndicators(ref o.C, o.P, initialise: false);
            return o.C.Resilience == ResilienceType.Adaptive;
        }
        Assert.False(MovesUp(resolve: false));
        Assert.True(MovesUp(resolve: true), "clearing problematic debt should lift a coping client whose weakest resource it was");

        // And in the baseline a good share of the moves up are attributed to a resolved barrier or a success within
        // the attribution window, not to gradual drift.
        long all = baseline.Transitions(ResilienceType.Coping, ResilienceType.Adaptive, _ => true);
        long withEvent = baseline.Transitions(ResilienceType.Coping, ResilienceType.Adaptive, t => t != Trigger.Gradual);
        Assert.True(withEvent > 0.2 * all, $"{withEvent} of {all} coping→adaptive moves follow a resolved barrier or success");
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
        // Re-entries against all exits: since the calibration to the national flows (issue 14) most exits are for
        // other reasons, and their returns are re-entries too (nationally about 0.27 re-enter within a year).
        double reentries = baseline.Mean(r => TestSupport.Summary(r, "reentries"));
        double exits = baseline.Mean(r => TestSupport.Summary(r, "exits_to_work") + TestSupport.Summary(r, "exits_other"));
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
