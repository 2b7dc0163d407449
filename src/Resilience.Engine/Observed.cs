using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Resilience.Model;

namespace Resilience.Engine;

/// <summary>What the observer sees of a client in a month, each a yes/no fact with one bit of a 64-bit word. A count
/// accumulator counts the clients for whom all the facts of its rule hold, so a rule is a mask and the observer needs
/// no code per rule (see <see cref="Observer"/>). Events of the month are not here: they keep their own bits
/// (<see cref="MonthEvents"/>), and a rule may require both.</summary>
[Flags]
public enum Is : ulong
{
    /// <summary>No condition: every active client.</summary>
    Active = 0,
    Waiting = 1UL << 0, OnBenefit = 1UL << 1, PartTime = 1UL << 2, ExitedToWork = 1UL << 3, ExitedOther = 1UL << 4,
    OnWw = 1UL << 5,
    /// <summary>Waiting, on benefit or part-time with a top-up.</summary>
    Caseload = 1UL << 6,
    OffCaseload = 1UL << 7,
    /// <summary>Resilience type this month (on or off the caseload).</summary>
    Coping = 1UL << 8, Adaptive = 1UL << 9, Crisis = 1UL << 10,
    /// <summary>Resilience type last month.</summary>
    WasCoping = 1UL << 11, WasAdaptive = 1UL << 12, WasCrisis = 1UL << 13,
    /// <summary>The type changed this month, not by entering.</summary>
    TypeChanged = 1UL << 14,
    /// <summary>Weakest resource below <c>WeakThreshold</c>.</summary>
    Weak = 1UL << 15,
    /// <summary>Has a start qualification.</summary>
    Qualified = 1UL << 16,
    /// <summary>Debts problematic or stuck.</summary>
    ProblematicDebt = 1UL << 17,
    InRestructuring = 1UL << 18,
    /// <summary>Problematic, in restructuring, or debt at least <c>SubstantialThreshold</c>.</summary>
    SubstantialDebt = 1UL << 19,
    Exempt = 1UL << 20,
    Rung1 = 1UL << 21, Rung2 = 1UL << 22, Rung3 = 1UL << 23, Rung4 = 1UL << 24, Rung5 = 1UL << 25, Rung6 = 1UL << 26,
    /// <summary>Participation-ladder rung 1 or 2.</summary>
    LowRung = 1UL << 27,
    /// <summary>A sanction runs this month.</summary>
    Sanctioned = 1UL << 28,
    /// <summary>Benefit spell of 1 to 3 years (P11: after the processing wait and intake, before activation ends).</summary>
    SpellOneToThreeYears = 1UL << 29,
    SpellFiveYearsPlus = 1UL << 30,
    /// <summary>Benefit spell of a year or more (the survey population of [003 Table 7]).</summary>
    SpellYearPlus = 1UL << 31,
    Working = 1UL << 32, NotWorking = 1UL << 33,
    Works17Hours = 1UL << 34,
    /// <summary>Physical or mental health below <c>WorkHealthThreshold</c>.</summary>
    HealthLimited = 1UL << 35,
    /// <summary>The employer cannot offer more hours.</summary>
    EmployerCeiling = 1UL << 36,
    /// <summary>Fear of offsetting above one half [003 Table 3].</summary>
    OffsettingRole = 1UL << 37,
    /// <summary>Got a new coach in the last 12 months.</summary>
    NewCoachWithinYear = 1UL << 38,
    /// <summary>Left for work exactly 6 (18) months ago.</summary>
    WorkExit6MonthsAgo = 1UL << 39, WorkExit18MonthsAgo = 1UL << 40,
    /// <summary>Member of the initial caseload.</summary>
    InitialStock = 1UL << 41,
    /// <summary>An entrant (not the initial caseload) in the first year, without problematic debts at entry, who has not
    /// withdrawn the application (a withdrawn applicant never moved onto bijstand).</summary>
    EntrantFirstYear = 1UL << 42,
    // The facts of the national statistics (scenarios/targets/national-targets.csv, NationalTargets).
    Female = 1UL << 43,
    /// <summary>Age bands of the CBS figures: under 25, 25–34, under 27, 45 or older.</summary>
    AgeUnder25 = 1UL << 44, Age25To34 = 1UL << 45, AgeUnder27 = 1UL << 46, Age45Plus = 1UL << 47,
    /// <summary>At or past the state-pension age (an exit this month is the pension taking over).</summary>
    PensionAge = 1UL << 48,
    /// <summary>Benefit spell (the current one, or the one that ended this month) of 6 months or more; of 3 years or more.</summary>
    SpellSixMonthsPlus = 1UL << 49, SpellThreeYearsPlus = 1UL << 50,
    /// <summary>Has left bijstand before, at most 12 months ago (a return now is a re-entry within a year).</summary>
    ExitedWithinYear = 1UL << 51,
    /// <summary>Left bijstand this month (to work or otherwise), not by reaching the state-pension age: the national
    /// outflow figures leave pension exits out.</summary>
    Left = 1UL << 52,
    /// <summary>Out of work and off bijstand without other income, not (yet) claiming (<see cref="Status.NotClaiming"/>).</summary>
    NotClaiming = 1UL << 53,
}

