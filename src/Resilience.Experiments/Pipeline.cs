using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Globalization;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Experiments;

/// <summary>
/// An experiment (issue 25 item 1): a design → units of work (replications, design points) → a partial result per
/// shard → a merge → outputs. Its record holds every choice that decides the result, resolved (sizes and seed
/// included), and is the protocol between the submitter, the shards and the merge: it is written as experiment.json
/// into a Slurm job folder and into every shard's folder, and read back by the shard and by the merge; no command line
/// is re-parsed. Where it goes, the threads and the report's language are not part of it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "experiment")]
[JsonDerivedType(typeof(CompareExperiment), "compare")]
[JsonDerivedType(typeof(SweepExperiment), "sweep")]
[JsonDerivedType(typeof(SensitivityExperiment), "sensitivity")]
[JsonDerivedType(typeof(CalibrateExperiment), "calibrate")]
[JsonDerivedType(typeof(CoverageExperiment), "calibrate-coverage")]
[JsonDerivedType(typeof(SearchExperiment), "search")]
[JsonDerivedType(typeof(SearchBatchExperiment), "search-batch")]
public abstract record Experiment
{
    /// <summary>The command that defines this experiment (compare, sweep).</summary>
    public abstract string Command { get; }

    /// <summary>Units of work: a shard i of n takes the units u with u mod n = i − 1, so at most this many shards.</summary>
    public abstract int Units { get; }

    /// <summary>Client-months of the whole experiment: the cluster's default shard count is made from it.</summary>
    public abstract double ClientMonths { get; }

    /// <summary>The output folder when --out is not given.</summary>
    public abstract string DefaultOut { get; }

    /// <summary>Run every unit and write the outputs (one machine). <paramref name="commandLine"/> is the command as
    /// typed, for the provenance a report prints.</summary>
    public abstract int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal,
        CancellationToken cancel);

    /// <summary>Run the units of shard <paramref name="index"/> of <paramref name="count"/> and store their partial
    /// result in <paramref name="folder"/> (the executor adds experiment.json and commits the folder).</summary>
    public abstract void RunShard(OutputFolder folder, int index, int count, int threads, ITerminal terminal, CancellationToken cancel);

    /// <summary>The folder a shard writes when --out is not given.</summary>
    public abstract string ShardOut(int index, int count);

    /// <summary>Files a shard's output folder may not replace (the scenario files and other inputs).</summary>
    public abstract IReadOnlyList<string> Inputs();

    /// <summary>Put the partial results of all shards together and write what <see cref="RunLocal"/> writes.</summary>
    public abstract int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal);

    /// <summary>Refuse shard i/n when the experiment has fewer units than shards.</summary>
    public virtual void CheckShards(string shard, int count)
    {
        if (count > Units) throw new InputException($"--shard {shard}: the experiment has {Units} units of work; expected at most that many shards");
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, IgnoreReadOnlyProperties = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Read an experiment file (experiment.json of a job or shard folder).</summary>
    public static Experiment Read(string path)
    {
        if (!File.Exists(path)) throw new InputException($"{path}: not found; expected the experiment.json of a shard or job folder (written by this program)");
        try
        {
            return JsonSerializer.Deserialize<Experiment>(InputFiles.ReadText(Path.GetFullPath(path), path, "experiment file", 16 << 20), Json)
                ?? throw new JsonException("empty");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new InputException($"{path}: not an experiment this program wrote ({e.Message})");
        }
    }
}

/// <summary>
/// The one executor: any experiment locally, as one shard (<c>--shard i/n</c>, or a Slurm task running
/// <c>shard EXPERIMENT.json</c>), or as a Slurm job array with a merge job; and the one merge. The Cli's <c>shard</c> and
/// <c>merge</c> commands call <see cref="RunShard"/> and <see cref="Merge"/>.
/// </summary>
public static class Pipeline
{
    public const string ExperimentFile = "experiment.json";

    /// <summary>Worker threads by default: every core, within the pool's cap.</summary>
    public static int DefaultThreads => Math.Min(Environment.ProcessorCount, WorkerPool.MaxThreads);

    /// <summary>Run <paramref name="e"/> where the options say: on the cluster, as one shard, or on this machine.</summary>
    public static int Execute(Experiment e, string? outDir, bool force, int threads, string? shard, SlurmOptions slurm, Labels labels,
        IReadOnlyList<string> commandLine, ITerminal terminal, CancellationToken cancel)
    {
        if (slurm.Active)
            return Slurm.Run(new SlurmPlan(e.Command, ["shard"], "merge", e.Units, e.ClientMonths, e.ToJson()) { MergeArgs = ["--lang", labels.Language] },
                slurm, outDir ?? e.DefaultOut, terminal);
        if (shard is not null) return RunShard(e, shard, outDir, force, threads, terminal, cancel);
        return e.RunLocal(outDir ?? e.DefaultOut, outDir is null, force, threads, labels, commandLine, terminal, cancel);
    }

    /// <summary>Run shard <paramref name="shard"/> (i/n) of <paramref name="e"/> into its folder, with experiment.json beside its partial result.</summary>
    public static int RunShard(Experiment e, string shard, string? outDir, bool force, int threads, ITerminal terminal, CancellationToken cancel)
    {
        var (index, count) = ParseShard(shard);
        e.CheckShards(shard, count);
        using var folder = OutputFolder.Create(outDir ?? e.ShardOut(index, count), force, e.Inputs());
        e.RunShard(folder, index, count, threads, terminal, cancel);
        cancel.ThrowIfCancellationRequested();
        File.WriteAllText(folder.PathOf(ExperimentFile), e.ToJson(), new UTF8Encoding(false));
        folder.Commit();
        terminal.Line($"wrote {folder.Target} (shard {index}/{count}; merge all shards with merge)");
        return 0;
    }

    /// <summary>Merge the shards of any experiment, whose kind their experiment.json names.</summary>
    public static int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal) =>
        ReadExperiment<Experiment>(shardDirs).Merge(shardDirs, outDir, force, labels, terminal);

    /// <summary>The experiment the shards ran: the same experiment.json in every shard folder.</summary>
    public static T ReadExperiment<T>(IReadOnlyList<string> shardDirs) where T : Experiment
    {
        string first = Path.Combine(shardDirs[0], ExperimentFile);
        if (!File.Exists(first)) throw new InputException($"{shardDirs[0]}: no {ExperimentFile}; a shard of this program's version writes it (rerun the shard)");
        string text = File.ReadAllText(first);
        foreach (var dir in shardDirs.Skip(1))
        {
            string path = Path.Combine(dir, ExperimentFile);
            if (!File.Exists(path) || File.ReadAllText(path) != text)
                throw new InputException($"{dir}: {ExperimentFile} differs from {shardDirs[0]}'s; these shards belong to different experiments");
        }
        return Experiment.Read(first) as T ?? throw new InputException($"{first}: the shards ran another kind of experiment");
    }

    /// <summary><c>--shard i/n</c>: shard i of n, 1-based (1/1 when not given).</summary>
    public static (int Index, int Count) ParseShard(string? text)
    {
        if (text is null) return (1, 1);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out int i) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out int n)
            && n >= 1 && i >= 1 && i <= n) return (i, n);
        throw new InputException($"--shard {text}: expected i/n with 1 ≤ i ≤ n, e.g. 2/8");
    }

    /// <summary>A progress report of one unit, callable from several worker threads.</summary>
    public static Action Counter(Action<int> report)
    {
        var gate = new object();
        return () => { lock (gate) report(1); };
    }
}
