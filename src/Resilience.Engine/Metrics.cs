using Resilience.Model;

namespace Resilience.Engine;

public enum MetricKind { Stock, Share, Mean, Flow, Cost, Check }

/// <summary>How a metric combines the accumulators it reads: the one accumulator; the first over the second
/// (0 when the second is 0) times <see cref="Metric.Scale"/>; the sum of all; the sum of all but the last over the
/// last.</summary>
public enum Formula { Raw, Ratio, Total, TotalPer }

/// <summary>One output column, declared once: its name, kind, unit and meaning, and how it is observed (the
/// <see cref="Rule"/>s of the accumulators it reads). The accumulators are laid out from these declarations
/// (<see cref="Acc"/>), and the observer fills them from tables built from the rules (<see cref="Observer"/>).</summary>
public sealed record Metric(string Name, MetricKind Kind, string Unit, string Description, Formula Formula, Rule[] Reads,
    double Scale = 1)
{
    /// <summary>How the figure summarises a whole run: flows and costs add up over months, the rest is read at the
    /// final month.</summary>
    public bool Cumulative => Kind is MetricKind.Flow or MetricKind.Cost;

    /// <summary>The metric's own reading of a run (<c>summary.csv</c>, the workshop's figures): the run total of a flow
    /// or cost, else the value at the final month.</summary>
    public Reading Reading => Cumulative ? Reading.RunTotal : Reading.FinalMonth;

    /// <summary>The figure of the run <paramref name="raw"/> (up to month <paramref name="end"/>) read as
    /// <paramref name="reading"/> (default: the metric's own <see cref="Reading"/>).</summary>
    public double Read(double[][] raw, Reading? reading = null, int subgroup = 0, int? end = null) =>
        (reading ?? Reading).Read(this, raw, subgroup, end);

    private int[]? _at;

    /// <summary>The accumulator indices of <see cref="Reads"/>, resolved on first use.</summary>
    public int[] At => _at ??= [.. Reads.Select(Acc.IndexOf)];

    /// <summary>The figure for the subgroup whose accumulators start at <paramref name="offset"/> of <paramref name="raw"/>.</summary>
    public double Compute(double[] raw, int offset)
    {
        var at = At;
        switch (Formula)
        {
            case Formula.Raw: return raw[offset + at[0]];
            case Formula.Ratio:
                double ratio = Div(raw[offset + at[0]], raw[offset + at[1]]);
                return Scale == 1 ? ratio : Scale * ratio;
            default:
                int n = Formula == Formula.Total ? at.Length : at.Length - 1;
                double total = raw[offset + at[0]];
                for (int k = 1; k < n; k++) total += raw[offset + at[k]];
                return Formula == Formula.Total ? total : Div(total, raw[offset + at[^1]]);
        }
    }

    private static double Div(double a, double b) => b > 0 ? a / b : 0;
}

/// <summary>The output metrics of MODEL.md §7 and the §8 checks, in column order: the single declaration of every
/// column. A new column is one line here (and, when it needs a fact the observer does not know yet, one fact in
/// <see cref="Is"/> and <see cref="ClientFacts"/>).</summary>
public static class Metrics
{
    private static Rule N(Is when, MonthEvents events = MonthEvents.None) => Rule.Count(when, events);

    private static Metric Stock(string name, Is when, string description, string unit = "clients") =>
        new(name, MetricKind.Stock, unit, description, Formula.Raw, [N(when)]);

    private static Metric Flow(string name, Rule rule, string description, string unit = "clients per month") =>
        new(name, MetricKind.Flow, unit, description, Formula.Raw, [rule]);

    private static Metric Event(string name, MonthEvents e, string description) => Flow(name, Rule.Happened(e), description);

    private static Metric Cost(string name, Rule rule, string description) =>
        new(name, MetricKind.Cost, "€ per month", description, Formula.Raw, [rule]);

    private static Metric Share(string name, Is when, string description) => Share(name, when, Is.Caseload, description);

    private static Metric Share(string name, Is when, Is among, string description) =>
        new(name, MetricKind.Share, "share", description, Formula.Ratio, [N(when | among), N(among)]);

    private static Metric Mean(string name, Measure measure, Is among, string unit, string description) =>
        new(name, MetricKind.Mean, unit, description, Formula.Ratio, [Rule.Sum(measure, among), N(among)]);

    private static Metric Check(string name, Rule part, Rule whole, string description, string unit = "share", double scale = 1) =>
        new(name, MetricKind.Check, unit, description, Formula.Ratio, [part, whole], scale);

    private static Metric Check(string name, Is when, Is among, string description) => Check(name, N(when | among), N(among), description);

    public static readonly Metric[] All = Declare();

