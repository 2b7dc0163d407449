using Resilience.Model;

namespace Resilience.Tests;

/// <summary>
/// Issue 23 item 1: the model does not decide in advance whether the strict sanction regime (scenarios/sanctions-strict:
/// strictness 1, half the norm for 3 months) raises or lowers lasting exits. Across the documented ranges of the deterrence
/// of the expected penalty, the threat's and an imposed sanction's push to search and accept, and the harms of a
/// sanction (trust, self-efficacy, load, economic resource) and of pressure (stress, reactance), the effect on exits
/// lasting 18 months comes out negative, near zero or positive.
/// </summary>
[Trait("Tier", "Fast")]
public class SanctionSignTests
{
    /// <summary>Mechanism sizes at the ends of their documented ranges where strict sanctions cost the most lasting
    /// exits (t = 0) and where they gain the most (t = 1). The harms must be near the tops of their ranges (several
    /// times their defaults) for the effect to turn negative: at the default harms, strict sanctions add lasting exits
    /// even with no deterrence and no push to search or accept (about +1 per 1,000 at 4,000 clients × 48 months).</summary>
    private static readonly (string Name, double AgainstStrict, double ForStrict)[] Corners =
    [
        ("sanctions.deterrence", 0.0, 10.0),
        ("sanctions.threatAcceptGain", 0.0, 2.0),
        ("sanctions.imposedEffortGain", 0.0, 1.0),
        ("sanctions.imposedAcceptGain", 0.0, 2.0),
        ("pressure.responsiveEffortGain", 0.0, 1.0),
        ("pressure.reactantEffortLoss", 1.0, 0.0),
        ("pressure.stressLoad", 0.3, 0.0),
        ("sanctions.coachTrustLoss", 1.0, 0.0),
        ("sanctions.coachTrustLossReactant", 1.0, 0.0),
        ("sanctions.institutionalTrustLoss", 1.0, 0.0),
        ("sanctions.selfEfficacyLoss", 1.0, 0.0),
        ("sanctions.load", 1.0, 0.0),
        ("sanctions.loadPerCutMonth", 1.0, 0.0),
        ("sanctions.stressedLoad", 1.0, 0.0),
        ("psych.load.sanction", 0.5, 0.0),
        ("psych.economic.sanction", 1.0, 0.0),
    ];

    private static Parameters At(double t, bool strict)
    {
        var p = new Parameters();
        foreach (var (name, against, @for) in Corners)
        {
            var def = ParameterRegistry.Get(name);
            Assert.InRange(against, def.Meta.Min, def.Meta.Max);
            Assert.InRange(@for, def.Meta.Min, def.Meta.Max);
            def.Set(p, against + t * (@for - against));
        }
        if (strict) { p.SanctionStrictness = 1; p.SanctionCutFraction = 0.5; p.SanctionMonths = 3; }
        return p;
    }

    /// <summary>Strict sanctions minus baseline, exits lasting 18 months per 1,000 initial clients (common random
    /// numbers: same seed and replication).</summary>
    private static double Effect(double t)
    {
        const int clients = 4000;
        double baseline = TestSupport.Summary(TestSupport.Run(At(t, strict: false), clients, 48), "exits_lasting_18");
        double strict = TestSupport.Summary(TestSupport.Run(At(t, strict: true), clients, 48), "exits_lasting_18");
        return (strict - baseline) / clients * 1000;
    }

    [Fact]
    public void StrictSanctionsEffectOnLastingExitsCanBeNegativeNearZeroOrPositive()
    {
        double low = Effect(0), high = Effect(1);
        Assert.True(low < -5, $"where sanctions harm and neither threat nor sanction pushes, strict sanctions should cost lasting exits: {low:0.0} per 1,000");
        Assert.True(high > 5, $"where the threat deters and pushes and a sanction does no harm, strict sanctions should add lasting exits: {high:0.0} per 1,000");
        double a = 0, b = 1, mid = double.NaN, near = double.PositiveInfinity;
        for (int k = 0; k < 8 && Math.Abs(near) > 2; k++)
        {
            mid = (a + b) / 2;
            near = Effect(mid);
            if (near < 0) a = mid; else b = mid;
        }
        Assert.True(Math.Abs(near) <= 2, $"no setting between the corners gives an effect near zero (closest {near:0.0} per 1,000 at t = {mid:0.###})");
    }
}
