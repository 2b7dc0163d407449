using System.Globalization;
using System.Text;
using Resilience.Analysis;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Sensitivity;
using Resilience.Engine;
using Resilience.Experiments;
using Resilience.IO;
using Resilience.Model;
using Spectre.Console;

namespace Resilience.Cli;

/// <summary>What the commands print for a person at a terminal: short, in the chosen language, within 80 columns.</summary>
public static class Terminal
{
    public const int Width = 80;
    private const int LabelWidth = 30;

    /// <summary>compare's table: per scenario its key outcomes with baseline, effect (with unit), 95% interval and a
    /// mark: * clear and large enough to matter, · clear but small, nothing when the interval includes zero. With the
    /// full uncertainty the interval is the range of 95% of the draws and the mark needs 90% of the draws to agree.</summary>
    public static string CompareTable(ComparisonResult c, IReadOnlyList<EffectRow> rows, Wording w, UncertaintyOutputs.Analysis? full = null)
    {
        var L = w.Labels;
        var sb = new StringBuilder();
        sb.AppendLine(Fit(L.T("terminal.compareTitle", ComparisonReport.Title(c.Baseline, L))));
        sb.AppendLine(Row("", L.T("col.baseline"), L.T("terminal.effect"), L.T(full is null ? "terminal.interval" : "terminal.intervalFull")));
        for (int si = 1; si < c.Scenarios.Count; si++)
        {
            var s = c.Scenarios[si];
            sb.AppendLine(Fit(ComparisonReport.Title(s, L)));
            foreach (var name in ComparisonReport.Key)
            {
                var o = Outcomes.Get(name);
                var e = rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == 0 && r.Scenario == s.Name).Effect;
                var verdict = Wording.Judge(o, e);
                if (full is not null)
                {
                    var d = full.Effects[(si, name)].Effect;
                    (verdict, e) = (Wording.Judge(o, d), e with { Low = d.Low, High = d.High });
                }
                string mark = verdict switch { Verdict.Better or Verdict.Worse => "*", Verdict.Small => "·", _ => " " };
                string label = $"  {w.Label(o)}";
                sb.AppendLine(Row(label, w.Level(o, e.Baseline), w.EffectWithUnit(o, e.Estimate) + mark, w.Interval(o, e)));
            }
        }
        foreach (var line in Wrap(L.T(full is null ? "terminal.compareKey" : "terminal.compareKeyFull"))) sb.AppendLine(line);
        return sb.ToString();
    }

    /// <summary>After <c>run</c>: the run in words and figures (caseload, lasting exits and all exits to work, adaptive
    /// and crisis share, cost per client), means over the replications. Counts are said as "of every 1,000 clients",
    /// so a reader does not take a rate per 1,000 for a share.</summary>
    public static string RunSummary(IReadOnlyList<RunResult> runs, Wording w)
    {
        var L = w.Labels;
        double Mean(string outcome) => runs.Average(r => Outcomes.Get(outcome).Read(r, 0));
        double caseloadStart = runs.Average(r => r.Value("caseload", 0, 0)), caseloadEnd = runs.Average(r => r.Value("caseload", r.Raw.Length - 1, 0));
        int months = runs[0].Raw.Length - 1;
        var lines = new List<string>
        {
            L.T("terminal.runCaseload", w.Number(caseloadStart), w.Number(caseloadEnd), months),
            L.T("terminal.runExits", w.Number(Mean("exits_lasting_18"), "0"), w.Number(Mean("exits_to_work"), "0")),
            L.T("terminal.runTypes", w.Level(Outcomes.Get("share_adaptive@final"), Mean("share_adaptive@final")), w.Level(Outcomes.Get("share_crisis@final"), Mean("share_crisis@final"))),
            L.T("terminal.runCost", w.Euro(Mean("cost_total")), w.Euro(Mean("cost_total") / (months / (double)Units.MonthsPerYear)), runs.Count, months),
        };
        // An exit counts as lasting in the month it reaches 18 months off benefit, so the last 18 months' exits cannot.
        if (months > 0) lines.Insert(2, L.T("terminal.runExitsHorizon"));
        var sb = new StringBuilder();
        foreach (var line in lines) foreach (var wrapped in Wrap(line)) sb.AppendLine(wrapped);
        return sb.ToString();
    }

    /// <summary>After the summary: every target of <see cref="Targets.All"/> by its label (the codes are in
    /// summary.csv), the simulated mean, the band and whether it lies inside; a target outside gets a numbered note
    /// why (superseded by another figure, a known miss of the calibration, from a treated sample and not fitted, or
    /// none of these), and a superseded target reads
    /// "superseded" rather than a "no" that seems to contradict the figure replacing it. Targets from a treated sample
    /// come last among the seed targets, under a heading that names the treatment and says they are shown for
    /// information and not fitted (issue 23 item 5).</summary>
    public static string RunTargets(IReadOnlyList<RunResult> runs, Labels L)
    {
        const int labelWidth = 44;
        // Targets from a treated sample follow the other seed targets, under a heading that names the treatment.
        var rows = Targets.All.OrderBy(t => t.Set).ThenBy(t => t.Treated)
            .Select(t => (Target: t, Value: runs.Average(r => t.Evaluate(r.Raw)))).ToList();
        var sb = new StringBuilder();
        foreach (var line in Wrap(L.T("targets.count", rows.Count(r => r.Target.Inside(r.Value)), rows.Count,
                     rows.Count(r => r.Target.Fitted && r.Target.Inside(r.Value)), rows.Count(r => r.Target.Fitted)))) sb.AppendLine(line);
        string Line(string label, string value, string band, string inside) => $"{label.PadRight(labelWidth)} {value,9}  {band,-9} {inside}".TrimEnd();
        sb.AppendLine(Line(L.T("targets.head.target"), L.T("targets.head.simulated"), L.T("targets.head.band"), L.T("targets.head.inside")));
        var notes = new List<string>();
        (TargetSet, string?)? group = null;
        foreach (var (t, v) in rows)
        {
            if (group != (t.Set, t.Treatment))
            {
                group = (t.Set, t.Treatment);
                string head = t.Treated ? L.T("targets.treated", L.Treatment(t.Treatment!)) : L.T(t.Set == TargetSet.Seed ? "targets.seed" : "targets.national");
                foreach (var line in Wrap(head)) sb.AppendLine(line);
            }
            var label = L.Target(t.Name);
            string inside;
            if (t.Inside(v)) inside = L.T("targets.yes");
            else
            {
                notes.Add($"{label.Label}: {label.Description ?? L.T(t.Treated ? "targets.treatedOutside" : "targets.outside")}");
                inside = $"{L.T(t.Superseded is not null ? "targets.superseded" : "targets.no")} ({notes.Count})";
            }
            string text = "  " + label.Label;
            sb.AppendLine(Line(text.Length > labelWidth ? text[..(labelWidth - 1)] + "…" : text,
                v.ToString(Math.Abs(v) < 10 ? "0.000" : "0.0", L.Culture), $"{t.Low.ToString("0.##", L.Culture)}–{t.High.ToString("0.##", L.Culture)}", inside));
        }
        for (int k = 0; k < notes.Count; k++) foreach (var line in Wrap($"({k + 1}) {notes[k]}")) sb.AppendLine(line);
        foreach (var line in Wrap(L.T("targets.codes"))) sb.AppendLine(line);
        return sb.ToString();
    }

    private static string Row(string label, string baseline, string effect, string interval)
    {
        if (label.Length > LabelWidth) label = label[..(LabelWidth - 1)] + "…";
        return Fit($"{label.PadRight(LabelWidth)}{baseline,9} {effect,15} {interval,23}");
    }

    private static string Fit(string line) => line.Length <= Width ? line : line[..(Width - 1)] + "…";

    private static IEnumerable<string> Wrap(string text)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width) { yield return line.ToString(); line.Clear().Append("  "); }
            if (line.Length > 0 && line.ToString() != "  ") line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}

