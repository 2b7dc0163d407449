using System.CommandLine;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Cli;

/// <summary>The options several commands share, declared once so that their names, help and checks agree.</summary>
public static class CommonOptions
{
    /// <summary>Worker threads by default: every core, within the pool's cap.</summary>
    public static int DefaultThreads => Math.Min(Environment.ProcessorCount, WorkerPool.MaxThreads);

    public static Option<int> Threads() => new("--threads")
    {
        Description = $"Worker threads, 1 to {WorkerPool.MaxThreads} (default: the machine's cores). Results are identical for any value.",
        DefaultValueFactory = _ => DefaultThreads,
    };

    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace an existing output folder, but only one this program wrote and nobody changed since " +
            "(never the working folder, a folder above it, or one holding an input of the run).",
    };

    public static Option<string> Lang() => new("--lang")
    {
        Description = $"Language of the report and the tables: {string.Join(" or ", Labels.Languages)} (labels, numbers and dates as in that language).",
        DefaultValueFactory = _ => "en",
    };

    public static Option<int?> Caseload() => new("--caseload")
    {
        Description = "A municipality's caseload (clients): the report also shows effects and costs scaled to it, per year.",
    };

    /// <summary>Refuse a thread count outside 1..<see cref="WorkerPool.MaxThreads"/>, naming the option.</summary>
    public static int CheckThreads(int threads) => threads is >= 1 and <= WorkerPool.MaxThreads ? threads
        : throw new InputException($"--threads: expected an integer from 1 to {WorkerPool.MaxThreads}, got {threads}");
}
