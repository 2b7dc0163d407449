using Resilience.Model;

namespace Resilience.Tests;

/// <summary>
/// Issue 12 point 1: the model does not decide in advance whether exempting everyone (self-direction [003 ZR])
/// raises or lowers lasting exits. Across the documented ranges of the parameters that carry the mechanisms —
/// compliance search and its poor matches, the pressure responses, the response to the sanction threat and to sanctions, rest and autonomy, and the contacts lost by those
/// who do not ask — the effect on exits lasting 18 months comes out negative, near zero or positive.
/// </summary>
[Trait("Tier", "Fast")]
public class ExemptionSignTests
{
    /// <summary>Mechanism parameters at the ends of their ranges where exemption costs the most exits (t = 0) and
    /// where it gains the most (t = 1).</summary>
    private static readonly (string Name, double AgainstExemption, double ForExemption)[] Corners =
    [
        ("obligations.complianceEffort", 1.0, 0.0),
        ("obligations.complianceAcceptPenalty", 0.0, 3.0),
        ("obligations.complianceJobLossFactor", 1.0, 4.0),
        ("pressure.responsiveEffortGain", 1.0, 0.0),
        ("sanctions.threatAcceptGain", 2.0, 0.0),
        ("sanctions.imposedEffortGain", 1.0, 0.0),
        ("sanctions.imposedAcceptGain", 2.0, 0.0),
        ("pressure.reactantEffortLoss", 0.0, 1.0),
        ("pressure.stressLoad", 0.0, 0.3),
        ("exemption.restRecovery", 0.0, 2.0),
        ("exemption.autonomyGain", 0.0, 0.05),
        ("exemption.contactShareWithoutAsking", 0.0, 1.0),
    ];

    private static Parameters At(double t, ExemptionPolicy policy)
    {
        var p = new Parameters();
        foreach (var (name, against, @for) in Corners)
        {
            var def = ParameterRegistry.Get(name);
            Assert.InRange(against, def.Meta.Min, def.Meta.Max);
            Assert.InRange(@for, def.Meta.Min, def.Meta.Max);
            def.Set(p, against + t * (@for - against));
        }
        p.Exemption = policy;
        return p;
    }

    /// <summary>Self-direction minus baseline, exits lasting 18 months per 1,000 initial clients (common random
    /// numbers: same seed and replication).</summary>
    private static double Effect(double t)
    {
        const int clients = 4000;
        double baseline = TestSupport.Summary(TestSupport.Run(At(t, ExemptionPolicy.Fragile), clients, 48), "exits_lasting_18");
        double all = TestSupport.Summary(TestSupport.Run(At(t, ExemptionPolicy.All), clients, 48), "exits_lasting_18");
        return (all - baseline) / clients * 1000;
    }

    [Fact]
    public void SelfDirectionEffectOnLastingExitsCanBeNegativeNearZeroOrPositive()
    {
        double low = Effect(0), high = Effect(1);
        Assert.True(low < -5, $"where compliance search pays and contacts are lost, self-direction should cost lasting exits: {low:0.0} per 1,000");
        Assert.True(high > 5, $"where compliance matches poorly and rest restores, self-direction should add lasting exits: {high:0.0} per 1,000");
        // Between the corners the effect crosses zero: bisect on t until it is within 2 per 1,000.
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