/// <summary>The terminal the experiments speak to (<see cref="ITerminal"/>): progress bars, plain lines and the tables
/// of <see cref="Terminal"/>.</summary>
public sealed class ConsoleTerminal : ITerminal
{
    public static readonly ConsoleTerminal Instance = new();

    public void Progress(string title, int total, Action<Action<int>> work, string unit = "months", Labels? labels = null) =>
        global::Resilience.Cli.Progress.Run(title, total, work, unit, labels);

    public void Line(string text) => Console.WriteLine(text);

    public void Error(string text) => Console.Error.WriteLine(text);

    public void Comparison(ComparisonResult result, Labels labels, UncertaintyOutputs.Analysis? full = null)
    {
        Console.Write(Terminal.CompareTable(result, Analysis.Comparison.EffectRows(result).Where(r => r.SubgroupIndex == 0).ToList(), new Wording(labels), full));
        Console.WriteLine(labels.T("terminal.crn", ComparisonReport.MedianCrnGain(result).ToString("0.0", labels.Culture)));
    }

    public void Run(IReadOnlyList<RunResult> runs, Labels labels)
    {
        // The run in words first, then the targets it is read against (a policy reader stops after the first lines).
        Console.Write(Terminal.RunSummary(runs, new Wording(labels)));
        Console.WriteLine();
        Console.Write(Terminal.RunTargets(runs, labels));
    }

