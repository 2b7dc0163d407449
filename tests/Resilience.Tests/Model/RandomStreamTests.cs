using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Resilience.Model;

namespace Resilience.Tests;

[Trait("Tier", "Fast")]
public class RandomStreamTests
{
    [Fact]
    public void UniformDrawsPassAKolmogorovSmirnovTest()
    {
        ulong key = Rng.RunKey(42, 0);
        var u = Enumerable.Range(0, 20000).Select(i => Rng.For(key, i, 5, Model.Stream.Work).U(3)).OrderBy(x => x).ToArray();
        double d = 0;
        for (int i = 0; i < u.Length; i++) d = Math.Max(d, Math.Max(Math.Abs((i + 1.0) / u.Length - u[i]), Math.Abs(u[i] - (double)i / u.Length)));
        // Critical value of the KS statistic at alpha = 0.001: 1.95 / sqrt(n).
        Assert.True(d < 1.95 / Math.Sqrt(u.Length), $"KS distance {d}");
    }

    [Fact]
    public void NormalDrawsMatchTheStandardNormal()
    {
        ulong key = Rng.RunKey(7, 3);
        var x = Enumerable.Range(0, 20000).Select(i => Rng.For(key, i, 1, Model.Stream.Synthesis).Normal(0)).ToArray();
        Assert.InRange(x.Mean(), -0.03, 0.03);
        Assert.InRange(x.StandardDeviation(), 0.97, 1.03);
        double within = x.Count(v => Math.Abs(v) < Normal.InvCDF(0, 1, 0.975)) / (double)x.Length;
        Assert.InRange(within, 0.94, 0.96);
    }

    [Fact]
    public void StreamsAndDrawIndicesAreIndependent()
    {
        ulong key = Rng.RunKey(1, 0);
        var a = Enumerable.Range(0, 5000).Select(i => Rng.For(key, i, 2, Model.Stream.Money).U(0)).ToArray();
        var b = Enumerable.Range(0, 5000).Select(i => Rng.For(key, i, 2, Model.Stream.Coaching).U(0)).ToArray();
        var c = Enumerable.Range(0, 5000).Select(i => Rng.For(key, i, 2, Model.Stream.Money).U(1)).ToArray();
        Assert.InRange(Correlation.Pearson(a, b), -0.05, 0.05);
        Assert.InRange(Correlation.Pearson(a, c), -0.05, 0.05);
    }

    [Fact]
    public void ParetoClawbacksAreHeavyTailedWithTheRightScale()
    {
        ulong key = Rng.RunKey(3, 0);
        var x = Enumerable.Range(0, 50000).Select(i => Rng.For(key, i, 0, Model.Stream.LifeEvents).Pareto(0, 300, 1.5)).ToArray();
        Assert.True(x.Min() >= 300);
        // P(X > 3000) = (300/3000)^1.5 ≈ 0.0316
        Assert.InRange(x.Count(v => v > 3000) / (double)x.Length, 0.027, 0.036);
    }
}
