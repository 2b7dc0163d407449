namespace Resilience.Engine;

public enum MetricKind { Stock, Share, Mean, Flow, Cost, Check }

/// <summary>One output column: a figure derived from the raw accumulators of one subgroup in one month.</summary>
public sealed record Metric(string Name, MetricKind Kind, string Description, Func<double[], int, double> Compute)
{
    /// <summary>How the figure summarises a whole run: flows and costs add up over months, the rest is read at the
    /// final month.</summary>
    public bool Cumulative => Kind is MetricKind.Flow or MetricKind.Cost;
}

/// <summary>The output metrics of MODEL.md §7 and the §8 checks, in column order.</summary>
public static class Metrics
{
    private static double Div(double a, double b) => b > 0 ? a / b : 0;

    private static Metric Raw(string name, MetricKind kind, int acc, string description) =>
        new(name, kind, description, (a, o) => a[o + acc]);

    private static Metric Share(string name, int num, int den, string description) =>
        new(name, MetricKind.Share, description, (a, o) => Div(a[o + num], a[o + den]));

    private static Metric Mean(string name, int sum, int den, string description) =>
        new(name, MetricKind.Mean, description, (a, o) => Div(a[o + sum], a[o + den]));

    private static Metric Check(string name, int num, int den, string description) =>
        new(name, MetricKind.Check, description, (a, o) => Div(a[o + num], a[o + den]));

