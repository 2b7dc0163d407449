using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Resilience.IO;

namespace Resilience.Cli;

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
    public abstract int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, CancellationToken cancel);

    /// <summary>Run the units of shard <paramref name="index"/> of <paramref name="count"/> and store their partial
    /// result in <paramref name="folder"/> (the executor adds experiment.json and commits the folder).</summary>
    public abstract void RunShard(OutputFolder folder, int index, int count, int threads, CancellationToken cancel);

    /// <summary>The folder a shard writes when --out is not given.</summary>
    public abstract string ShardOut(int index, int count);

    /// <summary>Files a shard's output folder may not replace (the scenario files and other inputs).</summary>
    public abstract IReadOnlyList<string> Inputs();

    /// <summary>Put the partial results of all shards together and write what <see cref="RunLocal"/> writes.</summary>
    public abstract int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels);

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
/// <c>shard EXPERIMENT.json</c>), or as a Slurm job array with a merge job; and the one <c>merge</c> command.
/// </summary>
public static class Pipeline
{
    public const string ExperimentFile = "experiment.json";

    /// <summary>Run <paramref name="e"/> where the options say: on the cluster, as one shard, or on this machine.</summary>
    public static int Execute(Experiment e, string? outDir, bool force, int threads, string? shard, SlurmOptions slurm, Labels labels,
        IReadOnlyList<string> commandLine, CancellationToken cancel)
    {
        if (slurm.Active)
            return Slurm.Run(new SlurmPlan(e.Command, ["shard"], "merge", e.Units, e.ClientMonths, e.ToJson()) { MergeArgs = ["--lang", labels.Language] },
                slurm, outDir ?? e.DefaultOut);
        if (shard is not null) return RunShard(e, shard, outDir, force, threads, cancel);
        return e.RunLocal(outDir ?? e.DefaultOut, outDir is null, force, threads, labels, commandLine, cancel);
    }

    private static int RunShard(Experiment e, string shard, string? outDir, bool force, int threads, CancellationToken cancel)
    {
        var (index, count) = SweepCommands.ParseShard(shard);
        e.CheckShards(shard, count);
        using var folder = OutputFolder.Create(outDir ?? e.ShardOut(index, count), force, e.Inputs());
        e.RunShard(folder, index, count, threads, cancel);
        cancel.ThrowIfCancellationRequested();
        File.WriteAllText(folder.PathOf(ExperimentFile), e.ToJson(), new UTF8Encoding(false));
        folder.Commit();
        Console.WriteLine($"wrote {folder.Target} (shard {index}/{count}; merge all shards with merge)");
        return 0;
    }

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

    /// <summary><c>shard EXPERIMENT.json --shard i/n --out DIR</c>: what a Slurm array task runs.</summary>
    public static Command ShardCommand()
    {
        var file = new Argument<string>("EXPERIMENT") { Description = "The experiment.json of a job folder (written by --slurm)." };
        var shard = new Option<string>("--shard") { Description = "Shard i of n (i/n, 1-based).", Required = true };
        var threads = CommonOptions.Threads();
        var output = new Option<string>("--out") { Description = "Output folder of the shard.", Required = true };
        var force = CommonOptions.Force();
        var cmd = new Command("shard", "Run one shard of an experiment file (what a --slurm array task runs).") { file, shard, threads, output, force };
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() =>
        {
            CommonOptions.CheckThreads(parse.GetValue(threads));
            return RunShard(Experiment.Read(parse.GetValue(file)!), parse.GetValue(shard)!, parse.GetValue(output), parse.GetValue(force), parse.GetValue(threads), cancel);
        })));
        return cmd;
    }

    /// <summary><c>merge SHARD… --out DIR</c>: merge the shards of any experiment, whose kind their experiment.json names.</summary>
    public static Command MergeCommand() => Shards.MergeCommand("merge",
        "Merge the shards of an experiment (compare, sweep, sensitivity or calibrate with --shard i/n, or a --slurm job's shards, a search's batches included) into the outputs one unsharded run writes.",
        "Output folders of all shards of one experiment.",
        (dirs, outDir, force, lang) => ReadExperiment<Experiment>(dirs).Merge(dirs, outDir, force, Labels.For(lang)));
}
