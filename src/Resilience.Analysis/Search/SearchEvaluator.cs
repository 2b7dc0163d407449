using System.Globalization;
using System.Text;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis.Search;

/// <summary>The values of a batch: per outcome (in <see cref="SearchProblem.Outcomes"/> order) and replication, of the
/// baseline ([outcome][replication]) and of each package ([package][outcome][replication]).</summary>
public sealed record BatchValues(double[][] Baseline, double[][][] Packages);

/// <summary>Scores a batch of packages elsewhere (a Slurm job array, <c>search --slurm</c>) and returns what
/// <see cref="SearchEvaluator.Run"/> would return for every replication.</summary>
public delegate BatchValues RemoteBatch(SearchEvaluator evaluator, IReadOnlyList<IReadOnlyList<double>> packages);

/// <summary>
/// Scores packages of lever values against the baseline with common random numbers, as <c>compare</c> does: replication
/// r of every package and of the baseline runs with the same seed from the same people, so an effect is a paired
/// difference. The people and their burn-in do not depend on the levers, so each replication's start is prepared once
/// and kept for every later batch (the search's generations), and the baseline's runs are done once. With parameter
/// draws, replication r is world r: the baseline and every package run draw r (<see cref="ParameterDraws.Apply"/>).
/// Results are written per (package, replication) slot, so they do not depend on the threads, nor on whether a batch
/// runs here or as a job array (<see cref="Remote"/>).
/// </summary>
public sealed class SearchEvaluator(Scenario scenario, SearchProblem problem, int threads, ParameterDraws? draws = null)
{
    public Scenario Scenario { get; } = scenario;
    public SearchProblem Problem { get; } = problem;
    public ParameterDraws? Draws { get; } = draws;

    /// <summary>What the evaluator scores (cheap, full, worlds): names its batches on a cluster.</summary>
    public string Name { get; init; } = "batch";

    /// <summary>Where batches run when not here.</summary>
    public RemoteBatch? Remote { get; init; }

    private readonly Parameters _baseline = scenario.ToParameters();
    private readonly SimulationStart?[] _starts = new SimulationStart?[scenario.Replications];

    /// <summary>Starts are kept between batches while every replication's people fit in
    /// <see cref="Comparison.SideBySideBytes"/>; a larger search prepares them again for each batch.</summary>
    private readonly bool _keepStarts = (long)scenario.Replications * (scenario.Clients + (long)Synthesis.Entrants(scenario.Clients, scenario.Months, scenario.ToParameters()))
        * Population.BytesPerClient <= Comparison.SideBySideBytes;

    private double[][]? _baselineValues;
    private long _runs;

    /// <summary>Simulation runs so far (baseline included).</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>The baseline's value per outcome (in <see cref="SearchProblem.Outcomes"/> order) and replication.</summary>
    public double[][] Baseline(CancellationToken cancel = default)
    {
        if (_baselineValues is null) Evaluate([], cancel);
        return _baselineValues!;
    }

    /// <summary>The parameters of a package (lever values in the problem's lever order) in replication r.</summary>
    public Parameters PackageParameters(IReadOnlyList<double> levers, int r)
    {
        var p = _baseline.Clone();
        for (int j = 0; j < levers.Count; j++) Problem.Levers[j].Def.Set(p, levers[j]);
        return Draws is null ? p : Draws.Apply(p, _baseline, r);
    }

    /// <summary>Each package's value per outcome and replication: [package][outcome][replication].</summary>
    public double[][][] Evaluate(IReadOnlyList<IReadOnlyList<double>> packages, CancellationToken cancel = default)
    {
        bool withBaseline = _baselineValues is null;
        var values = Remote is not null ? Remote(this, packages) : Run(packages, withBaseline, _ => true, cancel);
        Interlocked.Add(ref _runs, (long)(packages.Count + (withBaseline || Remote is not null ? 1 : 0)) * Scenario.Replications);
        _baselineValues ??= values.Baseline;
        return values.Packages;
    }

