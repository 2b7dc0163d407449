using System.Globalization;
using System.Text.Json;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Sensitivity;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Experiments;

/// <summary>A varied parameter and its bounds, as an experiment file holds it.</summary>
public sealed record Bound(string Name, double Low, double High)
{
    public FreeParameter ToFree() =>
        new(ParameterRegistry.Find(Name) ?? throw new InputException($"experiment: unknown parameter '{Name}' (run `params` to list them)"), Low, High);
}

/// <summary>
/// <c>sensitivity</c> as an experiment: a Morris or Sobol design over the varied parameters' bounds (resolved from
/// --params, --span or --all-assumptions). The units of work are the design's points (shard i of n runs the points p
/// with p mod n = i − 1 and writes their outcomes to points.csv).
/// </summary>
public sealed record SensitivityExperiment(string Scenario, string Method, Bound[] Parameters, string[] Outcomes, int Trajectories, int Levels, int Samples,
    int Clients, int Months, int Replications, ulong Seed) : Experiment
{
    public override string Command => "sensitivity";
    public override int Units => SensitivityAnalysis.Evaluations(Settings(1), Parameters.Length);
    public override double ClientMonths => (double)Units * Replications * Clients * Months;
    public override string DefaultOut => Path.Combine("output", $"{Path.GetFileNameWithoutExtension(Scenario)}-{Method}");
    public override string ShardOut(int index, int count) => DefaultOut;
    public override IReadOnlyList<string> Inputs() => Load().ExtendsChain;

    private Scenario Load() => ScenarioLoader.Load(Scenario).With(Clients, Months, Seed, Replications);

    private SensitivitySettings Settings(int threads) => new()
    {
        Method = Method == "sobol" ? SensitivityMethod.Sobol : SensitivityMethod.Morris, Trajectories = Trajectories, Levels = Levels, Samples = Samples,
        Replications = Replications, Seed = Seed, Threads = threads,
    };

    private List<FreeParameter> Factors() => [.. Parameters.Select(p => p.ToFree())];
    private List<SensitivityOutcome> OutcomeList() => [.. Outcomes.Select(SensitivityOutcome.Parse)];

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal,
        CancellationToken cancel)
    {
        var sc = Load();
        var factors = Factors();
        var outcomes = OutcomeList();
        var settings = Settings(threads);
        using var folder = OutputFolder.Create(outDir, force, sc.ExtendsChain, isDefault);
        var start = DateTimeOffset.Now;
        SensitivityResult? result = null;
        terminal.Progress($"{Method} on {sc.Name}: {factors.Count} parameters × {outcomes.Count} outcomes, {Units:N0} points × {Replications} replication(s) of {sc.Clients:N0} clients × {sc.Months} months",
            Units * Replications, report => result = SensitivityAnalysis.Run(sc.ToRunSpec(threads), factors, outcomes, settings, cancel, Pipeline.Counter(report)),
            unit: "simulations");
        cancel.ThrowIfCancellationRequested();
        SensitivityAnalysis.WriteAll(folder, result!, sc, start, labels);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();
        terminal.Sensitivity(result!);
        terminal.Line($"{Units:N0} points × {Replications} replication(s) in {result!.Elapsed.TotalSeconds:F1} s; wrote {folder.Target}");
        return 0;
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, ITerminal terminal, CancellationToken cancel)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sc = Load();
        var spec = sc.ToRunSpec(threads);
        var plan = SensitivityAnalysis.Design(spec, Factors(), OutcomeList(), Settings(threads));
        var mine = SensitivityAnalysis.ShardPoints(plan, index, count);
        double[][]? outputs = null;
        terminal.Progress($"shard {index}/{count}: sensitivity, {mine.Count} of {plan.Points} points × {Replications} replication(s)", mine.Count * Replications,
            report => outputs = SensitivityAnalysis.RunPoints(plan, spec, mine, cancel, Pipeline.Counter(report)), "simulations");
        cancel.ThrowIfCancellationRequested();
        SensitivityAnalysis.WriteShard(folder, plan, sc, mine, outputs!, index, count, clock.Elapsed);
    }

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        var start = DateTimeOffset.Now;
        var shards = ReadShards(shardDirs);
        string manifestPath = Path.Combine(shards[0].Dir, "manifest.json");
        var sc = Load();
        var outcomes = OutcomeList();
        var plan = SensitivityAnalysis.Design(sc.ToRunSpec(1), Factors(), outcomes, Settings(1));
        if (plan.Hash() != shards[0].Manifest.GetProperty("designHash").GetString())
            throw new InputException($"{manifestPath}: the design does not match its hash (edited manifest, or another code version?)");
        var outputs = new double[plan.Points][];
        foreach (var (dir, _) in shards)
        {
            string csv = Path.Combine(dir, "points.csv");
            var lines = File.ReadAllLines(csv);
            for (int k = 1; k < lines.Length; k++)
            {
                if (lines[k].Length == 0) continue;
                var fields = lines[k].Split(',');
                if (fields.Length != outcomes.Count + 1 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int point) || point >= plan.Points
                    || !fields.Skip(1).All(f => double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
                    throw new InputException($"{csv}: line {k + 1}: expected a point number below {plan.Points} and {outcomes.Count} numbers");
                if (outputs[point] is not null) throw new InputException($"{csv}: line {k + 1}: point {point} is also in another shard");
                outputs[point] = [.. fields.Skip(1).Select(f => double.Parse(f, NumberStyles.Float, CultureInfo.InvariantCulture))];
            }
        }
        var missing = Enumerable.Range(0, plan.Points).Where(p => outputs[p] is null).ToList();
        if (missing.Count > 0) throw new InputException($"sensitivity-merge: {missing.Count} point(s) have no result (first: {missing[0]}); give every shard");
        var elapsed = TimeSpan.FromSeconds(shards.Sum(s => s.Manifest.GetProperty("elapsedSeconds").GetDouble()));
        var result = SensitivityAnalysis.Analyse(plan, outputs, elapsed);
        using var folder = OutputFolder.Create(outDir, force, [.. shardDirs, .. sc.ExtendsChain]);
        SensitivityAnalysis.WriteAll(folder, result, sc, start, labels);
        folder.Commit();
        terminal.Line($"merged {shards.Count} shards ({plan.Points} points) into {folder.Target}");
        return 0;
    }

    private static readonly (string Key, JsonValueKind Kind)[] ShardKeys =
    [
        ("method", JsonValueKind.String),
        ("scenario", JsonValueKind.String),
        ("trajectories", JsonValueKind.Number),
        ("levels", JsonValueKind.Number),
        ("samples", JsonValueKind.Number),
        ("parameters", JsonValueKind.Array),
        ("outcomes", JsonValueKind.Array),
        ("points", JsonValueKind.Number),
        ("elapsedSeconds", JsonValueKind.Number),
    ];

    /// <summary>Every shard's manifest, checked to belong to one sensitivity experiment, shards 1..n each once.</summary>
    private static List<(string Dir, JsonElement Manifest)> ReadShards(IReadOnlyList<string> shardDirs)
    {
        var shards = shardDirs.Select(d => (Dir: d, Manifest: Shards.ReadManifest(d, "sensitivity-shard", "points.csv", ShardKeys))).ToList();
        Shards.CheckComplete(shards, "sensitivity-merge", ["designHash", "method", "scenario", "clients", "months", "replications", "seed"]);
        return shards;
    }

    /// <summary>sensitivity-merge: the shards' manifests checked, then their experiment merged.</summary>
    public static int MergeShards(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        ReadShards(shardDirs);
        return Pipeline.ReadExperiment<SensitivityExperiment>(shardDirs).Merge(shardDirs, outDir, force, labels, terminal);
    }
}
