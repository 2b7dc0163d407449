using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Resilience.Model;

namespace Resilience.Benchmarks;

/// <summary>
/// How many client-months one invocation of the class's benchmark simulates, for the "M client-months/s" column:
/// <see cref="Clients"/> (0 = the benchmark's <c>Clients</c> parameter) × <see cref="Months"/> × <see cref="Runs"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ClientMonthsAttribute(int months) : Attribute
{
    public int Months { get; } = months;
    public int Clients { get; set; }
    public int Runs { get; set; } = 1;
}

/// <summary>How many times the measured method streams the bandwidth buffer (copy = read + write = 2, sum = 1),
/// for the "GB/s" column.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BufferPassesAttribute(int passes) : Attribute
{
    public int Passes { get; } = passes;
}

/// <summary>A numeric column computed from a case's mean time.</summary>
public abstract class ComputedColumn(string name, string legend, string format) : IColumn
{
    public string Id => GetType().Name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? value = Compute(benchmarkCase, summary[benchmarkCase]?.ResultStatistics?.Median);
        return value is double v && double.IsFinite(v) ? v.ToString(format, style?.CultureInfo ?? CultureInfo.InvariantCulture) : "-";
    }

    /// <summary>The value for a case; <paramref name="medianNs"/> is its median time in nanoseconds (null if it did not run).</summary>
    protected abstract double? Compute(BenchmarkCase benchmarkCase, double? medianNs);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public override string ToString() => ColumnName;

    protected static int? IntParameter(BenchmarkCase benchmarkCase, string name) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == name)?.Value is int v ? v : null;
}

/// <summary>Millions of client-months simulated per second: clients × months (× runs) ÷ median time.</summary>
public sealed class ClientMonthsPerSecondColumn() : ComputedColumn("M client-months/s",
    "Millions of client-months per second: initial clients × months simulated (× runs) ÷ median time", "N2")
{
    protected override double? Compute(BenchmarkCase benchmarkCase, double? medianNs)
    {
        var a = benchmarkCase.Descriptor.Type.GetCustomAttribute<ClientMonthsAttribute>();
        int? clients = a is null ? null : a.Clients > 0 ? a.Clients : IntParameter(benchmarkCase, "Clients");
        if (a is null || clients is null || medianNs is not > 0) return null;
        return (double)clients.Value * a.Months * a.Runs / (medianNs.Value * 1e-9) / 1e6;
    }
}

/// <summary>Bytes of model state per client slot (<see cref="Population.BytesPerClient"/>).</summary>
public sealed class StateBytesPerClientColumn() : ComputedColumn("state B/client",
    "Bytes of model state per client slot (Population.BytesPerClient: the size of one Client record)", "0")
{
    protected override double? Compute(BenchmarkCase benchmarkCase, double? medianNs) => Population.BytesPerClient;
}

/// <summary>Memory traffic per second: buffer passes × buffer bytes ÷ median time, in GB/s (10⁹ bytes).</summary>
public sealed class GigabytesPerSecondColumn() : ComputedColumn("GB/s",
    "Memory traffic: bytes read + written per invocation ÷ median time, in 10^9 bytes per second", "N2")
{
    protected override double? Compute(BenchmarkCase benchmarkCase, double? medianNs)
    {
        var a = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<BufferPassesAttribute>();
        if (a is null || medianNs is not > 0) return null;
        return (double)a.Passes * MemoryBandwidthBenchmarks.BufferBytes / medianNs.Value; // bytes per ns = GB/s
    }
}

/// <summary>Size of the bandwidth buffer in MB (10⁶ bytes).</summary>
public sealed class BufferMegabytesColumn() : ComputedColumn("buffer MB",
    "Size of each bandwidth buffer in 10^6 bytes (the state one month of the 1M-client, 120-month run touches at month 60)", "N0")
{
    protected override double? Compute(BenchmarkCase benchmarkCase, double? medianNs) => MemoryBandwidthBenchmarks.BufferBytes / 1e6;
}

/// <summary>Columns of the model benchmarks: throughput in client-months per second and state bytes per client.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(StatisticColumn.Median, new ClientMonthsPerSecondColumn(), new StateBytesPerClientColumn());
}

/// <summary>Columns of the memory-bandwidth reference.</summary>
public sealed class BandwidthConfig : ManualConfig
{
    public BandwidthConfig() => AddColumn(StatisticColumn.Median, new GigabytesPerSecondColumn(), new BufferMegabytesColumn());
}

/// <summary>
/// The job a class runs with by default. A job named on the command line (<c>--job Dry</c>, <c>--job short</c>, ...)
/// replaces it instead of running in addition to it (BenchmarkDotNet's default when a class declares its own job),
/// so that smoke runs stay short. Invocation count 1 with unroll factor 1 unless <see cref="InvocationCount"/> says
/// otherwise: the model benchmarks take milliseconds to seconds per invocation, and <c>[IterationSetup]</c> requires it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BenchJobAttribute(int warmupCount, int iterationCount) : Attribute, IConfigSource
{
    /// <summary>Set by Program.cs when the command line names a job.</summary>
    public static bool CommandLineJob { get; set; }

    /// <summary>Invocations per iteration (unroll factor 1).</summary>
    public int InvocationCount { get; set; } = 1;

    public IConfig Config => CommandLineJob
        ? ManualConfig.CreateEmpty()
        : ManualConfig.CreateEmpty().AddJob(Job.Default
            .WithStrategy(RunStrategy.Throughput)
            .WithLaunchCount(1)
            .WithWarmupCount(warmupCount)
            .WithIterationCount(iterationCount)
            .WithInvocationCount(InvocationCount)
            .WithUnrollFactor(1));
}
