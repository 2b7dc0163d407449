using BenchmarkDotNet.Attributes;
using Resilience.Analysis;
using Resilience.IO;

namespace Resilience.Benchmarks;

/// <summary>
/// The cost of <c>compare</c>: scenarios/baseline.json against scenarios/buffer-budget.json, 20 replications of
/// 10,000 clients × 60 months, 2 threads, through <see cref="Comparison.Run"/> as the CLI runs it (both scenarios
/// plus the independent-seed baseline: 3 × 20 = 60 simulations; since issue 17 one shared start per replication and
/// replications side by side), without writing the output folder. Scenario files are loaded once in setup.
/// "M client-months/s" counts all 60 simulations.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[BenchJob(warmupCount: 1, iterationCount: 3)]
[ClientMonths(Months, Clients = Clients, Runs = 3 * Replications)]
public class CompareBenchmarks
{
    public const int Clients = 10_000;
    public const int Months = 60;
    public const int Replications = 20;
    public const int Threads = 2;

    private Scenario _baseline = null!;
    private Scenario[] _scenarios = null!;

    [GlobalSetup]
    public void Setup()
    {
        _baseline = ScenarioLoader.Load(BenchSetup.ScenarioPath("baseline.json")).With(clients: Clients, months: Months, replications: Replications);
        _scenarios = [ScenarioLoader.Load(BenchSetup.ScenarioPath("buffer-budget.json"))];
    }

    [Benchmark]
    public int Compare()
    {
        var result = Comparison.Run(_baseline, _scenarios, Threads, progress: null, CancellationToken.None);
        return result.Runs.Sum(r => r.Count) + result.IndependentBaseline.Count;
    }
}
