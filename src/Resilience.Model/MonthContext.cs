using System.Runtime.CompilerServices;

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
    public double MeanProspect { get; set; } = InitialMeanProspect;

    /// <summary>The mean prospect assumed before the first month has been observed (the middle of the scale).</summary>
    public const double InitialMeanProspect = Units.MidScale;

    /// <summary>Spells up to this many months read the lookup tables below; longer ones are computed directly.</summary>
    public const int TabulatedSpellMonths = 1024;

    private readonly double[] _history = new double[TabulatedSpellMonths];
    private readonly double[] _earlyActivation = new double[TabulatedSpellMonths];
    private double _earlyActivationMonths = double.NaN;
    private readonly double[] _shortfall = new double[Enum.GetValues<Household>().Length];
    private double _historyPenalty = double.NaN;
    private readonly double[] _exitOther = new double[TabulatedSpellMonths];
    private readonly double[] _ageOffer = new double[TabulatedSpellMonths];
    private double _ageDecline = double.NaN;

    /// <summary>exp(−<c>work.ageOfferDecline</c> · years past 27): the fall of job offers with age, a table lookup
    /// (every age on the caseload is below <see cref="TabulatedSpellMonths"/> months), the same value as
    /// <see cref="AgeOfferFactor(double, int)"/>.</summary>
    public double AgeOffer(int ageMonths) =>
        ageMonths < TabulatedSpellMonths ? _ageOffer[ageMonths] : AgeOfferFactor(P.AgeOfferDecline, ageMonths);

    public static double AgeOfferFactor(double declinePerYear, int ageMonths) =>
        Math.Exp(-declinePerYear * Math.Max(0, ageMonths - Money.YouthDeskAgeMonths) / Units.MonthsPerYear);
    private double _exitOtherDecline = double.NaN;

    /// <summary>exp(−<c>life.exitOtherSpellDecline</c> · years in the current spell): how leaving for other reasons
    /// falls with time on benefit, a table lookup for the usual spells.</summary>
    public double ExitOtherDecay(int spellMonths) =>
        spellMonths < TabulatedSpellMonths ? _exitOther[spellMonths] : SpellHistory(P.ExitOtherSpellDecline, spellMonths);

    /// <summary>Bring the lookup tables in line with <see cref="P"/>; called once a month before the client phase.</summary>
    public void Prepare()
    {
        ContactsPerMonth = P.CoachContactsPerYear / Units.MonthsPerYear * ContactFactor;
        for (int h = 0; h < _shortfall.Length; h++) _shortfall[h] = Money.Shortfall((Household)h, P);
        if (!P.EarlyActivationMonths.Equals(_earlyActivationMonths))
        {
            _earlyActivationMonths = P.EarlyActivationMonths;
            for (int m = 0; m < _earlyActivation.Length; m++) _earlyActivation[m] = Math.Exp(-m / _earlyActivationMonths);
        }
        if (!P.ExitOtherSpellDecline.Equals(_exitOtherDecline))
        {
            _exitOtherDecline = P.ExitOtherSpellDecline;
            for (int m = 0; m < _exitOther.Length; m++) _exitOther[m] = SpellHistory(_exitOtherDecline, m);
        }
        if (!P.AgeOfferDecline.Equals(_ageDecline))
        {
            _ageDecline = P.AgeOfferDecline;
            for (int a = 0; a < _ageOffer.Length; a++) _ageOffer[a] = AgeOfferFactor(_ageDecline, a);
        }
        if (P.SpellPenaltyPerYear.Equals(_historyPenalty)) return;
        _historyPenalty = P.SpellPenaltyPerYear;
        for (int m = 0; m < _history.Length; m++) _history[m] = SpellHistory(_historyPenalty, m);
    }

    /// <summary>Employers' discount for time on benefit, exp(−penalty · years) [003, 004]: a table lookup for the
    /// usual spells, the same value as <see cref="SpellHistory(double, int)"/>.</summary>
    public double History(int monthsOutOfWork) =>
        monthsOutOfWork < TabulatedSpellMonths ? _history[monthsOutOfWork] : SpellHistory(P.SpellPenaltyPerYear, monthsOutOfWork);

    public static double SpellHistory(double penaltyPerYear, int spellMonths) => Math.Exp(-penaltyPerYear * spellMonths / Units.MonthsPerYear);

    /// <summary>exp(−spell / <c>activity.earlyActivationMonths</c>): the fading of activation with time on benefit,
    /// a table lookup for the usual spells.</summary>
    public double EarlyActivationDecay(int spellMonths) =>
        spellMonths < TabulatedSpellMonths ? _earlyActivation[spellMonths] : Math.Exp(-spellMonths / P.EarlyActivationMonths);

    /// <summary>Share of planned contacts a coach can deliver at the current caseload.</summary>
    public double ContactFactor => Math.Min(P.MaxContactFactor, P.CaseloadReference / P.CoachCaseload);

    /// <summary><see cref="Money.Shortfall"/> of a household type under the month's parameters, looked up instead of
    /// chosen by a branch on the client's household.</summary>
    public double Shortfall(Household h) => _shortfall[(int)h];

    /// <summary>Planned contacts per client per month (set by <see cref="Prepare"/> from the month's parameters).</summary>
    public double ContactsPerMonth { get; private set; }
}

