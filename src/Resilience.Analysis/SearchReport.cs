using System.Net;
using System.Text;
using System.Text.Json;
using OxyPlot;
using Resilience.IO;
using Resilience.IO.Charts;
using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>
/// The report page of a policy search (issue 24): the question in plain words, the trade-off chart (cost against the
/// goal outcome, every evaluated package a point, the Pareto set highlighted, goal and budget drawn), the Pareto set
/// with levers in words and effects with intervals, the robustness of the top candidates over plausible worlds, the
/// failure boxes in words, and per candidate the <c>compare</c> that reruns it (with a scenario file per candidate in
/// <c>candidates/</c>, since <c>compare</c> takes scenario files). Reads only the search's own outputs
/// (<see cref="SearchFolder"/>); the page's language is the labels' (as <c>compare --lang</c>).
/// </summary>
public static class SearchReport
{
    public const string CandidatesFolder = "candidates";
    public const string TradeOffChart = "tradeoff";

    /// <summary>How many robust candidates the page shows (ranked by the share of worlds meeting every goal, then by
    /// mean regret), and how many closest packages a "not reachable" page lists.</summary>
    public const int TopCandidates = 5;

    /// <summary>The key outcomes of the Pareto table (the search's own, in pareto.csv).</summary>
    public static readonly string[] Key = ["exits_lasting_18", "share_crisis@final", "share_problematic_debt@final", "cost_total"];

