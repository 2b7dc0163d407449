using Resilience.Model;

namespace Resilience.Tests;

/// <summary>
/// Issue 23's sign test for the earnings premium (the other two-sided levers have their own: sanctions in
/// <see cref="SanctionSignTests"/>, exemption in <see cref="ExemptionSignTests"/>): the premium pulls clients into
/// part-time work, but it stops at exit in the client's reckoning, so a step of hours that ends the top-up can cost
/// money and slows hours growth (the hours lock-in, <c>work.hoursGainWeight</c>, ODD §7.5). Within the lock-in's
/// documented range the premium's effect on exits lasting 18 months comes out positive at the weak end and negative at
/// the strong end: the model does not decide the sign in advance. At the README's scale over all priors the share of
/// draws of each sign is in the README's full-uncertainty table (P(sign)).
/// </summary>
[Trait("Tier", "Fast")]
public class PremiumSignTests
{
    private static double PremiumEffect(double hoursGainWeight)
    {
        const int clients = 4000, months = 48;
        var off = TestSupport.With(("work.hoursGainWeight", hoursGainWeight));
        var on = TestSupport.With(("work.hoursGainWeight", hoursGainWeight), ("earnings.premiumShare", 0.5), ("earnings.premiumCap", 200), ("earnings.premiumPayoutMonths", 6));
        double baseline = TestSupport.Summary(TestSupport.Run(off, clients, months), "exits_lasting_18");
        double premium = TestSupport.Summary(TestSupport.Run(on, clients, months), "exits_lasting_18");
        return (premium - baseline) / clients * 1000;
    }

    [Fact]
    public void TheEarningsPremiumsEffectOnLastingExitsTakesEitherSignWithinTheHoursLockInsRange()
    {
        var def = ParameterRegistry.Get("work.hoursGainWeight");
        double weak = PremiumEffect(def.Meta.Min), strong = PremiumEffect(def.Meta.Max);
        Assert.True(weak > 0 && strong < 0,
            $"earnings premium, lasting exits per 1,000: {weak:0.0} with no lock-in, {strong:0.0} with the strongest; expected one of each sign");
    }
}