/// <summary>Small numeric helpers of the submodels. Conditions that vary from client to client (household type, debt
/// state, health) defeat the processor's branch prediction, so the helpers that choose between numbers do it without
/// a branch, with results identical to the plain conditional expression.</summary>
internal static class M
{
    /// <summary>Clamp to [low, high] without throwing when low &gt; high: bounds are parameters, and a sensitivity
    /// design that varies a lower and an upper bound independently can cross them; the upper bound then wins. For
    /// low ≤ high it equals <see cref="M.Clamp(double, double, double)"/>, bit for bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Clamp(double x, double low, double high) => Math.Min(Math.Max(x, low), high);

    /// <inheritdoc cref="Clamp(double, double, double)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Clamp(int x, int low, int high) => Math.Min(Math.Max(x, low), high);

    /// <summary>Clamp to [0, 1] and store as a float.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float C01(double x) => (float)(x < 0 ? 0 : x > 1 ? 1 : x);

    /// <summary><paramref name="ifTrue"/> if <paramref name="condition"/>, else <paramref name="ifFalse"/>: the same
    /// number as <c>condition ? ifTrue : ifFalse</c>, chosen by masking the bits instead of by a jump.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pick(bool condition, double ifTrue, double ifFalse)
    {
        long mask = -(long)(condition ? 1 : 0);
        return BitConverter.Int64BitsToDouble((BitConverter.DoubleToInt64Bits(ifTrue) & mask) | (BitConverter.DoubleToInt64Bits(ifFalse) & ~mask));
    }

    /// <summary><paramref name="value"/> if <paramref name="condition"/>, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double If(bool condition, double value) => Pick(condition, value, 0);

    /// <summary>x to a small whole power. Most clients see their coach at most once a month, so the power is usually
    /// 1, which needs no call to Math.Pow (whose result for a power of 1 is x itself, as it is exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Power(double x, int n) => n == 1 ? x : Math.Pow(x, n);

    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    /// <summary>A value per debt state, 0 without debts: <c>status switch { Arrears => arrears, … }</c>, chosen
    /// without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ByDebtStatus(DebtStatus status, double arrears, double problematic, double restructuring, double stuck) =>
        Pick(status == DebtStatus.Arrears, arrears, Pick(status == DebtStatus.Problematic, problematic,
            Pick(status == DebtStatus.InRestructuring, restructuring, If(status == DebtStatus.Stuck, stuck))));

    /// <summary>A value per education level: <c>education switch { BelowStartQualification => below, … }</c>,
    /// chosen without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ByEducation(Education education, double below, double start, double higher) =>
        Pick(education == Education.BelowStartQualification, below, Pick(education == Education.Higher, higher, start));
}
