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
                double older = c.AgeMonths >= 50 * 12 ? 0.3 : 1; // older clients see little point in retraining [000]
                // Activation is strongest early in a spell and fades with time on benefit [004 B2, 003 duration effect].
                double early = 0.3 + p.EarlyActivation * EarlyDecay(c.SpellMonths);
                double trainRate = p.TrainingStartRate * (p.TrainingBudgetPerClientYear / 500.0) * (0.5 + c.Aspiration)
                                   * older * M.Pick(cm.TrainingReferral, 2, 1) * early;
                if (cm.SteppingStoneOffer)
                {
                    c.Activity = Activity.SteppingStone;
                    c.ActivityMonthsLeft = 12;
                }
                else if (r.Chance(0, trainRate))
                {
                    c.Activity = Activity.Training;
                    c.ActivityMonthsLeft = (byte)p.TrainingMonths;
                    c.TrainingSpent = (float)p.TrainingCost;
                }
                else if (r.Chance(1, p.VolunteerStartRate * (0.5 + c.NetworkSupport) * (0.5 + c.Aspiration) * early))
                    c.Activity = Activity.Volunteering;
                break;
            case Activity.Training:
                if (--c.ActivityMonthsLeft == 0) CompleteTraining(ref c, ctx, ref r);
                break;
            case Activity.Volunteering:
                // Volunteering builds network and confidence [003 Table 6].
                c.NetworkSupport = (float)Math.Min(0.9, c.NetworkSupport + 0.006);
                c.SelfEfficacy = M.C01(c.SelfEfficacy + 0.003);
                if (r.Chance(2, p.VolunteerStopRate)) c.Activity = Activity.None;
                break;
            case Activity.SteppingStone:
                c.SelfEfficacy = M.C01(c.SelfEfficacy + 0.004);
                if (--c.ActivityMonthsLeft == 0)
                {
                    c.Activity = Activity.None;
                    if (r.Chance(3, 0.3)) c.GuaranteedOffer = true;
                }
                break;
        }
        if (!caseload && c.Activity is Activity.Training or Activity.SteppingStone) c.Activity = Activity.None;
        c.LadderRung = Rung(c, p);
    }

    /// <summary>exp(−spell / 48): the fading of activation with time on benefit, tabulated for the usual spells.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double EarlyDecay(int spellMonths) =>
        spellMonths < EarlyDecayTable.Length ? EarlyDecayTable[spellMonths] : Math.Exp(-spellMonths / 48.0);

    private static readonly double[] EarlyDecayTable =
        Enumerable.Range(0, MonthContext.TabulatedSpellMonths).Select(m => Math.Exp(-m / 48.0)).ToArray();

    private static void CompleteTraining(ref Client c, MonthContext ctx, ref Rng r)
    {
        var p = ctx.P;
        c.Activity = Activity.None;
        c.Language = M.C01(c.Language + (c.Language < 0.9 ? 0.1 : 0));
        c.AgencyCapital = M.C01(c.AgencyCapital + 0.08);
        c.Aspiration = M.C01(c.Aspiration + 0.08);
        c.SelfEfficacy = M.C01(c.SelfEfficacy + 0.08);
        c.Discouragement = M.C01(c.Discouragement - 0.1);
        c.Events |= MonthEvents.TrainingCompleted;
        ClientStep.Mark(ref c, Trigger.TrainingCompleted, ctx.Month);
        if (!p.TrainingJobGuarantee) return;
        if (r.Chance(4, p.GuaranteeKept)) c.GuaranteedOffer = true;
        else
        {
            // The promised job does not come: the "big dip" and cynicism [000 §4.2.3, 001 E41].
            c.Aspiration = M.C01(c.Aspiration - 0.15);
            c.SelfEfficacy = M.C01(c.SelfEfficacy - 0.12);
            c.CoachTrust = M.C01(c.CoachTrust - 0.25);
            c.InstitutionalTrust = M.C01(c.InstitutionalTrust - 0.1);
            c.Discouragement = M.C01(c.Discouragement + 0.15);
            ClientStep.Mark(ref c, Trigger.BrokenPromise, ctx.Month);
        }
    }

    /// <summary>Participation ladder [004]: 1 isolated, 2 social contacts, 3 organised activity, 4 unpaid work,
    /// 5 paid work with support, 6 paid work without benefit.</summary>
    public static byte Rung(in Client c, Parameters p)
    {
        if (c.Status == Status.ExitedToWork) return 6;
        if (c.Hours > 0 || c.Activity == Activity.SteppingStone) return 5;
        if (c.Activity == Activity.Volunteering) return 4;
        if (c.Activity == Activity.Training) return 3;
        return (byte)(c.NetworkSupport * (1 - 0.5 * c.NetworkStrain) >= p.SocialContactThreshold ? 2 : 1);
    }
}
