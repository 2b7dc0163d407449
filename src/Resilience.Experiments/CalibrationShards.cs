using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Panel;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Experiments;

/// <summary>
/// A calibration split for a cluster job array: every shard makes the same (deterministic) fit and then runs its share
/// of the bootstrap refits — refit b in shard (b mod n) + 1 — and stores them exactly; the merge makes the fit once
/// more and writes what one machine writes, with the shards' refits instead of its own.
/// </summary>
public static class CalibrationShards
{
    private const string RefitsFile = "bootstrap-shard.csv";

    private static string Experiment(CalibrateArgs a) => JsonSerializer.Serialize(a.Experiment);

    private static string Hash(string experiment) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(experiment)))[..16].ToLowerInvariant();

    public static void Write(OutputFolder folder, CalibrationResult r, CalibrateArgs experiment, int index, int count)
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
    public static int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        ReadShards(shardDirs);
        return Pipeline.ReadExperiment<CalibrateExperiment>(shardDirs).Merge(shardDirs, outDir, force, labels, terminal);
    }

    /// <summary>The shards' bootstrap refits, checked to be refits 0..B−1 each once, and the simulations they took; then
    /// the fit once more with those refits instead of its own.</summary>
    internal static int Merge(CalibrateArgs experiment, IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
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
            Threads = Pipeline.DefaultThreads, Given = fits, GivenSimulations = shards.Sum(x => x.Manifest.GetProperty("bootstrapSimulations").GetInt64()),
        };
        var e = new CalibrateExperiment(experiment);
        using var folder = OutputFolder.Create(outDir, force, [.. e.Inputs(), .. shardDirs]);
        return CalibrateExperiment.Fit(a, folder, null, labels, terminal, CancellationToken.None);
    }
}

