using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using MathNet.Numerics.Statistics;
using Resilience.Analysis.Panel;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Analysis.Calibration;

/// <summary>Reads the calibration targets from a finished replication.</summary>
public sealed class TargetReader(IReadOnlyList<CalibrationTarget> targets) : IRunReader
{
    public int Count => targets.Count;
    public bool NeedsPanel { get; } = targets.Any(t => t.PanelKey is not null);

    public void Read(RunResult run, MomentSet? panel, Span<Ratio> into)
    {
        for (int k = 0; k < targets.Count; k++)
        {
            var t = targets[k];
            if (t.Seed is not null) into[k] = new Ratio(t.Seed.Evaluate(run.Raw), 1);
            else if (panel is not null && panel.TryGet(t.PanelKey!.Value, out var r)) into[k] = r;
            else into[k] = new Ratio(0, 0);
        }
    }
}

/// <summary>How a calibration is run.</summary>
public sealed record CalibrationSettings
{
    /// <summary>Model evaluations (each = <see cref="Replications"/> simulations) for the fit itself.</summary>
    public int Budget { get; init; } = 150;
    public int Replications { get; init; } = 2;
    public ulong Seed { get; init; } = 1;
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Nelder–Mead runs, each from one of the best points of the Latin-hypercube stage.</summary>
    public int Starts { get; init; } = 3;
    /// <summary>Parametric-bootstrap refits for the intervals (0 = none).</summary>
    public int Bootstrap { get; init; } = 20;
    /// <summary>Model evaluations per bootstrap refit (the same search as the fit, with this budget). The bootstrap
    /// replicates the estimator, so it should be the fit's <see cref="Budget"/> (the default of calibrate); a smaller
    /// one makes refits stop short of where the fit would go and the intervals too narrow or shifted.</summary>
    public int BootstrapBudget { get; init; } = 150;
    /// <summary>Where every bootstrap refit's search starts: at the estimate (true, issue 23: refits then scatter
    /// around the estimate instead of stopping short of it on the way from the scenario's values) or at the scenario's
    /// values, as the fit did (false; <c>--refit-start start</c>). Either way each refit runs the whole search (a Latin
    /// hypercube and Nelder–Mead from its best points), not a local polish from its start.</summary>
    public bool RefitsFromEstimate { get; init; } = true;
    /// <summary>Clients of a pseudo-observed panel in the bootstrap (panel mode: the observed panel's size).</summary>
    public int? ObservedClients { get; init; }

    /// <summary>Evaluations of the polish after bumping: a quarter of the fit's budget.</summary>
    public int BumpingBudget => Budget / 4;

    /// <summary>Total evaluations at most (for progress): the fit, the bootstrap refits, bumping (every refit's end
    /// point and a polish) and the curvature (two points per parameter, and a centre of its own where the estimate
    /// is too near a bound).</summary>
    public int MaxEvaluations(int parameters) =>
        Budget + Bootstrap * BootstrapBudget + (Bootstrap > 0 ? Bootstrap + BumpingBudget : 0) + 3 * parameters;
}

/// <summary>One evaluation of the objective: where (unit cube and natural values), what the model gave, and how far
/// that is from the targets.</summary>
public sealed record Evaluation(int Index, string Phase, double[] Unit, double[] Values, double[] Simulated, double Objective, double BestSoFar);

public sealed record BootstrapFit(int Replicate, ulong Seed, double[] Values, double Objective, int Evaluations);

/// <summary>A fitted parameter: its start, estimate, 95% interval and bootstrap sd, the objective's curvature along it
/// at the estimate (second derivative on the unit scale of the bounds; NaN if not measured) and the identification
/// verdict (<see cref="IdentificationRule"/>).</summary>
public sealed record ParameterEstimate(FreeParameter Parameter, double Start, double Estimate, double Low, double High, double Sd)
{
    public double Curvature { get; init; } = double.NaN;

    /// <summary>The interval's width as a share of the bound width.</summary>
    public double RelativeWidth => Parameter.ToUnit(High) - Parameter.ToUnit(Low);

    /// <summary>The width over which the objective rises by 1 either side of the estimate, as a share of the bound
    /// width (<see cref="IdentificationRule.CurvatureWidth"/>).</summary>
    public double CurvatureWidth => double.IsNaN(Curvature) ? double.NaN : IdentificationRule.CurvatureWidth(Curvature);

