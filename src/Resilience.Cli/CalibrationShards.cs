using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Resilience.Analysis.Calibration;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Cli;

/// <summary>
/// A calibration split for a cluster job array: every shard makes the same (deterministic) fit and then runs its share
/// of the bootstrap refits — refit b in shard (b mod n) + 1 — and stores them exactly; the merge makes the fit once
/// more and writes what one machine writes, with the shards' refits instead of its own.
/// </summary>
public static class CalibrationShards
{
    private const string RefitsFile = "bootstrap-shard.csv";

    private static string Experiment(AnalysisCommands.CalibrateArgs a) => JsonSerializer.Serialize(a.Experiment);

    private static string Hash(string experiment) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(experiment)))[..16].ToLowerInvariant();

    public static void Write(OutputFolder folder, CalibrationResult r, AnalysisCommands.CalibrateArgs experiment, int index, int count)
    {
        var inv = CultureInfo.InvariantCulture;
        var csv = new StringBuilder("replicate,simulation_seed," + string.Join(',', r.Free.Select(f => f.Name)) + ",objective,evaluations\n");
        foreach (var b in r.Bootstrap)
            csv.Append(b.Replicate.ToString(inv)).Append(',').Append(b.Seed.ToString(inv)).Append(',')
               .Append(string.Join(',', b.Values.Select(v => v.ToString("R", inv)))).Append(',').Append(b.Objective.ToString("R", inv)).Append(',')
               .Append(b.Evaluations.ToString(inv)).Append('\n');
        File.WriteAllText(folder.PathOf(RefitsFile), csv.ToString(), new UTF8Encoding(false));
        string json = Experiment(experiment);
        using var doc = JsonDocument.Parse(json);
        new Manifest("calibrate-shard")
            .Add("experiment", doc.RootElement)
            .Add("designHash", Hash(json))
            .Add("clients", experiment.Clients ?? 0)
            .Add("months", experiment.Months ?? 0)
            .Add("seed", r.Settings.Seed)
            .Add("replications", r.Settings.Replications)
            .Add("bootstrap", r.Settings.Bootstrap)
            .Add("bootstrapSimulations", r.BootstrapSimulations)
            .Shard(index, count)
            .CodeVersion()
            .Write(folder);
    }

    private static List<(string Dir, JsonElement Manifest)> ReadShards(IReadOnlyList<string> shardDirs)
    {
        var shards = shardDirs.Select(d => (Dir: d, Manifest: Shards.ReadManifest(d, "calibrate-shard", RefitsFile,
            ("experiment", JsonValueKind.Object), ("bootstrap", JsonValueKind.Number), ("bootstrapSimulations", JsonValueKind.Number)))).ToList();
        Shards.CheckComplete(shards, "calibrate-merge", ["designHash", "experiment", "bootstrap"]);
        return shards;
    }

    /// <summary>calibrate-merge: the shards' manifests checked, then their experiment merged.</summary>
    public static int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, string? lang)
    {
        ReadShards(shardDirs);
        return Pipeline.ReadExperiment<CalibrateExperiment>(shardDirs).Merge(shardDirs, outDir, force, Labels.For(lang));
    }

    /// <summary>The shards' bootstrap refits, checked to be refits 0..B−1 each once, and the simulations they took; then
    /// the fit once more with those refits instead of its own.</summary>
    internal static int Merge(AnalysisCommands.CalibrateArgs experiment, IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels)
    {
        var shards = ReadShards(shardDirs);
        var first = shards[0].Manifest;
        string manifest = Path.Combine(shards[0].Dir, "manifest.json");
        if (Hash(Experiment(experiment)) != first.GetProperty("designHash").GetString())
            throw new InputException($"{manifest}: the experiment does not match its hash (edited manifest, or another code version?)");

        int refits = first.GetProperty("bootstrap").GetInt32();
        var fits = new List<BootstrapFit>();
        foreach (var (dir, _) in shards)
        {
            string path = Path.Combine(dir, RefitsFile);
            var lines = File.ReadAllLines(path);
            int columns = lines.Length > 0 ? lines[0].Split(',').Length : 0;
            for (int k = 1; k < lines.Length; k++)
            {
                if (lines[k].Length == 0) continue;
                var f = lines[k].Split(',');
                var inv = CultureInfo.InvariantCulture;
                if (f.Length != columns || columns < 5 || !int.TryParse(f[0], NumberStyles.None, inv, out int b) || !ulong.TryParse(f[1], NumberStyles.None, inv, out ulong seed)
                    || !int.TryParse(f[^1], NumberStyles.None, inv, out int evaluations) || !f[2..^1].All(x => double.TryParse(x, NumberStyles.Float, inv, out _)))
                    throw new InputException($"{path}: line {k + 1}: expected replicate, seed, {columns - 4} parameter value(s), objective, evaluations");
                double[] numbers = [.. f[2..^1].Select(x => double.Parse(x, NumberStyles.Float, inv))];
                fits.Add(new BootstrapFit(b, seed, numbers[..^1], numbers[^1], evaluations));
            }
        }
        var replicates = fits.Select(b => b.Replicate).Order().ToList();
        if (!replicates.SequenceEqual(Enumerable.Range(0, refits)))
            throw new InputException($"calibrate-merge: the shards do not hold bootstrap refits 0–{refits - 1} exactly once (found {replicates.Count})");
        var a = experiment with
        {
            Threads = CommonOptions.DefaultThreads, Given = fits, GivenSimulations = shards.Sum(x => x.Manifest.GetProperty("bootstrapSimulations").GetInt64()),
        };
        var e = new CalibrateExperiment(experiment);
        using var folder = OutputFolder.Create(outDir, force, [.. e.Inputs(), .. shardDirs]);
        return AnalysisCommands.Fit(a, folder, null, labels, CancellationToken.None);
    }
}

