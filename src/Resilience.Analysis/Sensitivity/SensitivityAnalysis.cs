using System.Globalization;
using System.Text;
using System.Text.Json;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Panel;
using Resilience.Engine;
using Resilience.IO;
using Resilience.IO.Charts;
using Resilience.Model;
using static Resilience.Analysis.Report;

namespace Resilience.Analysis.Sensitivity;

/// <summary>An outcome of a run that sensitivity analysis explains: one of the policy outcomes of
/// <see cref="Outcomes"/> (as <c>compare</c> and <c>sweep</c> report them, e.g. <c>exits_lasting_18</c> per 1,000
/// clients or <c>share_adaptive@final</c>), a target, or any output metric (stocks, shares and means as their mean
/// over months 12–end, <see cref="Reading.MeanFrom"/>; flows and costs as the run total per 1,000 clients of the mean
/// active number, <see cref="Reading.PerThousand"/>).</summary>
public sealed record SensitivityOutcome(string Name, string Statistic, Func<RunResult, double> Read)
{
    public static readonly string[] Defaults = ["share_adaptive", "exits_lasting_18", "share_problematic_debt", "share_crisis", "cost_total"];

    public static SensitivityOutcome Parse(string name)
    {
        var policy = Outcomes.All.FirstOrDefault(o => o.Name == name);
        if (policy is not null) return new SensitivityOutcome(name, $"{policy.Description} ({policy.Unit})", r => policy.Read(r, 0));
        var target = Targets.All.FirstOrDefault(t => t.Name == name);
        if (target is not null) return new SensitivityOutcome(name, "§8 target: " + target.Reading, r => target.Evaluate(r.Raw));
        var metric = Metrics.All.FirstOrDefault(m => m.Name == name)
                     ?? throw new InputException($"--outcomes: unknown outcome '{name}'; expected a policy outcome ({string.Join(", ", Outcomes.All.Select(o => o.Name))}), " +
                                                 $"an output metric (run `columns`) or a §8 target ({string.Join(", ", Targets.All.Select(t => t.Name))})");
        var reading = metric.Cumulative ? Reading.PerThousand : Reading.MeanFrom(Reading.SettledFrom);
        return new SensitivityOutcome(name, reading.Words, r => metric.Read(r.Raw, reading));
    }
}

internal sealed class OutcomeReader(IReadOnlyList<SensitivityOutcome> outcomes) : IRunReader
{
    public int Count => outcomes.Count;
    public bool NeedsPanel => false;

    public void Read(RunResult run, MomentSet? panel, Span<Ratio> into)
    {
        for (int k = 0; k < outcomes.Count; k++) into[k] = new Ratio(outcomes[k].Read(run), 1);
    }
}

public enum SensitivityMethod { Morris, Sobol }

public sealed record SensitivitySettings
{
    public SensitivityMethod Method { get; init; } = SensitivityMethod.Morris;
    public int Trajectories { get; init; } = 10;
    public int Levels { get; init; } = 4;
    public int Samples { get; init; } = 256;
    public int Replications { get; init; } = 1;
    public ulong Seed { get; init; } = 1;
    public int Threads { get; init; } = Environment.ProcessorCount;
}

public sealed class SensitivityResult
{
    public required SensitivitySettings Settings { get; init; }
    public required IReadOnlyList<FreeParameter> Factors { get; init; }
    public required IReadOnlyList<SensitivityOutcome> Outcomes { get; init; }
    /// <summary>Unit-cube coordinates of each point as run (integer factors rounded).</summary>
    public required IReadOnlyList<double[]> Units { get; init; }
    public required IReadOnlyList<double[]> Values { get; init; }
    /// <summary>Outcome values per point, [point][outcome].</summary>
    public required IReadOnlyList<double[]> Outputs { get; init; }
    public MorrisDesign? Morris { get; init; }
    public SaltelliDesign? Saltelli { get; init; }
    public IReadOnlyList<MorrisEffect[]> MorrisEffects { get; init; } = [];
    public IReadOnlyList<SobolIndex[]> SobolIndices { get; init; } = [];
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Morris factors of one outcome, most influential first.</summary>
    public IEnumerable<MorrisEffect> RankedMorris(int outcome) =>
        MorrisEffects[outcome].OrderByDescending(e => double.IsFinite(e.MuStar) ? e.MuStar : -1);

