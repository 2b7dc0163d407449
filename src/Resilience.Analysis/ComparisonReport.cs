using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Resilience.Engine;
using Resilience.IO;
using Resilience.IO.Charts;
using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>Writes effects.csv, crn.csv, manifest.json, charts/*.svg and the self-contained report.html of a
/// comparison.</summary>
public static class ComparisonReport
{
    /// <summary>Outcomes shown in the headline table and forest plots.</summary>
    public static readonly string[] Headline =
    [
        "share_adaptive@final", "share_crisis@final", "coping_to_adaptive", "adaptive_to_coping", "exits_to_work",
        "exits_lasting_18", "reentries", "share_problematic_debt@final", "sanctions", "mean_coach_trust@final",
        "mean_mental_health@final", "cost_total",
    ];

    private static readonly string[] Trajectories =
        ["share_adaptive", "share_crisis", "exits_to_work", "share_problematic_debt", "mean_coach_trust", "cost_per_active_client"];

    /// <summary>The outcomes of the plain-language summary and of the trajectories (cost last).</summary>
    public static readonly string[] Key =
        ["share_adaptive@final", "share_crisis@final", "exits_lasting_18", "share_problematic_debt@final", "mean_coach_trust@final", "cost_total"];

    /// <summary>Outcomes counted only some months after the event (an exit counts as lasting when it reaches 6 or 18
    /// months off benefit): in the last that many months of the horizon they cannot be seen yet.</summary>
    public static readonly IReadOnlyDictionary<string, int> SeenAfter = new Dictionary<string, int>
    {
        ["exits_lasting_6"] = Work.LastingShortMonths,
        ["exits_lasting_18"] = Work.LastingLongMonths,
    };

    /// <summary>The first months of the run, in which an outcome cannot be seen yet (no exit can have lasted that long),
    /// or null: the charts over time shade them.</summary>
    public static (double From, double To)? Unseen(string outcome, int months) =>
        SeenAfter.TryGetValue(outcome, out int delay) ? (0, Math.Min(delay, months)) : null;

    /// <summary>Beside such an outcome: which exits it counts within this horizon.</summary>
    public static string? HorizonNote(string outcome, int months, Labels L) => SeenAfter.TryGetValue(outcome, out int delay)
        ? months > delay ? L.T("horizon.partial", months - delay, delay, months) : L.T("horizon.none", delay, months)
        : null;

    /// <summary>The outcomes of the equity section.</summary>
    private static readonly string[] Equity = ["exits_lasting_18", "share_crisis@final", "share_problematic_debt@final"];

    private static string N(double v) => RunOutputs.Num(v);
    private static string H(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Every output of a comparison; returns the full-uncertainty analysis when the comparison drew every
    /// uncertain parameter (for the terminal's table), else null.</summary>
    public static UncertaintyOutputs.Analysis? WriteAll(OutputFolder folder, ComparisonResult c, IReadOnlyList<string> commandLine, Labels? labels = null, int? caseload = null)
    {
        var w = new Wording(labels ?? Labels.English);
        var rows = Comparison.EffectRows(c).ToList();
        WriteEffects(folder.PathOf("effects.csv"), rows, c.Replications);
        WriteCrn(folder.PathOf("crn.csv"), c);
        WriteManifest(folder.PathOf("manifest.json"), c, commandLine);
        var full = c.Draws is { IsFull: true } ? UncertaintyOutputs.Analyse(c) : null;
        if (full is not null) UncertaintyOutputs.Write(folder, c, full);
        Directory.CreateDirectory(folder.PathOf("charts"));
        var charts = Charts(c, rows, w, full);
        foreach (var (name, svg) in charts) File.WriteAllText(Path.Combine(folder.PathOf("charts"), name + ".svg"), svg, new UTF8Encoding(false));
        File.WriteAllText(folder.PathOf("report.html"), Html(c, rows, charts, commandLine, w, caseload, full), new UTF8Encoding(false));
        return full;
    }

    public static void WriteEffects(string path, IEnumerable<EffectRow> rows, int replications)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: false);
        foreach (var h in new[] { "scenario", "outcome", "subgroup", "month", "baseline", "value", "effect", "ci_low", "ci_high", "replications", "unit" })
            csv.WriteField(h);
        csv.EndRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Scenario); csv.WriteField(r.Outcome.Name); csv.WriteField(r.Subgroup);
            csv.WriteField(r.Month.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(N(r.Effect.Baseline)); csv.WriteField(N(r.Effect.Value)); csv.WriteField(N(r.Effect.Estimate));
            csv.WriteField(N(r.Effect.Low)); csv.WriteField(N(r.Effect.High));
            csv.WriteField(replications.ToString(CultureInfo.InvariantCulture)); csv.WriteField(r.Outcome.Unit);
            csv.EndRecord();
        }
    }

    private static void WriteCrn(string path, ComparisonResult c)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: false);
        foreach (var h in new[] { "scenario", "outcome", "ci_width_common_random_numbers", "ci_width_independent_seeds", "ratio" }) csv.WriteField(h);
        csv.EndRecord();
        for (int s = 1; s < c.Scenarios.Count; s++)
            foreach (var o in Outcomes.All)
            {
                var (p, ind) = Comparison.Widths(c, s, o);
                csv.WriteField(c.Scenarios[s].Name); csv.WriteField(o.Name); csv.WriteField(N(p)); csv.WriteField(N(ind));
                csv.WriteField(p > 0 ? N(ind / p) : ""); csv.EndRecord();
            }
    }

    /// <summary>Median ratio of independent-seed to common-random-number interval widths over scenarios × outcomes.</summary>
    public static double MedianCrnGain(ComparisonResult c)
    {
        var ratios = new List<double>();
        for (int s = 1; s < c.Scenarios.Count; s++)
            foreach (var o in Outcomes.All)
            {
                var (p, ind) = Comparison.Widths(c, s, o);
                if (p > 0 && double.IsFinite(ind)) ratios.Add(ind / p);
            }
        if (ratios.Count == 0) return double.NaN;
        ratios.Sort();
        return ratios[ratios.Count / 2];
    }

    private static void WriteManifest(string path, ComparisonResult c, IReadOnlyList<string> commandLine)
    {
        var m = new Manifest("compare")
            .Add("commandLine", string.Join(' ', commandLine))
            .Add("scenarios", c.Scenarios, (o, s) => o
                .Add("name", s.Name)
                .Add("file", s.Path)
                .Add("parameterHash", ParameterRegistry.Hash(s.ToParameters()))
                .Add("leversChangedFromBaseline", l =>
                {
                    foreach (var (d, _, to) in ParameterRegistry.Differences(c.Baseline.ToParameters(), s.ToParameters())) l.Add(d.Name, d.Format(to));
                })
                .Add("scheduledChanges", s.Schedule.Count))
            .Add("seed", c.Baseline.Seed)
            .Add("independentCheckSeed", c.Baseline.Seed ^ Comparison.IndependentSeedOffset)
            .Add("replications", c.Replications)
            .Add("clients", c.Baseline.Clients)
            .Add("months", c.Baseline.Months)
            .Add("threads", c.Threads);
        if (c.Draws is not null)
            m.Add("parameterDraws", c.Draws.Vectors.Count).Add("parameterSet", c.Draws.File).Add("parameterSetHash", c.Draws.Hash)
             .Add("parametersDrawn", c.Draws.Parameters.Select(d => d.Name));
        m.CodeVersion().Times(c.Start, c.End).Write(path);
    }

    /// <summary>Every chart of the report by file name: per key outcome its levels and, on a panel of its own, the
    /// effect month by month; a forest plot per headline outcome coloured by verdict; a transition flow matrix per
    /// scenario.</summary>
    public static List<(string Name, string Svg)> Charts(ComparisonResult c, IReadOnlyList<EffectRow> rows, Wording w, UncertaintyOutputs.Analysis? full = null)
    {
        var L = w.Labels;
        var charts = new List<(string, string)>();
        var months = new AxisText(L.T("axis.time"), L.Unit("months"));
        // Bands for up to four scenarios; with more the chart would be unreadable (intervals stay in the tables).
        bool bands = c.Scenarios.Count <= 4;
        foreach (var name in Key)
        {
            var o = Outcomes.Get(name);
            var levels = new List<Series>();
            var effects = new List<Series>();
            for (int k = 0; k < c.Scenarios.Count; k++)
            {
                var paths = c.Runs[k].Select(r => o.Path(r, 0)).ToList();
                int n = paths[0].Length;
                var x = Enumerable.Range(0, n).Select(m => (double)m).ToArray();
                var iv = Enumerable.Range(0, n).Select(m => Interval.Of(paths.Select(p => p[m]).ToList())).ToArray();
                var look = k == 0 ? ChartStyle.Baseline : ChartStyle.Scenario(k - 1);
                levels.Add(new Series(k == 0 ? BaselineName(c, L) : Title(c.Scenarios[k], L), x, iv.Select(i => i.Mean).ToArray(),
                    bands ? iv.Select(i => i.Low).ToArray() : null, bands ? iv.Select(i => i.High).ToArray() : null, look));
                if (k == 0) continue;
                var e = Comparison.PathEffects(c, k, o);
                effects.Add(new Series(Title(c.Scenarios[k], L), x, e.Select(v => v.Estimate).ToArray(),
                    bands ? e.Select(v => v.Low).ToArray() : null, bands ? e.Select(v => v.High).ToArray() : null, look));
            }
            string label = w.Label(o);
            var unseen = Unseen(name, c.Baseline.Months);
            charts.Add(($"trajectory_{Safe(name)}", Chart.Lines(label, months, new AxisText(label, w.Unit(o), o.IsShare), levels, L.Culture,
                width: 540, height: 340, xMin: 0, xMax: c.Baseline.Months, yMin: o.IsShare ? 0 : null, markerEvery: Math.Max(1, c.Baseline.Months / 10), shade: unseen)));
            charts.Add(($"effect_{Safe(name)}", Chart.Lines(L.T("chart.effectOver", label), months,
                new AxisText(L.T("axis.effect"), w.EffectUnit(o), o.IsShare), effects, L.Culture,
                width: 540, height: 340, xMin: 0, xMax: c.Baseline.Months, reference: 0, markerEvery: Math.Max(1, c.Baseline.Months / 10), shade: unseen)));
        }
        // The forest plots share one legend, written once above them in the report (issue 26 item 7).
        foreach (var name in Headline)
        {
            var o = Outcomes.Get(name);
            var est = rows.Where(r => r.Outcome.Name == name && r.SubgroupIndex == 0)
                .Select(r => new Estimate(Title(c.Scenarios.First(s => s.Name == r.Scenario), L), r.Effect.Estimate, r.Effect.Low, r.Effect.High, Colour(Wording.Judge(o, r.Effect)))).ToList();
            charts.Add(($"forest_{Safe(name)}", Chart.Forest(w.Label(o), new AxisText(L.T("axis.effect"), w.EffectUnit(o), o.IsShare),
                new AxisText(L.T("axis.scenario"), ""), est, L.Culture, legend: null, rowHeight: 26,
                subtitle: L.T("chart.forestSubtitle", w.Level(o, rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == 0).Effect.Baseline)))));
        }
        for (int k = 0; k < c.Scenarios.Count; k++)
            charts.Add((TransitionChartName(k, c.Scenarios[k].Name), FlowMatrix(c, k, w)));
        if (full is not null)
        {
            // The acceptability curve per scenario, per extra lasting exit (issue 23).
            string outcome = Comparison.CostEffectivenessOutcomes[0].Outcome;
            var series = Enumerable.Range(1, c.Scenarios.Count - 1)
                .Select(k => new Series(Title(c.Scenarios[k], L), Uncertainty.WillingnessToPay, full.Acceptability[(k, outcome)], Look: ChartStyle.Scenario(k))).ToList();
            charts.Add(("acceptability", Chart.Lines(L.T("full.ceacTitle"), new AxisText(L.T("full.wtp"), "€"), new AxisText(L.T("full.chanceAxis"), "%", Percent: true),
                series, L.Culture, yMin: 0, yMax: 1, markerEvery: 2)));
        }
        return charts;
    }

    /// <summary>"baseline", or "title (baseline)" when the baseline scenario has a title or another name.</summary>
    private static string BaselineName(ComparisonResult c, Labels L) =>
        c.Baseline.Name == "baseline" && c.Baseline.Titles.Count == 0 ? L.T("baseline") : L.T("baseline.named", Title(c.Baseline, L));

    /// <summary>What a reader sees for a scenario: its title in the report's language, else its name (the name stays
    /// in the CSV files and in the researchers' table).</summary>
    public static string Title(Scenario s, Labels L) => s.TitleIn(L.Language);

    /// <summary>The colour of a verdict (better, worse; grey for not clear or too small to matter).</summary>
    public static string Colour(Verdict v) => v switch { Verdict.Better => ChartStyle.Better, Verdict.Worse => ChartStyle.Worse, _ => ChartStyle.Unclear };

    /// <summary>Changes of resilience type over the run as a from × to matrix, per 1,000 clients (the mean number of
    /// active clients), each cell labelled: replaces the arrow diagram whose arrowheads covered the nodes and whose
    /// numbers could not be matched to arrows.</summary>
    private static string FlowMatrix(ComparisonResult c, int k, Wording w)
    {
        var L = w.Labels;
        var counts = new double[3, 3];
        double active = 0;
        foreach (var r in c.Runs[k])
        {
            for (int month = 1; month < r.Transitions.Length; month++)
            {
                for (int slot = 0; slot < r.Transitions[month].Length; slot++)
                {
                    int pair = slot / Observer.TriggerCount;
                    counts[pair / 3, pair % 3] += r.Transitions[month][slot];
                }
                active += r.Raw[month][Acc.Active] / (r.Transitions.Length - 1);
            }
        }
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
                counts[a, b] = a == b ? double.NaN : 1000 * counts[a, b] / Math.Max(1, active);
        string[] types = [L.T("type.coping"), L.T("type.adaptive"), L.T("type.crisis")];
        string name = k == 0 ? BaselineName(c, L) : Title(c.Scenarios[k], L);
        return Chart.Matrix(name, new AxisText(L.T("axis.to"), ""), types, new AxisText(L.T("axis.from"), ""), types, counts,
            v => v.ToString("#,0", L.Culture), L.T("chart.flowScale"), L.Culture, width: 360, height: 250);
    }

    /// <summary>The transition chart's file name: numbered by the scenario's position, so names that differ only in
    /// characters a file name cannot hold (<c>x/y</c>, <c>x_y</c>) get different files, and cut short, so a long
    /// scenario name still gives a valid file name.</summary>
    /// <summary>What the intervals include, in words: simulation noise only, or also the calibrated parameters'
    /// uncertainty (compare --parameter-draws).</summary>
    public static string IntervalKind(ComparisonResult c, Labels L) => c.Draws is null
        ? L.T("caveats.include", c.Replications)
        : c.Draws.IsFull ? L.T("caveats.includeFull", c.Replications)
        : L.T("caveats.includeDraws", c.Replications, c.Draws.Vectors.Count, c.Draws.File, string.Join(", ", c.Draws.Parameters.Select(p => p.Name)));

    public static string TransitionChartName(int index, string scenario)
    {
        const int maxNameChars = 40;
        string safe = Safe(scenario);
        return $"transitions_{index:00}_{(safe.Length > maxNameChars ? safe[..maxNameChars] : safe)}";
    }

    private static string Safe(string s) => new(s.Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_').ToArray());

    private static Effect Whole(IReadOnlyList<EffectRow> rows, string scenario, string outcome) =>
        rows.First(r => r.Outcome.Name == outcome && r.SubgroupIndex == 0 && r.Scenario == scenario).Effect;

    /// <summary>The plain-language summary of one scenario, generated from its effects: what gets better and worse by
    /// an amount that matters, what does not clearly change, for whom the main gain is largest, and the cost. With the
    /// full uncertainty (<paramref name="full"/>) a direction is stated only when at least 90% of the draws agree on it
    /// and each effect carries the range of 95% of the draws; an effect whose direction the draws do not agree on is
    /// called uncertain, with the assumption it depends on most.</summary>
    public static string Summary(ComparisonResult c, IReadOnlyList<EffectRow> rows, int s, Wording w, int? caseload, UncertaintyOutputs.Analysis? full = null)
    {
        var L = w.Labels;
        string name = c.Scenarios[s].Name;
        Verdict Judge(string outcome) => full is null ? Wording.Judge(Outcomes.Get(outcome), Whole(rows, name, outcome))
            : Wording.Judge(Outcomes.Get(outcome), full.Effects[(s, outcome)].Effect);
        string Part(string outcome)
        {
            var o = Outcomes.Get(outcome);
            var e = Whole(rows, name, outcome);
            string text = $"{w.Label(o).ToLower(L.Culture)} {w.EffectWithUnit(o, e.Estimate)} ({w.Level(o, e.Baseline)} → {w.Level(o, e.Value)}";
            if (full is not null)
            {
                var d = full.Effects[(s, outcome)].Effect;
                text += "; " + L.T("summary.partFull", w.Effect(o, d.Low), w.Effect(o, d.High), Percent(d.ProbabilityOfSign, L));
            }
            text += ")";
            if (caseload is not null && w.Scaled(o, e.Estimate, caseload.Value, c.Baseline.Months) is { } scaled) text += $", {scaled}";
            return text;
        }
        string Uncertain(string outcome)
        {
            string label = w.Label(Outcomes.Get(outcome)).ToLower(L.Culture);
            var drivers = full!.Effects[(s, outcome)].Drivers;
            return drivers.Count > 0 ? L.T("summary.uncertainItem", label, w.Assumption(drivers[0].Parameter)) : L.T("summary.uncertainItemNoDriver", label);
        }
        var judged = Key.Where(k => k != "cost_total").Select(k => (k, v: Judge(k))).ToList();
        var better = judged.Where(j => j.v == Verdict.Better).Select(j => j.k).ToList();
        var worse = judged.Where(j => j.v == Verdict.Worse).Select(j => j.k).ToList();
        var parts = new List<string>();
        if (better.Count > 0) parts.Add(L.T("summary.better", string.Join("; ", better.Select(Part))));
        if (worse.Count > 0) parts.Add(L.T("summary.worse", string.Join("; ", worse.Select(Part))));
        if (full is null)
        {
            var neither = judged.Where(j => j.v is Verdict.Small or Verdict.Unclear).Select(j => w.Label(Outcomes.Get(j.k)).ToLower(L.Culture)).ToList();
            if (neither.Count > 0) parts.Add(L.T("summary.neither", string.Join(", ", neither)));
        }
        else
        {
            var small = judged.Where(j => j.v == Verdict.Small).Select(j => w.Label(Outcomes.Get(j.k)).ToLower(L.Culture)).ToList();
            var uncertain = judged.Where(j => j.v == Verdict.Unclear).Select(j => Uncertain(j.k)).ToList();
            if (small.Count > 0) parts.Add(L.T("summary.neither", string.Join(", ", small)));
            if (uncertain.Count > 0) parts.Add(L.T("summary.uncertainFull", string.Join("; ", uncertain)));
        }
        var cost = Outcomes.Get("cost_total");
        var ce = Whole(rows, name, "cost_total");
        string costText = L.T(ce.Estimate >= 0 ? "summary.costMore" : "summary.costLess", w.Euro(Math.Abs(ce.Estimate)), Years(c.Baseline.Months, L));
        if (caseload is not null) costText += " " + L.T("summary.costScaled", w.Euro(Wording.Rounded(Math.Abs(ce.Estimate) * caseload.Value / (c.Baseline.Months / 12.0))), w.Number(caseload.Value));
        if (full is not null && full.Effects[(s, "cost_total")].Effect is var dc && dc.ProbabilityOfSign < UncertaintyOutputs.Confident)
            costText += " " + L.T("summary.costUncertainFull", Percent(dc.ProbabilityOfSign, L));
        else if (full is null && Wording.Judge(cost, ce) == Verdict.Unclear) costText += " " + L.T("summary.costUnclear");
        parts.Add(costText);
        // For whom: the subgroup with the largest gain on the main improvement.
        if (better.Count > 0)
        {
            var main = Outcomes.Get(better.OrderByDescending(k => Math.Abs(Whole(rows, name, k).Estimate) / Outcomes.Get(k).Matters).First());
            var best = rows.Where(r => r.Outcome.Name == main.Name && r.Scenario == name && r.SubgroupIndex > 0 && Wording.Judge(main, r.Effect) == Verdict.Better)
                .OrderByDescending(r => Math.Abs(r.Effect.Estimate)).FirstOrDefault();
            if (best is not null)
                parts.Add(L.T("summary.forWhom", w.Label(main).ToLower(L.Culture), w.Subgroup(best.SubgroupIndex), w.EffectWithUnit(main, best.Effect.Estimate)));
        }
        return string.Join(" ", parts);
    }

    private static string Percent(double p, Labels L) => (p * 100).ToString("0", L.Culture);

    /// <summary>A subgroup effect that is exactly zero in every run: the scenario left the group's value unchanged run
    /// for run, so the interval has no width.</summary>
    public static bool IsNoDifference(Effect e) => e.Estimate == 0 && e.Low == 0 && e.High == 0;

    private static string NoDifferenceCell(Labels L) =>
        $"<td class=\"num unclear no-difference\">{H(L.T("equity.noDifference"))}<sup><a href=\"#no-difference\">*</a></sup></td>";

    private static string NoDifferenceNote(Labels L, string id) => $"<p class=\"muted no-difference-note\" id=\"{id}\">* {H(L.T("equity.noDifferenceNote"))}</p>";

    /// <summary>The codes behind the labels (outcomes, levers, scenarios), folded away for researchers: the main
    /// tables show labels only, the CSV files and scenario files use the codes.</summary>
    private static void Researchers(StringBuilder sb, ComparisonResult c, Labels L)
    {
        sb.Append($"<details id=\"researchers\"><summary>{H(L.T("researchers.title"))}</summary><p>{H(L.T("researchers.intro"))}</p>");
        sb.Append($"<table><tr><th>{H(L.T("researchers.outcomes"))}</th><th>{H(L.T("researchers.code"))}</th></tr>");
        foreach (var name in Headline) sb.Append($"<tr><td>{H(L.Outcome(name).Label)}</td><td><code>{H(name)}</code></td></tr>");
        var levers = c.Scenarios.Skip(1).SelectMany(s => ParameterRegistry.Differences(c.Baseline.ToParameters(), s.ToParameters()).Select(d => d.Def))
            .Concat(c.Scenarios.SelectMany(s => s.Schedule).SelectMany(ch => ch.Values.Keys).Select(ParameterRegistry.Get)).Distinct().ToList();
        if (levers.Count > 0)
        {
            sb.Append($"<tr><th>{H(L.T("researchers.levers"))}</th><th></th></tr>");
            foreach (var d in levers) sb.Append($"<tr><td>{H(L.Lever(d).Label)}</td><td><code>{H(d.Name)}</code></td></tr>");
        }
        sb.Append($"<tr><th>{H(L.T("researchers.scenarios"))}</th><th></th></tr>");
        foreach (var s in c.Scenarios) sb.Append($"<tr><td>{H(Title(s, L))}</td><td><code>{H(s.Name)}</code> · <code>{H(s.Path)}</code></td></tr>");
        sb.Append("</table></details>");
    }

    internal static string Years(int months, Labels L) =>
        months % 12 == 0 ? L.T(months == 12 ? "years.one" : "years.n", months / 12) : L.T("months.n", months);

    /// <summary>The section of a comparison with every uncertainty drawn: per scenario the key effects' mean, the range
    /// of 95% of the draws, the chance of the direction shown and the reading ("rises"/"falls" only from
    /// <see cref="UncertaintyOutputs.Confident"/>); the acceptability curve; what the effect on lasting exits depends on.</summary>
    private static void AllUncertainty(StringBuilder sb, ComparisonResult c, Wording w, Func<string, string> chart, UncertaintyOutputs.Analysis full)
    {
        var L = w.Labels;
        sb.Append($"<section id=\"all-uncertainty\"><h2>{H(L.T("full.title"))}</h2><p>{H(L.T("full.intro", c.Replications))}</p>");
        var lasting = new List<(string Scenario, IReadOnlyList<Driver> Drivers)>();
        for (int s = 1; s < c.Scenarios.Count; s++)
        {
            sb.Append($"<h3>{H(Title(c.Scenarios[s], L))}</h3><div class=\"scroll\"><table class=\"full\"><tr><th>{H(L.T("col.outcome"))}</th><th>{H(L.T("full.meanRange"))}</th><th>{H(L.T("full.chance"))}</th><th>{H(L.T("full.reading"))}</th></tr>");
            foreach (var name in Key)
            {
                var o = Outcomes.Get(name);
                var (e, drivers) = full.Effects[(s, name)];
                if (name == "exits_lasting_18") lasting.Add((Title(c.Scenarios[s], L), drivers));
                string statement = UncertaintyOutputs.Statement(e);
                string reading = statement switch
                {
                    "raises" => L.T("full.raises"),
                    "lowers" => L.T("full.lowers"),
                    "no change" => L.T("full.nochange"),
                    _ => drivers.Count > 0 ? L.T("full.dependsOn", w.Assumption(drivers[0].Parameter)) : L.T("full.uncertain"),
                };
                string cls = statement == "uncertain" ? "unclear" : "";
                sb.Append($"<tr><td class=\"outcome\">{H(w.Label(o))} <span class=\"muted\">({H(w.EffectUnit(o))})</span></td>" +
                          $"<td class=\"num\">{w.Effect(o, e.Mean)} [{w.Effect(o, e.Low)}; {w.Effect(o, e.High)}]</td>" +
                          $"<td class=\"num\">{Percent(e.ProbabilityOfSign, L)}%</td><td class=\"{cls}\">{H(reading)}</td></tr>");
            }
            sb.Append("</table></div>");
        }
        sb.Append($"<h3>{H(L.T("full.ceacTitle"))}</h3><p>{H(L.T("full.ceacIntro"))}</p><figure>{chart("acceptability")}</figure>");
        sb.Append($"<h3>{H(L.T("full.driversTitle"))}</h3><p>{H(L.T("full.driversIntro"))}</p><ul class=\"drivers\">");
        foreach (var (scenario, drivers) in lasting)
            sb.Append($"<li><b>{H(scenario)}</b>: " + (drivers.Count == 0 ? H(L.T("full.noDriver"))
                : string.Join("; ", drivers.Select(d => $"<code>{H(d.Parameter.Name)}</code> ({H(L.T("evidence." + d.Parameter.Meta.Evidence.ToString().ToLowerInvariant()))}, {(d.Share * 100).ToString("0", L.Culture)}%)"))) + "</li>");
        sb.Append("</ul></section>");
    }

    /// <summary>The page's head and house style, shared by the comparison and the search report (<see cref="SearchReport"/>).</summary>
    internal static void PageStart(StringBuilder sb, Labels L, string title)
    {
        sb.Append($"<!doctype html><html lang=\"{L.Language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>{H(title)}</title><style>");
        sb.Append("body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;max-width:1120px;margin:1.5em auto;padding:0 1em;color:#222;line-height:1.45}");
        sb.Append("table{border-collapse:collapse;margin:.8em 0;font-size:14px}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}");
        sb.Append("th{background:#f5f5f5}td.num{text-align:right;white-space:nowrap}.muted{color:#666;font-size:12.5px}code{background:#f3f3f3;padding:1px 4px;font-size:12.5px}");
        sb.Append($".better{{color:{ChartStyle.Better};font-weight:600}}.worse{{color:{ChartStyle.Worse};font-weight:600}}.small,.unclear{{color:#555}}td .muted{{font-weight:400;color:#666}}");
        sb.Append($"td.better{{background:#e5f1f8}}td.worse{{background:#fbebe0}}");
        sb.Append("table.equity{width:100%;table-layout:fixed}#cost-effectiveness td.num{white-space:normal;min-width:130px}table.equity th:first-child{width:26%}.scroll{overflow-x:auto}td.outcome{min-width:220px}figure{margin:.8em 0}svg.chart{max-width:100%;height:auto}");
        sb.Append(".pair{display:flex;flex-wrap:wrap;gap:8px}.pair figure{flex:1 1 520px;margin:0}.flows{display:flex;flex-wrap:wrap;gap:8px}");
        sb.Append("h2{margin-top:1.8em;border-bottom:2px solid #ccc}.summary{background:#f7f7f7;border-left:6px solid #222;padding:.6em 1.2em;margin:1em 0}");
        sb.Append(".summary li{margin:.4em 0}.caveats{border:2px solid #999;border-radius:6px;padding:.5em 1.2em;margin:1em 0;background:#fffdf5}.caveats h2{border:0;margin:.3em 0;font-size:1.15em}");
        sb.Append(".key{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .8em;vertical-align:-1px}</style></head><body>");
    }

    /// <summary>The "reproduce" table: the command, seed, replications, size and code version, then any further rows
    /// (label, already encoded HTML).</summary>
    internal static void Reproduce(StringBuilder sb, Labels L, string command, ulong seed, int replications, string size, IEnumerable<(string Label, string Html)> more)
    {
        sb.Append($"<h2 id=\"reproduce\">{H(L.T("reproduce.title"))}</h2><table id=\"reproduce-table\">");
        sb.Append($"<tr><th>{H(L.T("reproduce.command"))}</th><td><code>{H(command)}</code></td></tr>");
        sb.Append($"<tr><th>{H(L.T("reproduce.seed"))}</th><td>{seed}</td></tr><tr><th>{H(L.T("reproduce.replications"))}</th><td>{replications}</td></tr>");
        sb.Append($"<tr><th>{H(L.T("reproduce.size"))}</th><td>{H(size)}</td></tr>");
        sb.Append($"<tr><th>{H(L.T("reproduce.version"))}</th><td>{H(RunOutputs.CodeVersion())}</td></tr>");
        foreach (var (label, html) in more) sb.Append($"<tr><th>{H(label)}</th><td>{html}</td></tr>");
        sb.Append("</table>");
    }

    private static string Html(ComparisonResult c, IReadOnlyList<EffectRow> rows, IReadOnlyList<(string Name, string Svg)> charts,
        IReadOnlyList<string> commandLine, Wording w, int? caseload, UncertaintyOutputs.Analysis? full = null)
    {
        var L = w.Labels;
        var sb = new StringBuilder();
        string Chart(string name) => charts.First(x => x.Name == name).Svg;
        double gain = MedianCrnGain(c);
        var scenarios = c.Scenarios.Skip(1).ToList();
        string names = string.Join(", ", scenarios.Select(s => Title(s, L)));
        string period = Years(c.Baseline.Months, L);
        PageStart(sb, L, L.T("report.title", names, Title(c.Baseline, L)));

        // ── First screen: what changes, for whom, at what cost, how certain; then the caveats. ──
        sb.Append($"<h1>{H(L.T("report.heading", names))}</h1>");
        sb.Append($"<p class=\"muted\">{H(L.T("report.setup", Title(c.Baseline, L), w.Number(c.Baseline.Clients), period, c.Replications))} {H(L.T("report.generated", c.End.ToString("d MMMM yyyy, HH:mm", L.Culture), RunOutputs.CodeVersion()))}</p>");
        sb.Append($"<section class=\"summary\" id=\"summary\"><h2 style=\"border:0;margin:.2em 0\">{H(L.T("summary.title"))}</h2><ul>");
        for (int s = 1; s < c.Scenarios.Count; s++)
            sb.Append($"<li><b>{H(Title(c.Scenarios[s], L))}</b>: {H(Summary(c, rows, s, w, caseload, full))}</li>");
        sb.Append($"</ul><p>{H(L.T(c.Draws is null ? "summary.certainty" : c.Draws.IsFull ? "summary.certaintyFull" : "summary.certaintyDraws", c.Replications))}</p></section>");

        sb.Append($"<section class=\"caveats\" id=\"caveats\"><h2>{H(L.T("caveats.title"))}</h2><ul>");
        sb.Append($"<li class=\"interval-kind\">{H(IntervalKind(c, L))}</li>");
        sb.Append($"<li>{H(L.T(c.Draws is { IsFull: true } ? "caveats.excludeFull" : "caveats.exclude"))} <a href=\"#sensitivity\">{H(L.T("caveats.sensitivityLink"))}</a></li>");
        sb.Append($"<li>{H(L.T(c.Draws is { IsFull: true } ? "caveats.mattersFull" : "caveats.matters", w.Labels.T("matters.list")))}</li>");
        sb.Append($"<li>{H(L.T("caveats.cohort", period))}</li>");
        if (caseload is not null) sb.Append($"<li>{H(L.T("caveats.caseload", w.Number(caseload.Value)))}</li>");
        sb.Append("</ul></section>");

        if (full is not null) AllUncertainty(sb, c, w, Chart, full);

        // ── Headline table ──
        bool headlineNoDifference = false;
        sb.Append($"<h2>{H(L.T("headline.title"))}</h2><p>{H(L.T(full is null ? "headline.intro" : "headline.introFull"))}");
        sb.Append($"<span class=\"key\" style=\"background:{ChartStyle.Better}\"></span>{H(L.T("verdict.better"))}<span class=\"key\" style=\"background:{ChartStyle.Worse}\"></span>{H(L.T("verdict.worse"))}<span class=\"key\" style=\"background:{ChartStyle.Unclear}\"></span>{H(L.T("legend.unclearOrSmall"))}</p>");
        sb.Append($"<div class=\"scroll\"><table id=\"headline\"><tr><th>{H(L.T("col.outcome"))}</th><th>{H(L.T("col.baseline"))}</th>");
        foreach (var s in scenarios) sb.Append($"<th>{H(Title(s, L))}</th>");
        sb.Append("</tr>");
        foreach (var name in Headline)
        {
            var o = Outcomes.Get(name);
            var first = rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == 0);
            string horizon = HorizonNote(name, c.Baseline.Months, L) is { } hn ? $"<br><span class=\"muted horizon\">{H(hn)}</span>" : "";
            sb.Append($"<tr><td class=\"outcome\">{H(w.Label(o))} <span class=\"muted\">({H(o.IsShare ? w.Unit(o) + "; " + L.T("effectsIn", w.EffectUnit(o)) : w.Unit(o))})</span>{horizon}</td><td class=\"num\">{w.Level(o, first.Effect.Baseline)}</td>");
            foreach (var s in scenarios)
            {
                var e = Whole(rows, s.Name, name);
                var v = Wording.Judge(o, e);
                if (IsNoDifference(e))
                {
                    headlineNoDifference = true;
                    sb.Append(NoDifferenceCell(L));
                    continue;
                }
                if (full is not null)
                {
                    // With all uncertainty: the range of 95% of the draws, and a colour only for a direction 90% agree on.
                    var d = full.Effects[(scenarios.IndexOf(s) + 1, name)].Effect;
                    v = Wording.Judge(o, d);
                    e = e with { Low = d.Low, High = d.High };
                }
                string scaled = caseload is not null && v != Verdict.Unclear && w.Scaled(o, e.Estimate, caseload.Value, c.Baseline.Months) is { } sc ? $"<br><span class=\"muted\">{H(sc)}</span>" : "";
                sb.Append($"<td class=\"num {v.ToString().ToLowerInvariant()}\" title=\"{H(w.VerdictText(v))}\">{H(w.Effect(o, e.Estimate))}<br><span class=\"muted\">{H(w.Interval(o, e))}</span>{scaled}</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("</table></div>");
        if (headlineNoDifference) sb.Append(NoDifferenceNote(L, "no-difference"));

        // ── Cost-effectiveness ──
        sb.Append($"<h2 id=\"ce\">{H(L.T("ce.title"))}</h2><p>{H(L.T("ce.intro", period))}</p><div class=\"scroll\"><table id=\"cost-effectiveness\"><tr><th>{H(L.T("axis.scenario"))}</th><th>{H(L.T("ce.cost"))}</th>");
        foreach (var (outcome, _) in Comparison.CostEffectivenessOutcomes) sb.Append($"<th>{H(L.T("ce.per." + outcome))}</th>");
        sb.Append("</tr>");
        var costOutcome = Outcomes.Get("cost_total");
        for (int s = 1; s < c.Scenarios.Count; s++)
        {
            var sc = c.Scenarios[s];
            var aims = MeasureAims.Of(ParameterRegistry.Differences(c.Baseline.ToParameters(), sc.ToParameters()).Select(d => d.Def));
            var cost = Whole(rows, sc.Name, "cost_total");
            var costVerdict = Wording.Judge(costOutcome, cost);
            sb.Append($"<tr><td>{H(Title(sc, L))}</td><td class=\"num\">{H(w.Effect(costOutcome, cost.Estimate))}<br><span class=\"muted\">{H(w.Interval(costOutcome, cost))}</span></td>");
            foreach (var (outcome, _) in Comparison.CostEffectivenessOutcomes)
            {
                var o = Outcomes.Get(outcome);
                var e = Whole(rows, sc.Name, outcome);
                // Direction only (any clear change, large or small): cost-effectiveness weighs cost against the change.
                bool clear = e.Low > 0 || e.High < 0;
                bool improves = clear && (e.Estimate < 0) == o.LowerIsBetter;
                bool clearCost = cost.Low > 0 || cost.High < 0;
                string note = aims.Count > 0 && !aims.Contains(outcome) ? $"<br><span class=\"muted\">{H(L.T("ce.notAim"))}</span>" : "";
                string cell;
                string cls = "";
                if (!clear) cell = H(L.T("ce.noClearChange"));
                else if (improves && cost.High < 0) { cell = H(L.T("ce.dominant")); cls = "better"; }
                else if (!improves && cost.Low > 0) { cell = H(L.T("ce.dominated")); cls = "worse"; }
                else
                {
                    var r = Comparison.CostPer(c, s, outcome);
                    string interval = double.IsFinite(r.Low) ? $"<br><span class=\"muted\">[{H(w.Euro(r.Low))}; {H(w.Euro(r.High))}]</span>" : "";
                    cell = !improves
                        ? H(L.T("ce.savedPerLost", w.Euro(Math.Abs(r.Estimate)))) + interval
                        : H(L.T(clearCost ? "ce.perGain" : "ce.perGainCostUnclear", w.Euro(r.Estimate))) + interval;
                }
                sb.Append($"<td class=\"num {cls}\">{cell}{note}</td>");
            }
            sb.Append("</tr>");
        }
        sb.Append($"</table></div><p class=\"muted\">{H(L.T("ce.convention"))}</p>");

        // ── What was compared ──
        sb.Append($"<h2 id=\"compared\">{H(L.T("compared.title"))}</h2>");
        foreach (var s in scenarios)
        {
            sb.Append($"<h3>{H(Title(s, L))}</h3><p>{H(s.DescriptionIn(L.Language))}</p><table class=\"levers\"><tr><th>{H(L.T("col.lever"))}</th><th>{H(L.T("col.baseline"))}</th><th>{H(L.T("col.scenario"))}</th><th>{H(L.T("col.source"))}</th></tr>");
            foreach (var (d, from, to) in ParameterRegistry.Differences(c.Baseline.ToParameters(), s.ToParameters()))
            {
                var lt = L.Lever(d);
                sb.Append($"<tr><td><b>{H(lt.Label)}</b><br><span class=\"muted\">{H(lt.Description ?? "")}</span></td><td>{H(L.LeverValue(d, from))}</td><td>{H(L.LeverValue(d, to))}</td><td>{H(L.Source(d.Meta.Source))}</td></tr>");
            }
            foreach (var ch in s.Schedule.Where(x => !c.Baseline.Schedule.Contains(x)))
                sb.Append($"<tr><td colspan=\"4\">{H(L.T("compared.fromMonth", ch.Month))}: {H(string.Join(", ", ch.Values.Select(kv => $"{L.Lever(ParameterRegistry.Get(kv.Key)).Label} = {L.LeverValue(ParameterRegistry.Get(kv.Key), kv.Value)}")))}</td></tr>");
            sb.Append("</table>");
        }

        // ── Trajectories and effects ──
        sb.Append($"<h2 id=\"trajectories\">{H(L.T("trajectories.title"))}</h2><p>{H(L.T(c.Scenarios.Count <= 4 ? "trajectories.introBands" : "trajectories.intro"))}</p>");
        foreach (var name in Key)
        {
            sb.Append($"<div class=\"pair\"><figure>{Chart($"trajectory_{Safe(name)}")}</figure><figure>{Chart($"effect_{Safe(name)}")}</figure></div>");
            if (HorizonNote(name, c.Baseline.Months, L) is { } note)
                sb.Append($"<p class=\"muted horizon\">{H(note)} {H(L.T("horizon.shaded", SeenAfter[name]))}</p>");
        }

        sb.Append($"<h2 id=\"forest\">{H(L.T("forest.title"))}</h2><p>{H(L.T("forest.intro"))}</p>");
        sb.Append($"<p class=\"forest-legend\"><span class=\"key\" style=\"background:{ChartStyle.Better}\"></span>{H(L.T("verdict.better"))}<span class=\"key\" style=\"background:{ChartStyle.Worse}\"></span>{H(L.T("verdict.worse"))}<span class=\"key\" style=\"background:{ChartStyle.Unclear}\"></span>{H(L.T("legend.unclearOrSmall"))}</p>");
        foreach (var name in Headline) sb.Append($"<figure>{Chart($"forest_{Safe(name)}")}</figure>");

        // ── Equity ──
        sb.Append($"<h2 id=\"equity\">{H(L.T("equity.title"))}</h2><p>{H(L.T("equity.intro"))}</p>");
        bool noDifference = false;
        foreach (var dimension in Subgroups.All.Select(g => g.Dimension).Where(d => d != "all").Distinct())
        {
            sb.Append($"<h3>{H(L.Dimension(dimension))}</h3><div class=\"scroll\">");
            foreach (var name in Equity)
            {
                var o = Outcomes.Get(name);
                sb.Append($"<table class=\"equity\"><tr><th>{H(w.Label(o))} <span class=\"muted\">({H(w.Unit(o))})</span></th><th>{H(L.T("col.baseline"))}</th><th>{H(L.T("equity.gap", w.EffectUnit(o)))}</th>");
                foreach (var s in scenarios) sb.Append($"<th>{H(Title(s, L))}</th>");
                sb.Append("</tr>");
                double whole = rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == 0).Effect.Baseline;
                for (int g = 0; g < Subgroups.Count; g++)
                {
                    if (Subgroups.All[g].Dimension != dimension) continue;
                    var b = rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == g).Effect.Baseline;
                    sb.Append($"<tr><td>{H(w.Subgroup(g))}</td><td class=\"num\">{w.Level(o, b)}</td><td class=\"num\">{H(w.Effect(o, b - whole))}</td>");
                    foreach (var s in scenarios)
                    {
                        var e = rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == g && r.Scenario == s.Name).Effect;
                        var v = Wording.Judge(o, e);
                        // Exactly zero in every run (same chance events, no one in the group reached): say so in words,
                        // not as "0.0 [0.0; 0.0]", which reads like a measured, certain zero.
                        if (IsNoDifference(e))
                        {
                            noDifference = true;
                            sb.Append(NoDifferenceCell(L));
                            continue;
                        }
                        sb.Append($"<td class=\"num {v.ToString().ToLowerInvariant()}\">{H(w.Effect(o, e.Estimate))}<br><span class=\"muted\">{H(w.Interval(o, e))}</span></td>");
                    }
                    sb.Append("</tr>");
                }
                sb.Append("</table>");
            }
            sb.Append("</div>");
        }

        if (noDifference) sb.Append(NoDifferenceNote(L, headlineNoDifference ? "no-difference-groups" : "no-difference"));

        sb.Append($"<h2 id=\"flows\">{H(L.T("flows.title"))}</h2><p>{H(L.T("flows.intro"))}</p><div class=\"flows\">");
        for (int k = 0; k < c.Scenarios.Count; k++) sb.Append($"<figure>{Chart(TransitionChartName(k, c.Scenarios[k].Name))}</figure>");
        sb.Append("</div>");

        sb.Append($"<h2 id=\"sensitivity\">{H(L.T("sensitivity.title"))}</h2><p>{H(L.T("sensitivity.text"))}</p>");
        sb.Append($"<h2 id=\"method\">{H(L.T("method.title"))}</h2><p>{H(L.T("method.crn", c.Replications))} ");
        sb.Append(H(L.T("method.gain", double.IsFinite(gain) ? gain.ToString("0.0", L.Culture) : "–", double.IsFinite(gain) ? (gain * gain).ToString("0", L.Culture) : "–")) + "</p>");
        sb.Append($"<p>{H(L.T("method.seed", c.Baseline.Seed))} {H(L.T("method.draws", ParameterDraws.DefaultFile))}");
        if (c.Draws is { IsFull: true })
            sb.Append(" " + H(L.T("method.drawsFull", c.Draws.Vectors.Count, c.Draws.Parameters.Count, c.Draws.File)));
        else if (c.Draws is not null)
            sb.Append(" " + H(L.T("method.drawsUsed", c.Draws.Vectors.Count, c.Draws.File, string.Join(", ", c.Draws.Parameters.Select(p => L.Lever(p).Label)))));
        sb.Append($"</p><p>{H(L.T("method.units"))}</p>");
        Researchers(sb, c, L);

        Reproduce(sb, L, string.Join(' ', commandLine), c.Baseline.Seed, c.Replications, $"{w.Number(c.Baseline.Clients)} × {c.Baseline.Months}",
            c.Scenarios.Select(s => (s.Name, $"{H(s.Path)} · {H(L.T("reproduce.hash"))} {ParameterRegistry.Hash(s.ToParameters())}")));
        sb.Append("</body></html>");
        return sb.ToString();
    }
}
