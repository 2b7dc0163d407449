using System.Globalization;
using System.Text.Json;
using MathNet.Numerics.Distributions;
using Resilience.Analysis.Panel;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;
using static Resilience.Analysis.Report;

namespace Resilience.Analysis.Calibration;

/// <summary>One trial's verdict on one parameter: is the true value inside its interval?</summary>
public sealed record CoverageRow(int Trial, string Parameter, double Truth, double Estimate, double Low, double High, bool Covered)
{
    /// <summary>The fit's identification verdict for the parameter in this trial.</summary>
    public Identification? Identification { get; init; }
}

/// <summary>Coverage of one parameter (or of all, <see cref="RecoveryCoverage.All"/>) with its exact (Clopper–Pearson)
/// 95% binomial interval.</summary>
public sealed record CoverageSummary(string Parameter, int Intervals, int Covered, double Coverage, double Low, double High);

/// <summary>One recovery trial: its seeds and the calibration's result.</summary>
public sealed record CoverageTrial(int Trial, ulong ObservedSeed, ulong FitSeed, int ObservedClients, int Targets, CalibrationResult Result);

/// <summary>
/// How often the calibration's 95% intervals contain the truth, measured as researchers check an estimator
/// (a Monte Carlo coverage study; e.g. Morris, White &amp; Crowther 2019, "Using simulation studies to evaluate
/// statistical methods", Stat Med 38:2074). Each trial simulates an "observed" panel with known true values and its
/// own seed, calibrates from the scenario's values with another seed, exactly as <c>calibrate --panel</c> does
/// (moments of the panel as targets, bootstrap panels of the observed size), and records whether each true value
/// lies inside its interval. Trials are independent and each is deterministic, so the result does not depend on
/// the thread count (trials run side by side, one thread each).
/// </summary>
public sealed class RecoveryCoverage(RunSpec spec, IReadOnlyList<FreeParameter> free, IReadOnlyList<double> truth, CalibrationSettings settings,
    int trials, double minN)
{
    /// <summary>The summary row over every parameter of every trial.</summary>
    public const string All = "all";

    /// <summary>Salt of the seeds of trial t (observed panel; the fit's seed is derived from it).</summary>
    private const ulong ObservedSalt = 0xC0E7A6EUL, FitSalt = 0xF17UL;

    public int Trials => trials;

    /// <summary>Total model evaluations at most (for progress).</summary>
    public long MaxEvaluations => (long)trials * settings.MaxEvaluations(free.Count);

    public Parameters Truth()
    {
        var p = spec.Parameters.Clone();
        for (int i = 0; i < free.Count; i++) free[i].Def.Set(p, truth[i]);
        return p;
    }

    public static ulong ObservedSeed(ulong seed, int trial) => Rng.Mix(seed ^ (ObservedSalt + (ulong)trial));

    /// <summary>Run the trials (those <paramref name="mine"/> takes, for a shard), in trial order.</summary>
    public IReadOnlyList<CoverageTrial> Run(CancellationToken cancel = default, Action? evaluated = null, Func<int, bool>? mine = null)
    {
        var result = new CoverageTrial?[trials];
        var truthParameters = Truth();
        Jobs.For(trials, settings.Threads, cancel, t =>
        {
            if (mine is not null && !mine(t)) return;
            ulong observedSeed = ObservedSeed(settings.Seed, t), fitSeed = Rng.Mix(observedSeed + FitSalt);
            var observed = SimulatedPanel.Moments(spec with { Parameters = truthParameters, Seed = observedSeed, Threads = 1 }, 0, cancel);
            var targets = TargetsFile.FromPanel(observed, spec.Months, minN, $"trial {t}");
            int clients = TargetsFile.InitialPeople(observed);
            var trial = settings with { Seed = fitSeed, Threads = 1, ObservedClients = clients };
            var fit = new Calibrator(spec with { Seed = fitSeed, Threads = 1 }, free, targets, trial).Run(cancel, evaluated);
            result[t] = new CoverageTrial(t, observedSeed, fitSeed, clients, targets.Count, fit);
        });
        return [.. result.OfType<CoverageTrial>()];
    }

    public IReadOnlyList<CoverageRow> Rows(IReadOnlyList<CoverageTrial> done) =>
        [.. done.SelectMany(t => t.Result.Estimates.Select((e, i) =>
            new CoverageRow(t.Trial, e.Parameter.Name, truth[i], e.Estimate, e.Low, e.High, e.Low <= truth[i] && truth[i] <= e.High)
            {
                Identification = e.Identification,
            }))];

    /// <summary>Coverage per parameter (in the order they first appear) and over all rows.</summary>
    public static IReadOnlyList<CoverageSummary> Summarise(IReadOnlyList<CoverageRow> rows) => Summarise(rows.Select(r => (r.Parameter, r.Covered)).ToList());

    /// <summary>Coverage per parameter and over all from (parameter, covered) pairs, as coverage.csv holds them.</summary>
    public static IReadOnlyList<CoverageSummary> Summarise(IReadOnlyList<(string Parameter, bool Covered)> rows)
    {
        var list = rows.GroupBy(r => r.Parameter).Select(g => Summary(g.Key, g.Count(), g.Count(r => r.Covered))).ToList();
        list.Add(Summary(All, rows.Count, rows.Count(r => r.Covered)));
        return list;
    }

    private static CoverageSummary Summary(string parameter, int n, int k)
    {
        var (low, high) = ClopperPearson(k, n);
        return new CoverageSummary(parameter, n, k, n > 0 ? (double)k / n : double.NaN, low, high);
    }

    /// <summary>Exact 95% interval of a binomial proportion k/n (Clopper &amp; Pearson 1934), from Beta quantiles.</summary>
    public static (double Low, double High) ClopperPearson(int k, int n, double level = 0.95)
    {
        if (n <= 0) return (double.NaN, double.NaN);
        double a = (1 - level) / 2;
        double low = k == 0 ? 0 : Beta.InvCDF(k, n - k + 1, a);
        double high = k == n ? 1 : Beta.InvCDF(k + 1, n - k, 1 - a);
        return (low, high);
    }

    /// <summary>coverage.csv (one row per trial and parameter), summary.csv, trials.csv (seeds, objectives, bumping,
    /// the search's estimates before bumping, effort), refits.csv (every bootstrap refit, for other interval rules)
    /// and manifest.json.</summary>
    public void Write(OutputFolder folder, IReadOnlyList<CoverageTrial> done, string scenario, DateTimeOffset start, TimeSpan elapsed)
    {
        var summary = Summarise(Rows(done));
        WriteTrials(folder, done);
        WriteSummary(folder.PathOf("summary.csv"), summary);
        WriteManifest(folder, summary, done.Sum(t => t.Result.Simulations), scenario, start, elapsed);
    }

    /// <summary>The files with one or more rows per trial, each row starting with its trial number: coverage.csv,
    /// trials.csv and refits.csv (a shard writes them for its trials; the merge puts the shards' rows in trial order).</summary>
    public static readonly string[] TrialFiles = ["coverage.csv", "trials.csv", "refits.csv"];

    /// <summary>Write <see cref="TrialFiles"/> for the trials <paramref name="done"/>.</summary>
    public void WriteTrials(OutputFolder folder, IReadOnlyList<CoverageTrial> done)
    {
        var inv = CultureInfo.InvariantCulture;
        WriteRows(folder.PathOf("coverage.csv"), Rows(done));
        Csv(folder.PathOf("trials.csv"), ["trial", "observed_seed", "fit_seed", "observed_clients", "targets", "objective_start", "objective_searched",
                "bumped_from_replicate", "objective_fitted", .. free.Select(f => "searched:" + f.Name), "evaluations", "simulations"],
            done.Select(t => (IReadOnlyList<string>)[t.Trial.ToString(inv), t.ObservedSeed.ToString(inv), t.FitSeed.ToString(inv), t.ObservedClients.ToString(inv),
                t.Targets.ToString(inv), RunOutputs.Num(t.Result.Start.Objective), RunOutputs.Num(t.Result.Searched.Objective),
                t.Result.BumpedFrom?.ToString(inv) ?? "", RunOutputs.Num(t.Result.Best.Objective), .. t.Result.Searched.Values.Select(RunOutputs.Num),
                t.Result.Trace.Count.ToString(inv), t.Result.Simulations.ToString(inv)]));
        Csv(folder.PathOf("refits.csv"), ["trial", "replicate", .. free.Select(f => f.Name), "objective", "evaluations"],
            done.SelectMany(t => t.Result.Bootstrap.Select(b => (IReadOnlyList<string>)[t.Trial.ToString(inv), b.Replicate.ToString(inv),
                .. b.Values.Select(v => v.ToString("R", inv)), RunOutputs.Num(b.Objective), b.Evaluations.ToString(inv)])));
    }

    /// <summary>manifest.json: the design, the coverage and the simulations it took.</summary>
    public void WriteManifest(OutputFolder folder, IReadOnlyList<CoverageSummary> summary, long simulations, string scenario, DateTimeOffset start, TimeSpan elapsed)
    {
        var m = new Manifest("calibrate-coverage").Add("scenario", scenario);
        Bounds(m, "free", free)
            .Add("truth", t => { for (int i = 0; i < free.Count; i++) t.Add(free[i].Name, truth[i]); })
            .Add("trials", trials)
            .Add("clients", spec.Clients)
            .Add("months", spec.Months)
            .Add("seed", settings.Seed)
            .Add("replications", settings.Replications)
            .Add("budget", settings.Budget)
            .Add("bootstrapReplicates", settings.Bootstrap)
            .Add("bootstrapBudget", settings.BootstrapBudget)
            .Add("refitStart", settings.RefitsFromEstimate ? "estimate" : "start")
            .Add("starts", settings.Starts)
            .Add("minN", minN)
            .Add("method", CalibrationOutputs.Method)
            .Add("simulations", simulations)
            .Add("threads", settings.Threads)
            .Add("coverage", summary, (o, s) => o
                .Add("parameter", s.Parameter)
                .Add("intervals", s.Intervals)
                .Add("covered", s.Covered)
                .Add("coverage", s.Coverage)
                .Add("ciLow", s.Low)
                .Add("ciHigh", s.High))
            .Provenance(start, elapsed)
            .Write(folder);
    }

    public static void WriteRows(string path, IReadOnlyList<CoverageRow> rows) =>
        Csv(path, ["trial", "parameter", "truth", "estimate", "low", "high", "covered", "identification"],
            rows.Select(r => (IReadOnlyList<string>)[r.Trial.ToString(CultureInfo.InvariantCulture), r.Parameter, RunOutputs.Num(r.Truth), RunOutputs.Num(r.Estimate),
                RunOutputs.Num(r.Low), RunOutputs.Num(r.High), r.Covered ? "yes" : "no",
                r.Identification is { } v ? IdentificationRule.Token(v) : ""]));

    public static void WriteSummary(string path, IReadOnlyList<CoverageSummary> summary) =>
        Csv(path, ["parameter", "intervals", "covered", "coverage", "ci_low", "ci_high"],
            summary.Select(s => (IReadOnlyList<string>)[s.Parameter, s.Intervals.ToString(CultureInfo.InvariantCulture), s.Covered.ToString(CultureInfo.InvariantCulture),
                RunOutputs.Num(s.Coverage), RunOutputs.Num(s.Low), RunOutputs.Num(s.High)]));
}
