using BenchmarkDotNet.Attributes;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Benchmarks;

/// <summary>
/// One month step of the full model (every submodel on, default parameters) in steady state: a 120-month run that
/// has run 60 months, so the caseload holds the initial clients plus half the entrants and every slow process (debt
/// programmes, spells, coach tenure) is under way. The base run is built once per case and run to month 59; each
/// iteration forks it and steps the fork to month 60 (setup, not measured), and the benchmark steps the fork once:
/// month 61, every time. The unmeasured step matters with 2 threads: a fork starts its own worker threads, whose
/// first month pays one-off costs (thread start-up, cold caches) that are not part of a running simulation. This is the engine's inner loop: the allocation column must read 0 B (the monthly loop
/// allocates nothing once a run is built), and Clients ÷ mean time in "M client-months/s" is the rate a full run
/// approaches for long horizons.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[BenchJob(warmupCount: 2, iterationCount: 10)]
[ClientMonths(1)]
public class MonthStepBenchmarks : ClientAndThreadCases
{
    public const int Months = 120;
    /// <summary>Months already run when the measured step starts.</summary>
    public const int StartMonth = 60;

    private Simulation _base = null!;
    private Simulation? _fork;

    [GlobalSetup]
    public void Setup()
    {
        var spec = new RunSpec(new Parameters(), Clients, Months, BenchSetup.Seed, []) { Threads = Threads };
        _base = new Simulation(spec, 0);
        while (_base.Month < StartMonth - 1) _base.Step();
    }

    [IterationSetup]
    public void ForkAtMonth60()
    {
        _fork?.Dispose();
        _fork = _base.Fork();
        _fork.Step(); // month 60: warms the fork's worker threads
    }

    [Benchmark]
    public int Step()
    {
        _fork!.Step();
        return _fork.Month;
    }

    [IterationCleanup]
    public void DropFork()
    {
        _fork?.Dispose();
        _fork = null;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _fork?.Dispose();
        _base.Dispose();
    }
}
