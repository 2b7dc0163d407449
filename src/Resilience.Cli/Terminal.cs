using System.Text;
using Resilience.Analysis;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Cli;

/// <summary>What the commands print for a person at a terminal: short, in the chosen language, within 80 columns.</summary>
public static class Terminal
{
    public const int Width = 80;
    private const int LabelWidth = 30;

    /// <summary>compare's table: per scenario its key outcomes with baseline, effect (with unit), 95% interval and a
    /// mark: * clear and large enough to matter, · clear but small, nothing when the interval includes zero.</summary>
    public static string CompareTable(ComparisonResult c, IReadOnlyList<EffectRow> rows, Wording w)
    {
        var L = w.Labels;
        var sb = new StringBuilder();
        sb.AppendLine(Fit(L.T("terminal.compareTitle", c.Baseline.Name)));
        sb.AppendLine(Row("", L.T("col.baseline"), L.T("terminal.effect"), L.T("terminal.interval")));
        foreach (var s in c.Scenarios.Skip(1))
        {
            sb.AppendLine(Fit(s.Name));
            foreach (var name in ComparisonReport.Key)
            {
                var o = Outcomes.Get(name);
                var e = rows.First(r => r.Outcome.Name == name && r.SubgroupIndex == 0 && r.Scenario == s.Name).Effect;
                string mark = Wording.Judge(o, e) switch { Verdict.Better or Verdict.Worse => "*", Verdict.Small => "·", _ => " " };
                string label = $"  {w.Label(o)}";
                sb.AppendLine(Row(label, w.Level(o, e.Baseline), w.EffectWithUnit(o, e.Estimate) + mark, w.Interval(o, e)));
            }
        }
        foreach (var line in Wrap(L.T("terminal.compareKey"))) sb.AppendLine(line);
        return sb.ToString();
    }

    /// <summary>After <c>run</c>: the run in words and figures (caseload, lasting exits, adaptive and crisis share,
    /// cost per client), means over the replications.</summary>
    public static string RunSummary(IReadOnlyList<RunResult> runs, Wording w)
    {
        var L = w.Labels;
        double Mean(string outcome) => runs.Average(r => Outcomes.Get(outcome).Read(r, 0));
        double caseloadStart = runs.Average(r => r.Value("caseload", 0, 0)), caseloadEnd = runs.Average(r => r.Value("caseload", r.Raw.Length - 1, 0));
        int months = runs[0].Raw.Length - 1;
        var lines = new[]
        {
            L.T("terminal.runCaseload", w.Number(caseloadStart), w.Number(caseloadEnd), months),
            L.T("terminal.runExits", w.Number(Mean("exits_lasting_18"), "0"), w.Number(Mean("exits_to_work"), "0")),
            L.T("terminal.runTypes", w.Level(Outcomes.Get("share_adaptive@final"), Mean("share_adaptive@final")), w.Level(Outcomes.Get("share_crisis@final"), Mean("share_crisis@final"))),
            L.T("terminal.runCost", w.Euro(Mean("cost_total")), w.Euro(Mean("cost_total") / (months / 12.0)), runs.Count),
        };
        var sb = new StringBuilder();
        foreach (var line in lines) foreach (var wrapped in Wrap(line)) sb.AppendLine(wrapped);
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
