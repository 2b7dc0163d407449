using Resilience.Analysis;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Tests;

/// <summary>
/// <see cref="Comparison.Run"/> shares one start per replication and key among scenarios and runs replications side by
/// side (issue 17); its runs must be exactly those of every run built on its own, one after another, for any thread
/// count, with parameter draws and for a shard's replications.
/// </summary>
[Trait("Tier", "Fast")]
public class ComparisonRunTests
{
    // 48 months: recession's schedule (months 24 and 42) falls inside the horizon.
    private static Scenario Load(string name) => TestSupport.LoadScenario(name, 600, 48, 5, 4);

    private static Scenario Baseline => Load("baseline");

    /// <summary>A lever scenario and a scheduled one (both share the baseline's start) and one with a model parameter of
    /// its own (a start of its own).</summary>
    private static Scenario[] Scenarios =>
    [
        Load("extra-attention"),
        Load("recession"),
        Baseline with { Name = "own-offer-rate", ParameterValues = new Dictionary<string, double> { ["work.offerRate"] = 0.2 } },
    ];

    /// <summary>Three parameter vectors, as in a calibration's bootstrap.csv.</summary>
    private static ParameterDraws Draws()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["replicate,coach.leadRate,work.offerRate", "0,0.02,0.25", "1,0.2,0.3", "2,0.08,0.22"]);
            return ParameterDraws.Load(path, 3);
        }
        finally { File.Delete(path); }
    }

    /// <summary>The comparison as it ran before issue 17: every run built on its own, scenario after scenario.</summary>
    private static List<List<RunResult>> OneByOne(Func<int, bool>? replications, ParameterDraws? draws)
    {
        var baselineParameters = Baseline.ToParameters();
        return [.. Comparison.Align(Baseline, Scenarios).Append(Comparison.IndependentBaseline(Baseline)).Select(s =>
        {
            var spec = s.ToRunSpec(1);
            return Enumerable.Range(0, s.Replications).Where(r => replications is null || replications(r))
                .Select(r => RunResult.Run(draws is null ? spec : spec with { Parameters = draws.Apply(spec.Parameters, baselineParameters, r) }, r))
                .ToList();
        })];
    }

    private static void AssertSameRuns(List<List<RunResult>> expected, ComparisonResult actual)
    {
        var groups = actual.Runs.Append(actual.IndependentBaseline).ToList();
        Assert.Equal(expected.Count, groups.Count);
        for (int g = 0; g < groups.Count; g++)
        {
            Assert.Equal(expected[g].Count, groups[g].Count);
            for (int k = 0; k < groups[g].Count; k++) TestSupport.AssertSameRun(expected[g][k], groups[g][k]);
        }
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void SharedStartsAndParallelReplicationsGiveTheRunsOfOneByOne(int threads, bool draws)
    {
        var set = draws ? Draws() : null;
        int reported = 0;
        var c = Comparison.Run(Baseline, Scenarios, threads, n => reported += n, CancellationToken.None, draws: set);
        AssertSameRuns(OneByOne(null, set), c);
        Assert.Equal(Comparison.RunCount(Scenarios.Length, Baseline.Replications), reported);
    }

    [Fact]
    public void AShardsReplicationsAreTheSameRuns()
    {
        var set = Draws();
        Func<int, bool> shard = r => ComparisonShards.InShard(r, 2, 2);
        var c = Comparison.Run(Baseline, Scenarios, 2, null, CancellationToken.None, shard, set);
        Assert.All(c.Runs.Append(c.IndependentBaseline), runs => Assert.Equal([1, 3], runs.Select(r => r.Replication)));
        AssertSameRuns(OneByOne(shard, set), c);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void CancellingAComparisonStopsItWithOneOperationCanceledException(int threads)
    {
        // Cancelled after the first run, as Ctrl+C would be: the runs under way stop at their next month, and the caller
        // sees a cancellation (which the CLI reports as such), not an AggregateException.
        using var cancel = new CancellationTokenSource();
        int reported = 0;
        var e = Record.Exception(() => Comparison.Run(Baseline, Scenarios, threads, n => { reported += n; cancel.Cancel(); }, cancel.Token));
        Assert.IsAssignableFrom<OperationCanceledException>(e);
        Assert.InRange(reported, 1, threads);
    }

    [Theory]
    [InlineData(10_000, 60, 2, 20, 2, 1)]     // the README's comparison: replications side by side, one thread each
    [InlineData(10_000, 60, 8, 3, 3, 2)]      // fewer replications than threads: the rest go to each run
    [InlineData(10_000, 60, 2, 1, 1, 2)]      // a shard with one replication: all threads to its runs
    [InlineData(1_000_000, 120, 2, 20, 1, 2)] // a million clients: one replication at a time, as before
    public void ThreadsGoToReplicationsWhileTheirPeopleFitTheBudget(int clients, int months, int threads, int replications,
        int sideBySide, int perRun)
    {
        var baseline = Load("baseline").With(clients, months);
        Assert.Equal((sideBySide, perRun), Comparison.SplitThreads(baseline, threads, replications));
    }
}
