namespace Resilience.Model;

/// <summary>Coaches (klantmanager, werkcoach, jongerencoach) as struct-of-arrays (MODEL.md §2.2). A slot is a desk;
/// when its coach leaves, a new coach with a new <see cref="Ident"/> takes the slot, and the clients of that slot
/// notice the change in their own step.</summary>
public sealed class Coaches
{
    public int Count { get; private set; }
    /// <summary>Every <see cref="YouthStride"/>-th desk (0, stride, 2·stride, …) is a youth desk, so that adding desks
    /// at the end never renumbers existing ones.</summary>
    public int YouthStride { get; private set; } = UnsizedYouthStride;
    public int YouthCount => (Count + YouthStride - 1) / YouthStride;
    public int[] Ident = [];
    public float[] Empathy = [];
    public float[] Directiveness = [];
    public float[] BufferBudgetLeft = [];
    public short[] TenureMonths = [];
    public int NextIdent;
    /// <summary>Changes whenever the set of desks changes, so clients know when to look up their desk again.</summary>
    public byte Layout { get; private set; }

    public Coaches Clone()
    {
        var c = (Coaches)MemberwiseClone();
        c.Ident = (int[])Ident.Clone(); c.Empathy = (float[])Empathy.Clone(); c.Directiveness = (float[])Directiveness.Clone();
        c.BufferBudgetLeft = (float[])BufferBudgetLeft.Clone(); c.TenureMonths = (short[])TenureMonths.Clone();
        return c;
    }

    /// <summary>Number of coach slots for a caseload lever and the initial caseload.</summary>
    public static int Required(int initialClients, double caseload) => Math.Max(MinDesks, (int)Math.Ceiling(initialClients / caseload));

    /// <summary>At least one youth desk and one adult desk.</summary>
    private const int MinDesks = 2;

    /// <summary>Youth-desk stride before the first sizing (about 1 / <c>coach.youthShare</c> at its default); replaced
    /// by <see cref="Resize"/>.</summary>
    private const int UnsizedYouthStride = 7;

    /// <summary>The youth share used to size the stride is at least this, so a share of 0 still gives a finite
    /// stride (one youth desk in a hundred).</summary>
    private const double SmallestYouthShare = 0.01;

    /// <summary>Grow or shrink to <paramref name="count"/> slots (a change of the caseload lever). Existing coaches
    /// keep their slots; new slots get new coaches. The youth-desk stride is fixed by the first sizing.</summary>
    public void Resize(int count, Parameters p, ulong runKey, int month)
    {
        int old = Count;
        Array.Resize(ref Ident, count); Array.Resize(ref Empathy, count); Array.Resize(ref Directiveness, count);
        Array.Resize(ref BufferBudgetLeft, count); Array.Resize(ref TenureMonths, count);
        for (int s = old; s < count; s++) Hire(s, p, runKey, month);
        Count = count;
        Layout++;
        if (old == 0) YouthStride = Math.Max(MinDesks, (int)Math.Round(1 / Math.Max(SmallestYouthShare, p.YouthCoachShare)));
    }

    /// <summary>A new coach takes slot <paramref name="slot"/>; style drawn from the coach's own stream.</summary>
    public void Hire(int slot, Parameters p, ulong runKey, int month)
    {
        int id = NextIdent++;
        var rng = Rng.For(runKey, id, month, Stream.Coaches);
        Ident[slot] = id;
        Empathy[slot] = (float)M.Clamp(p.CoachEmpathyMean + p.CoachStyleSd * rng.Normal(Draw.Coaches.Empathy), p.CoachStyleMin, 1);
        Directiveness[slot] = (float)M.Clamp(p.CoachDirectivenessMean + p.CoachStyleSd * rng.Normal(Draw.Coaches.Directiveness), p.CoachStyleMin, 1);
        TenureMonths[slot] = 0;
    }

    /// <summary>The coach phase of a month (MODEL.md §3.1 step 2, sequential): the number of desks follows the
    /// caseload lever; each desk's coach leaves or is reassigned with probability 1 − e^(−r/12), where r is
    /// <c>coach.turnoverPerYear</c> without its reassignment share when referrals are banned [003 Table 7, 002 M12];
    /// a new coach takes the desk; every desk's buffer budget is reset [002 action line 1].</summary>
    public void MonthlyTurnover(Parameters p, int initialClients, ulong runKey, int month)
    {
        int required = Required(initialClients, p.CoachCaseload);
        if (required != Count) Resize(required, p, runKey, month);
        double turnover = p.CoachTurnoverPerYear * (p.CoachNoReferral ? 1 - p.CoachReassignmentShare : 1);
        double monthly = 1 - Math.Exp(-turnover / Units.MonthsPerYear); // coach.turnoverPerYear is a yearly rate
        for (int slot = 0; slot < Count; slot++)
        {
            if (Rng.For(runKey, slot, month, Stream.CoachTurnover).Chance(Draw.CoachTurnover.Leaves, monthly)) Hire(slot, p, runKey, month);
            else TenureMonths[slot]++;
            BufferBudgetLeft[slot] = (float)p.BufferBudgetPerCoachMonth;
        }
    }

    /// <summary>The slot serving a client: youth desk under 27 [000 §4.5.2], else an adult desk; jump consistent
    /// hashing (Lamping &amp; Veach 2014) so that a change in the number of coaches moves as few clients as possible.</summary>
    public int SlotFor(int client, bool youth)
    {
        ulong key = Rng.Mix((ulong)(uint)client * Rng.GoldenGamma + (youth ? 1UL : AdultDeskSalt));
        if (youth) return JumpHash(key, YouthCount) * YouthStride;
        int j = JumpHash(key, Count - YouthCount), perBlock = YouthStride - 1;
        return j / perBlock * YouthStride + j % perBlock + 1;
    }

    public bool IsYouthDesk(int slot) => slot % YouthStride == 0;

    private static int JumpHash(ulong key, int buckets)
    {
        long b = -1, j = 0;
        while (j < buckets)
        {
            b = j;
            key = key * JumpMultiplier + 1;
            j = (long)((b + 1) * (JumpScale / ((key >> JumpShift) + 1)));
        }
        return (int)b;
    }

    /// <summary>Hash salt of adult desks (youth desks use 1), so a client's youth and adult desks are independent.</summary>
    private const ulong AdultDeskSalt = 2UL;

    // Jump consistent hash (Lamping & Veach 2014): the 64-bit linear congruential multiplier, 2^31 and the shift of
    // the published algorithm.
    private const ulong JumpMultiplier = 2862933555777941757UL;
    private const double JumpScale = 1L << 31;
    private const int JumpShift = 33;
}