    public Identification Identification => IdentificationRule.Classify(Parameter.ToUnit(Low), Parameter.ToUnit(High), CurvatureWidth);

    /// <summary>The bound the estimate lies at, or null (<see cref="IdentificationRule.AtBound"/>).</summary>
    public BoundSide? AtBound => IdentificationRule.AtBound(Estimate, Parameter.Low, Parameter.High);
}

public sealed class CalibrationResult
{
    public required IReadOnlyList<FreeParameter> Free { get; init; }
    public required IReadOnlyList<CalibrationTarget> Targets { get; init; }
    public required CalibrationSettings Settings { get; init; }
    public required Evaluation Start { get; init; }
    /// <summary>The estimate: the search's best point, or after bumping the polished point that beat it.</summary>
    public required Evaluation Best { get; init; }
    /// <summary>The search's best point before bumping.</summary>
    public required Evaluation Searched { get; init; }
    /// <summary>The bootstrap refit whose end point fitted the observed targets better than the search's best
    /// (bumping), or null.</summary>
    public int? BumpedFrom { get; init; }
    public required IReadOnlyList<Evaluation> Trace { get; init; }
    public required IReadOnlyList<BootstrapFit> Bootstrap { get; init; }
    public required IReadOnlyList<ParameterEstimate> Estimates { get; init; }
    public required TimeSpan Elapsed { get; init; }
    public required long Simulations { get; init; }
    /// <summary>Of <see cref="Simulations"/>, those of the bootstrap refits (with their pseudo-observations).</summary>
    public long BootstrapSimulations { get; init; }
}

/// <summary>
/// Method of simulated moments. The objective is Σₖ wₖ ((sₖ(θ) − tₖ) / hₖ)², with sₖ the simulated moment (pooled
/// over replications), tₖ the target and hₖ the distance from the target to its band edge on the side sₖ falls (so a
/// moment exactly on its band edge contributes wₖ). Targets files have wₖ = 1; panel targets, whose band is the
/// observed 95% interval, get wₖ = 1.96² / (1 + n_obs/n_sim) / (moments in the family), i.e. inverse observed plus
/// simulated variance, with each moment family (all months of status_share, say) weighing as one. Every evaluation
/// uses the same seed and replications (common random numbers), so the objective is a deterministic function of θ.
/// Parameters are mapped to [0,1] by their bounds. The search evaluates a Latin hypercube (about a quarter of the
/// budget) plus the scenario's own values, then runs MathNet's Nelder–Mead simplex from the best few points with half
/// of the rest of the budget and restarts it from the best point found with the remainder.
/// <para>Uncertainty: a parametric bootstrap of the whole estimator — pseudo-observations are drawn from the fitted
/// model (a fresh panel of the observed size, or targets perturbed by their bands read as 95% normal intervals), each
/// refitted by the same search, with the same budget, from the estimate (or the fit's start) with a fresh simulation
/// seed and design.
/// <b>Bumping</b> (Tibshirani &amp; Knight 1999, "Model search by bootstrap 'bumping'", J Comput Graph Stat 8:671):
/// every refit's end point is evaluated on the observed targets (with the fit's seed); if one fits them better than
/// the search's best, the search had stopped in a worse basin, and Nelder–Mead polishes from that end point — the
/// estimate is the best point found. <b>Intervals</b>: the standard bootstrap interval θ̂ ± t · sd*, sd* the refits'
/// standard deviation (Efron &amp; Tibshirani 1993, An Introduction to the Bootstrap, §13.2), with t the 97.5% quantile
/// of Student's t with B − 1 degrees of freedom for B refits instead of 1.96: if θ̂ − θ and the refits' deviations are
/// normal with the same spread (the bootstrap principle), (θ̂ − θ) / sd* follows that t distribution, so the interval
/// covers θ with 95% probability however few the refits (a prediction-interval argument). Clipped to the bounds.
/// Percentile intervals need hundreds of refits (Efron &amp; Tibshirani §19.3): with 12–20 refits the 2.5–97.5%
/// percentiles are the smallest and largest refit, which cover a new draw in only (B − 1)/(B + 1) of cases (85% for
/// B = 12): the main reason they covered the truth in 90% of 100 recovery trials against 94% now (README,
/// <c>calibrate-coverage</c>).</para>
/// </summary>
public sealed class Calibrator
{
    private readonly RunSpec _spec;
    private readonly IReadOnlyList<FreeParameter> _free;
    private readonly CalibrationSettings _settings;
    private IReadOnlyList<CalibrationTarget> _targets;
    private readonly bool _panelWeights;