    public void Search(Analysis.Search.SearchResult result) => Console.Write(SearchTerminal.Summary(result));

    /// <summary>The five strongest parameters of each outcome.</summary>
    public void Sensitivity(SensitivityResult r)
    {
        for (int k = 0; k < r.Outcomes.Count; k++)
        {
            Console.WriteLine($"{r.Outcomes[k].Name} ({r.Outcomes[k].Statistic}):");
            if (r.Settings.Method == SensitivityMethod.Morris)
                foreach (var e in r.RankedMorris(k).Take(5))
                    Console.WriteLine($"  {r.Factors[e.Factor].Name,-36} mu* {G(e.MuStar),-10} sigma {G(e.Sigma)}");
            else
                foreach (var e in r.RankedSobol(k).Take(5))
                    Console.WriteLine($"  {r.Factors[e.Factor].Name,-36} S1 {G(e.First),-10} ST {G(e.Total)}");
        }
    }

    public void Calibration(CalibrationResult r)
    {
        var table = new Table().AddColumns("parameter", "start", "fitted", "95% interval", "identification");
        foreach (var e in r.Estimates)
            table.AddRow(Markup.Escape(e.Parameter.Name), G(e.Start), G(e.Estimate) + CalibrationOutputs.AtBound(e, Labels.English), $"{G(e.Low)} – {G(e.High)}", IdentificationRule.Token(e.Identification));
        if (r.BumpedFrom is int bumped)
            Console.WriteLine($"bumping: the end point of refit {bumped} fitted the targets better than the search's best ({G(r.Searched.Objective)}); polished from it");
        AnsiConsole.Write(table);
        if (r.Estimates.Any(e => e.AtBound is not null))
            Console.WriteLine("at a bound: the targets do not identify the parameter within its range; the bound decides its value and its interval is one-sided (widen the bound or fix the parameter)");
        var (fitted, inside, _, unweighted, unweightedInside) = CalibrationOutputs.InsideCounts(r);
        Console.WriteLine($"objective {G(r.Start.Objective)} → {G(r.Best.Objective)}; {inside} of {fitted} fitted targets inside their band" +
                          (unweighted > 0 ? $" ({unweighted} more with weight 0, for information: {unweightedInside} inside)" : ""));
        foreach (var (t, k) in r.Targets.Select((t, k) => (t, k)).Where(x => !x.t.Inside(r.Best.Simulated[x.k])).Take(20))
            Console.WriteLine($"  outside: {t.Moment} simulated {G(r.Best.Simulated[k])}, band {G(t.Low)}–{G(t.High)}{(t.Weight > 0 ? "" : " (weight 0, not fitted)")}");
    }

    public void Coverage(IReadOnlyList<CoverageSummary> summary, IReadOnlyList<FreeParameter> free, IReadOnlyList<double> truth)
    {
        var table = new Table().AddColumns("parameter", "truth", "intervals", "covered", "coverage", "95% interval of the coverage");
        foreach (var s in summary)
        {
            int i = free.ToList().FindIndex(f => f.Name == s.Parameter);
            table.AddRow(Markup.Escape(s.Parameter), i >= 0 ? G(truth[i]) : "", s.Intervals.ToString(CultureInfo.InvariantCulture),
                s.Covered.ToString(CultureInfo.InvariantCulture), Pct(s.Coverage), $"{Pct(s.Low)} – {Pct(s.High)}");
        }
        AnsiConsole.Write(table);
    }

    /// <summary>A number in four significant digits, a dash when not finite.</summary>
    public static string G(double v) => double.IsFinite(v) ? v.ToString("G4", CultureInfo.InvariantCulture) : "–";

    private static string Pct(double v) => double.IsFinite(v) ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";
}

/// <summary>A Spectre progress bar on a terminal, plain percentage lines when output is redirected.</summary>
public static class Progress
{
    /// <summary>With <paramref name="labels"/> the percentage lines are in its language (unit: months or runs).</summary>
    public static void Run(string title, int total, Action<Action<int>> work, string unit = "months", Labels? labels = null)
    {
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.Progress().AutoClear(false).Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: total);
                work(n => task.Increment(n));
            });
            return;
        }
        Console.WriteLine(title);
        int done = 0, lastDecile = 0;
        work(n =>
        {
            done += n;
            int decile = (int)(10L * done / Math.Max(1, total));
            if (decile > lastDecile)
            {
                lastDecile = decile;
                Console.WriteLine("  " + (labels is null ? $"{decile * 10}% ({done}/{total} {unit})" : labels.T("progress.line", decile * 10, done, total, labels.T("progress." + unit))));
            }
        });
    }
}
