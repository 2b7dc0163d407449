using Resilience.Model;

namespace Resilience.Engine;

/// <summary>Raw monthly accumulators per subgroup: counts and sums that the observer adds up over clients. Output
/// metrics (shares, means, costs) are derived from them in <see cref="Metrics"/>.</summary>
public static class Acc
{
    // Stocks
    public const int Active = 0, Caseload = 1, Waiting = 2, OnBenefit = 3, PartTime = 4, ExitedWork = 5, ExitedOther = 6;
    public const int Coping = 7, Adaptive = 8, Crisis = 9, ProblematicDebt = 10, InRestructuring = 11, SubstantialDebt = 12;
    public const int Exempt = 13, Rung1 = 14; // Rung1..Rung6 = 14..19
    public const int SumTrust = 20, SumMental = 21, SumHours = 22, Working = 23, SumSelfEfficacy = 24, SumLoad = 25;
    public const int SumInstitutionalTrust = 26, SumDebt = 27;
    // Flows
    public const int CopingToAdaptive = 28, AdaptiveToCoping = 29, IntoCrisis = 30, OutOfCrisis = 31, ExitsToWork = 32;
    public const int ExitsOther = 33, Lasting6 = 34, Lasting18 = 35, Reentries = 36, Entries = 37, Sanctions = 38;
    public const int BufferGrants = 39, CoachChanges = 40, JobStarts = 41, JobLosses = 42, Clawbacks = 43;
    public const int BecameProblematic = 44, DebtCleared = 45, ExitsViaCoach = 46, Contacts = 47;
    // Costs (€ this month)
    public const int BenefitPaid = 48, PremiumsPaid = 49, BuffersPaid = 50, CoachingCost = 51, DebtHelpCost = 52, TrainingCost = 53;
    // Checks against MODEL.md §8
    public const int CopingWeak = 54, AdaptiveWeak = 55, CopingQualified = 56, AdaptiveQualified = 57;
    public const int CaseloadShortSpell = 58, Ladder12ShortSpell = 59, CaseloadLongSpell = 60, Ladder12LongSpell = 61;
    public const int ExitedWork17h = 62, NonWorkers = 63, NonWorkersHealth = 64, PartTimersCeiling = 65, OffsettingRole = 66;
    public const int NewCoachWithinYear = 67, InitialStock = 68, InitialStockOff = 69, EntrantsFirstYear = 70;
    public const int EntrantsFirstYearNewProblematic = 71, SanctionedNow = 72, CaseloadYearPlus = 73, SumProspect = 74;
    public const int Count = 75;
}

/// <summary>The subgroups every figure is also reported for (MODEL.md §7).</summary>
public static class Subgroups
{
    public static readonly (string Dimension, string Name)[] All = Build();
    public static int Count => All.Length;

    private static (string, string)[] Build()
    {
        var list = new List<(string, string)> { ("all", "all"), ("age", "18-26"), ("age", "27-49"), ("age", "50+") };
        list.AddRange(Enum.GetNames<Household>().Select(n => ("household", n)));
        list.AddRange(Enum.GetNames<Origin>().Select(n => ("origin", n)));
        list.AddRange(Enum.GetNames<Education>().Select(n => ("education", n)));
        return list.ToArray();
    }

    public const int AgeOffset = 1;
    public static readonly int HouseholdOffset = 4;
    public static readonly int OriginOffset = 4 + Enum.GetValues<Household>().Length;
    public static readonly int EducationOffset = OriginOffset + Enum.GetValues<Origin>().Length;
}

/// <summary>Monthly observation of the population (MODEL.md §7), kept out of the step logic: it only reads state
/// and the month's event flags.</summary>
public static class Observer
{
    public static readonly int TriggerCount = Enum.GetValues<Trigger>().Length;
    public static int TransitionSlots => 3 * 3 * TriggerCount;

