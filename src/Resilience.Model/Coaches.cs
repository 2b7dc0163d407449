namespace Resilience.Model;

/// <summary>Coaches (klantmanager, werkcoach, jongerencoach) as struct-of-arrays (MODEL.md §2.2). A slot is a desk;
/// when its coach leaves, a new coach with a new <see cref="Ident"/> takes the slot, and the clients of that slot
/// notice the change in their own step.</summary>
public sealed class Coaches
{
    public int Count { get; private set; }
    /// <summary>Every <see cref="YouthStride"/>-th desk (0, stride, 2·stride, …) is a youth desk, so that adding desks
    /// at the end never renumbers existing ones.</summary>
    public int YouthStride { get; private set; } = 7;
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
    public static int Required(int initialClients, double caseload) => Math.Max(2, (int)Math.Ceiling(initialClients / caseload));

    /// <summary>Grow or shrink to <paramref name="count"/> slots (a change of the caseload lever). Existing coaches
    /// keep their slots; new slots get new coaches. The youth-desk stride is fixed by the first sizing.</summary>
    public void Resize(int count, double youthShare, ulong runKey, int month)
    {
        int old = Count;
        Array.Resize(ref Ident, count); Array.Resize(ref Empathy, count); Array.Resize(ref Directiveness, count);
        Array.Resize(ref BufferBudgetLeft, count); Array.Resize(ref TenureMonths, count);
        for (int s = old; s < count; s++) Hire(s, runKey, month);
        Count = count;
        Layout++;
        if (old == 0) YouthStride = Math.Max(2, (int)Math.Round(1 / Math.Max(0.01, youthShare)));
    }

    /// <summary>A new coach takes slot <paramref name="slot"/>; style drawn from the coach's own stream.</summary>
    public void Hire(int slot, ulong runKey, int month)
    {
        int id = NextIdent++;
        var rng = Rng.For(runKey, id, month, Stream.Coaches);
        Ident[slot] = id;
        Empathy[slot] = (float)Math.Clamp(0.55 + 0.2 * rng.Normal(0), 0.05, 1);
        Directiveness[slot] = (float)Math.Clamp(0.5 + 0.2 * rng.Normal(2), 0.05, 1);
        TenureMonths[slot] = 0;
    }

    /// <summary>Months in a year: <c>coach.turnoverPerYear</c> is a yearly rate.</summary>
    public const double MonthsPerYear = 12;

    /// <summary>The coach phase of a month (MODEL.md §3.1 step 2, sequential): the number of desks follows the
    /// caseload lever; each desk's coach leaves or is reassigned with probability 1 − e^(−r/12), where r is
    /// <c>coach.turnoverPerYear</c> without its reassignment share when referrals are banned [003 Table 7, 002 M12];
    /// a new coach takes the desk; every desk's buffer budget is reset [002 action line 1].</summary>
    public void MonthlyTurnover(Parameters p, int initialClients, ulong runKey, int month)
    {
        int required = Required(initialClients, p.CoachCaseload);
        if (required != Count) Resize(required, p.YouthCoachShare, runKey, month);
        double turnover = p.CoachTurnoverPerYear * (p.CoachNoReferral ? 1 - p.CoachReassignmentShare : 1);
        double monthly = 1 - Math.Exp(-turnover / MonthsPerYear);
        for (int slot = 0; slot < Count; slot++)
        {
            if (Rng.For(runKey, slot, month, Stream.CoachTurnover).Chance(0, monthly)) Hire(slot, runKey, month);
            else TenureMonths[slot]++;
            BufferBudgetLeft[slot] = (float)p.BufferBudgetPerCoachMonth;
        }
    }

    /// <summary>The slot serving a client: youth desk under 27 [000 §4.5.2], else an adult desk; jump consistent
    /// hashing (Lamping &amp; Veach 2014) so that a change in the number of coaches moves as few clients as possible.</summary>
    public int SlotFor(int client, bool youth)
    {
        ulong key = Rng.Mix((ulong)(uint)client * 0x9E3779B97F4A7C15UL + (youth ? 1UL : 2UL));
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
            key = key * 2862933555777941757UL + 1;
            j = (long)((b + 1) * ((double)(1L << 31) / ((key >> 33) + 1)));
        }
        return (int)b;
    }
}
