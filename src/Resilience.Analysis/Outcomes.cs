using Resilience.Engine;

namespace Resilience.Analysis;

/// <summary>A policy outcome read from one replication for one subgroup.</summary>
public sealed record Outcome(string Name, string Unit, string Description, Func<RunResult, int, int> Month, Func<RunResult, int, double> Read)
{
    /// <summary>Lower is better for these outcomes (used only to colour reports, never in statistics).</summary>
    public bool LowerIsBetter { get; init; }

    /// <summary>The smallest effect a report calls large enough to matter, in the outcome's unit: a convention for
    /// colouring and wording (stated in every report), never used in statistics.</summary>
    public double Matters { get; init; }

    /// <summary>The outcome month by month, ending in <see cref="Read"/>'s value at the final month: a stock at that
    /// month, or a run total so far (NaN at month 0, before anything has happened).</summary>
    public Func<RunResult, int, double[]> Path { get; init; } = (_, _) => [];

    public bool IsShare => Unit == "share";
}

/// <summary>
/// The outcomes compared between scenarios: type shares at 12, 24 and the final month; coping ↔ adaptive
/// transitions; exits, lasting exits and re-entries; problematic debt; sanctions; trust; mental health; and public
/// cost per client by component. Counts over the run are expressed per 1,000 clients of the subgroup (its mean
/// number of active clients), so that subgroups and scenarios are comparable.
/// </summary>
public static class Outcomes
{
    private static int Final(RunResult r, int _) => r.Raw.Length - 1;

    // What a report calls large enough to matter (Outcome.Matters), per unit: half a percentage point of the caseload
    // (a sixth of the baseline crisis share of about 4%), 5 people per 1,000 clients over the run, 0.02 on a 0–1
    // score, €250 per client over the run.
    private const double ShareMatters = 0.005, PerThousandMatters = 5, ScoreMatters = 0.02, EuroMatters = 250;

    private static double MattersFor(string unit) => unit switch
    {
        "share" => ShareMatters, "per 1,000 clients" => PerThousandMatters, "score" => ScoreMatters, _ => EuroMatters,
    };

    /// <summary>A metric at <paramref name="month"/> (−1: the final month); its path is the metric month by month.</summary>
    private static Outcome At(string metric, int month, string unit, string description, bool lowerIsBetter = false)
    {
        var m = Metrics.Get(metric);
        var reading = month < 0 ? Reading.FinalMonth : Reading.At(month);
        return new($"{metric}@{(month < 0 ? "final" : month.ToString(System.Globalization.CultureInfo.InvariantCulture))}", unit, description,
            (r, _) => month < 0 ? r.Raw.Length - 1 : Math.Min(month, r.Raw.Length - 1), (r, g) => m.Read(r.Raw, reading, g))
        {
            LowerIsBetter = lowerIsBetter, Matters = MattersFor(unit), Path = (r, g) => Reading.FinalMonth.Path(m, r.Raw, g),
        };
    }

    /// <summary>Run total of a flow or cost per 1,000 (flows, <see cref="Reading.PerThousand"/>) or per client (costs,
    /// <see cref="Reading.PerClient"/>) of the subgroup's mean number of active clients; its path is the run so far.</summary>
    private static Outcome Total(string name, string metric, Reading reading, string unit, string description, bool lowerIsBetter = false)
    {
        var m = Metrics.Get(metric);
        return new(name, unit, description, Final, (r, g) => m.Read(r.Raw, reading, g))
        {
            LowerIsBetter = lowerIsBetter, Matters = MattersFor(unit), Path = (r, g) => reading.Path(m, r.Raw, g),
        };
    }

    public static readonly Outcome[] All =
    [
        At("share_adaptive", 12, "share", "Adaptive share of the caseload at month 12"),
        At("share_adaptive", 24, "share", "Adaptive share of the caseload at month 24"),
        At("share_adaptive", -1, "share", "Adaptive share of the caseload at the final month"),
        At("share_crisis", 12, "share", "Crisis share of the caseload at month 12", true),
        At("share_crisis", 24, "share", "Crisis share of the caseload at month 24", true),
        At("share_crisis", -1, "share", "Crisis share of the caseload at the final month", true),
        Total("coping_to_adaptive", "coping_to_adaptive", Reading.PerThousand, "per 1,000 clients", "Coping → adaptive transitions over the run"),
        Total("adaptive_to_coping", "adaptive_to_coping", Reading.PerThousand, "per 1,000 clients", "Adaptive → coping transitions over the run", true),
        Total("exits_to_work", "exits_to_work", Reading.PerThousand, "per 1,000 clients", "Exits to work over the run"),
        Total("exits_lasting_6", "exits_lasting_6", Reading.PerThousand, "per 1,000 clients", "Exits to work still off benefit after 6 months"),
        Total("exits_lasting_18", "exits_lasting_18", Reading.PerThousand, "per 1,000 clients", "Exits to work still off benefit after 18 months"),
        Total("reentries", "reentries", Reading.PerThousand, "per 1,000 clients", "Returns to benefit after an exit", true),
        At("share_problematic_debt", -1, "share", "Share of the caseload with problematic debts at the final month", true),
        Total("sanctions", "sanctions", Reading.PerThousand, "per 1,000 clients", "Sanctions imposed over the run", true),
        At("mean_coach_trust", -1, "score", "Mean trust in the coach at the final month"),
        At("mean_mental_health", -1, "score", "Mean mental health at the final month"),
        Total("cost_benefit", "cost_benefit", Reading.PerClient, "€ per client", "Benefit paid over the run", true),
        Total("cost_premiums", "cost_premiums", Reading.PerClient, "€ per client", "Earnings premiums paid over the run", true),
        Total("cost_buffers", "cost_buffers", Reading.PerClient, "€ per client", "Buffer grants over the run", true),
        Total("cost_coaching", "cost_coaching", Reading.PerClient, "€ per client", "Coaching over the run", true),
        Total("cost_debt_help", "cost_debt_help", Reading.PerClient, "€ per client", "Debt restructuring over the run", true),
        Total("cost_training", "cost_training", Reading.PerClient, "€ per client", "Training over the run", true),
        Total("cost_total", "cost_total", Reading.PerClient, "€ per client", "Total public cost over the run", true),
    ];

    public static Outcome Get(string name) =>
        All.FirstOrDefault(o => o.Name == name) ?? throw new KeyNotFoundException($"Unknown outcome '{name}'.");
}
