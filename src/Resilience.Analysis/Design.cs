using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>
/// Deterministic random numbers for experiment designs (Latin hypercubes, Morris trajectories, Saltelli matrices,
/// bootstrap resamples): a pure function of (seed, purpose, index), by the same SplitMix64 finaliser as the model's
/// streams, so a design is reproducible from its seed and independent of threads.
/// </summary>
public readonly struct DesignRandom(ulong seed, ulong purpose)
{
    private readonly ulong _key = Rng.Mix(Rng.Mix(seed ^ 0xA5A5_5A5A_C3C3_3C3CUL) + purpose * 0x9E3779B97F4A7C15UL);

    /// <summary>Uniform in [0, 1) for draw <paramref name="index"/>.</summary>
    public double U(long index) => (Rng.Mix(_key + (ulong)index * 0xD1B54A32D192ED03UL) >> 11) * (1.0 / (1UL << 53));

    public int Below(long index, int n) => Math.Min(n - 1, (int)(U(index) * n));

    /// <summary>Standard normal (Box–Muller) from draws 2·index and 2·index+1.</summary>
    public double Normal(long index)
    {
        double u1 = 1.0 - U(2 * index), u2 = U(2 * index + 1);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}

/// <summary>Space-filling designs on the unit cube.</summary>
public static class Design
{
    /// <summary>Latin hypercube: <paramref name="n"/> points in [0,1]^<paramref name="dims"/>, one in each of the n
    /// equal slices of every axis, at a random place in its slice, slices permuted independently per axis.</summary>
    public static double[][] LatinHypercube(int n, int dims, DesignRandom rng)
    {
        var points = new double[n][];
        for (int i = 0; i < n; i++) points[i] = new double[dims];
        var perm = new int[n];
        long draw = 0;
        for (int d = 0; d < dims; d++)
        {
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) // Fisher–Yates
            {
                int j = rng.Below(draw++, i + 1);
                (perm[i], perm[j]) = (perm[j], perm[i]);
            }
            for (int i = 0; i < n; i++) points[i][d] = (perm[i] + rng.U(draw++)) / n;
        }
        return points;
    }
}