    public IEnumerable<SobolIndex> RankedSobol(int outcome) =>
        SobolIndices[outcome].OrderByDescending(s => double.IsFinite(s.Total) ? s.Total : -1);
}

/// <summary>Runs a Morris or Sobol experiment over model parameters of a scenario (common random numbers: every
/// point runs the same seed and replications) and writes its outputs.</summary>
public static class SensitivityAnalysis
{
    /// <summary>The default screening set: every numeric parameter whose size is uncertain — a direction, an
    /// assumption or a calibrated value (<see cref="EvidenceKinds.SizeIsUncertain"/>) — so that no assumed size escapes
    /// the screening. Statutes, measured figures and policy levers (what scenarios set) are not screened.</summary>
    public static IEnumerable<ParamDef> ScreeningParameters() =>
        ParameterRegistry.All.Where(d => d.Meta.Evidence.SizeIsUncertain() && d.Kind is ParamKind.Number or ParamKind.Integer);

    public static int Evaluations(SensitivitySettings s, int factors) =>
        s.Method == SensitivityMethod.Morris ? s.Trajectories * (factors + 1) : s.Samples * (factors + 2);

    /// <summary>The design of an experiment: its points (unit-cube coordinates, parameter values, parameter sets), made
    /// from the settings' seed alone, so every shard of a cluster job and its merge make the same design.</summary>
    public sealed class Plan
    {
        public required SensitivitySettings Settings { get; init; }
        public required IReadOnlyList<FreeParameter> Factors { get; init; }
        public required IReadOnlyList<SensitivityOutcome> Outcomes { get; init; }
        public required List<double[]> Values { get; init; }
        public required List<double[]> Units { get; init; }
        public required List<Parameters> Parameters { get; init; }
        public MorrisDesign? Morris { get; init; }
        public SaltelliDesign? Saltelli { get; init; }
        public int Points => Values.Count;

