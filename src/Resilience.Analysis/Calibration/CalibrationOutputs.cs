using System.Globalization;
using System.Text;
using System.Text.Json;
using Resilience.Analysis.Panel;
using Resilience.IO;
using Resilience.IO.Charts;
using Resilience.Model;
using static Resilience.Analysis.Report;

namespace Resilience.Analysis.Calibration;

/// <summary>Writes a calibration's outputs into an (atomic) output folder.</summary>
public static class CalibrationOutputs
{
    public const string Method =
        "Method of simulated moments with common random numbers (every evaluation uses the same seed and replications). " +
        "Objective: Σ w·((simulated − target) / h)², h = distance from the target to its band edge on the side the simulated value falls. " +
        "Search on the unit cube of the bounds: the scenario's own values and a Latin hypercube, then MathNet Nelder–Mead from the best points and a restart from the best. " +
        "Uncertainty: parametric bootstrap of the whole estimator (pseudo-observations from the fitted model, each refitted by the same search with the same budget, from the estimate unless --refit-start start, with a fresh simulation seed). The parameter set (parameter-set.csv) is the refits re-centred on the estimates: each parameter's refits shifted so that their mean is the estimate, keeping their spread, clamped to the bounds. " +
        "Bumping (Tibshirani & Knight 1999): every refit's end point is evaluated on the observed targets, and if one fits better the estimate is polished from it. " +
        "Intervals: estimate ± t(B−1, 0.975) × the refits' standard deviation (standard bootstrap interval, Efron & Tibshirani 1993 §13.2, with Student's t for B refits), clipped to the bounds. " +
        "Identification: from the interval's width relative to the bounds (and whether it reaches one) and the objective's curvature along the parameter at the estimate.";

    /// <summary>Write every output. <paramref name="carriedSet"/>: an earlier stage's parameter set, which a fit without
    /// refits of its own re-centres on its estimates (<see cref="ParameterSet"/>).</summary>
    public static void WriteAll(OutputFolder folder, CalibrationResult r, Scenario scenario, string targetsSource, string? panelReport, DateTimeOffset start,
        Labels? labels = null, string? carriedSet = null)
    {
        WriteParameters(folder.PathOf("fitted-parameters.csv"), r);
        WriteFit(folder.PathOf("fit.csv"), r);
        WriteTrace(folder.PathOf("trace.csv"), r);
        WriteBootstrap(folder.PathOf("bootstrap.csv"), r);
        WriteParameterSet(folder.PathOf(ParameterSet.FileName), r, carriedSet);
        WriteScenario(folder.PathOf("calibrated-scenario.json"), folder.Target, r, scenario);
        File.WriteAllText(folder.PathOf("fit-report.html"), Html(r, scenario, targetsSource, panelReport, labels), new UTF8Encoding(false));
        WriteManifest(folder.PathOf("manifest.json"), r, scenario, targetsSource, start);
    }

    private static void WriteParameters(string path, CalibrationResult r) =>
        Csv(path, ["parameter", "start", "estimate", "ci_low", "ci_high", "bootstrap_sd", "bound_low", "bound_high", "relative_width", "curvature",
                "curvature_width", "identification", "at_bound", "unit", "source"],
            r.Estimates.Select(e => (IReadOnlyList<string>)[e.Parameter.Name, RunOutputs.Num(e.Start), RunOutputs.Num(e.Estimate),
                RunOutputs.Num(e.Low), RunOutputs.Num(e.High), RunOutputs.Num(e.Sd), RunOutputs.Num(e.Parameter.Low),
                RunOutputs.Num(e.Parameter.High), RunOutputs.Num(e.RelativeWidth), RunOutputs.Num(e.Curvature), Width(e.CurvatureWidth),
                IdentificationRule.Token(e.Identification), IdentificationRule.Token(e.AtBound), e.Parameter.Def.Meta.Unit, e.Parameter.Def.Meta.Source]));

    /// <summary>A width as a share of the bounds; "inf" where the objective does not curve at all.</summary>
    private static string Width(double w) => double.IsPositiveInfinity(w) ? "inf" : RunOutputs.Num(w);