    private static Metric[] Declare()
    {
        const Is C = Is.Caseload;
        var contacts = Rule.Sum(Measure.Contacts);
        var m = new List<Metric>
        {
            Stock("active", Is.Active, "Clients in the model this month (caseload plus followed-up exits)."),
            Stock("caseload", C, "Clients waiting for or receiving a benefit."),
            Stock("waiting", Is.Waiting, "Applied, not yet paid (processing wait)."),
            Stock("on_benefit", Is.OnBenefit, "On benefit without earnings."),
            Stock("part_time_top_up", Is.PartTime, "Working part-time with a top-up benefit."),
            Stock("exited_to_work", Is.ExitedToWork, "Off benefit through own work."),
            Stock("on_ww", Is.OnWw, "Off bijstand on unemployment insurance (WW) after losing a job of at least 26 weeks."),
            Stock("exited_other", Is.ExitedOther, "Off benefit for other reasons (pension, moving, partner), incl. applicants who withdrew having found work or other income."),
            Stock("not_claiming", Is.NotClaiming, "Out of work and off bijstand without other income, not (yet) claiming: after a lost job without WW (or at its end), spending savings above the asset limit, or after dropping out of an application."),
            Stock("coping", C | Is.Coping, "Caseload clients of coping type."),
            Stock("adaptive", C | Is.Adaptive, "Caseload clients of adaptive type."),
            Stock("crisis", C | Is.Crisis, "Caseload clients in crisis (load above coping capacity)."),
            Share("share_coping", Is.Coping, "Coping share of the caseload."),
            Share("share_adaptive", Is.Adaptive, "Adaptive share of the caseload."),
            Share("share_crisis", Is.Crisis, "Crisis share of the caseload."),
            Share("share_problematic_debt", Is.ProblematicDebt, "Share of the caseload with problematic debts (problematic or stuck)."),
            Share("share_in_restructuring", Is.InRestructuring, "Share of the caseload in debt restructuring."),
            Share("share_substantial_debt", Is.SubstantialDebt, "Share of the caseload with substantial or problematic debts (§8)."),
            Share("share_exempt", Is.Exempt, "Share of the caseload exempt from the job-search obligation."),
            Share("share_ladder_1", Is.Rung1, "Caseload share on ladder rung 1 (isolated)."),
            Share("share_ladder_2", Is.Rung2, "Caseload share on rung 2 (social contacts only)."),
            Share("share_ladder_3", Is.Rung3, "Caseload share on rung 3 (organised activity)."),
            Share("share_ladder_4", Is.Rung4, "Caseload share on rung 4 (unpaid work)."),
            Share("share_ladder_5", Is.Rung5, "Caseload share on rung 5 (paid work with support)."),
            Share("share_ladder_1_2", Is.LowRung, "Caseload share on rungs 1–2 (§8: ~50%)."),
            Mean("mean_coach_trust", Measure.CoachTrust, C, "score", "Mean trust in the coach over the caseload."),
            Mean("mean_institutional_trust", Measure.InstitutionalTrust, C, "score", "Mean trust in the municipality over the caseload."),
            Mean("mean_mental_health", Measure.MentalHealth, Is.Active, "score", "Mean mental health over all active clients."),
            Mean("mean_self_efficacy", Measure.SelfEfficacy, C, "score", "Mean self-efficacy over the caseload."),
            Mean("mean_load", Measure.Load, C, "load", "Mean load over the caseload."),
            Mean("mean_debt", Measure.Debt, C, "€", "Mean debt (€) over the caseload."),
            Mean("mean_hours_working", Measure.Hours, Is.Working, "hours per week", "Mean weekly hours of clients who work."),
            Stock("working", Is.Working, "Clients with paid work (on or off benefit)."),
            Stock("sanctioned_now", C | Is.Sanctioned, "Caseload clients under a sanction this month."),
            Flow("coping_to_adaptive", N(Is.TypeChanged | Is.WasCoping | Is.Adaptive), "Transitions coping → adaptive."),
            Flow("adaptive_to_coping", N(Is.TypeChanged | Is.WasAdaptive | Is.Coping), "Transitions adaptive → coping."),
            Flow("into_crisis", N(Is.TypeChanged | Is.Crisis), "Transitions into crisis."),
            Flow("out_of_crisis", N(Is.TypeChanged | Is.WasCrisis), "Transitions out of crisis."),
            Event("exits_to_work", MonthEvents.ExitToWork, "Exits from benefit to work."),
            Event("exits_other", MonthEvents.ExitOther, "Exits for other reasons."),
            Event("exits_lasting_6", MonthEvents.Lasting6, "Exits to work reaching 6 months off benefit this month."),
            Event("exits_lasting_18", MonthEvents.Lasting18, "Exits to work reaching 18 months off benefit this month."),
            Event("reentries", MonthEvents.ReEntry, "Returns to benefit after an exit."),
            Event("entries", MonthEvents.Entered, "New entrants reporting for bijstand (applications; some withdraw before a first payment)."),
            Event("withdrawals", MonthEvents.Withdrawal, "Applicants who withdrew during the processing wait or the youth search period, before a first payment (take-up): no benefit paid, the back payment lapses."),
            Flow("withdrawals_without_income", N(Is.NotClaiming, MonthEvents.Withdrawal), "Withdrawals by applicants who gave up without work or other income (they go without and may report again)."),
            Event("sanctions", MonthEvents.Sanction, "Sanctions imposed."),
            Event("buffer_grants", MonthEvents.BufferGrant, "Buffer grants made."),
            Event("coach_changes", MonthEvents.CoachChange, "Clients who got a new coach."),
            Event("job_starts", MonthEvents.JobStart, "Jobs started."),
            Event("job_losses", MonthEvents.JobLoss, "Jobs lost."),
            Event("clawbacks", MonthEvents.Clawback, "Repayment demands that fell due."),
            Event("became_problematic", MonthEvents.BecameProblematic, "Clients whose debts became problematic."),
            Event("debt_cleared", MonthEvents.DebtCleared, "Clients who became debt-free after problematic debts."),
            Event("exits_via_coach", MonthEvents.ExitViaCoachLead, "Exits to work in a job the coach brokered."),
            Event("exits_coach_role", MonthEvents.ExitCoachRole, "Exits to work in which the leaver would credit the coach with a role (brokered job, or recent contact with a trusted coach) [003 Table 10]."),
            Flow("contacts", contacts, "Coach contacts.", "contacts per month"),
            new("contacts_per_client", MetricKind.Mean, "contacts per client", "Coach contacts per caseload client this month.", Formula.Ratio, [contacts, N(C)]),
            Cost("cost_benefit", Rule.Sum(Measure.BenefitPaid), "Benefit paid incl. entry advances (€)."),
            Cost("cost_premiums", Rule.Sum(Measure.PremiumPaid), "Earnings premiums paid (€)."),
            Cost("cost_buffers", Rule.Sum(Measure.BufferPaid), "Buffer grants paid (€)."),
            Cost("cost_coaching", Rule.Priced(contacts, "coach.costPerContact", p => p.CostPerContact), "Coaching cost: contacts × cost per contact (€)."),
            Cost("cost_debt_help", Rule.Priced(N(Is.InRestructuring), "debtHelp.costPerMonth", p => p.DebtHelpCostPerMonth), "Debt restructuring cost (€)."),
            Cost("cost_training", Rule.Sum(Measure.TrainingSpent), "Training courses started (€)."),
        };
        // The total adds the costs above, in their column order.
        Rule[] costs = [.. m.Where(x => x.Kind == MetricKind.Cost).Select(x => x.Reads[0])];
        m.Add(new("cost_total", MetricKind.Cost, "€ per month", "Sum of all public costs (€).", Formula.Total, costs));
        m.Add(new("cost_per_active_client", MetricKind.Mean, "€ per client", "Total public cost per active client this month (€).", Formula.TotalPer, [.. costs, N(Is.Active)]));
        m.AddRange(
        [
            Check("check_weak_among_coping", Is.Weak, C | Is.Coping, "§8/P2: share of coping clients with a weak social, economic or personal resource."),
            Check("check_weak_among_adaptive", Is.Weak, C | Is.Adaptive, "§8/P2: share of adaptive clients with a weak resource."),
            Check("check_qualified_among_coping", Is.Qualified, C | Is.Coping, "P2: share with a start qualification among coping clients."),
            Check("check_qualified_among_adaptive", Is.Qualified, C | Is.Adaptive, "P2: share with a start qualification among adaptive clients."),
            Check("check_ladder_1_2_short_spell", Is.LowRung, C | Is.SpellOneToThreeYears, "P11: rungs 1–2 share among spells of 1–3 years."),
            Check("check_ladder_1_2_long_spell", Is.LowRung, C | Is.SpellFiveYearsPlus, "P11: rungs 1–2 share among spells of 5 years or more."),
            Check("check_exited_work_17h", Is.Works17Hours, Is.ExitedToWork, "§8: share of work exits working ≥ 17 h/week."),
            Check("check_nonworkers_health", Is.HealthLimited, C | Is.NotWorking, "§8: share of non-working clients who cannot work for health reasons."),
            Check("check_parttimers_ceiling", C | Is.Working | Is.EmployerCeiling, Is.PartTime, "§8: share of part-timers whose employer cannot offer more hours."),
            Check("check_offsetting_role", Is.OffsettingRole, C, "§8: share for whom offsetting plays a role in work choices (fear > 0.5)."),
            Check("check_new_coach_within_year", Is.NewCoachWithinYear, C | Is.SpellYearPlus, "§8: share of clients on benefit for a year or more with a new coach in the last 12 months."),
            Check("check_initial_stock_off_benefit", Is.OffCaseload, Is.InitialStock, "§8: share of the initial caseload off benefit now."),
            Check("check_entrant_problematic_inflow", N(Is.EntrantFirstYear, MonthEvents.BecameProblematic), N(Is.EntrantFirstYear),
                "§8: annualised rate at which entrants' debts become problematic in their first year.", "per year", scale: 12),
        ]);
        return [.. m];
    }

    /// <summary>The metric named <paramref name="name"/>.</summary>
    public static Metric Get(string name) => All[IndexOf(name)];

    public static int IndexOf(string name)
    {
        for (int k = 0; k < All.Length; k++) if (All[k].Name == name) return k;
        throw new KeyNotFoundException($"Unknown metric '{name}'.");
    }
}
