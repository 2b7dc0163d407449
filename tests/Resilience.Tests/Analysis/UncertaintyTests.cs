using Resilience.Analysis;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>Issue 23 item 3's statistics on data with a known answer: the interval over draws, the probability of the
/// sign, the acceptability curve, and the drivers of an effect.</summary>
[Trait("Tier", "Fast")]
public class UncertaintyTests
{
    [Fact]
    public void TheSummaryOfDrawsIsTheirMeanPercentilesAndShareOnTheMeansSide()
    {
        var effects = Enumerable.Range(1, 100).Select(i => (double)i - 20).ToList(); // −19 … 80: mean 30.5
        var e = Uncertainty.Summarise(effects);
        Assert.Equal(30.5, e.Mean, 12);
        Assert.Equal(-19 + 99 * 0.025, e.Low, 12);   // type-7 percentile of an evenly spaced sample
        Assert.Equal(-19 + 99 * 0.975, e.High, 12);
        Assert.Equal(0.80, e.ProbabilityOfSign, 12);  // 80 of 100 draws are positive
        Assert.Equal(1, e.Sign);
        Assert.Equal(0.81, Uncertainty.Summarise(effects.Select(x => -x - 0.5).ToList()).ProbabilityOfSign, 12); // −x−0.5: 81 negative
    }

    [Fact]
    public void TheAcceptabilityCurveCountsDrawsWithAPositiveNetBenefit()
    {
        // Four draws: (extra cost, units gained). At λ = 0 only the cost-saving draw is acceptable; at €10,000 the
        // draws whose cost per unit is below €10,000 join; a draw that loses units never does while it costs more.
        double[] cost = [-100, 500, 2000, 300];
        double[] gained = [0.01, 0.1, 0.1, -0.05];
        var curve = Uncertainty.Acceptability(cost, gained, [0, 10_000, 30_000]);
        Assert.Equal([0.25, 0.5, 0.75], curve);
    }

    [Fact]
    public void TheDriversOfAnEffectAreTheParametersThatExplainItsVariance()
    {
        var defs = ParameterRegistry.ModelParameters.Where(d => d.Kind == ParamKind.Number).Take(3).ToList();
        var rng = Rng.For(42, 0, 0, Model.Stream.Synthesis);
        const int k = 400;
        var values = new List<double[]>();
        var effects = new List<double>();
        for (int i = 0; i < k; i++)
        {
            double a = rng.U(3 * i), b = rng.U(3 * i + 1), c = rng.U(3 * i + 2);
            values.Add([a, b, c]);
            effects.Add(3 * a + 1 * b * b + 0 * c + 0.1 * rng.Normal(10_000 + i)); // a: ~89%, b: ~10%, c: none
        }
        var drivers = Uncertainty.Drivers(defs, values, effects, top: 3);
        Assert.Equal(defs[0], drivers[0].Parameter);
        Assert.InRange(drivers[0].Share, 0.75, 0.95);
        Assert.Equal(defs[1], drivers[1].Parameter);
        Assert.InRange(drivers[1].Share, 0.04, 0.2);
        Assert.DoesNotContain(drivers, d => d.Parameter == defs[2]);
    }

    [Fact]
    public void AmongHundredsOfIrrelevantParametersNoneIsNamedADriverByChance()
    {
        var defs = ParameterRegistry.ModelParameters.Where(d => d.Kind == ParamKind.Number).Take(300).ToList();
        var rng = Rng.For(7, 0, 0, Model.Stream.Synthesis);
        const int k = 200;
        var values = Enumerable.Range(0, k).Select(i => defs.Select((_, j) => rng.U(i * 1000 + j)).ToArray()).ToList();
        var effects = Enumerable.Range(0, k).Select(i => rng.Normal(500_000 + i)).ToList(); // pure noise
        Assert.Empty(Uncertainty.Drivers(defs, values, effects, top: 5));
        // One that matters still stands out among them.
        var withOne = effects.Select((e, i) => e + 2 * values[i][17]).ToList();
        var found = Uncertainty.Drivers(defs, values, withOne, top: 5);
        Assert.Equal(defs[17], Assert.Single(found).Parameter);
    }

    [Fact]
    public void FullDrawsJoinThePriorsLatinHypercubeWithTheBootstrapSet()
    {
        var full = ParameterDraws.Full(8, 5, calibrated: null);
        Assert.Equal(8, full.Vectors.Count);
        Assert.Equal(Priors.All().Count(), full.Parameters.Count);
        var p = full.Apply(new Parameters(), new Parameters(), 3);
        for (int j = 0; j < full.Parameters.Count; j++) Assert.Equal(full.Vectors[3][j], full.Parameters[j].Get(p), 12);
        Assert.Equal(full.Hash, ParameterDraws.Full(8, 5, null).Hash);
        // With the bootstrap set, a calibrated parameter it holds is taken from the set, not from its prior.
        var set = ParameterDraws.Load(Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "calibration-bootstrap.csv"), 12);
        var joined = ParameterDraws.Full(8, 5, set);
        Assert.Equal(joined.Parameters.Count, joined.Parameters.Select(d => d.Name).Distinct().Count());
        int offer = joined.Parameters.ToList().FindIndex(d => d.Name == "work.offerRate");
        Assert.Equal(set.Vectors[3][set.Parameters.ToList().FindIndex(d => d.Name == "work.offerRate")], joined.Vectors[3][offer]);
        Assert.Contains(joined.Parameters, d => d.Name == "money.waitFixedCostShare"); // calibrated, not in the set: its prior
        Assert.NotEqual(full.Hash, ParameterDraws.Full(8, 6, null).Hash);
    }
}
