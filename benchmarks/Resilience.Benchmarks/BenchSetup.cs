using BenchmarkDotNet.Attributes;
using System.Globalization;

namespace Resilience.Benchmarks;

/// <summary>
/// Shared setup of the benchmarks: the repository root (found from the build output, as the workshop benchmarks do)
/// and the parameter lists, which environment variables can narrow for short smoke runs:
/// <c>RESILIENCE_BENCH_CLIENTS=10000,100000</c> and <c>RESILIENCE_BENCH_THREADS=2</c> (comma-separated; unset:
/// 10,000, 100,000 and 1,000,000 clients on 1, 2 and, where the machine has more, all cores).
/// They are read when BenchmarkDotNet builds the list of cases, in the host process.
/// </summary>
public static class BenchSetup
{
    public const ulong Seed = 20261122;

    public static readonly int[] DefaultClients = [10_000, 100_000, 1_000_000];
    /// <summary>1, 2 and, on a machine with more cores, all of them.</summary>
    public static readonly int[] DefaultThreads = Environment.ProcessorCount > 2 ? [1, 2, Environment.ProcessorCount] : [1, 2];

    /// <summary>The directory holding Simulation.sln.</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Simulation.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException($"Simulation.sln not found above {AppContext.BaseDirectory}");
        }
    }

    public static string ScenarioPath(string file) => Path.Combine(RepoRoot, "scenarios", file);

    public static IEnumerable<int> Clients() => FromEnvironment("RESILIENCE_BENCH_CLIENTS", DefaultClients);

    public static IEnumerable<int> Threads() => FromEnvironment("RESILIENCE_BENCH_THREADS", DefaultThreads);

    private static IEnumerable<int> FromEnvironment(string variable, int[] all)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text)) return all;
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray();
    }
}

/// <summary>The cases of the engine benchmarks: population sizes × thread counts (see <see cref="BenchSetup"/>).</summary>
public abstract class ClientAndThreadCases
{
    [ParamsSource(nameof(ClientCounts))] public int Clients;
    [ParamsSource(nameof(ThreadCounts))] public int Threads;

    /// <summary>10,000, 100,000 and 1,000,000 unless RESILIENCE_BENCH_CLIENTS narrows them.</summary>
    public static IEnumerable<int> ClientCounts => BenchSetup.Clients();
    /// <summary>1, 2 and (with more cores) all cores, unless RESILIENCE_BENCH_THREADS says otherwise.</summary>
    public static IEnumerable<int> ThreadCounts => BenchSetup.Threads();
}
