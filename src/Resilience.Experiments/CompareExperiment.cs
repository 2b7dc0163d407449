using System.Globalization;
using System.Text.Json;
using Resilience.Analysis;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Experiments;

/// <summary>
/// <c>compare</c> as an experiment: scenarios against a baseline with common random numbers. The units of work are
/// the replications (shard i of n runs the replications r with r mod n = i − 1 of every scenario and of the
/// independent-seed baseline, stored exactly in runs.bin). With parameter draws, replication r runs parameter vector
/// r mod K of the set: that pairing is part of the design (the set and K are fields here), not of a command line.
/// </summary>
public sealed record CompareExperiment(string Baseline, string[] Scenarios, int Clients, int Months, ulong Seed, int Replications,
    int? ParameterDraws, string? ParameterSet, int? Caseload, string? Uncertainty = null) : Experiment
{
    /// <summary><c>--uncertainty full</c>: replication r runs draw r of the priors' Latin hypercube (from the seed) and
    /// bootstrap vector r mod B of <see cref="ParameterSet"/>; the replications are the draws.</summary>
    public bool Full => Uncertainty == "full";

    public override string Command => "compare";
    public override int Units => Replications;
    public override double ClientMonths => (Scenarios.Length + 2.0) * Replications * Clients * Months;
    private string Stem => Path.GetFileNameWithoutExtension(Baseline);
    public override string DefaultOut => Path.Combine("output", "compare-" + Stem);
    public override string ShardOut(int index, int count) => Path.Combine("output", $"compare-{Stem}-shard-{index}-of-{count}");

    public override void CheckShards(string shard, int count)
    {
        if (count > Replications) throw new InputException($"--shard {shard}: the comparison has {Replications} replications; expected at most that many shards");
    }

    /// <summary>The baseline at the experiment's sizes and seed, the compared scenarios and the parameter draws.</summary>
    public (Scenario Baseline, List<Scenario> Scenarios, ParameterDraws? Draws) Load()
    {
        var baseline = ScenarioLoader.Load(Baseline).With(Clients, Months, Seed, Replications);
        var scenarios = Scenarios.Select(ScenarioLoader.Load).ToList();
        var names = new HashSet<string> { baseline.Name };
        foreach (var s in scenarios)
            if (!names.Add(s.Name)) throw new InputException($"{s.Path}: name: '{s.Name}' is used by two compared scenarios; names must differ");
        var draws = Full ? ParameterSets.Full(Replications, ParameterSet, Seed)
            : ParameterDraws is int k ? Analysis.ParameterDraws.Load(ParameterSet ?? ParameterSets.DefaultFile, k) : null;
        return (baseline, scenarios, draws);
    }

    public override IReadOnlyList<string> Inputs()
    {
        var (baseline, scenarios, _) = Load();
        return [.. baseline.ExtendsChain, .. scenarios.SelectMany(s => s.ExtendsChain), .. ParameterDraws is null && !Full ? [] : new[] { ParameterSet ?? ParameterSets.DefaultFile }];
    }

    /// <summary>The command that reruns this comparison on one machine, its sizes and seed resolved (a merged report prints it).</summary>
    public IReadOnlyList<string> Rerun()
    {
        var inv = CultureInfo.InvariantCulture;
        List<string> args = ["compare", Baseline, .. Scenarios, "--clients", Clients.ToString(inv), "--months", Months.ToString(inv),
            "--seed", Seed.ToString(inv), .. Full ? new[] { "--uncertainty", "full", "--draws" } : ["--replications"], Replications.ToString(inv)];
        if (Full && ParameterSet is not null) args.AddRange(["--parameter-set", ParameterSet]);
        if (ParameterDraws is int k) args.AddRange(["--parameter-draws", k.ToString(inv), "--parameter-set", ParameterSet ?? ParameterSets.DefaultFile]);
        if (Caseload is int n) args.AddRange(["--caseload", n.ToString(inv)]);
        return args;
    }

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal,
        CancellationToken cancel)
    {
        var (baseline, scenarios, draws) = Load();
        using var folder = OutputFolder.Create(outDir, force, Inputs(), isDefault);
        ComparisonResult? result = null;
        terminal.Progress(labels.T("progress.compare", scenarios.Count, baseline.Name, baseline.Clients, baseline.Months, baseline.Replications),
            Comparison.RunCount(scenarios.Count, baseline.Replications),
            report => result = Comparison.Run(baseline, scenarios, threads, report, cancel, draws: draws), "runs", labels);
        cancel.ThrowIfCancellationRequested();
        var full = ComparisonReport.WriteAll(folder, result!, Shell.Rerun(commandLine), labels, Caseload);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();
        terminal.Comparison(result!, labels, full);
        terminal.Line(labels.T("terminal.wroteFolder", folder.Target));
        return 0;
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, ITerminal terminal, CancellationToken cancel)
    {
        var (baseline, scenarios, draws) = Load();
        int mine = Enumerable.Range(0, Replications).Count(r => ComparisonShards.InShard(r, index, count));
        ComparisonResult? result = null;
        terminal.Progress($"shard {index}/{count}: compare, {mine} of {Replications} replications of {scenarios.Count + 2} runs", mine * (scenarios.Count + 2),
            report => result = Comparison.Run(baseline, scenarios, threads, report, cancel, r => ComparisonShards.InShard(r, index, count), draws), "runs");
        cancel.ThrowIfCancellationRequested();
        ComparisonShards.Write(folder, result!, [Baseline, .. Scenarios], Rerun(), index, count);
    }

    /// <summary>The keys compare-merge reads from a shard's manifest, with the JSON kind each must have.</summary>
    private static readonly (string Key, JsonValueKind Kind)[] ShardKeys =
    [
        ("files", JsonValueKind.Array),
        ("commandLine", JsonValueKind.Array),
        ("threads", JsonValueKind.Number),
        ("startTime", JsonValueKind.String),
        ("endTime", JsonValueKind.String),
    ];

    private static List<(string Dir, JsonElement Manifest)> ReadShards(IReadOnlyList<string> shardDirs)
    {
        var shards = shardDirs.Select(d => (Dir: d, Manifest: Shards.ReadManifest(d, "compare-shard", "runs.bin", ShardKeys))).ToList();
        Shards.CheckComplete(shards, "compare-merge", ["designHash", "files", "clients", "months", "seed", "replications"]);
        return shards;
    }

    /// <summary>compare-merge: the shards' manifests checked, then their experiment merged.</summary>
    public static int MergeShards(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        ReadShards(shardDirs);
        return Pipeline.ReadExperiment<CompareExperiment>(shardDirs).Merge(shardDirs, outDir, force, labels, terminal);
    }

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        var shards = ReadShards(shardDirs);
        var m = shards[0].Manifest;
        var (baseline, scenarios, draws) = Load();
        var aligned = Comparison.Align(baseline, scenarios);
        if (ComparisonShards.Hash(aligned) != m.GetProperty("designHash").GetString())
            throw new InputException($"{Path.Combine(shards[0].Dir, "manifest.json")}: the scenario files changed since the shards ran (designHash differs); rerun them");
        if (draws is not null && (!m.TryGetProperty("parameterSetHash", out var h) || h.GetString() != draws.Hash))
            throw new InputException($"{draws.File}: the parameter set changed since the shards ran (hash differs); rerun them");
        int groups = aligned.Count + 1;
        var runs = Enumerable.Range(0, groups).Select(_ => new List<RunResult>()).ToList();
        foreach (var (dir, _) in shards)
        {
            var part = ComparisonShards.Read(Path.Combine(dir, "runs.bin"), groups, baseline.Months);
            for (int g = 0; g < groups; g++) runs[g].AddRange(part[g]);
        }
        for (int g = 0; g < groups; g++)
        {
            runs[g].Sort((a, b) => a.Replication.CompareTo(b.Replication));
            if (!runs[g].Select(r => r.Replication).SequenceEqual(Enumerable.Range(0, baseline.Replications)))
                throw new InputException($"compare-merge: the shards do not hold replications 0–{baseline.Replications - 1} of every scenario exactly once");
        }
        var start = shards.Min(s => DateTimeOffset.Parse(s.Manifest.GetProperty("startTime").GetString()!, CultureInfo.InvariantCulture));
        var end = shards.Max(s => DateTimeOffset.Parse(s.Manifest.GetProperty("endTime").GetString()!, CultureInfo.InvariantCulture));
        var result = new ComparisonResult(aligned, [.. runs.Take(aligned.Count)], runs[^1], m.GetProperty("threads").GetInt32(), start, end) { Draws = draws };
        using var folder = OutputFolder.Create(outDir, force, [.. shardDirs, .. aligned.SelectMany(s => s.ExtendsChain)]);
        ComparisonReport.WriteAll(folder, result, Shell.Rerun(Rerun()), labels, Caseload);
        folder.Commit();
        terminal.Line(labels.T("terminal.mergedCompare", shards.Count, baseline.Replications, aligned.Count, folder.Target));
        return 0;
    }
}