/// <summary>The client values that sum accumulators add up.</summary>
public enum Measure { MentalHealth, CoachTrust, InstitutionalTrust, SelfEfficacy, Load, Debt, Prospect, Hours, Contacts,
    BenefitPaid, PremiumPaid, BufferPaid, TrainingSpent }

public enum RuleKind { Count, Sum, Priced, Block }

/// <summary>How one raw accumulator is filled: count the clients for whom <see cref="When"/> holds and the
/// <see cref="Events"/> happened; sum <see cref="Measure"/> over those clients; a <see cref="Source"/> accumulator
/// times a price read once a month after the merge; or a block of <see cref="Size"/> accumulators the observer fills by
/// index (the sanction strata). Equal rules share one accumulator.</summary>
public sealed record Rule(RuleKind Kind, Is When, MonthEvents Events = MonthEvents.None, Measure Measure = default,
    Rule? Source = null, string? Price = null, Func<Parameters, double>? PriceOf = null, int Size = 1)
{
    /// <summary>Clients for whom every fact of <paramref name="when"/> holds and every event of <paramref name="events"/> happened.</summary>
    public static Rule Count(Is when, MonthEvents events = MonthEvents.None) => new(RuleKind.Count, when, events);
    public static Rule Happened(MonthEvents events) => new(RuleKind.Count, Is.Active, events);
    public static Rule Sum(Measure measure, Is when = Is.Active) => new(RuleKind.Sum, when, Measure: measure);
    /// <summary><paramref name="source"/> × the parameter named <paramref name="price"/>, read by <paramref name="priceOf"/>.</summary>
    public static Rule Priced(Rule source, string price, Func<Parameters, double> priceOf) =>
        new(RuleKind.Priced, Is.Active, Source: source, Price: price, PriceOf: priceOf);
    public static Rule Block(string name, int size) => new(RuleKind.Block, Is.Active, Price: name, Size: size);

    /// <summary>The rule in words, for the documentation of the columns.</summary>
    public string Describe()
    {
        string who = When == Is.Active ? "active clients" : "clients " + When.ToString().Replace(", ", " ∧ ");
        if (Events != MonthEvents.None) who += (When == Is.Active ? " with " : " ∧ ") + Events.ToString().Replace(", ", " ∧ ");
        return Kind switch
        {
            RuleKind.Count => "count of " + who,
            RuleKind.Sum => $"sum of {Measure} over {who}",
            RuleKind.Priced => $"({Source!.Describe()}) × `{Price}`",
            _ => $"block {Price} ({Size})",
        };
    }
}

/// <summary>Reads the facts and measures of one client: the one place that knows how a fact is decided.</summary>
public static class ClientFacts
{
    private static readonly Is[] StatusFact = Table<Status>(s => s switch
    {
        Status.Waiting => Is.Waiting | Is.Caseload, Status.OnBenefit => Is.OnBenefit | Is.Caseload,
        Status.PartTimeWithTopUp => Is.PartTime | Is.Caseload, Status.ExitedToWork => Is.ExitedToWork | Is.OffCaseload,
        Status.ExitedOther => Is.ExitedOther | Is.OffCaseload, Status.OnUnemploymentInsurance => Is.OnWw | Is.OffCaseload,
        Status.NotClaiming => Is.NotClaiming | Is.OffCaseload,
        _ => Is.OffCaseload,
    });

    private static readonly Is[] TypeFact = Table<ResilienceType>(t => t switch
    {
        ResilienceType.Coping => Is.Coping, ResilienceType.Adaptive => Is.Adaptive, _ => Is.Crisis,
    });

    private static readonly Is[] WasTypeFact = Table<ResilienceType>(t => t switch
    {
        ResilienceType.Coping => Is.WasCoping, ResilienceType.Adaptive => Is.WasAdaptive, _ => Is.WasCrisis,
    });

    /// <summary>By rung 0–7 (0 and 7 never occur).</summary>
    private static readonly Is[] RungFact =
        [Is.Active, Is.Rung1 | Is.LowRung, Is.Rung2 | Is.LowRung, Is.Rung3, Is.Rung4, Is.Rung5, Is.Rung6, Is.Active];

    private const int PensionMonths = Ages.StatePension * Units.MonthsPerYear;

    /// <summary>The age-band facts by age in whole years (the last entry: the state-pension age and older).</summary>
    private static readonly Is[] AgeFacts = [.. Enumerable.Range(0, Ages.StatePension + 1).Select(age =>
        (age < NationalAges.Under25 ? Is.AgeUnder25 : 0) | (age is >= NationalAges.Under25 and < NationalAges.Under35 ? Is.Age25To34 : 0)
        | (age < Ages.Youth ? Is.AgeUnder27 : 0) | (age >= NationalAges.From45 ? Is.Age45Plus : 0) | (age >= Ages.StatePension ? Is.PensionAge : 0))];