    /// <summary>Add clients [from, to) into <paramref name="acc"/> (Subgroups × Acc) and <paramref name="transitions"/>
    /// (from × to × trigger), and count active and caseload clients per neighbourhood.</summary>
    public static void Accumulate(Population s, Parameters p, int month, int from, int to, Span<double> acc,
        Span<long> transitions, Span<int> neighbourhood)
    {
        for (int i = from; i < to; i++)
        {
            var status = s.Status[i];
            if (status == Status.NotEntered) continue;
            int age = s.AgeMonths[i] < 27 * 12 ? 1 : s.AgeMonths[i] < 50 * 12 ? 2 : 3;
            int g1 = age * Acc.Count;
            int g2 = (Subgroups.HouseholdOffset + (int)s.Household[i]) * Acc.Count;
            int g3 = (Subgroups.OriginOffset + (int)s.Origin[i]) * Acc.Count;
            int g4 = (Subgroups.EducationOffset + (int)s.Education[i]) * Acc.Count;
            AddClient(s, p, month, i, acc, 0);
            AddClient(s, p, month, i, acc, g1);
            AddClient(s, p, month, i, acc, g2);
            AddClient(s, p, month, i, acc, g3);
            AddClient(s, p, month, i, acc, g4);

            var events = s.Events[i];
            var prev = s.PreviousResilience[i];
            var now = s.Resilience[i];
            if (prev != now && (events & MonthEvents.Entered) == 0)
                transitions[((int)prev * 3 + (int)now) * TriggerCount + (int)s.TransitionTrigger[i]]++;

            int nb = s.Neighbourhood[i] * 2;
            neighbourhood[nb]++;
            if (s.OnCaseload(i)) neighbourhood[nb + 1]++;
        }
    }