    public Calibrator(RunSpec spec, IReadOnlyList<FreeParameter> free, IReadOnlyList<CalibrationTarget> targets, CalibrationSettings settings)
    {
        if (free.Count == 0) throw new ArgumentException("At least one free parameter is needed.", nameof(free));
        if (targets.Count == 0) throw new ArgumentException("At least one target is needed.", nameof(targets));
        _spec = spec;
        _free = free;
        _targets = targets;
        _settings = settings;
        _panelWeights = targets.Any(t => t.ObservedN > 0);
    }

    /// <summary>Total evaluations at most (for progress).</summary>
    public int MaxEvaluations => _settings.MaxEvaluations(_free.Count);

    public Parameters ParametersAt(double[] unit)
    {
        var p = _spec.Parameters.Clone();
        for (int i = 0; i < _free.Count; i++) _free[i].Def.Set(p, _free[i].ToValue(unit[i]));
        return p;
    }

    public static double Objective(IReadOnlyList<CalibrationTarget> targets, IReadOnlyList<double> simulated)
    {
        double sum = 0;
        for (int k = 0; k < targets.Count; k++)
        {
            var t = targets[k];
            double s = simulated[k];
            double z = double.IsFinite(s) ? (s - t.Value) / t.HalfWidth(s) : 5; // a moment the run cannot produce counts as 5 half-widths off
            sum += t.Weight * z * z;
        }
        return sum;
    }

    private sealed class BudgetExhausted : Exception;

    /// <summary>The search state of one fit: evaluations, cache, budget.</summary>
    private sealed class Fit(Calibrator owner, BatchRunner runner, IReadOnlyList<CalibrationTarget> targets, ulong seed, int budget,
        Action? evaluated, CancellationToken cancel)
    {
        public readonly List<Evaluation> Trace = [];
        private readonly Dictionary<string, Evaluation> _cache = [];
        public Evaluation? Best;
        public int Used;
        public int Budget => budget;
        public IReadOnlyList<CalibrationTarget> Targets = targets;

        /// <summary>Allow <paramref name="more"/> evaluations beyond those used so far (bumping, curvature).</summary>
        public void Extend(int more) => budget = Used + more;

        private static string Key(double[] u) => string.Join(";", u.Select(x => x.ToString("R", CultureInfo.InvariantCulture)));

        /// <summary>Evaluate the points not yet evaluated (side by side), within the budget. Evaluations outside the
        /// search (<paramref name="search"/> false: diagnostics) are traced but never become the best point.</summary>
        public Evaluation[] EvaluateBatch(IReadOnlyList<double[]> units, string phase, bool search = true)
        {
            var todo = units.Select(u => u.Select(x => Math.Clamp(x, 0, 1)).ToArray()).ToList();
            var fresh = todo.Where(u => !_cache.ContainsKey(Key(u))).DistinctBy(Key).Take(Math.Max(0, budget - Used)).ToList();
            if (fresh.Count > 0)
            {
                cancel.ThrowIfCancellationRequested();
                var sims = runner.RunRatios(fresh.Select(owner.ParametersAt).ToList(), seed, cancel);
                for (int i = 0; i < fresh.Count; i++)
                {
                    if (Trace.Count == 0 && owner._panelWeights) Targets = owner.PanelWeights(Targets, sims[i]);
                    var simulated = sims[i].Select(r => r.Value).ToArray();
                    double j = Calibrator.Objective(Targets, simulated);
                    var values = fresh[i].Select((x, d) => owner._free[d].ToValue(x)).ToArray();
                    bool better = search && (Best is null || j < Best.Objective);
                    var e = new Evaluation(Trace.Count + 1, phase, fresh[i], values, simulated, j, better ? j : Best?.Objective ?? double.NaN);
                    Trace.Add(e);
                    _cache[Key(fresh[i])] = e;
                    if (better) Best = e;
                    Used++;
                    evaluated?.Invoke();
                }
            }
            return [.. todo.Select(u => _cache.TryGetValue(Key(u), out var e) ? e : throw new BudgetExhausted())];
        }

        /// <summary>Objective for Nelder–Mead on the unbounded plane: the objective at the point clamped into the
        /// unit cube, plus a penalty growing with the distance outside it.</summary>
        public double Objective(Vector<double> v)
        {
            var u = v.ToArray();
            double outside = 0;
            for (int i = 0; i < u.Length; i++)
            {
                double c = Math.Clamp(u[i], 0, 1);
                outside += (u[i] - c) * (u[i] - c);
            }
            var e = EvaluateBatch([u], _phase)[0];
            return e.Objective + outside * 100 * (1 + e.Objective);
        }

        private string _phase = "";

        public void NelderMead(double[] start, int evaluations, string phase, double step = 0.1)
        {
            _phase = phase;
            int stop = Math.Min(budget, Used + evaluations);
            var steps = start.Select(x => x + step <= 1 ? step : -step).ToArray();
            var solver = new NelderMeadSimplex(1e-4, int.MaxValue / 4);
            var objective = ObjectiveFunction.Value(v =>
            {
                if (Used >= stop) throw new BudgetExhausted();
                return Objective(v);
            });
            try { solver.FindMinimum(objective, Vector<double>.Build.DenseOfArray(start), Vector<double>.Build.DenseOfArray(steps)); }
            catch (BudgetExhausted) { }
            catch (MaximumIterationsException) { }
        }
    }

