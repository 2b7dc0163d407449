using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis.Search;

/// <summary>
/// Scores packages of lever values against the baseline with common random numbers, as <c>compare</c> does: replication
/// r of every package and of the baseline runs with the same seed from the same people, so an effect is a paired
/// difference. The people and their burn-in do not depend on the levers, so each replication's start is prepared once
/// and kept for every later batch (the search's generations), and the baseline's runs are done once. With parameter
/// draws, replication r is world r: the baseline and every package run draw r (<see cref="ParameterDraws.Apply"/>).
/// Results are written per (package, replication) slot, so they do not depend on the threads.
/// </summary>
public sealed class SearchEvaluator(Scenario scenario, SearchProblem problem, int threads, ParameterDraws? draws = null)
{
    public Scenario Scenario { get; } = scenario;
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
        for (int j = 0; j < levers.Count; j++) problem.Levers[j].Def.Set(p, levers[j]);
        return draws is null ? p : draws.Apply(p, _baseline, r);
    }

    /// <summary>Each package's value per outcome and replication: [package][outcome][replication].</summary>
    public double[][][] Evaluate(IReadOnlyList<IReadOnlyList<double>> packages, CancellationToken cancel = default)
    {
        int reps = Scenario.Replications, outcomes = problem.Outcomes.Count;
        bool withBaseline = _baselineValues is null;
        var values = new double[packages.Count][][];
        for (int p = 0; p < packages.Count; p++) values[p] = [.. Enumerable.Range(0, outcomes).Select(_ => new double[reps])];
        var baseline = withBaseline ? Enumerable.Range(0, outcomes).Select(_ => new double[reps]).ToArray() : null;
        var (sideBySide, perRun) = Comparison.SplitThreads(Scenario, threads, reps);
        Jobs.For(reps, sideBySide, cancel, r =>
        {
            var baseSpec = new RunSpec(draws is null ? _baseline : draws.Apply(_baseline, _baseline, r), Scenario.Clients, Scenario.Months, Scenario.Seed, Scenario.Schedule) { Threads = perRun };
            var start = _starts[r] ?? SimulationStart.Prepare(StartKey.Of(baseSpec, r), perRun);
            if (_keepStarts) _starts[r] = start;
            void Read(RunSpec spec, Func<int, double[]> into)
            {
                cancel.ThrowIfCancellationRequested();
                // Levers do not enter the start (the burn-in runs default levers), so every package shares it.
                var run = RunResult.Run(spec, r, cancel, start: start.Key.Equals(StartKey.Of(spec, r)) ? start : null);
                for (int k = 0; k < outcomes; k++) into(k)[r] = problem.Outcomes[k].Read(run, 0);
                Interlocked.Increment(ref _runs);
            }
            if (baseline is not null) Read(baseSpec, k => baseline[k]);
            for (int p = 0; p < packages.Count; p++)
                Read(baseSpec with { Parameters = PackageParameters(packages[p], r) }, k => values[p][k]);
        });
        if (baseline is not null) _baselineValues = baseline;
        return values;
    }
}
