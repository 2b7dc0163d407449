using System.Text;
using Resilience.Model;

namespace Resilience.IO;

/// <summary>The parameter table of docs/ODD.md, generated from the parameter metadata.</summary>
public static class ParameterTable
{
    /// <summary>The tables of docs/ODD.md §11: policy levers, model parameters, and the population synthesis's
    /// distributions (<c>population.*</c>) apart so that the model's own parameters stay readable.</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder();
        var sections = new[]
        {
            ("Policy levers (MODEL.md §4)", ParameterRegistry.Levers),
            ("Model parameters", ParameterRegistry.ModelParameters.Where(d => !IsSynthesis(d))),
            ("Population synthesis (MODEL.md §5)", ParameterRegistry.ModelParameters.Where(IsSynthesis)),
        };
        foreach (var (title, defs) in sections)
        {
            sb.AppendLine($"### {title}").AppendLine();
            sb.AppendLine("| name | default | allowed | unit | evidence | source | meaning |");
            sb.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var d in defs)
                sb.AppendLine($"| `{d.Name}` | {Cell(d.DefaultText)} | {Cell(d.AllowedText)} | {Cell(d.Meta.Unit)} | {EvidenceText(d.Meta.Evidence)} | {Cell(d.Meta.Source)} | {Cell(d.Meta.Description)} |");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    private static bool IsSynthesis(ParamDef d) => d.Name.StartsWith("population.", StringComparison.Ordinal) || d.Name.StartsWith("inflow.", StringComparison.Ordinal);

    /// <summary>What the source supports, in the words of the table.</summary>
    public static string EvidenceText(Evidence e) => e switch
    {
        Evidence.Number => "number",
        Evidence.Direction => "direction (size assumed)",
        _ => "assumption",
    };

    /// <summary>The command whose output fills the generated block of docs/ODD.md.</summary>
    public const string Command = "params --markdown";
    public static string BeginMarker => MarkdownBlocks.Begin(Command);
    public static string EndMarker => MarkdownBlocks.End(Command);

    /// <summary><paramref name="document"/> with its generated parameter block replaced by <see cref="Markdown"/>.</summary>
    public static string UpdateDocument(string document) => MarkdownBlocks.Replace(document, Command, Markdown());

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
