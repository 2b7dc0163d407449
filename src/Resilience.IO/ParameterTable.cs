using System.Text;
using Resilience.Model;

namespace Resilience.IO;

/// <summary>The parameter table of docs/ODD.md, generated from the parameter metadata.</summary>
public static class ParameterTable
{
    public static string Markdown()
    {
        var sb = new StringBuilder();
        foreach (var (title, defs) in new[] { ("Policy levers (MODEL.md §4)", ParameterRegistry.Levers), ("Model parameters", ParameterRegistry.ModelParameters) })
        {
            sb.AppendLine($"### {title}").AppendLine();
            sb.AppendLine("| name | default | allowed | unit | source | meaning |");
            sb.AppendLine("|---|---|---|---|---|---|");
            foreach (var d in defs)
                sb.AppendLine($"| `{d.Name}` | {Cell(d.DefaultText)} | {Cell(d.AllowedText)} | {Cell(d.Meta.Unit)} | {Cell(d.Meta.Source)} | {Cell(d.Meta.Description)} |");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|");

    /// <summary>The output columns of timeseries.csv and subgroups.csv with their meaning.</summary>
    public static string MetricsMarkdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| column | kind | meaning |").AppendLine("|---|---|---|");
        foreach (var m in Resilience.Engine.Metrics.All)
            sb.AppendLine($"| `{m.Name}` | {m.Kind.ToString().ToLowerInvariant()} | {m.Description} |");
        return sb.ToString();
    }
}
