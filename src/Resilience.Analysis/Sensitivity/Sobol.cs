using MathNet.Numerics.Statistics;

namespace Resilience.Analysis.Sensitivity;

/// <summary>The Saltelli design: matrices A and B of N independent uniform points, and for each factor i the matrix
/// A with column i taken from B. Rows are laid out as A (N), B (N), then A_B^(1..d) (N each): N·(d+2) points.</summary>
public sealed record SaltelliDesign(int Dimensions, int N, double[][] Points);

/// <summary>First-order and total Sobol indices of one factor for one outcome, each with a bootstrap 95%
/// interval.</summary>
public sealed record SobolIndex(int Factor, double First, double FirstLow, double FirstHigh, double Total, double TotalLow, double TotalHigh);

/// <summary>
/// Variance-based sensitivity (Sobol 1993) estimated from a Saltelli design: first-order index
/// S_i = mean((f(B) − f̄)·(f(A_B^i) − f(A))) / V (Saltelli et al. 2010, with f centred on its mean f̄, which
/// leaves the estimator unbiased and removes the noise a large mean adds) and total index
/// S_Ti = mean((f(A) − f(A_B^i))²) / (2V) (Jansen 1999), V the variance of f over A and B together. Points are
/// pseudo-random (counter-based, reproducible from the seed), not a low-discrepancy sequence; intervals are
/// percentiles of a bootstrap over the N rows.
/// </summary>
public static class Sobol
{
    public static SaltelliDesign Design(int dimensions, int n, DesignRandom rng)
    {
        var points = new double[n * (dimensions + 2)][];
        for (int j = 0; j < n; j++)
        {
            var a = new double[dimensions];
            var b = new double[dimensions];
            for (int i = 0; i < dimensions; i++)
            {
                a[i] = rng.U((long)j * 2 * dimensions + i);
                b[i] = rng.U((long)j * 2 * dimensions + dimensions + i);
            }
            points[j] = a;
            points[n + j] = b;
            for (int i = 0; i < dimensions; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                points[(2 + i) * n + j] = ab;
            }
        }
        return new SaltelliDesign(dimensions, n, points);
    }

    public static SobolIndex[] Analyse(SaltelliDesign design, IReadOnlyList<double> y, int bootstrap = 500, ulong seed = 1)
    {
        int n = design.N, d = design.Dimensions;
        var all = Enumerable.Range(0, n).ToArray();
        var point = Estimate(all);
        var boots = new (double S, double T)[bootstrap][];
        var rng = new DesignRandom(seed, 0x50B0);
        var rows = new int[n];
        for (int b = 0; b < bootstrap; b++)
        {
            for (int j = 0; j < n; j++) rows[j] = rng.Below((long)b * n + j, n);
            boots[b] = Estimate(rows);
        }
        var result = new SobolIndex[d];
        for (int i = 0; i < d; i++)
        {
            double[] s = [.. boots.Select(x => x[i].S)], t = [.. boots.Select(x => x[i].T)];
            bool ci = bootstrap > 1;
            result[i] = new SobolIndex(i, point[i].S, ci ? s.Quantile(0.025) : double.NaN, ci ? s.Quantile(0.975) : double.NaN,
                point[i].T, ci ? t.Quantile(0.025) : double.NaN, ci ? t.Quantile(0.975) : double.NaN);
        }
        return result;

        (double S, double T)[] Estimate(int[] rowsUsed)
        {
            double mean = 0;
            foreach (int j in rowsUsed) mean += y[j] + y[n + j];
            mean /= 2.0 * rowsUsed.Length;
            double v = 0;
            foreach (int j in rowsUsed) v += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
            v /= 2.0 * rowsUsed.Length - 1;
            var est = new (double, double)[d];
            for (int i = 0; i < d; i++)
            {
                double first = 0, total = 0;
                foreach (int j in rowsUsed)
                {
                    double fa = y[j], fb = y[n + j], fab = y[(2 + i) * n + j];
                    first += (fb - mean) * (fab - fa);
                    total += (fa - fab) * (fa - fab);
                }
                est[i] = v > 0 ? (first / rowsUsed.Length / v, total / rowsUsed.Length / (2 * v)) : (double.NaN, double.NaN);
            }
            return est;
        }
    }
}
