using System.Runtime.CompilerServices;

namespace Resilience.Model;

/// <summary>
/// What next month's clients read back from this month (ODD §3 step 5, MODEL.md §3.1): the share of each
/// neighbourhood's active clients who are on the caseload (the neighbourhood norm of §7.7 [003]) and the caseload's
/// mean prospect (the reference against which target-driven coaches favour some clients [004 §3], §7.4). Each client
/// is tallied on its own (<see cref="Count"/>, <see cref="Prospect"/>); the tallies add up over clients in any grouping
/// (whole numbers, and floats summed in doubles), and <see cref="Set"/> turns the totals into the month's snapshot.
/// </summary>
public static class Feedback
{
    /// <summary>Tally slots per neighbourhood: its active clients, and those of them on the caseload.</summary>
    public const int SlotsPerNeighbourhood = 2;

    /// <summary>The benefit share of a neighbourhood with no active client: the middle of the scale, neither norm.</summary>
    public const float EmptyNeighbourhoodShare = (float)Units.MidScale;

    /// <summary>Length of a neighbourhood tally for <paramref name="neighbourhoods"/> neighbourhoods (at least one).</summary>
    public static int TallySize(int neighbourhoods) => SlotsPerNeighbourhood * Math.Max(1, neighbourhoods);

    /// <summary>Client <paramref name="c"/> (entered) counts toward its neighbourhood's active clients and, on the
    /// caseload, toward its benefit share.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Count(ref Client c, Span<int> neighbourhood)
    {
        int nb = c.Neighbourhood * SlotsPerNeighbourhood;
        neighbourhood[nb]++;
        neighbourhood[nb + 1] += c.OnCaseload ? 1 : 0;
    }

    /// <summary>The client's prospect as a float (sums of floats in doubles are exact, so order-free), 0 off the
    /// caseload, where it is not read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Prospect(ref Client c, Parameters p) => c.OnCaseload ? (float)Coaching.Prospect(c, p) : 0;

    /// <summary>Tally clients [<paramref name="from"/>, <paramref name="to"/>) alone: their neighbourhood counts into
    /// <paramref name="neighbourhood"/>, the caseload's prospect sum and size (the burn-in, which records nothing
    /// else; the run tallies them within its observation).</summary>
    public static void Tally(Population s, Parameters p, int from, int to, Span<int> neighbourhood, out double prospect, out long caseload)
    {
        double sum = 0;
        long n = 0;
        for (int i = from; i < to; i++)
        {
            ref Client c = ref s[i];
            if (c.Status == Status.NotEntered) continue;
            sum += Prospect(ref c, p);
            n += c.OnCaseload ? 1 : 0;
            Count(ref c, neighbourhood);
        }
        prospect = sum;
        caseload = n;
    }

    /// <summary>Set next month's snapshot in <paramref name="ctx"/> from the month's totals: each neighbourhood's
    /// benefit share from <paramref name="neighbourhood"/> (<see cref="Count"/>), and the caseload's mean prospect.</summary>
    public static void Set(MonthContext ctx, ReadOnlySpan<int> neighbourhood, double prospectSum, double caseload)
    {
        var share = ctx.NeighbourhoodBenefitShare;
        for (int k = 0; k < share.Length; k++)
        {
            int active = neighbourhood[SlotsPerNeighbourhood * k], onCaseload = neighbourhood[SlotsPerNeighbourhood * k + 1];
            share[k] = active > 0 ? (float)onCaseload / active : EmptyNeighbourhoodShare;
        }
        ctx.MeanProspect = caseload > 0 ? prospectSum / caseload : MonthContext.InitialMeanProspect;
    }
}
