using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Workshop;

BenchmarkRunner.Run<WorkshopBenchmarks>(args: args);

/// <summary>
/// The live workshop's budget (issue 5): at 10,000 clients a month step plus the chart update must stay well under the
/// animation interval (500 ms at the default 2 months/s, 125 ms at 8), and a full 60-month what-if branch should take
/// about a second. "Chart update" = the server-sent event for one subgroup: figures, JSON and every SVG chart.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class WorkshopBenchmarks
{
    [Params(10_000)] public int Clients;

    private Scenario _scenario = null!;
    private SessionCore _core = null!;
    private Simulation _atMonthZero = null!;
    private static readonly Dictionary<string, double> WhatIf = new() { ["buffer.budgetPerCoachMonth"] = 3000, ["coach.duo"] = 1 };

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
        _scenario = ScenarioLoader.Load(Path.Combine(dir!.FullName, "scenarios", "baseline.json"));
        _atMonthZero = new Simulation(_scenario.With(clients: Clients).ToRunSpec(Environment.ProcessorCount), 0);
    }

    /// <summary>A fresh session at month 12 (setup, not measured); each iteration then steps 40 months.</summary>
    private void SessionAtMonth12(bool fork)
    {
        _core?.Dispose();
        _core = new SessionCore(_scenario, Clients, Environment.ProcessorCount);
        for (int m = 0; m < 12; m++) _core.Step();
        if (fork)
        {
            _core.Fork();
            _core.SetLevers(WhatIf);
        }
    }

    [IterationSetup(Target = nameof(MonthStepAndChartUpdate))]
    public void SetupOneBranch() => SessionAtMonth12(fork: false);

    [IterationSetup(Target = nameof(MonthStepAndChartUpdateForked))]
    public void SetupTwoBranches() => SessionAtMonth12(fork: true);

    [IterationSetup(Target = nameof(ChartUpdateForked))]
    public void SetupCharts() => SessionAtMonth12(fork: true);

    /// <summary>One month of the session and the event its viewers are sent.</summary>
    [Benchmark, InvocationCount(40)]
    public int MonthStepAndChartUpdate() => _core.Step().EventFor(0).Result.Length;

    /// <summary>The same after a fork: both branches step, and the charts show both with their difference.</summary>
    [Benchmark, InvocationCount(40)]
    public int MonthStepAndChartUpdateForked() => _core.Step().EventFor(0).Result.Length;

    /// <summary>The chart update alone (a new snapshot, rendered for one subgroup).</summary>
    [Benchmark, InvocationCount(200)]
    public int ChartUpdateForked() => _core.SetSpeed(2).EventFor(0).Result.Length;

    /// <summary>A full 60-month what-if branch: fork at month 0, change two levers, run to the horizon.</summary>
    [Benchmark]
    public int WhatIfBranch60Months()
    {
        using var branch = _atMonthZero.Fork();
        branch.SetValues(WhatIf);
        branch.RunToEnd();
        return branch.Month;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _core?.Dispose();
        _atMonthZero.Dispose();
    }
}