    private static Is[] Table<T>(Func<T, Is> fact) where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var map = new Is[values.Max(v => Convert.ToInt32(v)) + 1];
        foreach (var v in values) map[Convert.ToInt32(v)] = fact(v);
        return map;
    }

    /// <summary><paramref name="fact"/> if <paramref name="b"/>, else none, without a branch (0 − 1 is all ones).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Is If(bool b, Is fact) => (Is)((0UL - Unsafe.As<bool, byte>(ref b)) & (ulong)fact);

    public static readonly int Measures = Enum.GetValues<Measure>().Length;

    /// <summary>The facts of client <paramref name="c"/> in <paramref name="month"/>, and its measures into
    /// <paramref name="m"/> (indexed by <see cref="Measure"/>).</summary>
    public static Is Of(ref Client c, Parameters p, int month, Span<double> m)
    {
        var status = c.Status;
        var type = c.Resilience;
        int spell = c.SpellMonths, sinceWorkExit = c.MonthsSinceWorkExit;
        bool stock = c.InitialStock;
        var f = StatusFact[(int)status] | TypeFact[(int)type] | WasTypeFact[(int)c.PreviousResilience]
            | RungFact[c.LadderRung & 7]
            | If(c.PreviousResilience != type & (c.Events & MonthEvents.Entered) == 0, Is.TypeChanged)
            | If(c.WeakestResource < p.WeakThreshold, Is.Weak)
            | If(c.Education != Education.BelowStartQualification, Is.Qualified)
            | If(c.DebtStatus is DebtStatus.Problematic or DebtStatus.Stuck, Is.ProblematicDebt | Is.SubstantialDebt)
            | If(c.DebtStatus == DebtStatus.InRestructuring, Is.InRestructuring | Is.SubstantialDebt)
            | If(c.Debt >= p.SubstantialThreshold, Is.SubstantialDebt)
            | If(c.Obligation == Obligation.Exempt, Is.Exempt)
            | If(c.SanctionMonthsLeft > 0, Is.Sanctioned)
            | If(spell is >= 12 and < 36, Is.SpellOneToThreeYears)
            | If(spell >= 60, Is.SpellFiveYearsPlus)
            | If(spell >= 12, Is.SpellYearPlus)
            | If(c.Hours > 0, Is.Working) | If(c.Hours == 0, Is.NotWorking) | If(c.Hours >= 17, Is.Works17Hours)
            | If(Math.Min(c.PhysicalHealth, c.MentalHealth) < p.WorkHealthThreshold, Is.HealthLimited)
            | If(c.EmployerCeiling, Is.EmployerCeiling)
            | If(c.OffsettingFear > 0.5, Is.OffsettingRole)
            | If(month - c.LastCoachChangeMonth < 12, Is.NewCoachWithinYear)
            | If(sinceWorkExit == 6, Is.WorkExit6MonthsAgo) | If(sinceWorkExit == 18, Is.WorkExit18MonthsAgo)
            | If(stock, Is.InitialStock)
            | If(!stock & month - c.EntryMonth < 12 & !c.ProblematicAtEntry & !c.Withdrawn, Is.EntrantFirstYear)
            | If(c.Sex == Sex.F, Is.Female)
            | AgeFacts[Math.Min(c.AgeMonths / Units.MonthsPerYear, AgeFacts.Length - 1)]
            | If(spell >= 6, Is.SpellSixMonthsPlus) | If(spell >= 36, Is.SpellThreeYearsPlus)
            | If(c.Exits > 0 & c.MonthsSinceExit <= 12, Is.ExitedWithinYear)
            | If((c.Events & (MonthEvents.ExitToWork | MonthEvents.ExitOther)) != 0 & c.AgeMonths < PensionMonths, Is.Left);
        if (m.Length < Measures) throw new ArgumentException($"room for {Measures} measures needed", nameof(m));
        ref double v = ref MemoryMarshal.GetReference(m);
        Unsafe.Add(ref v, (int)Measure.MentalHealth) = c.MentalHealth;
        Unsafe.Add(ref v, (int)Measure.CoachTrust) = c.CoachTrust;
        Unsafe.Add(ref v, (int)Measure.InstitutionalTrust) = c.InstitutionalTrust;
        Unsafe.Add(ref v, (int)Measure.SelfEfficacy) = c.SelfEfficacy;
        Unsafe.Add(ref v, (int)Measure.Load) = c.Load;
        Unsafe.Add(ref v, (int)Measure.Debt) = c.Debt;
        Unsafe.Add(ref v, (int)Measure.Prospect) = Feedback.Prospect(ref c, p);
        Unsafe.Add(ref v, (int)Measure.Hours) = c.Hours;
        Unsafe.Add(ref v, (int)Measure.Contacts) = c.Contacts;
        Unsafe.Add(ref v, (int)Measure.BenefitPaid) = c.BenefitPaid;
        Unsafe.Add(ref v, (int)Measure.PremiumPaid) = c.PremiumPaid;
        Unsafe.Add(ref v, (int)Measure.BufferPaid) = c.BufferPaid;
        Unsafe.Add(ref v, (int)Measure.TrainingSpent) = c.TrainingSpent;
        return f;
    }
}