        /// <summary>Identifies the design (method, factors, bounds, points) so that shards of different experiments
        /// are never merged.</summary>
        public string Hash()
        {
            var sb = new StringBuilder(Settings.Method.ToString()).Append('|');
            foreach (var f in Factors) sb.Append(f.Name).Append('=').Append(f.Low.ToString("R", CultureInfo.InvariantCulture)).Append(':').Append(f.High.ToString("R", CultureInfo.InvariantCulture)).Append(';');
            foreach (var o in Outcomes) sb.Append(o.Name).Append(';');
            foreach (var v in Values) sb.Append(string.Join(',', v.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))).Append('|');
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
        }
    }

    public static Plan Design(RunSpec spec, IReadOnlyList<FreeParameter> factors, IReadOnlyList<SensitivityOutcome> outcomes, SensitivitySettings settings)
    {
        int d = factors.Count;
        var rng = new DesignRandom(settings.Seed, 7);
        MorrisDesign? morris = null;
        SaltelliDesign? saltelli = null;
        double[][] design;
        if (settings.Method == SensitivityMethod.Morris) design = (morris = Sensitivity.Morris.Design(d, settings.Trajectories, settings.Levels, rng)).Points;
        else design = (saltelli = Sensitivity.Sobol.Design(d, settings.Samples, rng)).Points;

        var values = design.Select(u => u.Select((x, i) => factors[i].ToValue(x)).ToArray()).ToList();
        var units = values.Select(v => v.Select((x, i) => factors[i].ToUnit(x)).ToArray()).ToList();
        var parameters = values.Select(v =>
        {
            var p = spec.Parameters.Clone();
            for (int i = 0; i < d; i++) factors[i].Def.Set(p, v[i]);
            return p;
        }).ToList();
        return new Plan
        {
            Settings = settings, Factors = factors, Outcomes = outcomes, Values = values, Units = units, Parameters = parameters,
            Morris = morris, Saltelli = saltelli,
        };
    }

    /// <summary>Run the given points of the plan; the outputs of point p depend only on p's parameters, the seed and
    /// the replications (common random numbers), never on which other points run with it.</summary>
    public static double[][] RunPoints(Plan plan, RunSpec spec, IReadOnlyList<int> points, CancellationToken cancel = default, Action? simulationDone = null)
    {
        var runner = new BatchRunner(spec, plan.Settings.Replications, plan.Settings.Threads, new OutcomeReader(plan.Outcomes));
        return runner.Run([.. points.Select(p => plan.Parameters[p])], plan.Settings.Seed, cancel, simulationDone);
    }

    /// <summary>Screening measures or indices from the outputs of every point, [point][outcome].</summary>
    public static SensitivityResult Analyse(Plan plan, IReadOnlyList<double[]> outputs, TimeSpan elapsed)
    {
        var settings = plan.Settings;
        var perOutcome = Enumerable.Range(0, plan.Outcomes.Count).Select(k => outputs.Select(o => o[k]).ToArray()).ToList();
        return new SensitivityResult
        {
            Settings = settings, Factors = plan.Factors, Outcomes = plan.Outcomes, Units = plan.Units, Values = plan.Values, Outputs = outputs,
            Morris = plan.Morris, Saltelli = plan.Saltelli,
            MorrisEffects = plan.Morris is null ? [] : [.. perOutcome.Select(y => Sensitivity.Morris.Analyse(plan.Morris, plan.Units, y, seed: settings.Seed))],
            SobolIndices = plan.Saltelli is null ? [] : [.. perOutcome.Select(y => Sensitivity.Sobol.Analyse(plan.Saltelli, y, seed: settings.Seed))],
            Elapsed = elapsed,
        };
    }

    public static SensitivityResult Run(RunSpec spec, IReadOnlyList<FreeParameter> factors, IReadOnlyList<SensitivityOutcome> outcomes,
        SensitivitySettings settings, CancellationToken cancel = default, Action? simulationDone = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var plan = Design(spec, factors, outcomes, settings);
        var outputs = RunPoints(plan, spec, [.. Enumerable.Range(0, plan.Points)], cancel, simulationDone);
        return Analyse(plan, outputs, clock.Elapsed);
    }

    /// <summary>The points of shard <paramref name="index"/> of <paramref name="count"/> (1-based): those whose number
    /// modulo the count is index − 1, as for sweeps.</summary>
    public static IReadOnlyList<int> ShardPoints(Plan plan, int index, int count) =>
        [.. Enumerable.Range(0, plan.Points).Where(p => p % count == index - 1)];

    /// <summary>A shard's result: points.csv (point, then each outcome in round-trip precision) and a manifest with
    /// everything the merge needs to rebuild the plan.</summary>
    public static void WriteShard(OutputFolder folder, Plan plan, Scenario scenario, IReadOnlyList<int> points, IReadOnlyList<double[]> outputs,
        int index, int count, TimeSpan elapsed)
    {
        var csv = new StringBuilder("point," + string.Join(',', plan.Outcomes.Select(o => o.Name)) + "\n");
        for (int k = 0; k < points.Count; k++)
            csv.Append(points[k].ToString(CultureInfo.InvariantCulture)).Append(',')
               .Append(string.Join(',', outputs[k].Select(v => v.ToString("R", CultureInfo.InvariantCulture)))).Append('\n');
        File.WriteAllText(folder.PathOf("points.csv"), csv.ToString(), new UTF8Encoding(false));
        var s = plan.Settings;
        ManifestStart("sensitivity-shard", s, scenario)
            .Add("trajectories", s.Trajectories)
            .Add("levels", s.Levels)
            .Add("samples", s.Samples)
            .Add("parameters", plan.Factors, (o, f) => o
                .Add("name", f.Name)
                .Add("low", f.Low.ToString("R", CultureInfo.InvariantCulture))
                .Add("high", f.High.ToString("R", CultureInfo.InvariantCulture)))
            .Add("outcomes", plan.Outcomes.Select(o => o.Name))
            .Add("designHash", plan.Hash())
            .Add("points", plan.Points)
            .Shard(index, count)
            .Elapsed(elapsed)
            .CodeVersion()
            .Write(folder);
    }

    public static string FileSafe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_'));

    public static void WriteAll(OutputFolder folder, SensitivityResult r, Scenario scenario, DateTimeOffset start, Labels? labels = null)
    {
        var L = labels ?? Labels.English;
        var s = r.Settings;
        Csv(folder.PathOf("samples.csv"), ["point", .. r.Factors.Select(f => f.Name), .. r.Outcomes.Select(o => o.Name)],
            r.Values.Select((v, p) => (IReadOnlyList<string>)[p.ToString(CultureInfo.InvariantCulture), .. v.Select(RunOutputs.Num), .. r.Outputs[p].Select(RunOutputs.Num)]));
        var charts = new List<(string Outcome, string Svg)>();
        if (s.Method == SensitivityMethod.Morris)
        {
            Csv(folder.PathOf("morris.csv"),
                ["outcome", "statistic", "rank", "parameter", "mu_star", "mu_star_ci_low", "mu_star_ci_high", "mu", "sigma", "mu_star_relative", "effects", "bound_low", "bound_high", "source"],
                r.Outcomes.SelectMany((o, k) =>
                {
                    var ranked = r.RankedMorris(k).ToList();
                    double top = ranked.Count > 0 && double.IsFinite(ranked[0].MuStar) && ranked[0].MuStar > 0 ? ranked[0].MuStar : double.NaN;
                    return ranked.Select((e, rank) => (IReadOnlyList<string>)[o.Name, o.Statistic, (rank + 1).ToString(CultureInfo.InvariantCulture),
                        r.Factors[e.Factor].Name, RunOutputs.Num(e.MuStar), RunOutputs.Num(e.MuStarLow), RunOutputs.Num(e.MuStarHigh), RunOutputs.Num(e.Mu),
                        RunOutputs.Num(e.Sigma), RunOutputs.Num(e.MuStar / top), e.Effects.ToString(CultureInfo.InvariantCulture),
                        RunOutputs.Num(r.Factors[e.Factor].Low), RunOutputs.Num(r.Factors[e.Factor].High), r.Factors[e.Factor].Def.Meta.Source]);
                }));
            for (int k = 0; k < r.Outcomes.Count; k++)
            {
                var top = r.RankedMorris(k).Take(25).ToList();
                charts.Add((r.Outcomes[k].Name, Chart.Forest(L.T("sens.chart.morris", r.Outcomes[k].Name, top.Count, r.Factors.Count),
                    new AxisText("μ*", L.T("sens.axis.muStarUnit")), new AxisText(L.T("fit.col.parameter"), ""),
                    [.. top.Select(e => new Estimate(r.Factors[e.Factor].Name, e.MuStar, e.MuStarLow, e.MuStarHigh))], L.Culture)));
            }
        }
        else
        {
            Csv(folder.PathOf("sobol.csv"),
                ["outcome", "statistic", "rank", "parameter", "first_order", "first_order_ci_low", "first_order_ci_high", "total", "total_ci_low", "total_ci_high", "bound_low", "bound_high", "source"],
                r.Outcomes.SelectMany((o, k) => r.RankedSobol(k).Select((e, rank) => (IReadOnlyList<string>)[o.Name, o.Statistic,
                    (rank + 1).ToString(CultureInfo.InvariantCulture), r.Factors[e.Factor].Name, RunOutputs.Num(e.First), RunOutputs.Num(e.FirstLow),
                    RunOutputs.Num(e.FirstHigh), RunOutputs.Num(e.Total), RunOutputs.Num(e.TotalLow), RunOutputs.Num(e.TotalHigh),
                    RunOutputs.Num(r.Factors[e.Factor].Low), RunOutputs.Num(r.Factors[e.Factor].High), r.Factors[e.Factor].Def.Meta.Source])));
            for (int k = 0; k < r.Outcomes.Count; k++)
            {
                var ranked = r.RankedSobol(k).ToList();
                // First-order and total indices in two colours of one (neutral) meaning: which index it is.
                charts.Add((r.Outcomes[k].Name, Chart.Forest(L.T("sens.chart.sobol", r.Outcomes[k].Name), new AxisText(L.T("sens.axis.index"), L.T("sens.axis.indexUnit")),
                    new AxisText(L.T("fit.col.parameter"), ""),
                    [.. ranked.SelectMany(e => new[]
                    {
                        new Estimate(r.Factors[e.Factor].Name + " " + L.T("sens.first"), e.First, e.FirstLow, e.FirstHigh, ChartStyle.Scenario(0).Colour),
                        new Estimate(r.Factors[e.Factor].Name + " " + L.T("sens.total"), e.Total, e.TotalLow, e.TotalHigh, ChartStyle.Scenario(1).Colour),
                    })], L.Culture, [(L.T("sens.first"), ChartStyle.Scenario(0).Colour), (L.T("sens.total"), ChartStyle.Scenario(1).Colour)])));
            }
        }
        string prefix = s.Method == SensitivityMethod.Morris ? "morris" : "sobol";
        foreach (var (outcome, svg) in charts) File.WriteAllText(folder.PathOf($"{prefix}-{FileSafe(outcome)}.svg"), svg, new UTF8Encoding(false));
        File.WriteAllText(folder.PathOf("sensitivity-report.html"), Html(r, scenario, charts, L), new UTF8Encoding(false));
        WriteManifest(folder.PathOf("manifest.json"), r, scenario, start);
    }

    private static string Html(SensitivityResult r, Scenario scenario, IReadOnlyList<(string Outcome, string Svg)> charts, Labels L)
    {
        string N(double v, string format = "0.####") => Report.F(v, format, L.Culture);
        var s = r.Settings;
        bool morris = s.Method == SensitivityMethod.Morris;
        var sb = HtmlStart(L.T(morris ? "sens.titleMorris" : "sens.titleSobol", scenario.Name), L.Language);
        sb.Append("<p>").Append(L.T("sens.setup", $"<code>{E(scenario.Path)}</code>", N(scenario.Clients, "#,0"), scenario.Months, s.Replications, s.Seed,
            r.Factors.Count, N(r.Values.Count, "#,0"), morris ? L.T("sens.designMorris", s.Trajectories, s.Levels) : L.T("sens.designSobol", s.Samples),
            N(r.Elapsed.TotalSeconds, "#,0"))).Append("</p>\n");
        sb.Append("<p>").Append(E(L.T(morris ? "sens.methodMorris" : "sens.methodSobol"))).Append("</p>\n");
        for (int k = 0; k < r.Outcomes.Count; k++)
        {
            var o = r.Outcomes[k];
            sb.Append($"<h2>{E(o.Name)}</h2><p>{E(L.T("sens.outcome", o.Statistic, N(r.Outputs.Average(x => x[k]), "G4"), N(r.Outputs.Min(x => x[k]), "G4"), N(r.Outputs.Max(x => x[k]), "G4")))}</p>\n");
            Figure(sb, charts[k].Svg, L.T(morris ? "sens.captionMorris" : "sens.captionSobol"));
            if (morris)
                Table(sb, [L.T("sens.col.rank"), L.T("fit.col.parameter"), "μ*", L.T("fit.col.interval"), "μ", "σ", L.T("fit.col.bounds")],
                    r.RankedMorris(k).Take(15).Select((e, rank) => (IReadOnlyList<string>)[(rank + 1).ToString(CultureInfo.InvariantCulture), r.Factors[e.Factor].Name,
                        N(e.MuStar, "G3"), $"{N(e.MuStarLow, "G3")} – {N(e.MuStarHigh, "G3")}", N(e.Mu, "G3"), N(e.Sigma, "G3"),
                        $"{N(r.Factors[e.Factor].Low, "G4")} – {N(r.Factors[e.Factor].High, "G4")}"]));
            else
                Table(sb, [L.T("sens.col.rank"), L.T("fit.col.parameter"), L.T("sens.first"), L.T("fit.col.interval"), L.T("sens.total"), L.T("fit.col.interval")],
                    r.RankedSobol(k).Select((e, rank) => (IReadOnlyList<string>)[(rank + 1).ToString(CultureInfo.InvariantCulture), r.Factors[e.Factor].Name,
                        N(e.First, "0.###"), $"{N(e.FirstLow, "0.###")} – {N(e.FirstHigh, "0.###")}", N(e.Total, "0.###"), $"{N(e.TotalLow, "0.###")} – {N(e.TotalHigh, "0.###")}"]));
        }
        return HtmlEnd(sb);
    }

    /// <summary>The fields every sensitivity manifest opens with (the whole experiment's and a shard's): what was run, on
    /// which scenario, at what size and seed.</summary>
    private static Manifest ManifestStart(string command, SensitivitySettings s, Scenario scenario) => new Manifest(command)
        .Add("method", s.Method.ToString().ToLowerInvariant())
        .Add("scenario", scenario.Path)
        .Add("clients", scenario.Clients)
        .Add("months", scenario.Months)
        .Add("replications", s.Replications)
        .Add("seed", s.Seed);

    private static void WriteManifest(string path, SensitivityResult r, Scenario scenario, DateTimeOffset start)
    {
        var s = r.Settings;
        var m = ManifestStart("sensitivity", s, scenario);
        if (s.Method == SensitivityMethod.Morris) m.Add("trajectories", s.Trajectories).Add("levels", s.Levels);
        else m.Add("samples", s.Samples);
        m.Add("points", r.Values.Count);
        Bounds(m, "parameters", r.Factors)
            .Add("outcomes", r.Outcomes.Select(o => o.Name))
            .Provenance(start, r.Elapsed)
            .Write(path);
    }
}
