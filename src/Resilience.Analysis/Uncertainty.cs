using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>An effect over the draws of a probabilistic sensitivity analysis: the mean of the per-draw effects, the
/// 95% interval over the draws (2.5th and 97.5th percentiles), and the probability that the effect has the sign of
/// the mean (the share of draws on that side of zero).</summary>
public readonly record struct DrawnEffect(double Mean, double Low, double High, double ProbabilityOfSign, int Draws)
{
    /// <summary>The sign of the mean: +1, −1, or 0 when it is exactly zero.</summary>
    public int Sign => Math.Sign(Mean);
}

/// <summary>One assumption behind an effect: the share of the effect's variance over the draws that its parameter
/// explains on its own (a first-order, variance-based index).</summary>
public readonly record struct Driver(ParamDef Parameter, double Share);

/// <summary>
/// The statistics of probabilistic sensitivity analysis, as health economics reports them (Briggs, Claxton and
/// Sculpher 2006): every draw runs one vector of all uncertain parameters under common random numbers, so the
/// per-draw effect carries simulation noise, the calibrated parameters' uncertainty and the assumed sizes' priors
/// together.
/// </summary>
public static class Uncertainty
{
    /// <summary>Mean, 95% interval over draws and probability of the sign of <paramref name="effects"/> (one per draw).</summary>
    public static DrawnEffect Summarise(IReadOnlyList<double> effects)
    {
        if (effects.Count == 0) throw new ArgumentException("no draws", nameof(effects));
        var sorted = effects.Order().ToArray();
        double mean = sorted.Average();
        int sign = Math.Sign(mean);
        double p = sign == 0 ? sorted.Count(x => x == 0) / (double)sorted.Length
                             : sorted.Count(x => Math.Sign(x) == sign) / (double)sorted.Length;
        return new DrawnEffect(mean, Percentile(sorted, 0.025), Percentile(sorted, 0.975), p, sorted.Length);
    }

    /// <summary>Linear interpolation between order statistics (type 7 of Hyndman and Fan, R's default).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        double h = (sorted.Count - 1) * q;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Willingness-to-pay values of the acceptability curve: €0 to €100,000 per unit gained, in steps.</summary>
    public static readonly double[] WillingnessToPay = [.. Enumerable.Range(0, 21).Select(k => k * 5000.0)];

    /// <summary>The cost-effectiveness acceptability curve: for each willingness to pay λ, the share of draws in which
    /// the scenario's net monetary benefit λ·ΔE − ΔC is positive (ΔE: units gained per client, e.g. lasting exits per
    /// client; ΔC: extra public cost per client). Draw by draw, so that cost and effect stay paired.</summary>
    public static double[] Acceptability(IReadOnlyList<double> extraCost, IReadOnlyList<double> gained, IReadOnlyList<double> willingnessToPay)
    {
        if (extraCost.Count != gained.Count || extraCost.Count == 0) throw new ArgumentException("one cost and one gain per draw expected");
        return [.. willingnessToPay.Select(l => Enumerable.Range(0, gained.Count).Count(k => l * gained[k] - extraCost[k] > 0) / (double)gained.Count)];
    }

    /// <summary>
    /// Which parameters drive an effect: for each drawn parameter, the first-order variance-based index estimated from
    /// the given draws (no extra runs): the draws are sorted by the parameter and cut into about √K bins of equal size,
    /// and the index is the variance of the bins' mean effects over the effect's variance (the given-data estimator of
    /// Plischke, Borgonovo and Smith 2013), less what bins of random draws would show by chance ((bins − 1) / (K − 1)).
    /// With hundreds of parameters some index is large by chance alone, so a parameter is listed only when its index
    /// exceeds the 95th percentile of the largest index over <see cref="NullPermutations"/> random re-pairings of the
    /// effects with the draws (a permutation test of "no parameter matters"). The largest first.
    /// </summary>
    public static IReadOnlyList<Driver> Drivers(IReadOnlyList<ParamDef> parameters, IReadOnlyList<double[]> values, IReadOnlyList<double> effects, int top)
    {
        int k = effects.Count;
        if (values.Count != k) throw new ArgumentException("one parameter vector per draw expected");
        if (k < 4) return [];
        double mean = effects.Average();
        double total = effects.Sum(e => (e - mean) * (e - mean)) / k;
        if (total <= 0) return [];
        int bins = Math.Max(2, (int)Math.Round(Math.Sqrt(k)));
        double chance = (bins - 1.0) / (k - 1.0);
        var orders = Enumerable.Range(0, parameters.Count)
            .Select(j => Enumerable.Range(0, k).OrderBy(i => values[i][j]).ThenBy(i => i).ToArray()).ToArray();

        double Index(int[] order, IReadOnlyList<double> y)
        {
            double between = 0;
            for (int b = 0; b < bins; b++)
            {
                int from = b * k / bins, to = (b + 1) * k / bins;
                if (to <= from) continue;
                double m = 0;
                for (int i = from; i < to; i++) m += y[order[i]];
                m /= to - from;
                between += (to - from) * (m - mean) * (m - mean);
            }
            return between / k / total - chance;
        }

        // The null: the effects re-paired with the draws at random, so no parameter can explain them.
        var maxima = new double[NullPermutations];
        var shuffled = effects.ToArray();
        var rng = Rng.For(Rng.Mix((ulong)k * NullSalt), parameters.Count, 0, Model.Stream.Synthesis);
        for (int n = 0; n < NullPermutations; n++)
        {
            for (int i = k - 1; i > 0; i--)
            {
                int swap = (int)(rng.U(n * k + i) * (i + 1));
                (shuffled[i], shuffled[swap]) = (shuffled[swap], shuffled[i]);
            }
            maxima[n] = orders.Max(o => Index(o, shuffled));
        }
        Array.Sort(maxima);
        double threshold = Percentile(maxima, NullQuantile);

        var result = new List<Driver>();
        for (int j = 0; j < parameters.Count; j++)
        {
            double index = Index(orders[j], effects);
            if (index > threshold && index > 0) result.Add(new Driver(parameters[j], index));
        }
        return [.. result.OrderByDescending(d => d.Share).ThenBy(d => d.Parameter.Name, StringComparer.Ordinal).Take(top)];
    }

    /// <summary>Random re-pairings behind the drivers' chance threshold.</summary>
    public const int NullPermutations = 40;

    /// <summary>The drivers' chance threshold: this quantile of the largest index under random re-pairing.</summary>
    public const double NullQuantile = 0.95;

    private const ulong NullSalt = 0x4E55_4C4C; // "NULL"
}