/// <summary>
/// <c>calibrate</c> as an experiment: the fit, and its parametric-bootstrap refits as the units of work. Every shard
/// makes the same (deterministic) fit and then runs the refits b with b mod n = i − 1; the merge fits once more and
/// uses the shards' refits instead of its own. <see cref="Args"/> holds what decides the fit (not where it goes, the
/// threads or the language).
/// </summary>
public sealed record CalibrateExperiment(AnalysisCommands.CalibrateArgs Args) : Experiment
{
    public override string Command => "calibrate";
    public override int Units => Math.Max(1, Args.Bootstrap);
    private Scenario Load() => ScenarioLoader.Load(Args.Scenario).With(Args.Clients ?? 5000, Args.Months, Args.Seed, Args.Replications);
    public override double ClientMonths
    {
        get
        {
            var sc = Load();
            return (double)(Args.Budget + Args.Bootstrap * (Args.BootstrapBudget ?? Args.Budget)) * Args.Replications * sc.Clients * sc.Months;
        }
    }
    public override string DefaultOut => Path.Combine("output", Path.GetFileNameWithoutExtension(Args.Scenario) + "-calibration");
    public override string ShardOut(int index, int count) => DefaultOut;
    public override IReadOnlyList<string> Inputs() => [.. Load().ExtendsChain, Args.Panel ?? Args.Targets!, .. Args.ParameterSet is { } set ? [set] : Array.Empty<string>()];

    public override void CheckShards(string shard, int count)
    {
        if (count > Units) throw new InputException($"--shard {shard}: the calibration has {Args.Bootstrap} bootstrap refits; expected at most that many shards");
    }

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, CancellationToken cancel)
    {
        using var folder = OutputFolder.Create(outDir, force, Inputs(), isDefault);
        return AnalysisCommands.Fit(Args with { Threads = threads }, folder, null, labels, cancel);
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, CancellationToken cancel) =>
        AnalysisCommands.Fit(Args with { Threads = threads }, folder, (index, count), Labels.English, cancel);

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels) =>
        CalibrationShards.Merge(Args, shardDirs, outDir, force, labels);
}