    /// <summary>Panel targets: weights from the observed and the simulated n (first evaluation), each moment family
    /// weighing as one.</summary>
    private IReadOnlyList<CalibrationTarget> PanelWeights(IReadOnlyList<CalibrationTarget> targets, Ratio[] simulated)
    {
        var family = targets.GroupBy(t => t.PanelKey?.Name ?? t.Moment).ToDictionary(g => g.Key, g => g.Count());
        return [.. targets.Select((t, k) =>
        {
            if (t.ObservedN <= 0) return t;
            double nSim = Math.Max(1, simulated[k].N);
            return t with { Weight = 1.96 * 1.96 / (1 + t.ObservedN / nSim) / family[t.PanelKey?.Name ?? t.Moment] };
        })];
    }

    /// <summary>Fit, then the bootstrap refits, bumping, the curvature and the intervals. <paramref name="refits"/>
    /// chooses which refits to compute (a cluster shard computes some and stops there: bumping needs them all);
    /// <paramref name="given"/> supplies all refits computed elsewhere (the merge of the shards), which are then not
    /// recomputed. The fit is deterministic, so every shard and the merge find the same estimate before bumping, and
    /// the merge bumps from the same refits (stored exactly) as one machine does.</summary>
    public CalibrationResult Run(CancellationToken cancel = default, Action? evaluated = null, Func<int, bool>? refits = null,
        IReadOnlyList<BootstrapFit>? given = null, long givenSimulations = 0)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        int d = _free.Count;
        var runner = new BatchRunner(_spec, _settings.Replications, _settings.Threads, new TargetReader(_targets));
        var fit = new Fit(this, runner, _targets, _settings.Seed, _settings.Budget, evaluated, cancel);

        // The scenario's own values (clamped into the bounds) are the first point: the fit must improve on them.
        var startUnit = _free.Select(f => Math.Clamp(f.ToUnit(f.Def.Get(_spec.Parameters)), 0, 1)).ToArray();
        var start = Search(fit, startUnit, _settings.Seed);
        var searched = fit.Best!;
        var targets = fit.Targets;

