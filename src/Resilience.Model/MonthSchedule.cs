namespace Resilience.Model;

/// <summary>The phases of a month, in the order of ODD §3 (MODEL.md §3.1). The engine runs them; what each does is
/// a rule of the model (named on each member).</summary>
public enum Phase
{
    /// <summary>Lever and parameter changes scheduled for this month take effect (a new parameter object).</summary>
    Schedule,
    /// <summary>Coach turnover and desk resizing, sequential (<see cref="Coaches.MonthlyTurnover"/>).</summary>
    Coaches,
    /// <summary>Every client's month (<see cref="ClientStep.Step"/>), in parallel: clients read only their own state
    /// and the month's snapshot (<see cref="MonthContext"/>). In the burn-in a stock member who leaves is replaced
    /// (<see cref="Synthesis.StepInBurnIn"/>).</summary>
    Clients,
    /// <summary>Buffer requests of the client phase granted from the coaches' budgets, sequential in client order
    /// (<see cref="Money.GrantBuffers"/>).</summary>
    BufferGrants,
    /// <summary>The month observed, and what next month's clients read back from it (<see cref="Feedback"/>). The
    /// burn-in records nothing, so it observes only the feedback.</summary>
    Observation,
}

/// <summary>
/// The month, declared once (MASON's Schedule): the run's month (<c>Simulation.Step</c>), the burn-in's month
/// (<c>SimulationStart</c>) and the workshop's step all run these lists of phases, in this order.
/// </summary>
public static class MonthSchedule
{
    /// <summary>A month of the run, in ODD §3's order.</summary>
    public static readonly Phase[] Month = [Phase.Schedule, Phase.Coaches, Phase.Clients, Phase.BufferGrants, Phase.Observation];

    /// <summary>A burn-in month (ODD §5): the run's month without the schedule, because the burn-in runs under
    /// default levers (MODEL.md §5) and before month 0 nothing is scheduled.</summary>
    public static readonly Phase[] BurnInMonth = [.. Month.Where(InBurnIn)];

    /// <summary>Whether the burn-in runs <paramref name="phase"/>.</summary>
    public static bool InBurnIn(Phase phase) => phase != Phase.Schedule;
}
