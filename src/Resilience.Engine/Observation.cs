using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
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
    /// <summary>Sanction diagnostic (<see cref="Diagnostics"/>): per stratum of spell band × resilience type, four
    /// counts — exposed person-months, their exits to work, unexposed person-months, their exits to work.</summary>
    public const int SanctionStrata = 76;
    public const int ExitsCoachRole = SanctionStrata + 4 * SanctionStrataCount;
    public const int SanctionStrataCount = Diagnostics.SpellBands * 3;
    public const int OnWw = ExitsCoachRole + 1;
    /// <summary>After an exit to work (diagnostics): leavers 6 months on, of whom on WW and back on bijstand; leavers
    /// 18 months on, of whom back on bijstand.</summary>
    public const int Leavers6 = OnWw + 1, Leavers6OnWw = OnWw + 2, Leavers6Back = OnWw + 3, Leavers18 = OnWw + 4, Leavers18Back = OnWw + 5;
    public const int Count = Leavers18Back + 1;
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
    [ThreadStatic] private static Cell[]? t_cells;

    /// <summary>The accumulators of one demographic cell, indexed by the <see cref="Acc"/> constants: counts in
    /// integers (one add each), sums of floats in doubles. Each accumulator is either a count or a sum, so the other
    /// half holds 0.</summary>
    private struct Cell
    {
        public Counts N;
        public Sums S;
    }

    [InlineArray(Acc.Count)]
    private struct Counts { private int _first; }

    [InlineArray(Acc.Count)]
    private struct Sums { private double _first; }

    /// <summary>Add clients [from, to) into <paramref name="acc"/> (Subgroups × Acc) and <paramref name="transitions"/>
    /// (from × to × trigger), and count active and caseload clients per neighbourhood. Each client is added once, to its
    /// demographic cell, in client order; the cells are then folded into the whole and the four subgroup dimensions in
    /// cell order, so the result depends only on the clients in the range, never on the thread that adds them.</summary>
    public static void Accumulate(Population s, Parameters p, int month, int from, int to, Span<double> acc,
        Span<long> transitions, Span<int> neighbourhood)
    {
        var cells = t_cells ??= new Cell[Cells];
        Array.Clear(cells);
        for (int i = from; i < to; i++)
        {
            ref Client c = ref s[i];
            if (c.Status == Status.NotEntered) continue;
            int age = c.AgeMonths < 27 * 12 ? 0 : c.AgeMonths < 50 * 12 ? 1 : 2;
            int cell = ((age * Households + (int)c.Household) * Origins + (int)c.Origin) * Educations + (int)c.Education;
            AddClient(ref c, p, month, ref cells[cell]);

            var prev = c.PreviousResilience;
            var now = c.Resilience;
            if (prev != now && (c.Events & MonthEvents.Entered) == 0)
            {
                transitions[((int)prev * 3 + (int)now) * TriggerCount + (int)c.TransitionTrigger]++;
                ref Cell a = ref cells[cell];
                a.N[Acc.CopingToAdaptive] += One(prev == ResilienceType.Coping & now == ResilienceType.Adaptive);
                a.N[Acc.AdaptiveToCoping] += One(prev == ResilienceType.Adaptive & now == ResilienceType.Coping);
                a.N[Acc.IntoCrisis] += One(now == ResilienceType.Crisis);
                a.N[Acc.OutOfCrisis] += One(prev == ResilienceType.Crisis);
            }

            int nb = c.Neighbourhood * 2;
            neighbourhood[nb]++;
            neighbourhood[nb + 1] += One(c.OnCaseload);
        }
        for (int cell = 0; cell < Cells; cell++)
        {
            ref Cell v = ref cells[cell];
            if (v.N[Acc.Active] == 0) continue;
            int edu = cell % Educations, rest = cell / Educations;
            int origin = rest % Origins; rest /= Origins;
            int household = rest % Households, age = rest / Households;
            var g1 = acc.Slice((Subgroups.AgeOffset + age) * Acc.Count, Acc.Count);
            var g2 = acc.Slice((Subgroups.HouseholdOffset + household) * Acc.Count, Acc.Count);
            var g3 = acc.Slice((Subgroups.OriginOffset + origin) * Acc.Count, Acc.Count);
            var g4 = acc.Slice((Subgroups.EducationOffset + edu) * Acc.Count, Acc.Count);
            Fold(ref v, acc[..Acc.Count], g1, g2, g3, g4);
        }
    }

    /// <summary>Add one cell's accumulators (count + sum: one of the two is 0) to the whole and to its four subgroups,
    /// four accumulators at a time. Each lane does the scalar additions (a count converts to a double exactly).</summary>
    private static void Fold(ref Cell v, Span<double> all, Span<double> g1, Span<double> g2, Span<double> g3, Span<double> g4)
    {
        Span<int> n = v.N;
        Span<double> sum = v.S;
        int k = 0;
        for (; k <= Acc.Count - Vector256<double>.Count; k += Vector256<double>.Count)
        {
            var x = Vector256.LoadUnsafe(ref sum[k]) + Vector256.ConvertToDouble(Vector256.WidenLower(Vector128.LoadUnsafe(ref n[k]).ToVector256()));
            AddTo(all, k, x); AddTo(g1, k, x); AddTo(g2, k, x); AddTo(g3, k, x); AddTo(g4, k, x);
        }
        for (; k < Acc.Count; k++)
        {
            double x = sum[k] + n[k];
            all[k] += x; g1[k] += x; g2[k] += x; g3[k] += x; g4[k] += x;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo(Span<double> target, int k, Vector256<double> x) =>
        (Vector256.LoadUnsafe(ref target[k]) + x).StoreUnsafe(ref target[k]);

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

    /// <summary>1 if <paramref name="b"/>, else 0: lets the observer count without a branch per condition (adding 0
    /// leaves a sum unchanged, so the counts are the same as with branches).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int One(bool b) => b ? 1 : 0;

    /// <summary>The stock accumulator of each status and of each resilience type, indexed by the enum's value, so a
    /// client adds to its own with one increment.</summary>
    private static readonly int[] StatusAcc = Table(((int)Status.Waiting, Acc.Waiting), ((int)Status.OnBenefit, Acc.OnBenefit),
        ((int)Status.PartTimeWithTopUp, Acc.PartTime), ((int)Status.ExitedToWork, Acc.ExitedWork), ((int)Status.ExitedOther, Acc.ExitedOther),
        ((int)Status.OnUnemploymentInsurance, Acc.OnWw));

    private static readonly int[] TypeAcc = Table(((int)ResilienceType.Coping, Acc.Coping),
        ((int)ResilienceType.Adaptive, Acc.Adaptive), ((int)ResilienceType.Crisis, Acc.Crisis));

    /// <summary>The event flags that are counted, each with its accumulator.</summary>
    private static readonly (MonthEvents Flag, int Acc)[] EventCounters =
    [
        (MonthEvents.Entered, Acc.Entries), (MonthEvents.ExitToWork, Acc.ExitsToWork), (MonthEvents.ExitOther, Acc.ExitsOther),
        (MonthEvents.Lasting6, Acc.Lasting6), (MonthEvents.Lasting18, Acc.Lasting18), (MonthEvents.ReEntry, Acc.Reentries),
        (MonthEvents.Sanction, Acc.Sanctions), (MonthEvents.BufferGrant, Acc.BufferGrants), (MonthEvents.CoachChange, Acc.CoachChanges),
        (MonthEvents.JobStart, Acc.JobStarts), (MonthEvents.JobLoss, Acc.JobLosses), (MonthEvents.Clawback, Acc.Clawbacks),
        (MonthEvents.BecameProblematic, Acc.BecameProblematic), (MonthEvents.DebtCleared, Acc.DebtCleared),
        (MonthEvents.ExitViaCoachLead, Acc.ExitsViaCoach), (MonthEvents.ExitCoachRole, Acc.ExitsCoachRole),
    ];

    private static readonly MonthEvents CountedEvents = EventCounters.Aggregate(MonthEvents.None, (all, e) => all | e.Flag);

    /// <summary>The accumulator of each counted flag, by the flag's bit number.</summary>
    private static readonly int[] EventAcc =
        Table([.. EventCounters.Select(e => (BitOperations.TrailingZeroCount((uint)e.Flag), e.Acc))]);

    /// <summary>A lookup from small indices (an enum value, a flag's bit number) to accumulators.</summary>
    private static int[] Table(params (int Index, int Acc)[] pairs)
    {
        var map = new int[pairs.Max(x => x.Index) + 1];
        foreach (var (index, acc) in pairs) map[index] = acc;
        return map;
    }

    private static void AddClient(ref Client c, Parameters p, int month, ref Cell a)
    {
        var status = c.Status;
        var events = c.Events;
        bool caseload = c.OnCaseload;
        a.N[Acc.Active]++;
        a.S[Acc.SumMental] += c.MentalHealth;
        a.N[StatusAcc[(int)status]]++;
        bool exitedToWork = status == Status.ExitedToWork;
        a.N[Acc.Rung1 + 5] += One(exitedToWork);
        a.N[Acc.ExitedWork17h] += One(exitedToWork & c.Hours >= 17);
        a.N[Acc.Working] += One(c.Hours > 0);
        a.N[Acc.SumHours] += c.Hours;

        if (caseload)
        {
            a.N[Acc.Caseload]++;
            var type = c.Resilience;
            bool weak = c.WeakestResource < p.WeakThreshold;
            bool qualified = c.Education != Education.BelowStartQualification;
            bool adaptive = type == ResilienceType.Adaptive, coping = type == ResilienceType.Coping;
            a.N[TypeAcc[(int)type]]++;
            a.N[Acc.AdaptiveWeak] += One(adaptive & weak);
            a.N[Acc.AdaptiveQualified] += One(adaptive & qualified);
            a.N[Acc.CopingWeak] += One(coping & weak);
            a.N[Acc.CopingQualified] += One(coping & qualified);
            var debt = c.DebtStatus;
            bool problematic = debt is DebtStatus.Problematic or DebtStatus.Stuck;
            bool restructuring = debt == DebtStatus.InRestructuring;
            a.N[Acc.ProblematicDebt] += One(problematic);
            a.N[Acc.InRestructuring] += One(restructuring);
            a.N[Acc.SubstantialDebt] += One(problematic | restructuring | c.Debt >= p.SubstantialThreshold);
            a.N[Acc.Exempt] += One(c.Obligation == Obligation.Exempt);
            int rung = c.LadderRung;
            a.N[Acc.Rung1 + rung - 1]++;
            a.S[Acc.SumTrust] += c.CoachTrust;
            a.S[Acc.SumInstitutionalTrust] += c.InstitutionalTrust;
            a.S[Acc.SumSelfEfficacy] += c.SelfEfficacy;
            a.S[Acc.SumLoad] += c.Load;
            a.S[Acc.SumDebt] += c.Debt;
            a.S[Acc.SumProspect] += (float)Coaching.Prospect(c, p); // float: sums of floats in doubles are exact, so order-free
            a.N[Acc.SanctionedNow] += One(c.SanctionMonthsLeft > 0);
            // P11 compares spells of 1–3 years with spells over 5 years; the first year is dominated by the
            // processing wait and intake, before activation has started.
            int spell = c.SpellMonths;
            bool shortSpell = spell is >= 12 and < 36, longSpell = spell >= 60, lowRung = rung <= 2;
            a.N[Acc.CaseloadShortSpell] += One(shortSpell);
            a.N[Acc.Ladder12ShortSpell] += One(shortSpell & lowRung);
            a.N[Acc.CaseloadLongSpell] += One(longSpell);
            a.N[Acc.Ladder12LongSpell] += One(longSpell & lowRung);
            bool nonWorker = c.Hours == 0;
            a.N[Acc.NonWorkers] += One(nonWorker);
            a.N[Acc.NonWorkersHealth] += One(nonWorker & Math.Min(c.PhysicalHealth, c.MentalHealth) < p.WorkHealthThreshold);
            a.N[Acc.PartTimersCeiling] += One(!nonWorker & status == Status.PartTimeWithTopUp & c.EmployerCeiling);
            a.N[Acc.OffsettingRole] += One(c.OffsettingFear > 0.5);
            // The survey question [003 Table 7] is put to clients who were on the caseload a year ago.
            bool yearPlus = spell >= 12;
            a.N[Acc.CaseloadYearPlus] += One(yearPlus);
            a.N[Acc.NewCoachWithinYear] += One(yearPlus & month - c.LastCoachChangeMonth < 12);
        }

        // Exit hazard after a sanction vs comparable clients (same month, spell band, type): clients at risk of an
        // exit to work this month, exposed if a sanction was imposed 1–6 months ago.
        if ((caseload & status != Status.Waiting) | (events & MonthEvents.ExitToWork) != 0)
        {
            int since = month - c.LastSanctionMonth;
            bool exposed = since >= 1 & since <= Diagnostics.SanctionWindowMonths;
            int k = Acc.SanctionStrata + 4 * (Diagnostics.SpellBand(c.SpellMonths) * 3 + (int)c.Resilience) + (exposed ? 0 : 2);
            a.N[k]++;
            a.N[k + 1] += One((events & MonthEvents.ExitToWork) != 0);
        }

        int sinceWorkExit = c.MonthsSinceWorkExit;
        bool six = sinceWorkExit == 6, eighteen = sinceWorkExit == 18;
        a.N[Acc.Leavers6] += One(six);
        a.N[Acc.Leavers6OnWw] += One(six & status == Status.OnUnemploymentInsurance);
        a.N[Acc.Leavers6Back] += One(six & caseload);
        a.N[Acc.Leavers18] += One(eighteen);
        a.N[Acc.Leavers18Back] += One(eighteen & caseload);

        bool stock = c.InitialStock;
        a.N[Acc.InitialStock] += One(stock);
        a.N[Acc.InitialStockOff] += One(stock & !caseload);
        bool entrantFirstYear = !stock & month - c.EntryMonth < 12 & !c.ProblematicAtEntry;
        a.N[Acc.EntrantsFirstYear] += One(entrantFirstYear);
        a.N[Acc.EntrantsFirstYearNewProblematic] += One(entrantFirstYear & (events & MonthEvents.BecameProblematic) != 0);

        // Most clients have none of the counted events in a month, so count the flags that are set, one by one.
        for (uint set = (uint)(events & CountedEvents); set != 0; set &= set - 1)
            a.N[EventAcc[BitOperations.TrailingZeroCount(set)]]++;

        a.N[Acc.Contacts] += c.Contacts;
        a.S[Acc.BenefitPaid] += c.BenefitPaid;
        a.S[Acc.PremiumsPaid] += c.PremiumPaid;
        a.S[Acc.BuffersPaid] += c.BufferPaid;
        a.N[Acc.RestructuringMonths] += One(c.DebtStatus == DebtStatus.InRestructuring);
        a.S[Acc.TrainingCost] += c.TrainingSpent;
    }
}
