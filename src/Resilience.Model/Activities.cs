using System.Runtime.CompilerServices;

namespace Resilience.Model;

/// <summary>§3.3.6 Activities and the participation ladder [004]: training (funded by a lever; a job guarantee
/// that is broken breeds cynicism [000 §4.2.3]), volunteering, stepping-stone placements; the ladder rung is derived
/// each month.</summary>
public static class Activities
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        ref Client c = ref s[i];
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Activities);
        bool caseload = c.OnCaseload;

        switch (c.Activity)
        {
            case Activity.None when caseload && c.Hours == 0 && c.Status != Status.Waiting:
                // Older clients see little point in retraining [000].
                double older = c.AgeMonths >= p.OlderAge * Units.MonthsPerYear ? p.TrainingOlderFactor : 1;
                // Activation is strongest early in a spell and fades with time on benefit [004 B2, 003 duration effect].
                double early = p.EarlyActivationFloor + p.EarlyActivation * ctx.EarlyActivationDecay(c.SpellMonths);
                double trainRate = p.TrainingStartRate * (p.TrainingBudgetPerClientYear / StartRateBudget) * (p.ActivityAspirationBase + c.Aspiration)
                                   * older * M.Pick(cm.TrainingReferral, p.TrainingReferralFactor, 1) * early;
                if (cm.SteppingStoneOffer)
                {
                    c.Activity = Activity.SteppingStone;
                    c.ActivityMonthsLeft = (byte)p.SteppingStoneMonths;
                }
                else if (r.Chance(Draw.Activities.TrainingStart, trainRate))
                {
                    c.Activity = Activity.Training;
                    c.ActivityMonthsLeft = (byte)p.TrainingMonths;
                    c.TrainingSpent = (float)p.TrainingCost;
                }
                else if (r.Chance(Draw.Activities.VolunteerStart, p.VolunteerStartRate * (p.VolunteerNetworkBase + c.NetworkSupport) * (p.ActivityAspirationBase + c.Aspiration) * early))
                    c.Activity = Activity.Volunteering;
                break;
            case Activity.Training:
                if (--c.ActivityMonthsLeft == 0) CompleteTraining(ref c, ctx, ref r);
                break;
            case Activity.Volunteering:
                // Volunteering builds network and confidence [003 Table 6].
                c.NetworkSupport = (float)Math.Min(p.VolunteerNetworkMax, c.NetworkSupport + p.VolunteerNetworkGain);
                c.SelfEfficacy = M.C01(c.SelfEfficacy + p.VolunteerSelfEfficacy);
                if (r.Chance(Draw.Activities.VolunteerStop, p.VolunteerStopRate)) c.Activity = Activity.None;
                break;
            case Activity.SteppingStone:
                c.SelfEfficacy = M.C01(c.SelfEfficacy + p.SteppingStoneSelfEfficacy);
                if (--c.ActivityMonthsLeft == 0)
                {
                    c.Activity = Activity.None;
                    if (r.Chance(Draw.Activities.SteppingStoneOffer, p.SteppingStoneOfferChance)) c.GuaranteedOffer = true;
                }
                break;
        }
        if (!caseload && c.Activity is Activity.Training or Activity.SteppingStone) c.Activity = Activity.None;
        c.LadderRung = Rung(c, p);
    }

    /// <summary><c>training.startRate</c> is the rate at this training budget per client-year (€).</summary>
    private const double StartRateBudget = 500.0;

    private static void CompleteTraining(ref Client c, MonthContext ctx, ref Rng r)
    {
        var p = ctx.P;
        c.Activity = Activity.None;
        c.Language = M.C01(c.Language + (c.Language < p.TrainingLanguageCeiling ? p.TrainingLanguageGain : 0));
        c.AgencyCapital = M.C01(c.AgencyCapital + p.TrainingAgencyGain);
        c.Aspiration = M.C01(c.Aspiration + p.TrainingAspirationGain);
        c.SelfEfficacy = M.C01(c.SelfEfficacy + p.TrainingSelfEfficacyGain);
        c.Discouragement = M.C01(c.Discouragement - p.TrainingDiscouragementRelief);
        c.Events |= MonthEvents.TrainingCompleted;
        ClientStep.Mark(ref c, Trigger.TrainingCompleted, ctx.Month);
        if (!p.TrainingJobGuarantee) return;
        if (r.Chance(Draw.Activities.GuaranteeKept, p.GuaranteeKept)) c.GuaranteedOffer = true;
        else
        {
            // The promised job does not come: the "big dip" and cynicism [000 §4.2.3, 001 E41].
            c.Aspiration = M.C01(c.Aspiration - p.BrokenAspiration);
            c.SelfEfficacy = M.C01(c.SelfEfficacy - p.BrokenSelfEfficacy);
            c.CoachTrust = M.C01(c.CoachTrust - p.BrokenCoachTrust);
            c.InstitutionalTrust = M.C01(c.InstitutionalTrust - p.BrokenInstitutionalTrust);
            c.Discouragement = M.C01(c.Discouragement + p.BrokenDiscouragement);
            ClientStep.Mark(ref c, Trigger.BrokenPromise, ctx.Month);
        }
    }

    /// <summary>Participation ladder [004]: 1 isolated, 2 social contacts, 3 organised activity, 4 unpaid work,
    /// 5 paid work with support, 6 paid work without benefit.</summary>
    public static byte Rung(in Client c, Parameters p)
    {
        if (c.Status == Status.ExitedToWork) return PaidWork;
        if (c.Hours > 0 || c.Activity == Activity.SteppingStone) return PaidWorkWithSupport;
        if (c.Activity == Activity.Volunteering) return UnpaidWork;
        if (c.Activity == Activity.Training) return OrganisedActivity;
        return Psychology.SocialContacts(c, p) >= p.SocialContactThreshold ? SocialContacts : Isolated;
    }

    /// <summary>The rungs of the participation ladder [004].</summary>
    public const byte Isolated = 1, SocialContacts = 2, OrganisedActivity = 3, UnpaidWork = 4, PaidWorkWithSupport = 5, PaidWork = 6;
}
