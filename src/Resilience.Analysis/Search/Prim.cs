namespace Resilience.Analysis.Search;

/// <summary>One restricted dimension of a PRIM box: the points inside have <see cref="Low"/> ≤ x ≤ <see cref="High"/>.</summary>
public readonly record struct BoxLimit(int Dimension, double Low, double High, bool LowRestricted, bool HighRestricted);

/// <summary>A PRIM box: its restricted dimensions, the share of all cases (y = 1) it holds (coverage), the share of its
/// points that are cases (density), and how many points it holds.</summary>
public sealed record PrimBox(IReadOnlyList<BoxLimit> Limits, double Coverage, double Density, int Points);

/// <summary>
/// The patient rule induction method (Friedman and Fisher 1999), as scenario discovery uses it (Bryant and Lempert
/// 2010): start from the box holding every point; repeatedly peel off the share <see cref="Alpha"/> of the points at
/// the low or the high end of one dimension, choosing the peel that leaves the highest density of cases, until the
/// box would hold fewer than <see cref="MinSupport"/> of the points. Of the boxes along that trajectory the one with
/// the highest density is kept (of equal densities the larger); its cases are then removed and the search repeated
/// for a second box (covering), while a box is denser than the cases' share overall. No pasting. There is no .NET
/// library of PRIM, hence this short implementation.
/// </summary>
public static class Prim
{
    /// <summary>The share of the box's points peeled per step (Friedman and Fisher's α; 0.05 to 0.1 usual).</summary>
    public const double Alpha = 0.05;

    /// <summary>The least share of all points a box holds (β₀).</summary>
    public const double MinSupport = 0.1;

    /// <summary>At most this many boxes (covering).</summary>
    public const int MaxBoxes = 2;

    /// <summary>Boxes in which the cases (<paramref name="y"/> true) concentrate, over the points <paramref name="x"/>
    /// (one row per point, one column per dimension).</summary>
    public static List<PrimBox> Boxes(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, int maxBoxes = MaxBoxes)
    {
        var boxes = new List<PrimBox>();
        int totalCases = y.Count(v => v);
        if (totalCases == 0 || x.Count == 0) return boxes;
        var remaining = Enumerable.Range(0, x.Count).ToList();
        while (boxes.Count < maxBoxes)
        {
            int cases = remaining.Count(i => y[i]);
            if (cases == 0) break;
            double baseDensity = cases / (double)remaining.Count;
            var (inside, limits) = Peel(x, y, remaining, Math.Max(1, (int)Math.Ceiling(MinSupport * x.Count)));
            int boxCases = inside.Count(i => y[i]);
            double density = boxCases / (double)inside.Count;
            if (limits.Count == 0 || density <= baseDensity) break; // no range of the assumptions stands out
            boxes.Add(new PrimBox(limits, boxCases / (double)totalCases, density, inside.Count));
            remaining = [.. remaining.Where(i => !inside.Contains(i))];
        }
        return boxes;
    }

    /// <summary>The peeling trajectory over <paramref name="points"/>: the densest box of at least
    /// <paramref name="minPoints"/> points (of equal densities the first, the largest), with its points and the limits
    /// peeling set (a dimension never peeled is not restricted).</summary>
    private static (HashSet<int> Inside, List<BoxLimit> Limits) Peel(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, List<int> points, int minPoints)
    {
        int dims = x[0].Length;
        var box = points.ToList();
        double[] lo = [.. Enumerable.Repeat(double.NegativeInfinity, dims)], hi = [.. Enumerable.Repeat(double.PositiveInfinity, dims)];
        double Density(List<int> b) => b.Count(i => y[i]) / (double)b.Count;
        List<BoxLimit> Limits() => [.. Enumerable.Range(0, dims).Where(d => double.IsFinite(lo[d]) || double.IsFinite(hi[d]))
            .Select(d => new BoxLimit(d, lo[d], hi[d], double.IsFinite(lo[d]), double.IsFinite(hi[d])))];
        var best = (Inside: box.ToHashSet(), Limits: Limits(), Density: Density(box));
        while (true)
        {
            int peel = Math.Max(1, (int)Math.Floor(Alpha * box.Count));
            (List<int> Box, int Dim, bool Low)? bestNext = null;
            double bestDensity = double.NegativeInfinity;
            for (int d = 0; d < dims; d++)
            {
                var sorted = box.Select(i => x[i][d]).Order().ToArray();
                // Peel the points at or below the peel-th smallest value, or at or above the peel-th largest (ties go together).
                double low = sorted[peel - 1], high = sorted[^peel];
                foreach (var (next, isLow) in new[] { (box.Where(i => x[i][d] > low).ToList(), true), (box.Where(i => x[i][d] < high).ToList(), false) })
                {
                    if (next.Count < minPoints || next.Count == box.Count) continue;
                    double dens = Density(next);
                    if (dens > bestDensity) { bestDensity = dens; bestNext = (next, d, isLow); }
                }
            }
            if (bestNext is not { } step) break;
            box = step.Box;
            if (step.Low) lo[step.Dim] = box.Min(i => x[i][step.Dim]);
            else hi[step.Dim] = box.Max(i => x[i][step.Dim]);
            if (bestDensity > best.Density) best = (box.ToHashSet(), Limits(), bestDensity);
        }
        return (best.Inside, best.Limits);
    }
}
