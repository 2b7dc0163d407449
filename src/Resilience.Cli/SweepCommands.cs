using System.CommandLine;
using Resilience.Experiments;
using Resilience.IO;

namespace Resilience.Cli;

/// <summary><c>sweep</c> and <c>sweep-merge</c>: response surfaces over levers (<see cref="SweepExperiment"/>).</summary>
public static class SweepCommands
{
    public static Command Sweep()
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "Scenario the sweep starts from." };
        var grid = new Option<string[]>("--grid") { Description = "Grid factor NAME=V1,V2,... (repeatable; full factorial).", AllowMultipleArgumentsPerToken = false };
        var lhs = new Option<string[]>("--lhs") { Description = "Latin-hypercube factor NAME=LOW:HIGH (repeatable)." };
        var samples = new Option<int>("--samples") { Description = "Points of a Latin hypercube.", DefaultValueFactory = _ => 20 };
        var outcomes = new Option<string?>("--outcomes") { Description = "Comma-separated outcomes (default: " + string.Join(",", Analysis.Sweep.DefaultOutcomes) + ")." };
        var shard = new Option<string?>("--shard") { Description = "Run shard i of n (i/n, 1-based): points whose number mod n is i−1." };
        var clients = new Option<int?>("--clients") { Description = "Initial caseload size." };
        var months = new Option<int?>("--months") { Description = "Horizon in months." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (shared by all points: common random numbers)." };
        var replications = new Option<int?>("--replications") { Description = "Replications per point." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/sweep-<scenario>[-shard-i-of-n], which a new sweep replaces if this program wrote it." };
        var force = CommonOptions.Force();
        var slurm = new SlurmCommands.Options();
        var lang = CommonOptions.Lang();
        var draws = CommonOptions.ParameterDraws("point");
        var parameterSet = CommonOptions.ParameterSet();
        var cmd = new Command("sweep", "Run a lever grid or Latin hypercube and write sweep.csv (one row per point × outcome with 95% interval), design.csv, charts (line chart or heatmap) and manifest.json.")
        {
            scenario, grid, lhs, samples, outcomes, shard, clients, months, seed, replications, threads, output, force, lang, draws, parameterSet,
        };
        slurm.AddTo(cmd);
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => SweepBody(parse.GetValue(scenario)!, parse.GetValue(grid) ?? [],
            parse.GetValue(lhs) ?? [], parse.GetValue(samples), parse.GetValue(outcomes), parse.GetValue(shard), parse.GetValue(clients),
            parse.GetValue(months), parse.GetValue(seed), parse.GetValue(replications), parse.GetValue(threads), parse.GetValue(output),
            parse.GetValue(force), cancel, slurm.Read(parse), parse.GetValue(lang), parse.GetValue(draws), parse.GetValue(parameterSet)))));
        return cmd;
    }

    public static int SweepBody(string scenarioPath, IReadOnlyList<string> grid, IReadOnlyList<string> lhs, int samples, string? outcomesText,
        string? shardText, int? clients, int? months, ulong? seed, int? replications, int threads, string? outDir, bool force, CancellationToken cancel,
        SlurmOptions? slurm = null, string? lang = null, int? parameterDraws = null, string? parameterSet = null)
    {
        CommonOptions.CheckThreads(threads);
        var labels = Labels.For(lang);
        slurm ??= new SlurmOptions();
        Slurm.Check(slurm, shardText);
        var scenario = ScenarioLoader.Load(scenarioPath).With(clients, months, seed, replications);
        var drawSet = ParameterSets.Load(parameterDraws, parameterSet, scenario.Replications);
        var experiment = new SweepExperiment(scenarioPath, [.. grid], [.. lhs], samples, outcomesText, scenario.Clients, scenario.Months, scenario.Seed,
            scenario.Replications, drawSet?.Vectors.Count, drawSet?.File);
        experiment.Design(); // refuses bad factors and outcomes before anything runs
        return Pipeline.Execute(experiment, outDir, force, threads, shardText, slurm, labels, [], ConsoleTerminal.Instance, cancel);
    }

    public static Command Merge() => PipelineCommands.Merge("sweep-merge",
        "Merge the outputs of sweep shards into the result one unsharded run would have written.",
        "Output folders of all shards of one sweep.", SweepFolders.MergeShards);

    /// <summary>sweep-merge as a function (tests).</summary>
    public static int MergeBody(IReadOnlyList<string> shardDirs, string outDir, bool force, string? lang = null) =>
        SweepFolders.MergeShards(shardDirs, outDir, force, Labels.For(lang), ConsoleTerminal.Instance);
}
