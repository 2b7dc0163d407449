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
    public const int RestructuringMonths = 75;
    public const int Count = 76;
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

    private const int Ages = 3;
    private static readonly int Households = Enum.GetValues<Household>().Length;
    private static readonly int Origins = Enum.GetValues<Origin>().Length;
    private static readonly int Educations = Enum.GetValues<Education>().Length;
    private static readonly int Cells = Ages * Households * Origins * Educations;

    /// <summary>Per-thread scratch: accumulators per demographic cell (age band × household × origin × education).</summary>
    [ThreadStatic] private static double[]? t_cells;

    /// <summary>Add clients [from, to) into <paramref name="acc"/> (Subgroups × Acc) and <paramref name="transitions"/>
    /// (from × to × trigger), and count active and caseload clients per neighbourhood. Each client is added once, to its
    /// demographic cell; the cells are then folded into the whole and the four subgroup dimensions. All sums are of
    /// integers or of floats in doubles, which are exact, so the result does not depend on the order of additions.</summary>
    public static void Accumulate(Population s, Parameters p, int month, int from, int to, Span<double> acc,
        Span<long> transitions, Span<int> neighbourhood)
    {
        var cells = t_cells ??= new double[Cells * Acc.Count];
        Array.Clear(cells);
        for (int i = from; i < to; i++)
        {
            if (s.Status[i] == Status.NotEntered) continue;
            int age = s.AgeMonths[i] < 27 * 12 ? 0 : s.AgeMonths[i] < 50 * 12 ? 1 : 2;
            int cell = ((age * Households + (int)s.Household[i]) * Origins + (int)s.Origin[i]) * Educations + (int)s.Education[i];
            AddClient(s, p, month, i, cells, cell * Acc.Count);

            var prev = s.PreviousResilience[i];
            var now = s.Resilience[i];
            if (prev != now && (s.Events[i] & MonthEvents.Entered) == 0)
                transitions[((int)prev * 3 + (int)now) * TriggerCount + (int)s.TransitionTrigger[i]]++;

            int nb = s.Neighbourhood[i] * 2;
            neighbourhood[nb]++;
            if (s.OnCaseload(i)) neighbourhood[nb + 1]++;
        }
        for (int cell = 0; cell < Cells; cell++)
        {
            int c = cell * Acc.Count;
            if (cells[c + Acc.Active] == 0) continue;
            int edu = cell % Educations, rest = cell / Educations;
            int origin = rest % Origins; rest /= Origins;
            int household = rest % Households, age = rest / Households;
            int g1 = (Subgroups.AgeOffset + age) * Acc.Count;
            int g2 = (Subgroups.HouseholdOffset + household) * Acc.Count;
            int g3 = (Subgroups.OriginOffset + origin) * Acc.Count;
            int g4 = (Subgroups.EducationOffset + edu) * Acc.Count;
            for (int k = 0; k < Acc.Count; k++)
            {
                double v = cells[c + k];
                if (v == 0) continue;
                acc[k] += v; acc[g1 + k] += v; acc[g2 + k] += v; acc[g3 + k] += v; acc[g4 + k] += v;
            }
        }
    }

    /// <summary>Prices that multiply counts, applied once per month after the merge (coaching, debt help).</summary>
    public static void ApplyPrices(double[] raw, Parameters p)
    {
        for (int g = 0; g < Subgroups.Count; g++)
        {
            int o = g * Acc.Count;
            raw[o + Acc.CoachingCost] = raw[o + Acc.Contacts] * p.CostPerContact;
            raw[o + Acc.DebtHelpCost] = raw[o + Acc.RestructuringMonths] * p.DebtHelpCostPerMonth;
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
        if (s.DebtStatus[i] == DebtStatus.InRestructuring) a[o + Acc.RestructuringMonths]++;
        a[o + Acc.TrainingCost] += s.TrainingSpent[i];
    }
}