    private static void AddClient(Population s, Parameters p, int month, int i, Span<double> a, int o)
    {
        var status = s.Status[i];
        var events = s.Events[i];
        bool caseload = status is Status.Waiting or Status.OnBenefit or Status.PartTimeWithTopUp;
        a[o + Acc.Active]++;
        a[o + Acc.SumMental] += s.MentalHealth[i];
        switch (status)
        {
            case Status.Waiting: a[o + Acc.Waiting]++; break;
            case Status.OnBenefit: a[o + Acc.OnBenefit]++; break;
            case Status.PartTimeWithTopUp: a[o + Acc.PartTime]++; break;
            case Status.ExitedToWork:
                a[o + Acc.ExitedWork]++;
                a[o + Acc.Rung1 + 5]++;
                if (s.Hours[i] >= 17) a[o + Acc.ExitedWork17h]++;
                break;
            case Status.ExitedOther: a[o + Acc.ExitedOther]++; break;
        }
        if (s.Hours[i] > 0) { a[o + Acc.Working]++; a[o + Acc.SumHours] += s.Hours[i]; }

        if (caseload)
        {
            a[o + Acc.Caseload]++;
            var type = s.Resilience[i];
            bool weak = s.WeakestResource[i] < p.WeakThreshold;
            bool qualified = s.Education[i] != Education.BelowStartQualification;
            if (type == ResilienceType.Adaptive)
            {
                a[o + Acc.Adaptive]++;
                if (weak) a[o + Acc.AdaptiveWeak]++;
                if (qualified) a[o + Acc.AdaptiveQualified]++;
            }
            else
            {
                a[o + (type == ResilienceType.Crisis ? Acc.Crisis : Acc.Coping)]++;
                if (type == ResilienceType.Coping && weak) a[o + Acc.CopingWeak]++;
                if (type == ResilienceType.Coping && qualified) a[o + Acc.CopingQualified]++;
            }
            var debt = s.DebtStatus[i];
            if (debt is DebtStatus.Problematic or DebtStatus.Stuck) a[o + Acc.ProblematicDebt]++;
            if (debt == DebtStatus.InRestructuring) a[o + Acc.InRestructuring]++;
            if (debt is DebtStatus.Problematic or DebtStatus.Stuck or DebtStatus.InRestructuring || s.Debt[i] >= p.SubstantialThreshold)
                a[o + Acc.SubstantialDebt]++;
            if (s.Obligation[i] == Obligation.Exempt) a[o + Acc.Exempt]++;
            int rung = s.LadderRung[i];
            a[o + Acc.Rung1 + rung - 1]++;
            a[o + Acc.SumTrust] += s.CoachTrust[i];
            a[o + Acc.SumInstitutionalTrust] += s.InstitutionalTrust[i];
            a[o + Acc.SumSelfEfficacy] += s.SelfEfficacy[i];
            a[o + Acc.SumLoad] += s.Load[i];
            a[o + Acc.SumDebt] += s.Debt[i];
            a[o + Acc.SumProspect] += (float)Coaching.Prospect(s, i); // float: sums of floats in doubles are exact, so order-free
            if (s.SanctionMonthsLeft[i] > 0) a[o + Acc.SanctionedNow]++;
            // P11 compares spells of 1–3 years with spells over 5 years; the first year is dominated by the
            // processing wait and intake, before activation has started.
            if (s.SpellMonths[i] is >= 12 and < 36) { a[o + Acc.CaseloadShortSpell]++; if (rung <= 2) a[o + Acc.Ladder12ShortSpell]++; }
            else if (s.SpellMonths[i] >= 60) { a[o + Acc.CaseloadLongSpell]++; if (rung <= 2) a[o + Acc.Ladder12LongSpell]++; }
            if (s.Hours[i] == 0)
            {
                a[o + Acc.NonWorkers]++;
                if (Math.Min(s.PhysicalHealth[i], s.MentalHealth[i]) < p.WorkHealthThreshold) a[o + Acc.NonWorkersHealth]++;
            }
            else if (status == Status.PartTimeWithTopUp && s.EmployerCeiling[i]) a[o + Acc.PartTimersCeiling]++;
            if (s.OffsettingFear[i] > 0.5) a[o + Acc.OffsettingRole]++;
            // The survey question [003 Table 7] is put to clients who were on the caseload a year ago.
            if (s.SpellMonths[i] >= 12)
            {
                a[o + Acc.CaseloadYearPlus]++;
                if (month - s.LastCoachChangeMonth[i] < 12) a[o + Acc.NewCoachWithinYear]++;
            }
        }

        if (s.InitialStock[i]) { a[o + Acc.InitialStock]++; if (!caseload) a[o + Acc.InitialStockOff]++; }
        else if (month - s.EntryMonth[i] < 12 && !s.ProblematicAtEntry[i])
        {
            a[o + Acc.EntrantsFirstYear]++;
            if ((events & MonthEvents.BecameProblematic) != 0) a[o + Acc.EntrantsFirstYearNewProblematic]++;
        }

        if (events != MonthEvents.None)
        {
            if ((events & MonthEvents.ExitToWork) != 0) a[o + Acc.ExitsToWork]++;
            if ((events & MonthEvents.ExitViaCoachLead) != 0) a[o + Acc.ExitsViaCoach]++;
            if ((events & MonthEvents.ExitOther) != 0) a[o + Acc.ExitsOther]++;
            if ((events & MonthEvents.Lasting6) != 0) a[o + Acc.Lasting6]++;
            if ((events & MonthEvents.Lasting18) != 0) a[o + Acc.Lasting18]++;
            if ((events & MonthEvents.ReEntry) != 0) a[o + Acc.Reentries]++;
            if ((events & MonthEvents.Entered) != 0) a[o + Acc.Entries]++;
            if ((events & MonthEvents.Sanction) != 0) a[o + Acc.Sanctions]++;
            if ((events & MonthEvents.BufferGrant) != 0) a[o + Acc.BufferGrants]++;
            if ((events & MonthEvents.CoachChange) != 0) a[o + Acc.CoachChanges]++;
            if ((events & MonthEvents.JobStart) != 0) a[o + Acc.JobStarts]++;
            if ((events & MonthEvents.JobLoss) != 0) a[o + Acc.JobLosses]++;
            if ((events & MonthEvents.Clawback) != 0) a[o + Acc.Clawbacks]++;
            if ((events & MonthEvents.BecameProblematic) != 0) a[o + Acc.BecameProblematic]++;
            if ((events & MonthEvents.DebtCleared) != 0) a[o + Acc.DebtCleared]++;
        }
        var prev = s.PreviousResilience[i];
        var now = s.Resilience[i];
        if (prev != now && (events & MonthEvents.Entered) == 0)
        {
            if (prev == ResilienceType.Coping && now == ResilienceType.Adaptive) a[o + Acc.CopingToAdaptive]++;
            else if (prev == ResilienceType.Adaptive && now == ResilienceType.Coping) a[o + Acc.AdaptiveToCoping]++;
            if (now == ResilienceType.Crisis) a[o + Acc.IntoCrisis]++;
            else if (prev == ResilienceType.Crisis) a[o + Acc.OutOfCrisis]++;
        }

        a[o + Acc.Contacts] += s.Contacts[i];
        a[o + Acc.BenefitPaid] += s.BenefitPaid[i];
        a[o + Acc.PremiumsPaid] += s.PremiumPaid[i];
        a[o + Acc.BuffersPaid] += s.BufferPaid[i];
        a[o + Acc.CoachingCost] += s.Contacts[i] * p.CostPerContact;
        a[o + Acc.DebtHelpCost] += s.DebtStatus[i] == DebtStatus.InRestructuring ? p.DebtHelpCostPerMonth : 0;
        a[o + Acc.TrainingCost] += s.TrainingSpent[i];
    }
}
