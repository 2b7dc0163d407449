using System.Globalization;
using System.Text;
using System.Text.Json;
using Resilience.Analysis;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Experiments;

/// <summary>A sweep's folders: a shard's rows of sweep.csv with its manifest, and the merge of all shards' rows into
/// the outputs one unsharded sweep writes (sweep.csv, design.csv, charts, manifest.json).</summary>
public static class SweepFolders
{
    internal static List<Outcome> ParseOutcomes(string? text)
    {
        var names = text is null ? Analysis.Sweep.DefaultOutcomes : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Select(n => Outcomes.All.FirstOrDefault(o => o.Name == n)
            ?? throw new InputException($"--outcomes: unknown outcome '{n}'; allowed: {string.Join(", ", Outcomes.All.Select(o => o.Name))}")).ToList();
    }

    /// <summary>The parameter draws a sweep ran with, as its manifest records them.</summary>
    private sealed record Drawn(int Count, string File, string Hash)
    {
        public static Drawn? Of(ParameterDraws? draws) => draws is null ? null : new Drawn(draws.Vectors.Count, draws.File, draws.Hash);
    }

    private static void WriteFolder(OutputFolder folder, SweepDesign design, IReadOnlyList<Outcome> outcomes, IReadOnlyList<string> lines,
        Scenario scenario, IReadOnlyList<SweepFactor> factors, int samples, int index, int count, bool charts, Labels labels, Drawn? drawn)
    {
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(folder.PathOf("sweep.csv"), Analysis.Sweep.Header(design) + "\n" + string.Concat(lines.Select(l => l + "\n")), utf8);
        var design_ = new StringBuilder(string.Join(',', new[] { "point" }.Concat(design.Factors.Select(f => f.Def.Name))) + "\n");
        for (int p = 0; p < design.Points.Length; p++)
            design_.Append(p.ToString(CultureInfo.InvariantCulture)).Append(',').Append(string.Join(',', design.Factors.Select((f, k) => f.Def.Format(design.Points[p][k])))).Append('\n');
        File.WriteAllText(folder.PathOf("design.csv"), design_.ToString(), utf8);
        var m = new Manifest("sweep")
            .Add("scenario", scenario.Path)
            .Add("scenarioName", scenario.Name)
            .Add("seed", scenario.Seed)
            .Add("replications", scenario.Replications)
            .Add("clients", scenario.Clients)
            .Add("months", scenario.Months)
            .Add("samples", samples)
            .Add("factors", factors, (o, f) =>
            {
                o.Add("name", f.Def.Name);
                if (f.Values is not null) o.Add("grid", f.Values);
                else o.Add("low", f.Low).Add("high", f.High);
            })
            .Add("outcomes", outcomes.Select(o => o.Name))
            .Add("designHash", design.Hash())
            // Which kind of interval sweep.csv holds: simulation noise only, or with parameter uncertainty as well.
            .Add("interval", drawn is null ? "simulation noise (replications)" : $"simulation noise and parameter uncertainty ({drawn.Count} parameter vectors)");
        if (drawn is not null) m.Add("parameterDraws", drawn.Count).Add("parameterSet", drawn.File);
        m.Add("parameterSetHash", drawn?.Hash ?? "").Shard(index, count).Add("points", design.Points.Length).CodeVersion().Write(folder);
        if (!charts) return;
        Directory.CreateDirectory(folder.PathOf("charts"));
        foreach (var (name, svg) in Analysis.Sweep.Charts(design, lines, outcomes, labels))
            File.WriteAllText(Path.Combine(folder.PathOf("charts"), name + ".svg"), svg, utf8);
    }

    /// <summary>sweep-merge: the shards' manifests and rows checked, then their experiment merged.</summary>
    public static int MergeShards(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        ReadShards(shardDirs);
        return Pipeline.ReadExperiment<SweepExperiment>(shardDirs).Merge(shardDirs, outDir, force, labels, terminal);
    }

    /// <summary>Every shard's manifest and sweep.csv, checked to belong to one sweep with the same draws and columns.</summary>
    private static List<Shard> ReadShards(IReadOnlyList<string> shardDirs)
    {
        var shards = shardDirs.Select(ReadShard).ToList();
        var first = shards[0];
        Shards.CheckComplete([.. shards.Select(s => (s.Dir, s.Manifest))], "sweep-merge", ["designHash", "seed", "replications", "clients", "months"]);
        foreach (var s in shards)
            if (DrawHash(s.Manifest) != DrawHash(first.Manifest))
                throw new InputException($"{s.Dir}: manifest.json parameterSetHash differs from {first.Dir}; these shards ran with different parameter draws");
        foreach (var s in shards)
            if (s.Header != first.Header) throw new InputException($"{s.Dir}: sweep.csv columns differ from {first.Dir}");
        return shards;
    }