    private static string H(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Write report.html, charts/tradeoff.svg and candidates/pNN.json into the search folder
    /// <paramref name="outDir"/> (its finished folder or the temporary one it is written in).</summary>
    public static void Write(string outDir, Labels labels)
    {
        var r = SearchFolder.Read(outDir);
        var w = new Wording(labels);
        string final = OutputFolder.Final(Path.GetFullPath(outDir));
        WriteCandidates(outDir, final, r);
        string chart = TradeOff(r, w);
        Directory.CreateDirectory(Path.Combine(outDir, "charts"));
        File.WriteAllText(Path.Combine(outDir, "charts", TradeOffChart + ".svg"), chart, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(outDir, "report.html"), Html(r, w, chart, final), new UTF8Encoding(false));
    }

    /// <summary>The packages that get a scenario file and a rerun command: the Pareto set and every robust candidate
    /// shown.</summary>
    public static IReadOnlyList<SearchFolder.Package> Candidates(SearchFolder r) =>
        r.Packages.Where(p => p.OnFront || r.RobustnessOf(p.Name) is not null).ToList();

    /// <summary>A scenario file per candidate that extends the search's baseline (path relative to the file, as
    /// <c>calibrate</c> writes its fitted scenario) and sets the package's levers: <c>compare</c> reruns it.</summary>
    private static void WriteCandidates(string outDir, string final, SearchFolder r)
    {
        string dir = Path.Combine(outDir, CandidatesFolder);
        Directory.CreateDirectory(dir);
        string extends = Path.GetRelativePath(Path.Combine(final, CandidatesFolder), Path.GetFullPath(r.Baseline)).Replace('\\', '/');
        foreach (var p in Candidates(r))
        {
            using var stream = File.Create(Path.Combine(dir, p.Name + ".json"));
            using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            json.WriteStartObject();
            json.WriteString("name", p.Name);
            json.WriteStartObject("title");
            foreach (var language in Labels.Languages) json.WriteString(language, Labels.For(language).T("search.candidateTitle", p.Name));
            json.WriteEndObject();
            json.WriteString("description", $"Package {p.Name} of the policy search `{r.Command}`: {p.LeversText}.");
            json.WriteString("extends", extends);
            foreach (bool lever in new[] { true, false })
            {
                var set = p.Levers.Where(l => l.Def.IsLever == lever).ToList();
                if (set.Count == 0) continue;
                json.WriteStartObject(lever ? "levers" : "parameters");
                foreach (var (def, value) in set)
                    RunOutputs.WriteValue(json, def, value);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
    }

    /// <summary>The command that reruns a candidate as a comparison with the baseline, at the search's full size,
    /// from the repository folder.</summary>
    public static string RerunCommand(SearchFolder r, SearchFolder.Package p, string final, Labels L)
    {
        static string Shown(string path) => OutputFolder.Shown(path).Replace('\\', '/');
        var args = new List<string>
        {
            "dotnet", "run", "--project", "src/Resilience.Cli", "-c", "Release", "--", "compare", r.Baseline,
            Shown(Path.Combine(final, CandidatesFolder, p.Name + ".json")), "--clients", r.Clients.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--months", r.Months.ToString(System.Globalization.CultureInfo.InvariantCulture), "--replications", r.Replications.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (r.Caseload is { } caseload) args.AddRange(["--caseload", caseload.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (L.Language != "en") args.AddRange(["--lang", L.Language]);
        args.AddRange(["--out", Shown(Path.Combine(Path.GetDirectoryName(final) ?? "", $"compare-{Path.GetFileName(final)}-{p.Name}"))]);
        return string.Join(' ', args.Select(OutputFolder.ShellQuote));
    }

    /// <summary>A goal's threshold as an effect in the outcome's unit, or null when it is relative to a level the
    /// search's outputs do not hold.</summary>
    private static double? Threshold(SearchFolder.Goal g) => g.Relative ? null : g.Value;

    /// <summary>The trade-off chart: extra cost against the effect on the goal outcome, every evaluated package a
    /// point, the Pareto set highlighted and those meeting every goal marked; the goal and the budget as lines.</summary>
    public static string TradeOff(SearchFolder r, Wording w)
    {
        var L = w.Labels;
        var goal = Outcomes.Get(r.GoalOutcome);
        var cost = Outcomes.Get(r.Minimise);
        var groups = new List<PointGroup>();
        void Group(string name, IEnumerable<SearchFolder.Package> set, string colour, MarkerType marker, double size)
        {
            var list = set.Where(p => p.Effects.ContainsKey(goal.Name) && p.Effects.ContainsKey(cost.Name)).ToList();
            if (list.Count == 0) return;
            groups.Add(new PointGroup(name, [.. list.Select(p => p.Effects[goal.Name].Effect)],
                [.. list.Select(p => cost.Name == "cost_total" ? r.PerYear(p.Effects[cost.Name].Effect) : p.Effects[cost.Name].Effect)], colour, marker, size));
        }
        Group(L.T("search.chart.other"), r.Packages.Where(p => !p.OnFront), ChartStyle.Unclear, MarkerType.Circle, 3.2);
        Group(L.T("search.chart.front"), r.Front.Where(p => !p.MeetsGoals), ChartStyle.Scenarios[0].Colour, MarkerType.Diamond, 5.5);
        Group(L.T("search.chart.frontMeets"), r.Front.Where(p => p.MeetsGoals), ChartStyle.Better, MarkerType.Circle, 6);
        var lines = new List<Threshold>();
        foreach (var g in r.Goals.Where(g => g.Outcome == goal.Name))
            if (Threshold(g) is { } v) lines.Add(new Threshold(L.T("search.chart.goal"), v, Vertical: true));
        if (cost.Name == "cost_total" && r.Budget is { } budget && r.Caseload is not null)
            lines.Add(new Threshold(L.T("search.chart.budget"), budget, Vertical: false, ChartStyle.Worse));
        bool perYear = cost.Name == "cost_total" && r.Caseload is not null;
        var y = new AxisText(L.T("search.chart.costAxis", w.Label(cost).ToLower(L.Culture)), perYear ? L.T("search.chart.perYearUnit", w.Number(r.Caseload!.Value)) : w.Unit(cost));
        var x = new AxisText(L.T("search.chart.effectAxis", w.Label(goal).ToLower(L.Culture)), w.EffectUnit(goal), goal.IsShare);
        return Chart.Points(L.T("search.chart.title", w.Label(cost), w.Label(goal).ToLower(L.Culture)), x, y, groups, lines, L.Culture, width: 760, height: 460);
    }

    /// <summary>A goal in words: "People in crisis: at most −20% of today's level" or "Lasting exits to work: a change of
    /// at least +0.0 per 1,000 clients".</summary>
    public static string GoalText(SearchFolder.Goal g, Wording w)
    {
        var L = w.Labels;
        var o = Outcomes.Get(g.Outcome);
        string bound = L.T(g.AtMost ? "search.atMost" : "search.atLeast");
        string value = g.Relative
            ? L.T("search.relative", (g.Value > 0 ? "+" : g.Value < 0 ? "−" : "") + (100 * Math.Abs(g.Value)).ToString("0.#", L.Culture) + "%")
            : L.T("search.absolute", w.EffectWithUnit(o, g.Value));
        return $"{w.Label(o)}: {bound} {value}";
    }

    /// <summary>The Pareto set as the report and the workshop list it: packages meeting every goal first, then by the
    /// minimised outcome (cheapest first).</summary>
    public static IReadOnlyList<SearchFolder.Package> ParetoOrder(SearchFolder r) =>
        r.Front.OrderByDescending(p => p.MeetsGoals).ThenBy(p => p.Effects.TryGetValue(r.Minimise, out var e) ? e.Effect : double.PositiveInfinity)
            .ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>One lever of a package in words, as plain text: "Buffer budget per coach: € 1,500 per coach per month".</summary>
    public static string LeverText(ParamDef d, double value, Labels L) =>
        $"{(L.Has("levers", d.Name) ? L.Lever(d).Label : d.Name)}: {L.LeverValue(d, value)}";

    /// <summary>A package's levers in words, as HTML: "Sanction strictness = 0.2; Buffer budget = € 1,500 per coach per month".</summary>
    public static string LeversHtml(SearchFolder.Package p, Labels L, string separator = "; ") =>
        string.Join(separator, p.Levers.Select(l => $"{ParameterHtml(l.Def, L)}: {H(L.LeverValue(l.Def, l.Value))}"));

    /// <summary>A lever's or parameter's label in the page's language, as HTML; a model parameter without one keeps
    /// its code (set as code, not as a word of the page's language).</summary>
    public static string ParameterHtml(ParamDef d, Labels L) => L.Has("levers", d.Name) ? H(L.Lever(d).Label) : $"<code>{H(d.Name)}</code>";

    private static string EffectCell(Outcome o, SearchFolder.PackageEffect e, Wording w, SearchFolder r, bool scaled)
    {
        string interval = double.IsFinite(e.Low) && double.IsFinite(e.High)
            ? $"<br><span class=\"muted iv\">[{H(w.Effect(o, e.Low))};</span> <span class=\"muted iv\">{H(w.Effect(o, e.High))}]</span>" : "";
        // The cost a year for the caseload, short (the column's header and the question say whose caseload).
        string perYear = scaled && r.Caseload is not null && o.Unit.StartsWith('€')
            ? $"<br><span class=\"muted iv\">{H(w.Labels.T("search.perYear", w.Euro(Wording.Rounded(r.PerYear(e.Effect)), signed: true)))}</span>" : "";
        var v = e.Judge(o);
        return $"<td class=\"num {v.ToString().ToLowerInvariant()}{(perYear.Length > 0 ? " cost" : "")}\">{H(w.Effect(o, e.Effect))}{interval}{perYear}</td>";
    }

    private static string Percent(double share, Labels L) => (100 * share).ToString("0", L.Culture) + "%";

    /// <summary>A value without its unit (the unit stands in the column's header): a number in the language's format,
    /// yes/no or a choice's label.</summary>
    private static string ShortValue(ParamDef d, double v, Labels L) => d.Kind is ParamKind.Number or ParamKind.Integer
        ? v.ToString(Math.Abs(v) >= 1000 ? "#,0.##" : "0.###", L.Culture) : L.LeverValue(d, v);

    /// <summary>One limit of a failure box in words, as HTML: "… between a and b", "… below b", "… above a".</summary>
    private static string LimitText(SearchFolder.Limit b, Labels L)
    {
        string V(double v) => ShortValue(b.Parameter, v, L);
        string range = double.IsNaN(b.Low) ? L.T("search.box.below", V(b.High))
            : double.IsNaN(b.High) ? L.T("search.box.above", V(b.Low))
            : L.T("search.box.between", V(b.Low), V(b.High));
        return $"{ParameterHtml(b.Parameter, L)} {H(range)}";
    }

    private static string Html(SearchFolder r, Wording w, string chart, string final)
    {
        var L = w.Labels;
        var sb = new StringBuilder();
        var goal = Outcomes.Get(r.GoalOutcome);
        var cost = Outcomes.Get(r.Minimise);
        string baselineTitle = BaselineTitle(r, L);
        string period = ComparisonReport.Years(r.Months, L);
        ComparisonReport.PageStart(sb, L, L.T("search.title", baselineTitle));
        sb.Append("<style>td.levers{min-width:250px;font-size:13px;line-height:1.35}#pareto th.lever{font-size:12.5px;min-width:70px}#pareto td.lever{background:#fafafa}#pareto{font-size:12.5px}#pareto td.choice{min-width:90px;max-width:150px}#pareto td,#pareto th{padding:3px 5px}#pareto td.num{white-space:normal;min-width:60px}#pareto td:first-child{min-width:84px}.iv{white-space:nowrap}li.box{margin:.5em 0}ul.limits{margin:.2em 0}#pareto td.cost{min-width:108px}body{max-width:1180px}tr.meets td:first-child{border-left:4px solid " + ChartStyle.Better + "}pre.cmd{white-space:pre-wrap;word-break:break-all;background:#f3f3f3;padding:6px 8px;font-size:12.5px;margin:.3em 0 1em}.not-reachable{border:2px solid " + ChartStyle.Worse + ";border-radius:6px;padding:.5em 1.2em;background:#fff8f3}</style>");
        sb.Append($"<h1>{H(L.T("search.heading"))}</h1>");
        sb.Append($"<p class=\"muted\">{H(L.T("search.setup", baselineTitle, w.Number(r.Clients), period, r.Replications, w.Number(r.Evaluations), w.Number(r.Draws)))}</p>");

        // ── The question, in plain words ──
        sb.Append($"<section class=\"summary\" id=\"question\"><h2 style=\"border:0;margin:.2em 0\">{H(L.T("search.question"))}</h2><ul>");
        foreach (var g in r.Goals) sb.Append($"<li class=\"goal\">{H(GoalText(g, w))}</li>");
        if (r.Budget is { } budget)
            sb.Append($"<li class=\"budget\">{H(r.Caseload is { } n ? L.T("search.budgetCaseload", w.Euro(budget), w.Number(n)) : L.T("search.budget", w.Euro(budget)))}</li>");
        else if (r.Caseload is { } n) sb.Append($"<li class=\"caseload\">{H(L.T("search.caseload", w.Number(n)))}</li>");
        sb.Append($"<li>{H(L.T("search.minimise", w.Label(cost).ToLower(L.Culture)))}</li></ul>");
        sb.Append($"<p>{H(L.T("search.leverSpace"))}</p><ul class=\"lever-space\">");
        foreach (var l in r.LeverSpace)
        {
            string range = l.Kind == "choice"
                ? string.Join(", ", l.Choices.Select(c => l.Def.ChoiceIndex(c) is var i and >= 0 ? L.LeverValue(l.Def, i) : c))
                : L.T("search.range", L.LeverValue(l.Def, l.Low ?? l.Def.Meta.Min), L.LeverValue(l.Def, l.High ?? l.Def.Meta.Max));
            sb.Append($"<li>{ParameterHtml(l.Def, L)}: {H(range)}</li>");
        }
        sb.Append("</ul>");

        // The answer in one line, or an honest "not reachable" with the closest packages.
        var meets = r.Front.Where(p => p.MeetsGoals).OrderBy(p => p.Effects.TryGetValue(cost.Name, out var e) ? e.Effect : double.PositiveInfinity).ToList();
        if (r.Reachable && meets.Count > 0)
        {
            var best = meets[0];
            // A package that saves money is said to save it, not to cost "−€1,207" extra.
            double bestCost = best.Effects.TryGetValue(cost.Name, out var ce) ? ce.Effect : double.NaN;
            bool saves = cost.Unit.StartsWith('€') && bestCost < 0;
            string costText = saves ? w.Euro(-bestCost) : w.EffectWithUnit(cost, bestCost);
            string perYear = r.Caseload is not null && cost.Unit.StartsWith('€') && double.IsFinite(bestCost)
                ? " " + L.T("search.answerPerYear", w.Euro(Wording.Rounded(Math.Abs(r.PerYear(bestCost))))) : "";
            string answer = L.T(saves ? "search.answerSaves" : "search.answer", meets.Count, best.Name, costText, ComparisonReport.Years(r.Months, L), perYear);
            sb.Append($"<p id=\"answer\"><b>{H(answer)}</b> {LeversHtml(best, L)}.</p></section>");
        }
        else
        {
            sb.Append("</section>");
            var closest = r.Packages.OrderBy(r.Shortfall).ThenBy(p => p.Front).ThenBy(p => p.Name, StringComparer.Ordinal).Take(TopCandidates).ToList();
            sb.Append($"<section class=\"not-reachable\" id=\"not-reachable\"><h2 style=\"border:0;margin:.2em 0\">{H(L.T("search.notReachable"))}</h2>");
            sb.Append($"<p>{H(L.T("search.notReachableText", w.Number(r.Evaluations)))}</p><ol class=\"closest\">");
            foreach (var p in closest)
            {
                var gaps = r.Goals.Where(g => p.Effects.ContainsKey(g.Outcome)).Select(g =>
                {
                    var o = Outcomes.Get(g.Outcome);
                    return $"{w.Label(o)} {w.EffectWithUnit(o, p.Effects[g.Outcome].Effect)}";
                });
                sb.Append($"<li><b>{H(p.Name)}</b>: {LeversHtml(p, L)}<br><span class=\"muted\">{H(L.T("search.reaches", string.Join("; ", gaps)))}</span></li>");
            }
            sb.Append($"</ol><p>{H(L.T("search.notReachableNext"))}</p></section>");
        }

        // ── The trade-off ──
        sb.Append($"<h2 id=\"tradeoff\">{H(L.T("search.tradeoffTitle"))}</h2><p>{H(L.T("search.tradeoffIntro", w.Label(goal).ToLower(L.Culture), w.Label(cost).ToLower(L.Culture)))}</p>");
        if (r.Goals.Any(g => g.Outcome == goal.Name && g.Relative)) sb.Append($"<p class=\"muted\">{H(L.T("search.relativeNote"))}</p>");
        sb.Append($"<figure>{chart}</figure>");

        // ── The Pareto set ──
        var key = Key.Where(k => r.Packages.Any(p => p.Effects.ContainsKey(k)))
            .Concat(r.Goals.Select(g => g.Outcome).Where(o => !Key.Contains(o))).Distinct().ToList();
        sb.Append($"<h2 id=\"pareto-set\">{H(L.T("search.paretoTitle"))}</h2><p>{H(L.T("search.paretoIntro"))}</p>");
        // One column per lever (its unit in the header), so that packages compare down a column.
        var levers = r.LeverSpace.Select(l => l.Def).Concat(r.Front.SelectMany(p => p.Levers.Select(x => x.Def))).Distinct().ToList();
        sb.Append($"<div class=\"scroll\"><table id=\"pareto\"><tr><th>{H(L.T("search.col.package"))}</th>");
        foreach (var d in levers)
            sb.Append($"<th class=\"lever\">{ParameterHtml(d, L)}{(d.Kind is ParamKind.Number or ParamKind.Integer && L.Lever(d).Unit is { Length: > 0 } unit ? $"<br><span class=\"muted\">({H(unit)})</span>" : "")}</th>");
        foreach (var k in key)
        {
            var o = Outcomes.Get(k);
            sb.Append($"<th>{H(w.Label(o))}<br><span class=\"muted\">({H(w.EffectUnit(o))})</span></th>");
        }
        sb.Append($"<th>{H(L.T("search.col.worlds"))}</th></tr>");
        foreach (var p in ParetoOrder(r))
        {
            sb.Append($"<tr class=\"package{(p.MeetsGoals ? " meets" : "")}\" data-package=\"{H(p.Name)}\"><td><b>{H(p.Name)}</b>{(p.MeetsGoals ? $"<br><span class=\"better meets\">{H(L.T("search.meets"))}</span>" : "")}{(p.Evaluation == "cheap" ? $"<br><span class=\"muted\">{H(L.T("search.cheap"))}</span>" : "")}</td>");
            foreach (var d in levers)
                sb.Append(p.Levers.FirstOrDefault(x => x.Def == d) is { Def: not null } v ? $"<td class=\"{(d.Kind == ParamKind.Choice ? "choice" : "num")} lever\">{H(ShortValue(d, v.Value, L))}</td>" : "<td class=\"num lever\">–</td>");
            foreach (var k in key)
                sb.Append(p.Effects.TryGetValue(k, out var e) ? EffectCell(Outcomes.Get(k), e, w, r, scaled: k == "cost_total") : "<td class=\"num\">–</td>");
            sb.Append($"<td class=\"num\">{(r.RobustnessOf(p.Name) is { } rb ? Percent(rb.ShareMeetingGoals, L) : "–")}</td></tr>");
        }
        sb.Append($"</table></div><p class=\"muted\">{H(L.T("search.paretoNote", r.Replications))}</p>");

        // ── Robustness ──
        var robust = r.Robustness.OrderByDescending(x => x.ShareMeetingGoals).ThenBy(x => x.MeanRegret).ThenBy(x => x.Package, StringComparer.Ordinal).Take(TopCandidates).ToList();
        sb.Append($"<h2 id=\"robustness\">{H(L.T("search.robustTitle"))}</h2>");
        if (robust.Count == 0) sb.Append($"<p>{H(L.T("search.robustNone"))}</p>");
        else
        {
            int worlds = robust.Max(x => x.Worlds);
            sb.Append($"<p>{H(L.T("search.robustIntro", w.Number(worlds)))}</p><p>{H(L.T("search.regretIntro", w.Label(cost).ToLower(L.Culture)))}</p>");
            sb.Append($"<div class=\"scroll\"><table id=\"robust\"><tr><th>{H(L.T("search.col.package"))}</th><th>{H(L.T("search.col.levers"))}</th><th>{H(L.T("search.col.worlds"))}</th><th>{H(L.T("search.col.meanRegret"))}</th><th>{H(L.T("search.col.maxRegret"))}</th></tr>");
            foreach (var x in robust)
            {
                var p = r.Packages.FirstOrDefault(q => q.Name == x.Package);
                sb.Append($"<tr data-package=\"{H(x.Package)}\"><td><b>{H(x.Package)}</b></td><td class=\"levers\">{(p is null ? "" : LeversHtml(p, L, "<br>"))}</td>");
                sb.Append($"<td class=\"num\">{Percent(x.ShareMeetingGoals, L)}<br><span class=\"muted\">{H(L.T("search.worldsOf", w.Number(Math.Round(x.ShareMeetingGoals * x.Worlds)), w.Number(x.Worlds)))}</span></td>");
                sb.Append($"<td class=\"num\">{H(Regret(cost, x.MeanRegret, w, r))}</td><td class=\"num\">{H(Regret(cost, x.MaxRegret, w, r))}</td></tr>");
            }
            sb.Append("</table></div>");
            var top = robust[0];
            sb.Append($"<p id=\"robust-reading\">{H(L.T("search.robustReading", top.Package, Percent(top.ShareMeetingGoals, L), Percent(1 - top.ShareMeetingGoals, L)))}</p>");
        }

        // ── Where it fails ──
        sb.Append($"<h2 id=\"discovery\">{H(L.T("search.boxTitle"))}</h2>");
        if (r.Boxes.Count == 0) sb.Append($"<p>{H(L.T("search.boxNone"))}</p>");
        else
        {
            sb.Append($"<p>{H(L.T("search.boxIntro"))}</p><p class=\"muted\">{H(L.T("search.boxTerms"))}</p>");
            foreach (var group in r.Boxes.GroupBy(b => b.Package))
            {
                sb.Append($"<h3>{H(L.T("search.boxPackage", group.Key))}</h3><ul class=\"boxes\">");
                foreach (var b in group.OrderBy(b => b.Box))
                {
                    // One line per assumption range; in English a model parameter's own description beside its code
                    // (the Dutch catalogue has none for model parameters).
                    sb.Append($"<li class=\"box\">{H(L.T("search.box.fails"))}<ul class=\"limits\">");
                    foreach (var l in b.Limits)
                        sb.Append($"<li>{LimitText(l, L)}{(L.Language == "en" && !L.Has("levers", l.Parameter.Name) ? $" <span class=\"muted\">({H(l.Parameter.Meta.Description.TrimEnd('.'))})</span>" : "")}</li>");
                    sb.Append($"</ul><span class=\"muted\">{H(L.T("search.box.numbers", Percent(b.Coverage, L), Percent(b.Density, L)))}</span></li>");
                }
                sb.Append("</ul>");
            }
        }

        // ── Rerun a candidate ──
        sb.Append($"<h2 id=\"rerun\">{H(L.T("search.rerunTitle"))}</h2><p>{H(L.T("search.rerunIntro", CandidatesFolder))}</p>");
        // The packages meeting every goal and the robust candidates shown first; the rest of the Pareto set folded.
        var shown = robust.Select(x => x.Package).Concat(meets.Select(p => p.Name)).ToHashSet();
        var candidates = Candidates(r);
        void Rerun(SearchFolder.Package p) =>
            sb.Append($"<p class=\"rerun\" data-package=\"{H(p.Name)}\"><b>{H(p.Name)}</b>: {LeversHtml(p, L)}</p><pre class=\"cmd\"><code>{H(RerunCommand(r, p, final, L))}</code></pre>");
        foreach (var p in candidates.Where(p => shown.Contains(p.Name))) Rerun(p);
        var rest = candidates.Where(p => !shown.Contains(p.Name)).ToList();
        if (rest.Count > 0)
        {
            sb.Append($"<details id=\"rerun-rest\"><summary>{H(L.T("search.rerunRest", rest.Count))}</summary>");
            foreach (var p in rest) Rerun(p);
            sb.Append("</details>");
        }

        sb.Append($"<h2 id=\"method\">{H(L.T("method.title"))}</h2><p>{H(L.T("search.method", w.Number(r.Evaluations), r.Replications, w.Number(r.Draws)))}</p>");
        ComparisonReport.Reproduce(sb, L, r.Command, r.Seed, r.Replications, $"{w.Number(r.Clients)} × {r.Months}",
            [(L.T("search.reproduceBaseline"), H(r.Baseline)), (L.T("search.reproduceEvaluations"), H(w.Number(r.Evaluations)))]);
        sb.Append("</body></html>");
        return sb.ToString();
    }

    /// <summary>The baseline's title in the page's language; its file name when the file cannot be read here (a
    /// search folder copied to another machine).</summary>
    public static string BaselineTitle(SearchFolder r, Labels L)
    {
        try { return ComparisonReport.Title(ScenarioLoader.Load(r.Baseline), L); }
        catch (InputException) { return Path.GetFileNameWithoutExtension(r.Baseline); }
    }

    /// <summary>Regret in the unit of the minimised outcome: per client over the run, and with a caseload per year.</summary>
    private static string Regret(Outcome cost, double v, Wording w, SearchFolder r)
    {
        string text = w.Level(cost, v);
        if (cost.Name == "cost_total" && r.Caseload is { } n) text += " · " + w.Labels.T("search.perYear", w.Euro(Wording.Rounded(r.PerYear(v))));
        return text;
    }
}