    private static void WriteFit(string path, CalibrationResult r) =>
        Csv(path, ["moment", "target", "band_low", "band_high", "simulated_start", "simulated", "inside_band", "weight", "contribution", "source", "sample"],
            r.Targets.Select((t, k) => (IReadOnlyList<string>)[t.Moment, RunOutputs.Num(t.Value), RunOutputs.Num(t.Low), RunOutputs.Num(t.High),
                RunOutputs.Num(r.Start.Simulated[k]), RunOutputs.Num(r.Best.Simulated[k]), t.Inside(r.Best.Simulated[k]) ? "yes" : "no",
                RunOutputs.Num(t.Weight), RunOutputs.Num(Calibrator.Objective([t], [r.Best.Simulated[k]])), t.Source, t.Sample]));

    private static void WriteTrace(string path, CalibrationResult r) =>
        Csv(path, ["evaluation", "phase", .. r.Free.Select(f => f.Name), "objective", "best_so_far"],
            r.Trace.Select(e => (IReadOnlyList<string>)[e.Index.ToString(CultureInfo.InvariantCulture), e.Phase,
                .. e.Values.Select(RunOutputs.Num), RunOutputs.Num(e.Objective), RunOutputs.Num(e.BestSoFar)]));

    private static string[] BootstrapHeader(CalibrationResult r) => ["replicate", "simulation_seed", .. r.Free.Select(f => f.Name), "objective", "evaluations"];

    private static IEnumerable<string[]> BootstrapRows(CalibrationResult r) =>
        r.Bootstrap.Select(b => (string[])[b.Replicate.ToString(CultureInfo.InvariantCulture), b.Seed.ToString(CultureInfo.InvariantCulture),
            .. b.Values.Select(RunOutputs.Num), RunOutputs.Num(b.Objective), b.Evaluations.ToString(CultureInfo.InvariantCulture)]);

    private static void WriteBootstrap(string path, CalibrationResult r) => Csv(path, BootstrapHeader(r), BootstrapRows(r));

    /// <summary>parameter-set.csv: the fit's own refits re-centred on its estimates, or without refits the carried set
    /// with this fit's parameters re-centred on its estimates; none without either.</summary>
    private static void WriteParameterSet(string path, CalibrationResult r, string? carriedSet)
    {
        var centres = r.Estimates.ToDictionary(e => e.Parameter.Name, e => new ParameterSet.Centre(e.Estimate, e.Parameter.Low, e.Parameter.High));
        if (r.Bootstrap.Count > 0)
        {
            var header = BootstrapHeader(r);
            ParameterSet.Write(path, header, ParameterSet.Recentre(header, [.. BootstrapRows(r)], centres));
        }
        else if (carriedSet is not null)
        {
            var (header, rows) = ParameterSet.Read(carriedSet);
            ParameterSet.Write(path, header, ParameterSet.Recentre(header, rows, centres));
        }
    }

