using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Resilience.Analysis.Calibration;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Experiments;

/// <summary>
/// <c>calibrate-coverage</c> as an experiment: repeated parameter recovery from simulated panels with known truth. The
/// units of work are the trials, each a whole calibration with its bootstrap (shard i of n runs the trials t with
/// t mod n = i − 1 and writes their rows of coverage.csv, trials.csv and refits.csv); the merge puts the rows in trial
/// order and summarises the coverage as one machine does. A trial's seeds come from the experiment's seed and its
/// number, so a trial gives the same result in any shard.
/// </summary>
public sealed record CoverageExperiment(string Scenario, string[] Free, double[] Truth, int Trials, int Clients, int Months, int Budget, int Replications,
    int Bootstrap, int BootstrapBudget, int Starts, double MinN, ulong Seed) : Experiment
{
    private const string ShardCommand = "calibrate-coverage-shard";

    /// <summary>Where each bootstrap refit starts: estimate or start (<see cref="CalibrationSettings.RefitsFromEstimate"/>).</summary>
    public string RefitStart { get; init; } = "estimate";

    public override string Command => "calibrate-coverage";
    public override int Units => Trials;
    public override double ClientMonths => (double)Trials * (Budget + Bootstrap * BootstrapBudget) * Replications * Clients * Months;
    public override string DefaultOut => Path.Combine("output", Path.GetFileNameWithoutExtension(Scenario) + "-coverage");
    public override string ShardOut(int index, int count) => DefaultOut;
    public override IReadOnlyList<string> Inputs() => Load().ExtendsChain;

    public override void CheckShards(string shard, int count)
    {
        if (count > Trials) throw new InputException($"--shard {shard}: the experiment has {Trials} trials; expected at most that many shards");
    }

    private Scenario Load() => ScenarioLoader.Load(Scenario).With(Clients, Months, Seed, Replications);

    /// <summary>The free parameters with their bounds.</summary>
    public List<FreeParameter> Parameters() => [.. Free.Select(f => FreeParameter.Parse(f))];

    private RecoveryCoverage Coverage(Scenario sc, int threads) => new(sc.ToRunSpec(1), Parameters(), Truth, new CalibrationSettings
    {
        Budget = Budget, Replications = Replications, Seed = sc.Seed, Threads = threads, Starts = Starts, Bootstrap = Bootstrap, BootstrapBudget = BootstrapBudget,
        RefitsFromEstimate = RefitStart != "start",
    }, Trials, MinN);

    private string Title(Scenario sc) => $"calibrate-coverage {sc.Name}: {Trials} recovery trials of {Free.Length} parameter(s), {sc.Clients:N0} clients × {sc.Months} months";

    private IReadOnlyList<CoverageTrial> Run(RecoveryCoverage coverage, string title, Func<int, bool>? mine, ITerminal terminal, CancellationToken cancel)
    {
        IReadOnlyList<CoverageTrial>? done = null;
        terminal.Progress(title, (int)Math.Min(int.MaxValue, coverage.MaxEvaluations),
            report => done = coverage.Run(cancel, Pipeline.Counter(report), mine), unit: "evaluations (at most)");
        cancel.ThrowIfCancellationRequested();
        return done!;
    }

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal,
        CancellationToken cancel)
    {
        var sc = Load();
        using var folder = OutputFolder.Create(outDir, force, sc.ExtendsChain, isDefault);
        var start = DateTimeOffset.Now;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var coverage = Coverage(sc, threads);
        var done = Run(coverage, Title(sc), null, terminal, cancel);
        coverage.Write(folder, done, Scenario, start, clock.Elapsed);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();
        terminal.Coverage(RecoveryCoverage.Summarise(coverage.Rows(done)), Parameters(), Truth);
        terminal.Line($"{Trials} trials, {done.Sum(t => t.Result.Simulations):N0} simulations in {clock.Elapsed.TotalMinutes:F1} min; wrote {folder.Target}");
        return 0;
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, ITerminal terminal, CancellationToken cancel)
    {
        var sc = Load();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var coverage = Coverage(sc, threads);
        var done = Run(coverage, $"shard {index}/{count}: " + Title(sc), t => t % count == index - 1, terminal, cancel);
        coverage.WriteTrials(folder, done);
        new Manifest(ShardCommand)
            .Add("designHash", Hash())
            .Add("clients", Clients)
            .Add("months", Months)
            .Add("seed", Seed)
            .Add("replications", Replications)
            .Add("simulations", done.Sum(t => t.Result.Simulations))
            .Shard(index, count)
            .Elapsed(clock.Elapsed)
            .CodeVersion()
            .Write(folder);
    }

    private string Hash() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())))[..16].ToLowerInvariant();

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        var start = DateTimeOffset.Now;
        var shards = shardDirs.Select(d => (Dir: d, Manifest: Shards.ReadManifest(d, ShardCommand, RecoveryCoverage.TrialFiles[0],
            ("simulations", JsonValueKind.Number), ("elapsedSeconds", JsonValueKind.Number)))).ToList();
        Shards.CheckComplete(shards, "merge", ["designHash", "clients", "months", "seed", "replications"]);
        if (shards[0].Manifest.GetProperty("designHash").GetString() != Hash())
            throw new InputException($"{Path.Combine(shards[0].Dir, "manifest.json")}: the experiment does not match its hash (edited manifest, or another code version?)");
        var sc = Load();
        var coverage = Coverage(sc, 1);
        using var folder = OutputFolder.Create(outDir, force, [.. shardDirs, .. sc.ExtendsChain]);
        List<string> coverageRows = [];
        foreach (var file in RecoveryCoverage.TrialFiles)
        {
            var rows = MergeRows(shardDirs, file, out string header);
            if (file == RecoveryCoverage.TrialFiles[0]) coverageRows = rows;
            File.WriteAllText(folder.PathOf(file), header + "\n" + string.Concat(rows.Select(r => r + "\n")), new UTF8Encoding(false));
        }
        // coverage.csv: trial, parameter, truth, estimate, low, high, covered, identification.
        var covered = coverageRows.Select(r => r.Split(',')).Select(f => (Parameter: f[1], Covered: f[6] == "yes")).ToList();
        if (covered.Count != Trials * Free.Length)
            throw new InputException($"merge: expected {Trials * Free.Length} rows of coverage.csv ({Trials} trials × {Free.Length} parameters), found {covered.Count}");
        var summary = RecoveryCoverage.Summarise(covered);
        RecoveryCoverage.WriteSummary(folder.PathOf("summary.csv"), summary);
        var elapsed = TimeSpan.FromSeconds(shards.Sum(s => s.Manifest.GetProperty("elapsedSeconds").GetDouble()));
        coverage.WriteManifest(folder, summary, shards.Sum(s => s.Manifest.GetProperty("simulations").GetInt64()), Scenario, start, elapsed);
        folder.Commit();
        terminal.Line($"merged {shards.Count} shards ({Trials} trials) into {folder.Target}");
        return 0;
    }

    /// <summary>The rows of one trial file of every shard in trial order (stable: a trial's rows keep their order), each
    /// trial from one shard only.</summary>
    private List<string> MergeRows(IReadOnlyList<string> shardDirs, string file, out string header)
    {
        header = "";
        var rows = new List<(int Trial, string Line)>();
        var owner = new Dictionary<int, string>();
        foreach (var dir in shardDirs)
        {
            string path = Path.Combine(dir, file);
            if (!File.Exists(path)) throw new InputException($"{dir}: no {file}; not a calibrate-coverage shard's folder");
            var lines = File.ReadAllLines(path);
            if (lines.Length == 0) throw new InputException($"{path}: empty; expected a header and one row per trial");
            if (header.Length == 0) header = lines[0];
            else if (lines[0] != header) throw new InputException($"{path}: the columns differ from {Path.Combine(shardDirs[0], file)}");
            for (int k = 1; k < lines.Length; k++)
            {
                if (lines[k].Length == 0) continue;
                int comma = lines[k].IndexOf(',');
                if (comma <= 0 || !int.TryParse(lines[k].AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out int trial) || trial >= Trials)
                    throw new InputException($"{path}: line {k + 1}: expected a trial number below {Trials} in the first column");
                if (owner.TryGetValue(trial, out var other) && other != dir) throw new InputException($"{path}: line {k + 1}: trial {trial} is also in {other}");
                owner[trial] = dir;
                rows.Add((trial, lines[k]));
            }
        }
        return [.. rows.OrderBy(r => r.Trial).Select(r => r.Line)];
    }
}
