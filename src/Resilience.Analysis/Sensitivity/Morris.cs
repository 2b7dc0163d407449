using MathNet.Numerics.Statistics;

namespace Resilience.Analysis.Sensitivity;

/// <summary>A Morris design: trajectories of d+1 points on a p-level grid of the unit cube, each step moving one
/// factor by ±Δ, Δ = p / (2(p − 1)).</summary>
public sealed record MorrisDesign(int Dimensions, int Trajectories, int Levels, double[][] Points, int[][] Order)
{
    public double Delta => Levels / (2.0 * (Levels - 1));
}

/// <summary>Elementary-effect statistics of one factor for one outcome: μ* (mean |EE|, with a bootstrap 95% interval
/// over trajectories), μ (mean EE) and σ (sd of EE), in outcome units per whole range of the factor.</summary>
public sealed record MorrisEffect(int Factor, double MuStar, double MuStarLow, double MuStarHigh, double Mu, double Sigma, int Effects);

/// <summary>
/// Morris elementary effects (Morris 1991, with μ* of Campolongo et al. 2007): r random one-at-a-time trajectories;
/// the elementary effect of factor i in a trajectory is the change in the outcome when only i moves, divided by how
/// far it moved (on the unit scale of its bounds). Cost r·(d+1) evaluations. Screens many factors cheaply: a large μ*
/// means influential, a large σ relative to μ* means non-linear or interacting.
/// </summary>
public static class Morris
{
    public static MorrisDesign Design(int dimensions, int trajectories, int levels, DesignRandom rng)
    {
        if (levels < 2 || levels % 2 != 0) throw new ArgumentOutOfRangeException(nameof(levels), "Morris levels must be an even number ≥ 2.");
        double delta = levels / (2.0 * (levels - 1));
        var points = new double[trajectories * (dimensions + 1)][];
        var order = new int[trajectories][];
        long draw = 0;
        for (int t = 0; t < trajectories; t++)
        {
            var x = new double[dimensions];
            var direction = new double[dimensions];
            for (int i = 0; i < dimensions; i++)
            {
                x[i] = rng.Below(draw++, levels) / (double)(levels - 1);
                direction[i] = x[i] + delta <= 1 + 1e-12 ? delta : -delta;
            }
            var perm = Enumerable.Range(0, dimensions).ToArray();
            for (int i = dimensions - 1; i > 0; i--)
            {
                int j = rng.Below(draw++, i + 1);
                (perm[i], perm[j]) = (perm[j], perm[i]);
            }
            order[t] = perm;
            int row = t * (dimensions + 1);
            points[row] = (double[])x.Clone();
            for (int s = 0; s < dimensions; s++)
            {
                x[perm[s]] += direction[perm[s]];
                points[row + s + 1] = (double[])x.Clone();
            }
        }
        return new MorrisDesign(dimensions, trajectories, levels, points, order);
    }

    /// <summary>Effects of every factor on one outcome. <paramref name="unitPoints"/> are the points as actually
    /// run (after rounding of integer factors), so a step that rounding cancelled gives no effect.</summary>
    public static MorrisEffect[] Analyse(MorrisDesign design, IReadOnlyList<double[]> unitPoints, IReadOnlyList<double> outcome,
        int bootstrap = 1000, ulong seed = 1)
    {
        int d = design.Dimensions, r = design.Trajectories;
        var ee = new double[d][];
        for (int i = 0; i < d; i++) { ee[i] = new double[r]; Array.Fill(ee[i], double.NaN); }
        for (int t = 0; t < r; t++)
        {
            int row = t * (d + 1);
            for (int s = 0; s < d; s++)
            {
                int i = design.Order[t][s];
                double du = unitPoints[row + s + 1][i] - unitPoints[row + s][i];
                double dy = outcome[row + s + 1] - outcome[row + s];
                if (Math.Abs(du) > 1e-12 && double.IsFinite(dy)) ee[i][t] = dy / du;
            }
        }
        var rng = new DesignRandom(seed, 0x3055);
        var result = new MorrisEffect[d];
        for (int i = 0; i < d; i++)
        {
            var e = ee[i].Where(double.IsFinite).ToArray();
            if (e.Length == 0) { result[i] = new MorrisEffect(i, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0); continue; }
            double muStar = e.Average(Math.Abs), mu = e.Average(), sigma = e.Length > 1 ? e.StandardDeviation() : 0;
            var boot = new double[bootstrap];
            for (int b = 0; b < bootstrap; b++)
            {
                double s = 0;
                for (int k = 0; k < e.Length; k++) s += Math.Abs(e[rng.Below((long)(b * e.Length + k) + (long)i * bootstrap * e.Length, e.Length)]);
                boot[b] = s / e.Length;
            }
            double lo = bootstrap > 1 ? boot.Quantile(0.025) : muStar, hi = bootstrap > 1 ? boot.Quantile(0.975) : muStar;
            result[i] = new MorrisEffect(i, muStar, lo, hi, mu, sigma, e.Length);
        }
        return result;
    }
}