    public static readonly Metric[] All =
    [
        Raw("active", MetricKind.Stock, Acc.Active, "Clients in the model this month (caseload plus followed-up exits)."),
        Raw("caseload", MetricKind.Stock, Acc.Caseload, "Clients waiting for or receiving a benefit."),
        Raw("waiting", MetricKind.Stock, Acc.Waiting, "Applied, not yet paid (processing wait)."),
        Raw("on_benefit", MetricKind.Stock, Acc.OnBenefit, "On benefit without earnings."),
        Raw("part_time_top_up", MetricKind.Stock, Acc.PartTime, "Working part-time with a top-up benefit."),
        Raw("exited_to_work", MetricKind.Stock, Acc.ExitedWork, "Off benefit through own work."),
        Raw("on_ww", MetricKind.Stock, Acc.OnWw, "Off bijstand on unemployment insurance (WW) after losing a job of at least 26 weeks."),
        Raw("exited_other", MetricKind.Stock, Acc.ExitedOther, "Off benefit for other reasons (pension, moving, partner)."),
        Raw("coping", MetricKind.Stock, Acc.Coping, "Caseload clients of coping type."),
        Raw("adaptive", MetricKind.Stock, Acc.Adaptive, "Caseload clients of adaptive type."),
        Raw("crisis", MetricKind.Stock, Acc.Crisis, "Caseload clients in crisis (load above coping capacity)."),
        Share("share_coping", Acc.Coping, Acc.Caseload, "Coping share of the caseload."),
        Share("share_adaptive", Acc.Adaptive, Acc.Caseload, "Adaptive share of the caseload."),
        Share("share_crisis", Acc.Crisis, Acc.Caseload, "Crisis share of the caseload."),
        Share("share_problematic_debt", Acc.ProblematicDebt, Acc.Caseload, "Share of the caseload with problematic debts (problematic or stuck)."),
        Share("share_in_restructuring", Acc.InRestructuring, Acc.Caseload, "Share of the caseload in debt restructuring."),
        Share("share_substantial_debt", Acc.SubstantialDebt, Acc.Caseload, "Share of the caseload with substantial or problematic debts (§8)."),
        Share("share_exempt", Acc.Exempt, Acc.Caseload, "Share of the caseload exempt from the job-search obligation."),
        Share("share_ladder_1", Acc.Rung1, Acc.Caseload, "Caseload share on ladder rung 1 (isolated)."),
        Share("share_ladder_2", Acc.Rung1 + 1, Acc.Caseload, "Caseload share on rung 2 (social contacts only)."),
        Share("share_ladder_3", Acc.Rung1 + 2, Acc.Caseload, "Caseload share on rung 3 (organised activity)."),
        Share("share_ladder_4", Acc.Rung1 + 3, Acc.Caseload, "Caseload share on rung 4 (unpaid work)."),
        Share("share_ladder_5", Acc.Rung1 + 4, Acc.Caseload, "Caseload share on rung 5 (paid work with support)."),
        new("share_ladder_1_2", MetricKind.Share, "Caseload share on rungs 1–2 (§8: ~50%).", (a, o) => Div(a[o + Acc.Rung1] + a[o + Acc.Rung1 + 1], a[o + Acc.Caseload])),
        Mean("mean_coach_trust", Acc.SumTrust, Acc.Caseload, "Mean trust in the coach over the caseload."),
        Mean("mean_institutional_trust", Acc.SumInstitutionalTrust, Acc.Caseload, "Mean trust in the municipality over the caseload."),
        Mean("mean_mental_health", Acc.SumMental, Acc.Active, "Mean mental health over all active clients."),
        Mean("mean_self_efficacy", Acc.SumSelfEfficacy, Acc.Caseload, "Mean self-efficacy over the caseload."),
        Mean("mean_load", Acc.SumLoad, Acc.Caseload, "Mean load over the caseload."),
        Mean("mean_debt", Acc.SumDebt, Acc.Caseload, "Mean debt (€) over the caseload."),
        Mean("mean_hours_working", Acc.SumHours, Acc.Working, "Mean weekly hours of clients who work."),
        Raw("working", MetricKind.Stock, Acc.Working, "Clients with paid work (on or off benefit)."),
        Raw("sanctioned_now", MetricKind.Stock, Acc.SanctionedNow, "Caseload clients under a sanction this month."),
        Raw("coping_to_adaptive", MetricKind.Flow, Acc.CopingToAdaptive, "Transitions coping → adaptive."),
        Raw("adaptive_to_coping", MetricKind.Flow, Acc.AdaptiveToCoping, "Transitions adaptive → coping."),
        Raw("into_crisis", MetricKind.Flow, Acc.IntoCrisis, "Transitions into crisis."),
        Raw("out_of_crisis", MetricKind.Flow, Acc.OutOfCrisis, "Transitions out of crisis."),
        Raw("exits_to_work", MetricKind.Flow, Acc.ExitsToWork, "Exits from benefit to work."),
        Raw("exits_other", MetricKind.Flow, Acc.ExitsOther, "Exits for other reasons."),
        Raw("exits_lasting_6", MetricKind.Flow, Acc.Lasting6, "Exits to work reaching 6 months off benefit this month."),
        Raw("exits_lasting_18", MetricKind.Flow, Acc.Lasting18, "Exits to work reaching 18 months off benefit this month."),
        Raw("reentries", MetricKind.Flow, Acc.Reentries, "Returns to benefit after an exit."),
        Raw("entries", MetricKind.Flow, Acc.Entries, "New entrants (inflow)."),
        Raw("sanctions", MetricKind.Flow, Acc.Sanctions, "Sanctions imposed."),
        Raw("buffer_grants", MetricKind.Flow, Acc.BufferGrants, "Buffer grants made."),
        Raw("coach_changes", MetricKind.Flow, Acc.CoachChanges, "Clients who got a new coach."),
        Raw("job_starts", MetricKind.Flow, Acc.JobStarts, "Jobs started."),
        Raw("job_losses", MetricKind.Flow, Acc.JobLosses, "Jobs lost."),
        Raw("clawbacks", MetricKind.Flow, Acc.Clawbacks, "Repayment demands that fell due."),
        Raw("became_problematic", MetricKind.Flow, Acc.BecameProblematic, "Clients whose debts became problematic."),
        Raw("debt_cleared", MetricKind.Flow, Acc.DebtCleared, "Clients who became debt-free after problematic debts."),
        Raw("exits_via_coach", MetricKind.Flow, Acc.ExitsViaCoach, "Exits to work in a job the coach brokered."),
        Raw("exits_coach_role", MetricKind.Flow, Acc.ExitsCoachRole, "Exits to work in which the leaver would credit the coach with a role (brokered job, or recent contact with a trusted coach) [003 Table 10]."),
        Raw("contacts", MetricKind.Flow, Acc.Contacts, "Coach contacts."),
        Mean("contacts_per_client", Acc.Contacts, Acc.Caseload, "Coach contacts per caseload client this month."),
        Raw("cost_benefit", MetricKind.Cost, Acc.BenefitPaid, "Benefit paid incl. entry advances (€)."),
        Raw("cost_premiums", MetricKind.Cost, Acc.PremiumsPaid, "Earnings premiums paid (€)."),
        Raw("cost_buffers", MetricKind.Cost, Acc.BuffersPaid, "Buffer grants paid (€)."),
        Raw("cost_coaching", MetricKind.Cost, Acc.CoachingCost, "Coaching cost: contacts × cost per contact (€)."),
        Raw("cost_debt_help", MetricKind.Cost, Acc.DebtHelpCost, "Debt restructuring cost (€)."),
        Raw("cost_training", MetricKind.Cost, Acc.TrainingCost, "Training courses started (€)."),
        new("cost_total", MetricKind.Cost, "Sum of all public costs (€).", (a, o) => a[o + Acc.BenefitPaid] + a[o + Acc.PremiumsPaid] + a[o + Acc.BuffersPaid] + a[o + Acc.CoachingCost] + a[o + Acc.DebtHelpCost] + a[o + Acc.TrainingCost]),
        new("cost_per_active_client", MetricKind.Mean, "Total public cost per active client this month (€).", (a, o) => Div(a[o + Acc.BenefitPaid] + a[o + Acc.PremiumsPaid] + a[o + Acc.BuffersPaid] + a[o + Acc.CoachingCost] + a[o + Acc.DebtHelpCost] + a[o + Acc.TrainingCost], a[o + Acc.Active])),
        Check("check_weak_among_coping", Acc.CopingWeak, Acc.Coping, "§8/P2: share of coping clients with a weak social, economic or personal resource."),
        Check("check_weak_among_adaptive", Acc.AdaptiveWeak, Acc.Adaptive, "§8/P2: share of adaptive clients with a weak resource."),
        Check("check_qualified_among_coping", Acc.CopingQualified, Acc.Coping, "P2: share with a start qualification among coping clients."),
        Check("check_qualified_among_adaptive", Acc.AdaptiveQualified, Acc.Adaptive, "P2: share with a start qualification among adaptive clients."),
        Check("check_ladder_1_2_short_spell", Acc.Ladder12ShortSpell, Acc.CaseloadShortSpell, "P11: rungs 1–2 share among spells of 1–3 years."),
        Check("check_ladder_1_2_long_spell", Acc.Ladder12LongSpell, Acc.CaseloadLongSpell, "P11: rungs 1–2 share among spells of 5 years or more."),
        Check("check_exited_work_17h", Acc.ExitedWork17h, Acc.ExitedWork, "§8: share of work exits working ≥ 17 h/week."),
        Check("check_nonworkers_health", Acc.NonWorkersHealth, Acc.NonWorkers, "§8: share of non-working clients who cannot work for health reasons."),
        Check("check_parttimers_ceiling", Acc.PartTimersCeiling, Acc.PartTime, "§8: share of part-timers whose employer cannot offer more hours."),
        Check("check_offsetting_role", Acc.OffsettingRole, Acc.Caseload, "§8: share for whom offsetting plays a role in work choices (fear > 0.5)."),
        Check("check_new_coach_within_year", Acc.NewCoachWithinYear, Acc.CaseloadYearPlus, "§8: share of clients on benefit for a year or more with a new coach in the last 12 months."),
        Check("check_initial_stock_off_benefit", Acc.InitialStockOff, Acc.InitialStock, "§8: share of the initial caseload off benefit now."),
        new("check_entrant_problematic_inflow", MetricKind.Check, "§8: annualised rate at which entrants' debts become problematic in their first year.", (a, o) => 12 * Div(a[o + Acc.EntrantsFirstYearNewProblematic], a[o + Acc.EntrantsFirstYear])),
    ];

    public static int IndexOf(string name)
    {
        for (int k = 0; k < All.Length; k++) if (All[k].Name == name) return k;
        throw new KeyNotFoundException($"Unknown metric '{name}'.");
    }
}
