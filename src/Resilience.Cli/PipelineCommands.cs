using System.CommandLine;
using Resilience.IO;
using Resilience.Experiments;

namespace Resilience.Cli;

/// <summary>The command lines of the experiment pipeline (<see cref="Pipeline"/>): <c>shard</c>, what a Slurm array
/// task runs, and <c>merge</c> with its aliases per analysis.</summary>
public static class PipelineCommands
{
    /// <summary><c>shard EXPERIMENT.json --shard i/n --out DIR</c>: what a Slurm array task runs.</summary>
    public static Command Shard()
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
            return Pipeline.RunShard(Experiment.Read(parse.GetValue(file)!), parse.GetValue(shard)!, parse.GetValue(output), parse.GetValue(force),
                parse.GetValue(threads), ConsoleTerminal.Instance, cancel);
        })));
        return cmd;
    }

    /// <summary><c>merge SHARD… --out DIR</c>: merge the shards of any experiment, whose kind their experiment.json names.</summary>
    public static Command Merge() => Merge("merge",
        "Merge the shards of an experiment (compare, sweep, sensitivity, calibrate or calibrate-coverage with --shard i/n, or a --slurm job's shards) into the outputs one unsharded run writes.",
        "Output folders of all shards of one experiment.", Pipeline.Merge);

    /// <summary>A merge command: the shard folders as arguments, a required --out, --force and the report's --lang.</summary>
    public static Command Merge(string name, string description, string shardsDescription, Func<IReadOnlyList<string>, string, bool, Labels, ITerminal, int> merge)
    {
        var shards = new Argument<string[]>("SHARD") { Description = shardsDescription, Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output folder for the merged result.", Required = true };
        var force = CommonOptions.Force();
        var lang = CommonOptions.Lang();
        var cmd = new Command(name, description) { shards, output, force, lang };
        cmd.SetAction(parse => Cli.Guard(() => MergeChecked(name, parse.GetValue(shards)!, parse.GetValue(output)!, parse.GetValue(force), parse.GetValue(lang), merge)));
        return cmd;
    }

    /// <summary>Refuse a shard folder that is missing, a file, or given twice; then merge.</summary>
    public static int MergeChecked(string name, IReadOnlyList<string> dirs, string outDir, bool force, string? lang,
        Func<IReadOnlyList<string>, string, bool, Labels, ITerminal, int> merge)
    {
        foreach (var dir in dirs)
            if (!Directory.Exists(dir))
                throw new InputException(File.Exists(dir) ? $"{name} {dir}: is a file; expected a shard's output folder" : $"{name} {dir}: not found; expected a shard's output folder");
        var twice = dirs.Select((d, k) => (Full: Path.GetFullPath(d).TrimEnd('/'), Position: k + 1)).GroupBy(d => d.Full).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new InputException($"{name}: the folder {twice.Key} is given twice (arguments {string.Join(" and ", twice.Select(t => t.Position))}); give each shard once");
        return merge(dirs, outDir, force, Labels.For(lang), ConsoleTerminal.Instance);
    }
}
