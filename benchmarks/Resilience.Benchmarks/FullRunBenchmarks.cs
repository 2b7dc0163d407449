using BenchmarkDotNet.Attributes;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Benchmarks;

/// <summary>
/// A whole run as a user runs it: build the simulation (population synthesis for the initial clients and every
/// future entrant, coaches, worker threads) and run it to its 120-month horizon with default parameters and seed
/// 20261122. This is the headline figure: 1,000,000 clients × 120 months in at most 12 s. "M client-months/s" =
/// Clients × 120 ÷ mean time (synthesis included); the allocation column is essentially the run's state and
/// monthly records, allocated once.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[BenchJob(warmupCount: 1, iterationCount: 3)]
[ClientMonths(Months)]
public class FullRunBenchmarks : ClientAndThreadCases
{
    public const int Months = 120;

    private RunSpec _spec = null!;

    [GlobalSetup]
    public void Setup() => _spec = new RunSpec(new Parameters(), Clients, Months, BenchSetup.Seed, []) { Threads = Threads };

    [Benchmark]
    public int FullRun()
    {
        using var sim = new Simulation(_spec, 0);
        sim.RunToEnd();
        return sim.Month;
    }
}
