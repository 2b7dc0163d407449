using MathNet.Numerics.Distributions;
using Resilience.Analysis;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>Issue 23 item 2: every assumed size has a prior over plausible values; what the law, a policy setting, a
/// measurement or the calibration fixes has none; the Latin hypercube over the priors covers each one evenly.</summary>
[Trait("Tier", "Fast")]
public class PriorTests
{
    [Fact]
    public void EveryAssumedSizeHasAPriorThatHoldsItsDefaultInsideItsAllowedRange()
    {
        int withPrior = 0;
        foreach (var d in ParameterRegistry.All)
        {
            var prior = Priors.For(d);
            bool assumed = d.Meta.Evidence is Evidence.Direction or Evidence.Assumption or Evidence.Calibrated && !d.IsLever && d.Kind is ParamKind.Number or ParamKind.Integer;
            if (!assumed)
            {
                Assert.True(prior.IsNone, $"{d.Name} ({d.Meta.Evidence}{(d.IsLever ? ", lever" : "")}) should be held fixed, has {prior}");
                continue;
            }
            Assert.False(prior.IsNone, $"{d.Name}: an assumed size without a prior");
            Assert.InRange(prior.Low, d.Meta.Min, d.Meta.Default);
            Assert.InRange(prior.High, d.Meta.Default, d.Meta.Max);
            Assert.True(prior.High > prior.Low, d.Name);
            Assert.Equal(d.Meta.Evidence == Evidence.Assumption ? PriorShape.Uniform : PriorShape.Triangular, prior.Shape);
            withPrior++;
        }
        Assert.True(withPrior > 400, $"only {withPrior} parameters carry a prior");
    }

    [Fact]
    public void AnAssumptionsPriorIsWiderThanADirectionsForTheSameDefault()
    {
        // Where neither bound is cut by the allowed range, the bands are default/2..2×default and default/3..3×default.
        var direction = ParameterRegistry.All.First(d => d.Meta.Evidence == Evidence.Direction && !d.IsLever && d.Kind == ParamKind.Number
                                                          && d.Meta.Default / 2 > d.Meta.Min && d.Meta.Default * 2 < d.Meta.Max);
        var p = Priors.For(direction);
        Assert.Equal(direction.Meta.Default / Priors.DirectionBand, p.Low, 12);
        Assert.Equal(direction.Meta.Default * Priors.DirectionBand, p.High, 12);
        var assumption = ParameterRegistry.All.First(d => d.Meta.Evidence == Evidence.Assumption && !d.IsLever && d.Kind == ParamKind.Number
                                                           && d.Meta.Default / 3 > d.Meta.Min && d.Meta.Default * 3 < d.Meta.Max);
        var q = Priors.For(assumption);
        Assert.Equal(assumption.Meta.Default / Priors.AssumptionBand, q.Low, 12);
        Assert.Equal(assumption.Meta.Default * Priors.AssumptionBand, q.High, 12);
    }

    [Theory]
    [InlineData(0.1, 0.5, 1.0)]
    [InlineData(0.25, 0.25, 3.0)]
    [InlineData(2.0, 5.0, 5.0)]
    public void TheTriangularQuantileIsMathNetsInverseDistributionFunction(double low, double mode, double high)
    {
        var prior = new Prior(PriorShape.Triangular, low, mode, high);
        var reference = new Triangular(low, high, mode);
        foreach (var u in new[] { 0.0, 0.01, 0.2, 0.5, 0.77, 0.99, 1.0 })
            Assert.Equal(reference.InverseCumulativeDistribution(u), prior.Quantile(u), 10);
    }

    [Fact]
    public void TheLatinHypercubeUsesEachStratumOfEachPriorOnceAndDependsOnlyOnTheSeed()
    {
        var parameters = Priors.All().ToList();
        const int k = 40;
        var draws = PriorDraws.LatinHypercube(k, 11, parameters);
        Assert.Equal(k, draws.Count);
        for (int j = 0; j < parameters.Count; j++)
        {
            var (def, prior) = parameters[j];
            if (def.Kind == ParamKind.Integer) continue; // rounded: strata of an integer can share a value
            var strata = draws.Select(v => Stratum(prior, v[j], k)).Order().ToArray();
            Assert.True(strata.SequenceEqual(Enumerable.Range(0, k)), $"{def.Name}: strata {string.Join(",", strata)}");
            Assert.All(draws, v => Assert.Null(def.Validate(v[j])));
        }
        Assert.Equal(draws, PriorDraws.LatinHypercube(k, 11, parameters));
        Assert.NotEqual(draws[0], PriorDraws.LatinHypercube(k, 12, parameters)[0]);
    }

    private static int Stratum(Prior prior, double x, int k)
    {
        double cdf = prior.Shape == PriorShape.Uniform
            ? (x - prior.Low) / (prior.High - prior.Low)
            : new Triangular(prior.Low, prior.High, prior.Mode).CumulativeDistribution(x);
        return Math.Min(k - 1, (int)Math.Floor(cdf * k + 1e-9));
    }
}