/// <summary>
/// <c>calibrate</c> as an experiment: the fit, and its parametric-bootstrap refits as the units of work. Every shard
/// makes the same (deterministic) fit and then runs the refits b with b mod n = i − 1; the merge fits once more and
/// uses the shards' refits instead of its own. <see cref="Args"/> holds what decides the fit (not where it goes, the
/// threads or the language).
/// </summary>
public sealed record CalibrateExperiment(CalibrateArgs Args) : Experiment
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

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal,
        CancellationToken cancel)
    {
        using var folder = OutputFolder.Create(outDir, force, Inputs(), isDefault);
        return Fit(Args with { Threads = threads }, folder, null, labels, terminal, cancel);
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, ITerminal terminal, CancellationToken cancel) =>
        Fit(Args with { Threads = threads }, folder, (index, count), Labels.English, terminal, cancel);

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal) =>
        CalibrationShards.Merge(Args, shardDirs, outDir, force, labels, terminal);

    /// <summary>Fit (and refit) into <paramref name="folder"/>: the whole calibration, or with <paramref name="shard"/>
    /// the fit and that shard's bootstrap refits, stored for the merge (the executor commits a shard's folder).</summary>
    internal static int Fit(CalibrateArgs a, OutputFolder folder, (int Index, int Count)? shard, Labels labels, ITerminal terminal, CancellationToken cancel)
    {
        var sc = ScenarioLoader.Load(a.Scenario).With(a.Clients ?? 5000, a.Months, a.Seed, a.Replications);
        var free = a.Free.Select(f => FreeParameter.Parse(f)).ToList();
        int bootBudget = a.BootstrapBudget ?? a.Budget;
        var start = DateTimeOffset.Now;

        IReadOnlyList<CalibrationTarget> list;
        string source;
        string? panelReport = null;
        int? observedClients = null;
        if (a.Panel is not null)
        {
            var (observed, report) = PanelReader.Read(a.Panel, a.Lenient, cancel);
            panelReport = string.Join("\n", report.Lines());
            terminal.Line(panelReport);
            list = TargetsFile.FromPanel(observed, sc.Months, a.MinN, a.Panel);
            if (list.Count == 0) throw new InputException($"{a.Panel}: no moment has at least {a.MinN} observations within months 0–{sc.Months}");
            observedClients = TargetsFile.InitialPeople(observed);
            source = a.Panel;
        }
        else
        {
            list = TargetsFile.Load(a.Targets!);
            source = a.Targets!;
        }

        var settings = new CalibrationSettings
        {
            Budget = a.Budget, Replications = a.Replications, Seed = sc.Seed, Threads = a.Threads, Starts = a.Starts,
            Bootstrap = a.Bootstrap, BootstrapBudget = bootBudget, ObservedClients = observedClients, RefitsFromEstimate = a.RefitStart != "start",
        };
        var calibrator = new Calibrator(sc.ToRunSpec(a.Threads), free, list, settings);
        if (shard is { } part)
        {
            CalibrationResult? refits = null;
            terminal.Progress($"shard {part.Index}/{part.Count}: calibrate {sc.Name}, the fit and bootstrap refits {part.Index}, {part.Index} + {part.Count}, …",
                calibrator.MaxEvaluations, report => refits = calibrator.Run(cancel, Pipeline.Counter(report), b => b % part.Count == part.Index - 1), "evaluations (at most)");
            cancel.ThrowIfCancellationRequested();
            CalibrationShards.Write(folder, refits!, a.Experiment, part.Index, part.Count);
            return 0;
        }
        CalibrationResult? result = null;
        terminal.Progress($"calibrate {sc.Name}: {free.Count} parameter(s), {list.Count} target(s), {sc.Clients:N0} clients × {sc.Months} months × {a.Replications} replication(s)",
            calibrator.MaxEvaluations, report => result = calibrator.Run(cancel, Pipeline.Counter(report), given: a.Given, givenSimulations: a.GivenSimulations), unit: "evaluations (at most)");
        cancel.ThrowIfCancellationRequested();
        CalibrationOutputs.WriteAll(folder, result!, sc, source, panelReport, start, labels, a.ParameterSet);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();

        var r = result!;
        terminal.Calibration(r);
        if (File.Exists(Path.Combine(folder.Target, ParameterSet.FileName)))
            terminal.Line($"{ParameterSet.FileName}: {(r.Bootstrap.Count > 0 ? "the refits" : $"{a.ParameterSet}")} re-centred on the estimates (mean = estimate, spread kept, within the bounds)");
        terminal.Line($"{r.Trace.Count} evaluations + {r.Bootstrap.Count} bootstrap refits = {r.Simulations:N0} simulations in {r.Elapsed.TotalSeconds:F1} s; wrote {folder.Target}");
        return 0;
    }
}

/// <summary>The options of <c>calibrate</c>: what decides the fit (its <see cref="Experiment"/>) and where it runs.</summary>
public sealed record CalibrateArgs(string Scenario, string? Panel, string? Targets, string[] Free, int Budget, int? Clients, int? Months,
    int Replications, ulong? Seed, int Bootstrap, int? BootstrapBudget, int Starts, double MinN, bool Lenient, int Threads, string? Out, bool Force,
    string? Lang = null)
{
    [System.Text.Json.Serialization.JsonIgnore] public string? Shard { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] public SlurmOptions Slurm { get; init; } = new();
    /// <summary>Bootstrap refits computed by the shards (calibrate-merge): used, not recomputed.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public IReadOnlyList<BootstrapFit>? Given { get; init; }
    /// <summary>The simulations the shards ran for <see cref="Given"/> (reported with the merge's own).</summary>
    [System.Text.Json.Serialization.JsonIgnore] public long GivenSimulations { get; init; }
    /// <summary>An earlier stage's parameter set, re-centred on this fit's estimates when it has no refits of its own.</summary>
    public string? ParameterSet { get; init; }
    /// <summary>Where the bootstrap refits start: estimate or start (<see cref="CalibrationSettings.RefitsFromEstimate"/>).</summary>
    public string RefitStart { get; init; } = "estimate";
    /// <summary>Further inputs of the run (the merge's shard folders), which --out may not hold.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public IReadOnlyList<string> MoreInputs { get; init; } = [];

    /// <summary>What decides the fit and its refits (not where the output goes, the threads or the language).</summary>
    [System.Text.Json.Serialization.JsonIgnore] public CalibrateArgs Experiment => this with { Out = null, Force = false, Threads = 1, Lang = null };
}

