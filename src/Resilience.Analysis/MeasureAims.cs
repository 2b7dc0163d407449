using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>
/// What a measure aims at, read from the levers it changes, so that a report can say when a cost-effectiveness ratio
/// is about a side effect ("buffer budgets do not aim at lasting exits"). The aims follow the policy documents the
/// levers cite (MODEL.md §4): activation levers aim at lasting exits, money and debt levers at debt and crisis, care
/// levers at crisis. A lever not listed (labour demand, the cost-sharer rule) aims at none of the reported outcomes.
/// </summary>
public static class MeasureAims
{
    private static readonly (string Prefix, string[] Outcomes)[] Aims =
    [
        ("sanctions.", ["exits_lasting_18"]),
        ("obligations.", ["exits_lasting_18", "share_crisis@final"]),
        ("buffer.", ["share_problematic_debt@final", "share_crisis@final"]),
        ("coach.", ["exits_lasting_18", "share_crisis@final"]),
        ("earnings.", ["exits_lasting_18"]),
        ("benefit.processingMonths", ["share_problematic_debt@final"]),
        ("debtHelp.", ["share_problematic_debt@final"]),
        ("training.", ["exits_lasting_18"]),
        ("mentalHealthCare.", ["share_crisis@final"]),
    ];

    /// <summary>The outcomes the changed levers aim at (empty when no changed lever is listed).</summary>
    public static HashSet<string> Of(IEnumerable<ParamDef> changed) =>
        [.. changed.SelectMany(d => Aims.Where(a => d.Name.StartsWith(a.Prefix, StringComparison.Ordinal)).SelectMany(a => a.Outcomes))];
}