    /// <summary>Merge the shards of <paramref name="e"/>: their rows in point order, the design checked against the
    /// shards' hash, written with charts as one unsharded sweep writes.</summary>
    internal static int Merge(SweepExperiment e, IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        var shards = ReadShards(shardDirs);
        var m = shards[0].Manifest;
        var (scenario, factors, design, outcomes, draws) = e.Design();
        if (design.Hash() != m.GetProperty("designHash").GetString()) throw new InputException($"{shards[0].Dir}: design does not match its hash (edited manifest?)");
        if ((draws?.Hash ?? "") != DrawHash(m))
            throw new InputException($"{draws?.File ?? shards[0].Dir}: the parameter set changed since the shards ran (parameterSetHash differs); rerun them");
        var lines = shards.SelectMany(s => s.Lines.Select((l, k) => (Point: PointOf(s, l, k), Line: l)))
            .OrderBy(x => x.Point).Select(x => x.Line).ToList(); // OrderBy is stable: outcome order within a point is kept
        if (lines.Count != design.Points.Length * outcomes.Count)
            throw new InputException($"sweep-merge: expected {design.Points.Length * outcomes.Count} result rows, found {lines.Count}");
        using var folder = OutputFolder.Create(outDir, force, [.. shardDirs, .. scenario.ExtendsChain]);
        WriteFolder(folder, design, outcomes, lines, scenario, factors, e.Samples, 1, 1, charts: true, labels, Drawn.Of(draws));
        folder.Commit();
        terminal.Line(labels.T("terminal.mergedSweep", shards.Count, folder.Target));
        return 0;
    }

    /// <summary>Run the points of shard <paramref name="index"/> of <paramref name="count"/> (all of them for 1/1) into <paramref name="folder"/>.</summary>
    internal static void Run(SweepExperiment e, OutputFolder folder, int index, int count, int threads, Labels labels, ITerminal terminal, CancellationToken cancel)
    {
        var (scenario, factors, design, outcomes, draws) = e.Design();
        var points = design.Shard(index, count).ToList();
        List<(int Point, string Line)> lines = [];
        terminal.Progress(labels.T("progress.sweep", Path.GetFileNameWithoutExtension(e.Scenario), points.Count, design.Points.Length, scenario.Replications),
            points.Count * scenario.Replications, report => lines = Analysis.Sweep.Run(scenario, design, points, outcomes, threads, report, cancel, draws), "runs", labels);
        cancel.ThrowIfCancellationRequested();
        WriteFolder(folder, design, outcomes, lines.Select(l => l.Line).ToList(), scenario, factors, e.Samples, index, count, charts: count == 1, labels, Drawn.Of(draws));
    }