        var refitStart = _settings.RefitsFromEstimate ? searched.Unit : startUnit;
        var boot = given is not null ? [.. given.OrderBy(b => b.Replicate)] : Bootstrap(searched, refitStart, targets, cancel, evaluated, refits);
        bool complete = refits is null;
        int? bumpedFrom = complete ? Bump(fit, boot) : null;
        var best = fit.Best!;
        var curvature = complete ? Curvature(fit, best) : [.. Enumerable.Repeat(double.NaN, d)];
        double t = boot.Count >= 2 ? StudentT.InvCDF(0, 1, boot.Count - 1, 0.975) : double.NaN;
        var estimates = new List<ParameterEstimate>();
        for (int i = 0; i < d; i++)
        {
            var f = _free[i];
            double sd = boot.Count >= 2 ? boot.Select(b => b.Values[i]).StandardDeviation() : double.NaN;
            double lo = Math.Max(f.Low, best.Values[i] - t * sd), hi = Math.Min(f.High, best.Values[i] + t * sd);
            estimates.Add(new ParameterEstimate(f, start.Values[i], best.Values[i], lo, hi, sd) { Curvature = curvature[i] });
        }
        return new CalibrationResult
        {
            Free = _free, Targets = targets, Settings = _settings, Start = start, Best = best, Searched = searched, BumpedFrom = bumpedFrom,
            Trace = fit.Trace, Bootstrap = boot, Estimates = estimates, Elapsed = clock.Elapsed,
            Simulations = runner.Simulations + _bootSimulations + givenSimulations, BootstrapSimulations = _bootSimulations + givenSimulations,
        };
    }

    /// <summary>Bumping: evaluate every refit's end point on the observed targets; if the best of them beats the
    /// search's best, polish from it with Nelder–Mead (<see cref="CalibrationSettings.BumpingBudget"/> evaluations).
    /// Returns the refit it started from, or null. Ties go to the search (and among refits to the lowest replicate),
    /// so the result does not depend on the order refits were computed in.</summary>
    private int? Bump(Fit fit, IReadOnlyList<BootstrapFit> boot)
    {
        if (boot.Count == 0) return null;
        var searched = fit.Best!;
        fit.Extend(boot.Count);
        var ends = fit.EvaluateBatch([.. boot.Select(b => b.Values.Select((v, i) => _free[i].ToUnit(v)).ToArray())], "bumping");
        int k = 0;
        for (int j = 1; j < ends.Length; j++) if (ends[j].Objective < ends[k].Objective) k = j;
        if (!(ends[k].Objective < searched.Objective)) return null;
        fit.Extend(_settings.BumpingBudget);
        fit.NelderMead(ends[k].Unit, _settings.BumpingBudget, "bumping-polish", step: 0.05);
        return boot[k].Replicate;
    }

    /// <summary>The objective's second derivative along each parameter at the estimate, on the unit scale of the
    /// bounds: a central difference with step <see cref="IdentificationRule.CurvatureStep"/>, the centre moved
    /// inside the bounds when the estimate is nearer to one than the step. These evaluations are diagnostics: in the
    /// trace (phase "curvature"), never taken as the estimate.</summary>
    private double[] Curvature(Fit fit, Evaluation best)
    {
        int d = _free.Count;
        double h = IdentificationRule.CurvatureStep;
        var points = new List<double[]>();
        for (int i = 0; i < d; i++)
        {
            var centre = (double[])best.Unit.Clone();
            centre[i] = Math.Clamp(centre[i], h, 1 - h);
            var minus = (double[])centre.Clone();
            var plus = (double[])centre.Clone();
            minus[i] -= h;
            plus[i] += h;
            points.AddRange([centre, minus, plus]);
        }
        fit.Extend(3 * d);
        var e = fit.EvaluateBatch(points, "curvature", search: false);
        var c = new double[d];
        for (int i = 0; i < d; i++) c[i] = (e[3 * i + 1].Objective + e[3 * i + 2].Objective - 2 * e[3 * i].Objective) / (h * h);
        return c;
    }

    /// <summary>The search, the same for the fit and for every bootstrap refit: the start point, a Latin hypercube
    /// (a quarter of the budget, at most 10 points per parameter), Nelder–Mead from the best distinct points with half
    /// of what is left (exploration), then a restart from the best point found with the rest (polish: a fresh
    /// simplex undoes a premature collapse on a rough objective). Returns the start's evaluation.</summary>
    private Evaluation Search(Fit fit, double[] startUnit, ulong designSeed)
    {
        int d = _free.Count;
        var start = fit.EvaluateBatch([startUnit], "start")[0];
        int lhs = Math.Clamp(fit.Budget / 4, Math.Min(d + 1, fit.Budget - 1), 10 * d);
        fit.EvaluateBatch(Design.LatinHypercube(Math.Max(0, lhs), d, new DesignRandom(designSeed, 1)), "latin-hypercube");
        var starts = new List<Evaluation>();
        foreach (var e in fit.Trace.OrderBy(e => e.Objective))
        {
            if (starts.Count >= _settings.Starts) break;
            if (starts.All(s => Distance(s.Unit, e.Unit) > 0.1)) starts.Add(e);
        }
        int explore = (fit.Budget - fit.Used) / 2;
        for (int k = 0; k < starts.Count && fit.Used < fit.Budget; k++)
            fit.NelderMead(starts[k].Unit, explore / starts.Count, $"nelder-mead-{k + 1}");
        if (fit.Used < fit.Budget) fit.NelderMead(fit.Best!.Unit, fit.Budget - fit.Used, "nelder-mead-polish", step: 0.05);
        return start;
    }

    private long _bootSimulations;

    /// <summary>Parametric bootstrap of the whole estimator: pseudo-observations from the fitted model, each refitted
    /// by the same search from <paramref name="startUnit"/> (the estimate, or the scenario's values:
    /// <see cref="CalibrationSettings.RefitsFromEstimate"/>) with a fresh simulation seed and design, so that
    /// observation noise, simulation noise and where the search ends up on a flat or rough objective are all in the
    /// spread. (Refits started at the estimate with a local Nelder–Mead alone stayed near it and gave intervals that
    /// covered the truth in only about 50–85% of repeated recoveries, commit dc1a015; they now run the whole search,
    /// and <c>calibrate-coverage</c> measures the coverage either way.)</summary>
    private List<BootstrapFit> Bootstrap(Evaluation best, double[] startUnit, IReadOnlyList<CalibrationTarget> targets, CancellationToken cancel, Action? evaluated,
        Func<int, bool>? refits)
    {
        int[] chosen = [.. Enumerable.Range(0, Math.Max(0, _settings.Bootstrap)).Where(b => refits is null || refits(b))];
        int n = chosen.Length;
        if (n <= 0) return [];
        var fits = new BootstrapFit[n];
        var theta = ParametersAt(best.Unit);
        int outer = Math.Min(n, _settings.Threads);
        int inner = Math.Max(1, _settings.Threads / outer);
        Jobs.For(n, outer, cancel, slot =>
        {
            int b = chosen[slot];
            ulong obsSeed = Rng.Mix(_settings.Seed ^ (0xB0075EEDUL + (ulong)b));
            ulong simSeed = Rng.Mix(obsSeed + 0x51u);
            var pseudo = PseudoTargets(targets, best, theta, obsSeed, b, cancel);
            var runner = new BatchRunner(_spec, _settings.Replications, inner, new TargetReader(pseudo));
            var fit = new Fit(this, runner, pseudo, simSeed, _settings.BootstrapBudget, evaluated, cancel);
            Search(fit, startUnit, obsSeed);
            fits[slot] = new BootstrapFit(b, simSeed, fit.Best!.Values, fit.Best.Objective, fit.Used);
            Interlocked.Add(ref _bootSimulations, runner.Simulations);
        });
        return [.. fits];
    }

    private IReadOnlyList<CalibrationTarget> PseudoTargets(IReadOnlyList<CalibrationTarget> targets, Evaluation best, Parameters theta,
        ulong obsSeed, int replicate, CancellationToken cancel)
    {
        double[] pseudo;
        if (_settings.ObservedClients is int clients && targets.Any(t => t.ObservedN > 0))
        {
            // A fresh panel of the observed size from the fitted model.
            var spec = _spec with { Parameters = theta, Clients = clients, Threads = 1 };
            var runner = new BatchRunner(spec, 1, 1, new TargetReader(targets));
            pseudo = runner.Run([theta], obsSeed, cancel)[0];
            Interlocked.Increment(ref _bootSimulations);
        }
        else
        {
            // Targets perturbed by their bands, read as 95% normal intervals around the fitted model's values.
            var rng = new DesignRandom(obsSeed, (ulong)replicate);
            pseudo = [.. targets.Select((t, k) => best.Simulated[k] + (t.High - t.Low) / (2 * 1.96) * rng.Normal(k))];
        }
        return [.. targets.Select((t, k) =>
        {
            double v = double.IsFinite(pseudo[k]) ? pseudo[k] : t.Value;
            return t with { Value = v, Low = v - (t.Value - t.Low), High = v + (t.High - t.Value) };
        })];
    }

    private static double Distance(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.Sqrt(s);
    }
}
