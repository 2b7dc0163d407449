using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>Small helpers shared by the model tests.</summary>
public static class TestSupport
{
    public static string RepoRoot => RepoFiles.Root;

    /// <summary>A shipped scenario (scenarios/NAME.json) at the given size, seed and replications.</summary>
    public static Scenario LoadScenario(string name, int clients, int months, ulong seed, int replications) =>
        ScenarioLoader.Load(Path.Combine(RepoRoot, "scenarios", name + ".json")).With(clients, months, seed, replications);

    public static Parameters With(params (string Name, double Value)[] values)
    {
        var p = new Parameters();
        foreach (var (n, v) in values) ParameterRegistry.Get(n).Set(p, v);
        return p;
    }

    /// <summary>Parameters from "name=value;name=value" (defaults for the rest).</summary>
    public static Parameters Parse(string settings) =>
        With(settings.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(kv => kv.Split('='))
            .Select(kv => (kv[0], double.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray());

    public static RunResult Run(Parameters p, int clients = 4000, int months = 36, ulong seed = 11, int replication = 0, int threads = 2) =>
        RunResult.Run(new RunSpec(p, clients, months, seed, []) { Threads = threads }, replication);

    /// <summary>A run summarised as the output does: run total for flows and costs, mean over months 1..end
    /// otherwise (less noisy than the final month).</summary>
    public static double Summary(RunResult r, string metric, int subgroup = 0)
    {
        var m = Metrics.Get(metric);
        return m.Read(r.Raw, m.Cumulative ? Reading.RunTotal : Reading.MeanFrom(1), subgroup);
    }

    /// <summary>Two runs are the same run: the same replication, and every accumulator and transition count of every
    /// month equal bit for bit.</summary>
    public static void AssertSameRun(RunResult expected, RunResult actual)
    {
        Assert.Equal(expected.Replication, actual.Replication);
        Assert.Equal(expected.Raw.Length, actual.Raw.Length);
        for (int m = 0; m < expected.Raw.Length; m++)
        {
            Assert.True(expected.Raw[m].AsSpan().SequenceEqual(actual.Raw[m]), $"replication {expected.Replication}: raw accumulators differ at month {m}");
            Assert.True(expected.Transitions[m].AsSpan().SequenceEqual(actual.Transitions[m]), $"replication {expected.Replication}: transitions differ at month {m}");
        }
    }

    public static int SubgroupIndex(string dimension, string name) =>
        Array.FindIndex(Subgroups.All, g => g.Dimension == dimension && g.Name == name);
}