    /// <summary>Run the replications <paramref name="mine"/> of the baseline (if <paramref name="withBaseline"/>) and
    /// of every package; other replications' slots stay 0.</summary>
    public BatchValues Run(IReadOnlyList<IReadOnlyList<double>> packages, bool withBaseline, Func<int, bool> mine, CancellationToken cancel = default)
    {
        int outcomes = Problem.Outcomes.Count;
        double[][] New() => [.. Enumerable.Range(0, outcomes).Select(_ => new double[Scenario.Replications])];
        var values = new double[packages.Count][][];
        for (int p = 0; p < packages.Count; p++) values[p] = New();
        var baseline = New();
        int[] reps = [.. Enumerable.Range(0, Scenario.Replications).Where(mine)];
        var (sideBySide, perRun) = Comparison.SplitThreads(Scenario, threads, reps.Length);
        Jobs.For(reps.Length, sideBySide, cancel, k =>
        {
            int r = reps[k];
            var baseSpec = new RunSpec(Draws is null ? _baseline : Draws.Apply(_baseline, _baseline, r), Scenario.Clients, Scenario.Months, Scenario.Seed, Scenario.Schedule) { Threads = perRun };
            var start = _starts[r] ?? SimulationStart.Prepare(StartKey.Of(baseSpec, r), perRun);
            if (_keepStarts) _starts[r] = start;
            void Read(RunSpec spec, double[][] into)
            {
                cancel.ThrowIfCancellationRequested();
                // Levers do not enter the start (the burn-in runs default levers), so every package shares it.
                var run = RunResult.Run(spec, r, cancel, start: start.Key.Equals(StartKey.Of(spec, r)) ? start : null);
                for (int o = 0; o < outcomes; o++) into[o][r] = Problem.Outcomes[o].Read(run, 0);
            }
            if (withBaseline) Read(baseSpec, baseline);
            for (int p = 0; p < packages.Count; p++) Read(baseSpec with { Parameters = PackageParameters(packages[p], r) }, values[p]);
        });
        return new BatchValues(baseline, values);
    }

    /// <summary>The values file of a batch (a shard's replications, or all after the merge):
    /// <c>package,outcome,replication,value</c> with package "baseline" or its index, values exact (round-trip).</summary>
    public const string ValuesFile = "values.csv";

    public static void WriteValues(string path, BatchValues v, IEnumerable<int> replications)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("package,outcome,replication,value\n");
        var reps = replications.ToList();
        void Add(string name, double[][] x)
        {
            for (int o = 0; o < x.Length; o++)
                foreach (int r in reps) sb.Append(name).Append(',').Append(o.ToString(inv)).Append(',').Append(r.ToString(inv)).Append(',').Append(x[o][r].ToString("R", inv)).Append('\n');
        }
        Add("baseline", v.Baseline);
        for (int p = 0; p < v.Packages.Length; p++) Add(p.ToString(inv), v.Packages[p]);
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Read values files (of shards, or one merged file) into one batch; every slot must be given exactly once.</summary>
    public static BatchValues ReadValues(IEnumerable<string> paths, int packages, int outcomes, int replications)
    {
        double[][] New() => [.. Enumerable.Range(0, outcomes).Select(_ => new double[replications])];
        var baseline = New();
        var values = Enumerable.Range(0, packages).Select(_ => New()).ToArray();
        var seen = new HashSet<(int, int, int)>();
        foreach (var path in paths)
            foreach (var line in File.ReadLines(path).Skip(1))
            {
                var c = line.Split(',');
                int p = c[0] == "baseline" ? -1 : int.Parse(c[0], CultureInfo.InvariantCulture);
                int o = int.Parse(c[1], CultureInfo.InvariantCulture), r = int.Parse(c[2], CultureInfo.InvariantCulture);
                if (p >= packages || o >= outcomes || r >= replications || !seen.Add((p, o, r)))
                    throw new InputException($"{path}: package {c[0]}, outcome {o}, replication {r}: out of range or given twice");
                (p < 0 ? baseline : values[p])[o][r] = double.Parse(c[3], CultureInfo.InvariantCulture);
            }
        if (seen.Count != (packages + 1) * outcomes * replications)
            throw new InputException($"{string.Join(", ", paths)}: {seen.Count} values; expected {(packages + 1) * outcomes * replications} (every package, outcome and replication once)");
        return new BatchValues(baseline, values);
    }
}
