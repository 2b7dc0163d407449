namespace Resilience.Model;

/// <summary>Everything a client step may read besides its own state: the month, the levers and parameters, and the
/// cross-client quantities snapshotted at the start of the month (MODEL.md §3.1: coach attributes, neighbourhood
/// norms, labour demand). Clients never read each other's state during the client phase.</summary>
public sealed class MonthContext
{
    public required Parameters P { get; set; }
    public required int Month { get; set; }
    public required ulong RunKey { get; init; }
    public required Coaches Coaches { get; set; }
    /// <summary>Share of active clients on benefit per neighbourhood, from last month's aggregate.</summary>
    public required float[] NeighbourhoodBenefitShare { get; set; }
    /// <summary>Mean short-term prospect over last month's caseload: the reference against which target-driven
    /// coaches favour some clients over others [004 §3].</summary>
    public double MeanProspect { get; set; } = 0.5;

    /// <summary>Share of planned contacts a coach can deliver at the current caseload.</summary>
    public double ContactFactor => Math.Min(1.5, P.CaseloadReference / P.CoachCaseload);

    /// <summary>Planned contacts per client per month.</summary>
    public double ContactsPerMonth => P.CoachContactsPerYear / 12.0 * ContactFactor;
}

internal static class M
{
    public static float C01(double x) => (float)(x < 0 ? 0 : x > 1 ? 1 : x);
    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
