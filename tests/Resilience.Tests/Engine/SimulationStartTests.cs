using System.Reflection;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>
/// A run built from a shared start (the population and its burn-in, prepared once per replication and key) must be the
/// run built the old way, bit for bit; the key must tell apart every start that differs (issue 17, compare).
/// </summary>
[Trait("Tier", "Fast")]
public class SimulationStartTests
{
    // 4,500 clients: two chunks of the engine, so the burn-in's chunked observation is merged; 48 months: recession's
    // schedule (months 24 and 42) falls inside the horizon.
    private const int Clients = 4500, Months = 48, Replication = 1;
    private const ulong Seed = 31;

    private static Scenario Load(string name) => TestSupport.LoadScenario(name, Clients, Months, Seed, 2);

    /// <summary>The baseline with a model parameter (not a lever) of its own: its people differ.</summary>
    private static Scenario OwnOfferRate() => Load("baseline") with
    {
        Name = "own-offer-rate", ParameterValues = new Dictionary<string, double> { ["work.offerRate"] = 0.2 },
    };

    private static RunSpec Spec(Scenario s, int threads = 1) => s.ToRunSpec(threads);

    [Theory]
    [InlineData("baseline")]
    [InlineData("extra-attention")]
    [InlineData("recession")]
    public void ARunFromTheBaselinesStartEqualsTheRunBuiltOnItsOwn(string name)
    {
        var baselineStart = SimulationStart.Prepare(StartKey.Of(Spec(Load("baseline")), Replication));
        var spec = Spec(Load(name));
        Assert.Equal(baselineStart.Key, StartKey.Of(spec, Replication)); // levers and schedules after month 0 share the start

        var alone = RunResult.Run(spec with { Threads = 2 }, Replication);
        var shared = RunResult.Run(spec, Replication, start: baselineStart);
        TestSupport.AssertSameRun(alone, shared);
        // The start is copied, not used up: a second run from it is the same run again.
        TestSupport.AssertSameRun(alone, RunResult.Run(spec, Replication, start: baselineStart));
    }

    [Fact]
    public void AScenarioWithAModelParameterOfItsOwnGetsAStartOfItsOwn()
    {
        var baselineSpec = Spec(Load("baseline"));
        var baselineStart = SimulationStart.Prepare(StartKey.Of(baselineSpec, Replication));
        var spec = Spec(OwnOfferRate());
        var key = StartKey.Of(spec, Replication);
        Assert.NotEqual(baselineStart.Key, key);
        Assert.Throws<ArgumentException>(() => new Simulation(spec, Replication, baselineStart));

        // Its own start gives its own run, and that run differs from the baseline's from month 0 on: sharing the
        // baseline's start would have been wrong.
        var alone = RunResult.Run(spec, Replication);
        TestSupport.AssertSameRun(alone, RunResult.Run(spec, Replication, start: SimulationStart.Prepare(key, threads: 2)));
        var baseline = RunResult.Run(baselineSpec, Replication, start: baselineStart);
        Assert.NotEqual(baseline.Value("share_adaptive", 0), alone.Value("share_adaptive", 0));
    }

    [Fact]
    public void TheKeyHoldsEverythingTheStartDependsOnAndNoLever()
    {
        var spec = Spec(Load("baseline"));
        var key = StartKey.Of(spec, Replication);
        Assert.Equal(key, StartKey.Of(spec with { Threads = 3 }, Replication));
        var levers = StartKey.Of(Spec(Load("sanctions-strict")), Replication);
        Assert.Equal(key, levers);
        Assert.Equal(key.GetHashCode(), levers.GetHashCode());
        // A lever set at month 0 by a schedule: the burn-in still runs under default levers.
        var leverAtZero = new ScheduledChange(0, new Dictionary<string, double> { ["coach.caseload"] = 60 });
        Assert.Equal(key, StartKey.Of(spec with { Schedule = [leverAtZero] }, Replication));

        var parameterAtZero = new ScheduledChange(0, new Dictionary<string, double> { ["work.offerRate"] = 0.2 });
        var parameterLater = new ScheduledChange(1, new Dictionary<string, double> { ["work.offerRate"] = 0.2 });
        Assert.NotEqual(key, StartKey.Of(spec with { Schedule = [parameterAtZero] }, Replication));
        Assert.Equal(key, StartKey.Of(spec with { Schedule = [parameterLater] }, Replication));
        Assert.NotEqual(key, StartKey.Of(spec, Replication + 1));
        Assert.NotEqual(key, StartKey.Of(spec with { Seed = Seed + 1 }, Replication));
        Assert.NotEqual(key, StartKey.Of(spec with { Clients = Clients + 1 }, Replication));
        Assert.NotEqual(key, StartKey.Of(spec with { Months = Months + 1 }, Replication)); // the number of entrants
        foreach (var name in Simulation.PopulationShaping)
        {
            var p = spec.Parameters.Clone();
            var def = ParameterRegistry.Get(name);
            def.Set(p, def.Meta.Default == def.Meta.Max ? def.Meta.Min : def.Meta.Max);
            Assert.NotEqual(key, StartKey.Of(spec with { Parameters = p }, Replication));
        }
    }

    [Fact]
    public void TheParametersThatShapeThePopulationAreNotLevers()
    {
        // The start reads the population's size and neighbourhoods from the burn-in parameters (levers at their
        // defaults), the run from its own: the same only while these are not levers.
        Assert.All(Simulation.PopulationShaping, name => Assert.False(ParameterRegistry.Get(name).IsLever, name));
    }

    [Fact]
    public void TheKeyComparesEveryFieldOfTheParameters()
    {
        // The key compares the registry's parameters; a field outside the registry would escape it.
        var fields = typeof(Parameters).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        Assert.Equal(fields.Length, ParameterRegistry.All.Count);
    }
}