    /// <summary>A scenario that extends the input scenario and sets the fitted values (model parameters under
    /// <c>parameters</c>, any fitted lever under <c>levers</c>); the path in <c>extends</c> is relative to the output
    /// folder.</summary>
    private static void WriteScenario(string path, string targetFolder, CalibrationResult r, Scenario scenario)
    {
        string extends = Path.GetRelativePath(targetFolder, Path.GetFullPath(scenario.Path)).Replace('\\', '/');
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("name", scenario.Name + "-calibrated");
        w.WriteString("description", $"{scenario.Name} with {string.Join(", ", r.Free.Select(f => f.Name))} fitted by `calibrate` " +
                                     $"(objective {F(r.Start.Objective, "0.###")} → {F(r.Best.Objective, "0.###")}; see fit-report.html).");
        w.WriteString("extends", extends);
        foreach (bool lever in new[] { false, true })
        {
            var set = r.Estimates.Where(e => e.Parameter.Def.IsLever == lever).ToList();
            if (set.Count == 0) continue;
            w.WriteStartObject(lever ? "levers" : "parameters");
            foreach (var e in set) w.WriteNumber(e.Parameter.Name, double.Parse(e.Estimate.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteManifest(string path, CalibrationResult r, Scenario scenario, string targetsSource, DateTimeOffset start)
    {
        var s = r.Settings;
        var m = new Manifest("calibrate")
            .Add("scenario", scenario.Path)
            .Add("targets", targetsSource)
            .Add("targetCount", r.Targets.Count);
        Bounds(m, "free", r.Free)
            .Add("clients", scenario.Clients)
            .Add("months", scenario.Months)
            .Add("replications", s.Replications)
            .Add("seed", s.Seed)
            .Add("budget", s.Budget)
            .Add("evaluations", r.Trace.Count)
            .Add("bootstrapReplicates", s.Bootstrap)
            .Add("bootstrapBudget", s.BootstrapBudget)
            .Add("refitStart", s.RefitsFromEstimate ? "estimate" : "start")
            .Add("simulations", r.Simulations)
            .Add("threads", s.Threads)
            .Add("method", Method)
            .Add("objectiveStart", r.Start.Objective)
            .Add("objectiveSearched", r.Searched.Objective);
        if (r.BumpedFrom is int bumped) m.Add("bumpedFromReplicate", bumped);
        else m.AddNull("bumpedFromReplicate");
        m.Add("objectiveFitted", r.Best.Objective)
            .Add("targetsInsideBand", r.Targets.Where((t, k) => t.Inside(r.Best.Simulated[k])).Count())
            .Add("parameterHash", ParameterRegistry.Hash(scenario.ToParameters()))
            .Provenance(start, r.Elapsed)
            .Write(path);
    }

    public static string Html(CalibrationResult r, Scenario scenario, string targetsSource, string? panelReport, Labels? labels = null)
    {
        var L = labels ?? Labels.English;
        string N(double v, string format = "0.####") => Report.F(v, format, L.Culture);
        var sb = HtmlStart(L.T("fit.title", scenario.Name), L.Language);
        var (weighed, inside, insideStart, unweighted, unweightedInside) = InsideCounts(r);
        sb.Append("<p>").Append(L.T("fit.setup", $"<code>{E(scenario.Path)}</code>", N(scenario.Clients, "#,0"), scenario.Months, r.Settings.Replications,
            r.Settings.Seed, $"<code>{E(targetsSource)}</code>", r.Targets.Count, r.Trace.Count, r.Bootstrap.Count, N(r.Simulations, "#,0"),
            N(r.Elapsed.TotalSeconds, "#,0"))).Append("</p>\n");
        sb.Append("<p><b>").Append(E(L.T("fit.objective", N(r.Start.Objective, "0.###"), N(r.Best.Objective, "0.###"), inside, weighed, insideStart))).Append("</b>");
        if (unweighted > 0) sb.Append(' ').Append(E(L.T("fit.unweighted", unweighted, unweightedInside)));
        sb.Append("</p>\n");
        sb.Append("<p>").Append(E(L.T("fit.method"))).Append("</p>\n");
        if (r.BumpedFrom is int bumped)
            sb.Append("<p>").Append(E(L.T("fit.bumped", bumped, N(r.Searched.Objective, "0.###"), N(r.Best.Objective, "0.###")))).Append("</p>\n");
        if (panelReport is not null) sb.Append("<pre>").Append(E(panelReport)).Append("</pre>\n");

        sb.Append("<h2>").Append(E(L.T("fit.parameters"))).Append("</h2>\n");
        string W(double w) => double.IsPositiveInfinity(w) ? "∞" : N(w, "0.00");
        string Range(double low, double high) => $"{N(low, "G4")}\u00a0–\u2060\u00a0{N(high, "G4")}"; // one line in the table (no break around the dash)
        Table(sb, [L.T("fit.col.parameter"), L.T("fit.col.start"), L.T("fit.col.estimate"), L.T("fit.col.interval"), L.T("fit.col.sd"), L.T("fit.col.bounds"),
                L.T("fit.col.relativeWidth"), L.T("fit.col.curvatureWidth"), L.T("fit.col.identification"), L.T("col.source")],
            r.Estimates.Select(e => (IReadOnlyList<string>)[e.Parameter.Name, N(e.Start, "G4"), N(e.Estimate, "G4"),
                Range(e.Low, e.High), N(e.Sd, "G3"), Range(e.Parameter.Low, e.Parameter.High),
                W(e.RelativeWidth), W(e.CurvatureWidth), L.T(IdentificationRule.LabelKey(e.Identification)) + AtBound(e, L), L.Source(e.Parameter.Def.Meta.Source)]));
        sb.Append("<p style=\"font-size:13px;color:#555\">").Append(E(L.T("fit.caption.identification", N(IdentificationRule.IdentifiedWidth, "0.##"),
            N(IdentificationRule.NotIdentifiedWidth, "0.##")))).Append("</p>\n");
        var atBound = r.Estimates.Where(e => e.AtBound is not null).ToList();
        if (atBound.Count > 0)
            sb.Append("<p style=\"font-size:13px;color:#555\">").Append(E(L.T("fit.caption.atBound", N(IdentificationRule.BoundTolerance, "0%"),
                string.Join(", ", atBound.Select(e => e.Parameter.Name + AtBound(e, L)))))).Append("</p>\n");
        Figure(sb, Chart.Forest(L.T("fit.chart.parameters"), new AxisText(L.T("fit.axis.position"), L.T("fit.axis.positionUnit")),
            new AxisText(L.T("fit.col.parameter"), ""), [.. r.Estimates.Select(e => new Estimate(L.T("fit.withStart", e.Parameter.Name, N(e.Start, "G3")), e.Parameter.ToUnit(e.Estimate),
                e.Parameter.ToUnit(e.Low), e.Parameter.ToUnit(e.High)))], L.Culture, reference: null, xMin: 0, xMax: 1),
            L.T("fit.caption.parameters"));

        sb.Append("<h2>").Append(E(L.T("fit.fit"))).Append("</h2>\n");
        var scalar = r.Targets.Select((t, k) => (t, k)).Where(x => x.t.PanelKey?.Month is null).ToList();
        var fitted = scalar.Select(x => Z(x.t, r.Best.Simulated[x.k])).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        if (scalar.Count > 0)
            Figure(sb, Chart.Forest(L.T("fit.chart.moments"), new AxisText(L.T("fit.axis.distance"), L.T("fit.axis.distanceUnit")),
                new AxisText(L.T("fit.col.moment"), ""), [.. scalar.Select(x => new Estimate(L.T("fit.withStart", x.t.Moment, N(Z(x.t, r.Start.Simulated[x.k]), "0.#")), Z(x.t, r.Best.Simulated[x.k]), double.NaN, double.NaN))],
                L.Culture, shade: (-1, 1), xMin: Math.Min(-1.25, fitted.Min() - 0.25), xMax: Math.Max(1.25, fitted.Max() + 0.25)),
                L.T("fit.caption.moments"));
        foreach (var family in new[] { PanelMoments.StatusShare, PanelMoments.ResilienceShare, PanelMoments.ProblematicDebtShare })
            Trajectories(sb, r, family, L);
        Table(sb, [L.T("fit.col.moment"), L.T("fit.col.target"), L.T("fit.col.band"), L.T("fit.col.start"), L.T("fit.col.fitted"), L.T("fit.col.inside"), L.T("fit.col.weight"), L.T("col.source"), L.T("fit.col.sample")],
            r.Targets.Select((t, k) => (IReadOnlyList<string>)[t.Moment, N(t.Value), $"{N(t.Low)} – {N(t.High)}", N(r.Start.Simulated[k]),
                N(r.Best.Simulated[k]), L.T(t.Inside(r.Best.Simulated[k]) ? "yes" : "no"), N(t.Weight, "G3"), t.Source,
                t.Seed is { Treated: true } s ? L.T("fit.treated", L.Treatment(s.Treatment!)) : L.T("fit.population")]),
            (col, v) => col == 5 ? (v == L.T("yes") ? "yes" : "no") : null);

        sb.Append("<h2>").Append(E(L.T("fit.convergence"))).Append("</h2>\n");
        var x = r.Trace.Select(e => (double)e.Index).ToList();
        Figure(sb, Chart.Lines(L.T("fit.chart.objective"), new AxisText(L.T("fit.axis.evaluation"), L.T("fit.axis.evaluationUnit")), new AxisText(L.T("fit.axis.objective"), "log10"),
            [new Series(L.T("fit.bestSoFar"), x, [.. r.Trace.Select(e => Math.Log10(Math.Max(1e-12, e.BestSoFar)))], Look: ChartStyle.Scenario(0) with { Marker = OxyPlot.MarkerType.None }),
             new Series(L.T("fit.evaluated"), x, [.. r.Trace.Select(e => Math.Log10(Math.Max(1e-12, e.Objective)))], Look: new LineLook(ChartStyle.Unclear, OxyPlot.LineStyle.Solid, OxyPlot.MarkerType.None, 1))],
            L.Culture),
            L.T("fit.caption.objective"));
        return HtmlEnd(sb);
    }

    /// <summary>How many targets the fit weighs (weight above 0) and how many of them lie inside their band at the
    /// estimate and at the start; then the targets of weight 0 (shown for information, e.g. from a treated sample) and how
    /// many of those lie inside. One count for the fit report and the console.</summary>
    public static (int Fitted, int Inside, int InsideStart, int Unweighted, int UnweightedInside) InsideCounts(CalibrationResult r)
    {
        var rows = r.Targets.Select((t, k) => (t, k)).ToList();
        var weighed = rows.Where(x => x.t.Weight > 0).ToList();
        var other = rows.Where(x => x.t.Weight <= 0).ToList();
        return (weighed.Count, weighed.Count(x => x.t.Inside(r.Best.Simulated[x.k])), weighed.Count(x => x.t.Inside(r.Start.Simulated[x.k])),
            other.Count, other.Count(x => x.t.Inside(r.Best.Simulated[x.k])));
    }

    /// <summary>" (at the lower bound)" or " (at the upper bound)" after an estimate at a bound; empty inside.</summary>
    public static string AtBound(ParameterEstimate e, Labels L) => e.AtBound switch
    {
        BoundSide.Low => $" ({L.T("fit.atBound.low")})",
        BoundSide.High => $" ({L.T("fit.atBound.high")})",
        _ => "",
    };

    private static double Z(CalibrationTarget t, double s) => double.IsFinite(s) ? (s - t.Value) / t.HalfWidth(s) : double.NaN;

    /// <summary>Observed against simulated by month: one small chart per band.</summary>
    private static void Trajectories(StringBuilder sb, CalibrationResult r, string family, Labels L)
    {
        var rows = r.Targets.Select((t, k) => (t, k)).Where(x => x.t.PanelKey is { Month: not null } key && key.Name == family).ToList();
        if (rows.Count == 0) return;
        sb.Append("<h3>").Append(E(L.T("fit.byMonth", family.Replace('_', ' ')))).Append("</h3><div>");
        foreach (var band in rows.GroupBy(x => x.t.PanelKey!.Value.Band ?? ""))
        {
            var pts = band.OrderBy(x => x.t.PanelKey!.Value.Month).ToList();
            var months = pts.Select(p => (double)p.t.PanelKey!.Value.Month!.Value).ToList();
            sb.Append(Chart.Lines(band.Key.Length == 0 ? family.Replace('_', ' ') : band.Key, new AxisText(L.T("axis.time"), L.Unit("months")), new AxisText(L.T("axis.share"), L.T("fit.ofGroup"), Percent: true),
            [
                new Series(L.T("fit.observed"), months, [.. pts.Select(p => p.t.Value)], [.. pts.Select(p => p.t.Low)], [.. pts.Select(p => p.t.High)], ChartStyle.Baseline),
                new Series(L.T("fit.fitted"), months, [.. pts.Select(p => r.Best.Simulated[p.k])], Look: ChartStyle.Scenario(0)),
            ], L.Culture, width: 360, height: 250, markerEvery: 1));
        }
        sb.Append("</div><p style=\"font-size:13px;color:#555\">").Append(E(L.T("fit.caption.trajectories"))).Append("</p>\n");
    }
}
