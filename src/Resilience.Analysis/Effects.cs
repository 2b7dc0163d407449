using MathNet.Numerics.Distributions;

namespace Resilience.Analysis;

/// <summary>An estimated effect (scenario minus baseline) with its 95% interval.</summary>
public readonly record struct Effect(double Baseline, double Value, double Estimate, double Low, double High, int N)
{
    public double Width => High - Low;
}

/// <summary>
/// Effect estimation. With common random numbers replication r of both scenarios shares its random streams, so the
/// effect is estimated from the paired differences d_r = scenario_r − baseline_r: mean ± t(0.975, n−1)·sd(d)/√n
/// (Student t via MathNet.Numerics). The unpaired (Welch) interval is what independent seeds would give, used to show
/// how much common random numbers sharpen the comparison.
/// </summary>
public static class Effects
{
    public static Effect Paired(IReadOnlyList<double> baseline, IReadOnlyList<double> scenario)
    {
        if (baseline.Count != scenario.Count) throw new ArgumentException("paired samples must have equal length");
        int n = baseline.Count;
        double mb = baseline.Average(), ms = scenario.Average();
        double md = ms - mb;
        if (n < 2) return new Effect(mb, ms, md, md, md, n);
        double ss = 0;
        for (int i = 0; i < n; i++)
        {
            double d = scenario[i] - baseline[i] - md;
            ss += d * d;
        }
        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * Math.Sqrt(ss / (n - 1) / n);
        return new Effect(mb, ms, md, md - half, md + half, n);
    }

    /// <summary>Welch interval for the difference of two independent samples.</summary>
    public static Effect Independent(IReadOnlyList<double> baseline, IReadOnlyList<double> scenario)
    {
        int n1 = baseline.Count, n2 = scenario.Count;
        double m1 = baseline.Average(), m2 = scenario.Average();
        double v1 = Variance(baseline, m1), v2 = Variance(scenario, m2);
        double se2 = v1 / n1 + v2 / n2;
        if (se2 <= 0 || n1 < 2 || n2 < 2) return new Effect(m1, m2, m2 - m1, m2 - m1, m2 - m1, Math.Min(n1, n2));
        double df = se2 * se2 / (v1 * v1 / (n1 * n1 * (n1 - 1.0)) + v2 * v2 / (n2 * n2 * (n2 - 1.0)));
        double half = StudentT.InvCDF(0, 1, df, 0.975) * Math.Sqrt(se2);
        return new Effect(m1, m2, m2 - m1, m2 - m1 - half, m2 - m1 + half, Math.Min(n1, n2));
    }

    private static double Variance(IReadOnlyList<double> x, double mean)
    {
        double ss = 0;
        foreach (var v in x) ss += (v - mean) * (v - mean);
        return x.Count > 1 ? ss / (x.Count - 1) : 0;
    }

    /// <summary>Ratio of mean differences (e.g. extra cost per extra lasting exit) with a paired percentile
    /// bootstrap interval over replications; deterministic (fixed resampling stream). NaN when the denominator's
    /// effect is not clearly non-zero in a resample.</summary>
    public static Effect Ratio(IReadOnlyList<double> numBase, IReadOnlyList<double> numScen, IReadOnlyList<double> denBase,
        IReadOnlyList<double> denScen, int resamples = 2000)
    {
        int n = numBase.Count;
        double Est(Func<int, int> pick)
        {
            double dn = 0, dd = 0;
            for (int k = 0; k < n; k++) { int i = pick(k); dn += numScen[i] - numBase[i]; dd += denScen[i] - denBase[i]; }
            return Math.Abs(dd) < 1e-12 ? double.NaN : dn / dd;
        }
        double point = Est(k => k);
        if (n < 2 || double.IsNaN(point)) return new Effect(double.NaN, double.NaN, point, double.NaN, double.NaN, n);
        var draws = new List<double>(resamples);
        for (int b = 0; b < resamples; b++)
        {
            var rng = Model.Rng.For(Model.Rng.RunKey(0xB0075, b), 0, 0, Model.Stream.Synthesis);
            double v = Est(k => rng.Below(k, n));
            if (double.IsFinite(v)) draws.Add(v);
        }
        if (draws.Count < resamples * 0.9) return new Effect(double.NaN, double.NaN, point, double.NaN, double.NaN, n);
        draws.Sort();
        return new Effect(double.NaN, double.NaN, point, draws[(int)(0.025 * (draws.Count - 1))], draws[(int)(0.975 * (draws.Count - 1))], n);
    }
}
