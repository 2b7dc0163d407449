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

    private static string N(double v) => RunOutputs.Num(v);
    private static string H(string s) => WebUtility.HtmlEncode(s);
    private static string Fmt(double v, string unit) => !double.IsFinite(v) ? "–"
        : unit == "share" ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : unit.StartsWith('€') ? "€" + v.ToString("#,0", CultureInfo.InvariantCulture)
        : v.ToString(Math.Abs(v) >= 100 ? "0" : "0.###", CultureInfo.InvariantCulture);
    private static string FmtEffect(double v, string unit) => !double.IsFinite(v) ? "–"
        : unit == "share" ? (100 * v).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture) + " pt"
        : unit.StartsWith('€') ? (v >= 0 ? "+€" : "−€") + Math.Abs(v).ToString("#,0", CultureInfo.InvariantCulture)
        : v.ToString(Math.Abs(v) >= 100 ? "+0;−0;0" : "+0.###;−0.###;0", CultureInfo.InvariantCulture);

    public static void WriteAll(OutputFolder folder, ComparisonResult c, IReadOnlyList<string> commandLine)
    {
        var rows = Comparison.EffectRows(c).ToList();
        WriteEffects(folder.PathOf("effects.csv"), rows, c.Replications);
        WriteCrn(folder.PathOf("crn.csv"), c);
        WriteManifest(folder.PathOf("manifest.json"), c, commandLine);
        Directory.CreateDirectory(folder.PathOf("charts"));
        var charts = Charts(c, rows);
        foreach (var (name, svg) in charts) File.WriteAllText(Path.Combine(folder.PathOf("charts"), name + ".svg"), svg, new UTF8Encoding(false));
        File.WriteAllText(folder.PathOf("report.html"), Html(c, rows, charts, commandLine), new UTF8Encoding(false));
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

    /// <summary>What the intervals include, in words: simulation noise only, or also the calibrated parameters'
    /// uncertainty (compare --parameter-draws).</summary>
    public static string IntervalKind(ComparisonResult c) => c.Draws is null
        ? "These intervals cover simulation noise only: every replication runs the same parameter values. The uncertainty of the model's own parameters is not in them and is larger; compare with --parameter-draws K to include it."
        : $"These intervals include parameter uncertainty: replication r of every scenario ran parameter vector r mod {c.Draws.Vectors.Count} of the calibration's bootstrap set ({c.Draws.File}; {string.Join(", ", c.Draws.Parameters.Select(p => p.Name))}), the same vector for the baseline and the scenarios.";

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
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("tool", "Resilience");
        w.WriteString("command", "compare");
        w.WriteString("commandLine", string.Join(' ', commandLine));
        w.WriteStartArray("scenarios");
        foreach (var s in c.Scenarios)
        {
            w.WriteStartObject();
            w.WriteString("name", s.Name);
            w.WriteString("file", s.Path);
            w.WriteString("parameterHash", ParameterRegistry.Hash(s.ToParameters()));
            w.WriteStartObject("leversChangedFromBaseline");
            foreach (var (d, _, to) in ParameterRegistry.Differences(c.Baseline.ToParameters(), s.ToParameters())) w.WriteString(d.Name, d.Format(to));
            w.WriteEndObject();
            w.WriteNumber("scheduledChanges", s.Schedule.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("seed", c.Baseline.Seed);
        w.WriteNumber("independentCheckSeed", c.Baseline.Seed ^ Comparison.IndependentSeedOffset);
        w.WriteNumber("replications", c.Replications);
        w.WriteNumber("clients", c.Baseline.Clients);
        w.WriteNumber("months", c.Baseline.Months);
        w.WriteNumber("threads", c.Threads);
        if (c.Draws is not null)
        {
            w.WriteNumber("parameterDraws", c.Draws.Vectors.Count);
            w.WriteString("parameterSet", c.Draws.File);
            w.WriteString("parameterSetHash", c.Draws.Hash);
            w.WriteStartArray("parametersDrawn");
            foreach (var d in c.Draws.Parameters) w.WriteStringValue(d.Name);
            w.WriteEndArray();
        }
        w.WriteString("codeVersion", RunOutputs.CodeVersion());
        w.WriteString("startTime", c.Start.ToString("O", CultureInfo.InvariantCulture));
        w.WriteString("endTime", c.End.ToString("O", CultureInfo.InvariantCulture));
        w.WriteNumber("elapsedSeconds", Math.Round((c.End - c.Start).TotalSeconds, 3));
        w.WriteEndObject();
    }

    /// <summary>Mean and 95% interval over replications of a metric per month.</summary>
    private static Series Trajectory(string name, IReadOnlyList<RunResult> runs, string metric, bool dashed = false)
    {
        // Flows and costs happen during a month: month 0 (the initial state) has none, so they start at month 1.
        var kind = Metrics.All[Metrics.IndexOf(metric)].Kind;
        int first = kind is MetricKind.Flow or MetricKind.Cost || metric.StartsWith("cost", StringComparison.Ordinal) ? 1 : 0;
        int months = runs[0].Raw.Length - first;
        var x = Enumerable.Range(first, months).Select(m => (double)m).ToArray();
        var mean = new double[months]; var lo = new double[months]; var hi = new double[months];
        for (int k = 0; k < months; k++)
        {
            var iv = Interval.Of(runs.Select(r => r.Value(metric, k + first)).ToList());
            (mean[k], lo[k], hi[k]) = (iv.Mean, iv.Low, iv.High);
        }
        return new Series(name, x, mean, lo, hi, dashed);
    }

    public static List<(string Name, string Svg)> Charts(ComparisonResult c, IReadOnlyList<EffectRow> rows)
    {
        var charts = new List<(string, string)>();
        foreach (var metric in Trajectories)
        {
            var m = Metrics.All[Metrics.IndexOf(metric)];
            // Bands for up to four scenarios; with more the chart would be unreadable (intervals stay in the tables).
            var series = c.Scenarios.Select((s, k) => Trajectory(s.Name, c.Runs[k], metric, dashed: k == 0))
                .Select(s => c.Scenarios.Count <= 4 ? s : s with { Low = null, High = null }).ToList();
            charts.Add(($"trajectory_{metric}", SvgChart.Lines(m.Description.TrimEnd('.'), "month", metric, series, yMin: metric.StartsWith("share") ? 0 : null)));
        }
        foreach (var name in Headline)
        {
            var o = Outcomes.Get(name);
            var est = rows.Where(r => r.Outcome.Name == name && r.SubgroupIndex == 0)
                .Select(r => new Estimate(r.Scenario, r.Effect.Estimate, r.Effect.Low, r.Effect.High)).ToList();
            charts.Add(($"forest_{Safe(name)}", SvgChart.Forest($"Effect on {o.Description.ToLowerInvariant()}", $"effect ({o.Unit}), 95% interval", est)));
        }
        foreach (var name in new[] { "share_adaptive@final", "exits_lasting_18", "cost_total" })
        {
            var o = Outcomes.Get(name);
            var est = rows.Where(r => r.Outcome.Name == name && r.SubgroupIndex > 0)
                .Select(r => new Estimate($"{r.Scenario} · {Subgroups.All[r.SubgroupIndex].Name}", r.Effect.Estimate, r.Effect.Low, r.Effect.High, r.Scenario)).ToList();
            charts.Add(($"subgroups_{Safe(name)}", SvgChart.Forest($"Effect by subgroup: {o.Description.ToLowerInvariant()}", $"effect ({o.Unit})", est, rowHeight: 16)));
        }
        string[] states = ["Coping", "Adaptive", "Crisis"];
        for (int k = 0; k < c.Scenarios.Count; k++)
        {
            var counts = new double[3, 3];
            foreach (var r in c.Runs[k])
                for (int month = 1; month < r.Transitions.Length; month++)
                    for (int slot = 0; slot < r.Transitions[month].Length; slot++)
                    {
                        int pair = slot / Observer.TriggerCount;
                        counts[pair / 3, pair % 3] += r.Transitions[month][slot] / (double)c.Runs[k].Count;
                    }
            charts.Add((TransitionChartName(k, c.Scenarios[k].Name), SvgChart.Flows($"Transitions over the run: {c.Scenarios[k].Name} (mean per replication)", states, counts)));
        }
        return charts;
    }

    /// <summary>The transition chart's file name: numbered by the scenario's position, so names that differ only in
    /// characters a file name cannot hold (<c>x/y</c>, <c>x_y</c>) get different files, and cut short, so a long
    /// scenario name still gives a valid file name.</summary>
    public static string TransitionChartName(int index, string scenario)
    {
        const int maxNameChars = 40;
        string safe = Safe(scenario);
        return $"transitions_{index:00}_{(safe.Length > maxNameChars ? safe[..maxNameChars] : safe)}";
    }

    private static string Safe(string s) => new(s.Select(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' ? ch : '_').ToArray());

    private static string Html(ComparisonResult c, IReadOnlyList<EffectRow> rows, IReadOnlyList<(string Name, string Svg)> charts, IReadOnlyList<string> commandLine)
    {
        var sb = new StringBuilder();
        string Chart(string name) => charts.First(x => x.Name == name).Svg;
        double gain = MedianCrnGain(c);
        sb.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append($"<title>Resilience — {H(string.Join(", ", c.Scenarios.Skip(1).Select(s => s.Name)))} vs {H(c.Baseline.Name)}</title><style>");
        sb.Append("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}");
        sb.Append("table{border-collapse:collapse;margin:1em 0;font-size:14px}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}");
        sb.Append("th{background:#f5f5f5}td.num{text-align:right;white-space:nowrap}.good{color:#00693e}.bad{color:#b3261e}.muted{color:#666}");
        sb.Append(".scroll{overflow-x:auto}td.outcome{min-width:230px}figure{margin:1.5em 0}svg{max-width:100%;height:auto}code{background:#f3f3f3;padding:1px 4px}h2{margin-top:2em;border-bottom:2px solid #0072B2}</style></head><body>");
        sb.Append($"<h1>What changes with {H(string.Join(", ", c.Scenarios.Skip(1).Select(s => s.Name)))}?</h1>");
        sb.Append($"<p class=\"muted\">Compared with <b>{H(c.Baseline.Name)}</b>: {c.Baseline.Clients:N0} clients, {c.Baseline.Months} months, {c.Replications} replications with common random numbers, seed {c.Baseline.Seed}. Generated {c.End:yyyy-MM-dd HH:mm} by Resilience {H(RunOutputs.CodeVersion())}.</p>");

        sb.Append("<h2>What was compared</h2>");
        foreach (var s in c.Scenarios.Skip(1))
        {
            sb.Append($"<h3>{H(s.Name)}</h3><p>{H(s.Description)}</p><table><tr><th>lever or parameter</th><th>baseline</th><th>scenario</th><th>source</th></tr>");
            foreach (var (d, from, to) in ParameterRegistry.Differences(c.Baseline.ToParameters(), s.ToParameters()))
                sb.Append($"<tr><td><code>{H(d.Name)}</code><br><span class=\"muted\">{H(d.Meta.Description)}</span></td><td>{H(d.Format(from))}</td><td>{H(d.Format(to))}</td><td>{H(d.Meta.Source)}</td></tr>");
            foreach (var ch in s.Schedule.Where(x => !c.Baseline.Schedule.Contains(x)))
                sb.Append($"<tr><td colspan=\"4\">from month {ch.Month}: {H(string.Join(", ", ch.Values.Select(kv => $"{kv.Key} = {ParameterRegistry.Get(kv.Key).Format(kv.Value)}")))}</td></tr>");
            sb.Append("</table>");
        }

        sb.Append("<h2>Headline effects</h2><p>Effect = scenario minus baseline, mean of paired differences over replications, with 95% interval. Green: the interval excludes zero in the desirable direction; red: in the undesirable direction.</p>");
        sb.Append($"<p class=\"interval-kind\">{H(IntervalKind(c))}</p>");
        sb.Append("<div class=\"scroll\"><table><tr><th>outcome</th><th>baseline</th>");
        foreach (var s in c.Scenarios.Skip(1)) sb.Append($"<th>{H(s.Name)}</th>");
        sb.Append("</tr>");
        foreach (var name in Headline)
        {
            var o = Outcomes.Get(name);
            var first = rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == 0);
            sb.Append($"<tr><td class=\"outcome\">{H(o.Description)} <span class=\"muted\">({H(o.Unit)})</span></td><td class=\"num\">{Fmt(first.Effect.Baseline, o.Unit)}</td>");
            foreach (var s in c.Scenarios.Skip(1))
            {
                var e = rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == 0 && r.Scenario == s.Name).Effect;
                bool clear = e.Low > 0 || e.High < 0;
                bool better = (e.Estimate < 0) == o.LowerIsBetter;
                string cls = clear ? (better ? "good" : "bad") : "";
                sb.Append($"<td class=\"num {cls}\">{FmtEffect(e.Estimate, o.Unit)}<br><span class=\"muted\">[{FmtEffect(e.Low, o.Unit)}, {FmtEffect(e.High, o.Unit)}]</span></td>");
            }
            sb.Append("</tr>");
        }
        sb.Append("<tr><td>Extra public cost per additional exit lasting 18 months</td><td></td>");
        var lasting = rows.Where(r => r.Outcome.Name == "exits_lasting_18" && r.SubgroupIndex == 0).ToDictionary(r => r.Scenario, r => r.Effect);
        for (int s = 1; s < c.Scenarios.Count; s++)
        {
            var e = Comparison.CostPerLastingExit(c, s);
            var exits = lasting[c.Scenarios[s].Name];
            bool clearChange = exits.Low > 0 || exits.High < 0;
            if (!clearChange || !double.IsFinite(e.Low)) { sb.Append("<td class=\"num muted\">no clear change in lasting exits</td>"); continue; }
            string note = e.Estimate < 0 && exits.Estimate > 0 ? "<br><span class=\"good\">more lasting exits at lower cost</span>" : "";
            sb.Append($"<td class=\"num\">{FmtEffect(e.Estimate, "€")}<br><span class=\"muted\">[{FmtEffect(e.Low, "€")}, {FmtEffect(e.High, "€")}]</span>{note}</td>");
        }
        sb.Append("</tr></table></div>");

        sb.Append($"<h2>Trajectories</h2><p>Mean over replications{(c.Scenarios.Count <= 4 ? " with 95% band" : "")}; the baseline is dashed.</p>");
        foreach (var metric in Trajectories) sb.Append($"<figure>{Chart($"trajectory_{metric}")}</figure>");

        sb.Append("<h2>Effects with their intervals</h2>");
        foreach (var name in Headline) sb.Append($"<figure>{Chart($"forest_{Safe(name)}")}</figure>");

        sb.Append("<h2>For whom</h2><p>Effects per subgroup (age band, household, origin, education); all outcomes per subgroup are in <code>effects.csv</code>.</p>");
        foreach (var name in new[] { "share_adaptive@final", "exits_lasting_18", "cost_total" }) sb.Append($"<figure>{Chart($"subgroups_{Safe(name)}")}</figure>");

        sb.Append("<h2>Coping and adaptive: transitions</h2><p>Arrows: mean number of changes of resilience type per replication over the run.</p>");
        for (int k = 0; k < c.Scenarios.Count; k++) sb.Append($"<figure>{Chart(TransitionChartName(k, c.Scenarios[k].Name))}</figure>");

        sb.Append("<h2>Method</h2>");
        sb.Append($"<p>Every scenario is run with the baseline's seed, population and horizon. Replication <i>r</i> of every scenario uses the same random streams (counter-based, one stream per submodel), so differences come from the policy, not from noise (<i>common random numbers</i>). Effects are the mean of the {c.Replications} paired differences with a Student-t 95% interval (MathNet.Numerics); cost per additional lasting exit is a ratio of mean differences with a paired percentile bootstrap interval. ");
        sb.Append($"To show what common random numbers buy, the baseline was also run with an unrelated seed and each effect's interval recomputed as if the scenario had been run independently (Welch): the independent-seed intervals are <b>{(double.IsFinite(gain) ? gain.ToString("0.0", CultureInfo.InvariantCulture) : "–")}×</b> wider (median over scenarios and outcomes; per outcome in <code>crn.csv</code>), i.e. the same precision would take about {(double.IsFinite(gain) ? (gain * gain).ToString("0", CultureInfo.InvariantCulture) : "–")}× as many replications without them.</p>");
        sb.Append("<p>Mechanisms behind each lever are described in the model's ODD document (<code>docs/ODD.md</code>). Outcomes counted over the run are per 1,000 clients of the group (its mean number of active clients); costs are € per client over the run.</p>");

        sb.Append("<h2>Reproduce</h2><table>");
        sb.Append($"<tr><th>command</th><td><code>{H(string.Join(' ', commandLine))}</code></td></tr>");
        sb.Append($"<tr><th>seed</th><td>{c.Baseline.Seed}</td></tr><tr><th>replications</th><td>{c.Replications}</td></tr>");
        sb.Append($"<tr><th>clients × months</th><td>{c.Baseline.Clients:N0} × {c.Baseline.Months}</td></tr>");
        sb.Append($"<tr><th>code version</th><td>{H(RunOutputs.CodeVersion())}</td></tr>");
        foreach (var s in c.Scenarios) sb.Append($"<tr><th>{H(s.Name)}</th><td>{H(s.Path)} · parameter hash {ParameterRegistry.Hash(s.ToParameters())}</td></tr>");
        sb.Append("</table></body></html>");
        return sb.ToString();
    }
}