    /// <summary>The hash of the parameter set a shard ran with; empty without draws (or in a manifest from before them).</summary>
    private static string DrawHash(JsonElement manifest) =>
        manifest.TryGetProperty("parameterSetHash", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString()! : "";

    /// <summary>The design point a sweep.csv row belongs to (its first field).</summary>
    private static int PointOf(Shard shard, string line, int row)
    {
        int comma = line.IndexOf(',');
        if (comma > 0 && int.TryParse(line.AsSpan(0, comma), NumberStyles.None, CultureInfo.InvariantCulture, out int point)) return point;
        throw new InputException($"{Path.Combine(shard.Dir, "sweep.csv")}: line {row + 2}: expected a point number in the first column, got \"{(line.Length > 40 ? line[..40] + "…" : line)}\"");
    }

    private sealed record Shard(string Dir, JsonElement Manifest, string Header, List<string> Lines);

    /// <summary>The keys sweep-merge reads from a shard's manifest, with the JSON kind each must have.</summary>
    private static readonly (string Key, JsonValueKind Kind)[] ShardKeys =
    [
        ("scenario", JsonValueKind.String),
        ("samples", JsonValueKind.Number),
        ("factors", JsonValueKind.Array),
        ("outcomes", JsonValueKind.Array),
    ];

    private static Shard ReadShard(string dir)
    {
        string manifest = Path.Combine(dir, "manifest.json"), csv = Path.Combine(dir, "sweep.csv");
        var m = Shards.ReadManifest(dir, "sweep", "sweep.csv", ShardKeys);
        int k = 0;
        foreach (var f in m.GetProperty("factors").EnumerateArray())
        {
            if (f.ValueKind != JsonValueKind.Object || !f.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || ParameterRegistry.Find(name.GetString()!) is null)
                throw new InputException($"{manifest}: factors[{k}]: expected an object with the \"name\" of a lever or parameter");
            bool grid = f.TryGetProperty("grid", out var g) && g.ValueKind == JsonValueKind.Array && g.EnumerateArray().All(v => v.ValueKind == JsonValueKind.Number);
            bool range = f.TryGetProperty("low", out var lo) && lo.ValueKind == JsonValueKind.Number && f.TryGetProperty("high", out var hi) && hi.ValueKind == JsonValueKind.Number;
            if (!grid && !range) throw new InputException($"{manifest}: factors[{k}]: expected \"grid\" (a list of numbers) or \"low\" and \"high\"");
            k++;
        }
        k = 0;
        foreach (var o in m.GetProperty("outcomes").EnumerateArray())
        {
            if (o.ValueKind != JsonValueKind.String || !Outcomes.All.Any(x => x.Name == o.GetString()))
                throw new InputException($"{manifest}: outcomes[{k}]: expected the name of an outcome, got {o.GetRawText()}");
            k++;
        }
        var all = File.ReadAllLines(csv);
        if (all.Length == 0) throw new InputException($"{csv}: empty; expected a header and one row per point and outcome");
        return new Shard(dir, m, all[0], all.Skip(1).Where(l => l.Length > 0).ToList());
    }
}

/// <summary>
/// <c>sweep</c> as an experiment: a lever grid or Latin hypercube over one scenario, common random numbers at every
/// point. The units of work are the design's points (shard i of n runs the points p with p mod n = i − 1 and writes
/// their rows of sweep.csv); with parameter draws, replication r runs vector r mod K at every point.
/// </summary>
public sealed record SweepExperiment(string Scenario, string[] Grid, string[] Lhs, int Samples, string? Outcomes, int Clients, int Months, ulong Seed,
    int Replications, int? ParameterDraws, string? ParameterSet) : Experiment
{
    public override string Command => "sweep";
    public override int Units => Design().Design.Points.Length;
    public override double ClientMonths => (double)Units * Replications * Clients * Months;
    private string Stem => Path.GetFileNameWithoutExtension(Scenario);
    public override string DefaultOut => Path.Combine("output", $"sweep-{Stem}");
    public override string ShardOut(int index, int count) => count == 1 ? DefaultOut : Path.Combine("output", $"sweep-{Stem}-shard-{index}-of-{count}");
    public override IReadOnlyList<string> Inputs() =>
        [.. ScenarioLoader.Load(Scenario).ExtendsChain, .. ParameterDraws is null ? [] : new[] { ParameterSet ?? ParameterSets.DefaultFile }];

    /// <summary>The scenario at the experiment's sizes and seed, the factors, the design, the outcomes and the draws.</summary>
    public (Scenario Scenario, List<SweepFactor> Factors, SweepDesign Design, List<Outcome> Outcomes, Analysis.ParameterDraws? Draws) Design()
    {
        var scenario = ScenarioLoader.Load(Scenario).With(Clients, Months, Seed, Replications);
        var factors = Grid.Select(g => SweepDesign.ParseFactor(g, grid: true)).Concat(Lhs.Select(l => SweepDesign.ParseFactor(l, grid: false))).ToList();
        if (factors.GroupBy(f => f.Def.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InputException($"sweep: {twice.Key} is given as a factor twice (--grid or --lhs); give each factor once, with all its values");
        var design = new SweepDesign(factors, Samples, Seed);
        var outcomes = SweepFolders.ParseOutcomes(Outcomes);
        var draws = ParameterDraws is int k ? Analysis.ParameterDraws.Load(ParameterSet ?? ParameterSets.DefaultFile, k) : null;
        return (scenario, factors, design, outcomes, draws);
    }

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal,
        CancellationToken cancel)
    {
        using var folder = OutputFolder.Create(outDir, force, Inputs(), isDefault);
        SweepFolders.Run(this, folder, 1, 1, threads, labels, terminal, cancel);
        folder.Commit();
        terminal.Line(labels.T("terminal.wroteFolder", folder.Target));
        return 0;
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, ITerminal terminal, CancellationToken cancel) =>
        SweepFolders.Run(this, folder, index, count, threads, Labels.English, terminal, cancel);

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal) =>
        SweepFolders.Merge(this, shardDirs, outDir, force, labels, terminal);
}
