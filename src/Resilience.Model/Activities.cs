namespace Resilience.Model;

/// <summary>§3.3.6 Activities and the participation ladder [004]: training (funded by a lever; a job guarantee
/// that is broken breeds cynicism [000 §4.2.3]), volunteering, stepping-stone placements; the ladder rung is derived
/// each month.</summary>
public static class Activities
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Activities);
        bool caseload = s.OnCaseload(i);

        switch (s.Activity[i])
        {
            case Activity.None when caseload && s.Hours[i] == 0 && s.Status[i] != Status.Waiting:
                double older = s.AgeMonths[i] >= 50 * 12 ? 0.3 : 1; // older clients see little point in retraining [000]
                // Activation is strongest early in a spell and fades with time on benefit [004 B2, 003 duration effect].
                double early = 0.3 + p.EarlyActivation * Math.Exp(-s.SpellMonths[i] / 48.0);
                double trainRate = p.TrainingStartRate * (p.TrainingBudgetPerClientYear / 500.0) * (0.5 + s.Aspiration[i])
                                   * older * (cm.TrainingReferral ? 2 : 1) * early;
                if (cm.SteppingStoneOffer)
                {
                    s.Activity[i] = Activity.SteppingStone;
                    s.ActivityMonthsLeft[i] = 12;
                }
                else if (r.Chance(0, trainRate))
                {
                    s.Activity[i] = Activity.Training;
                    s.ActivityMonthsLeft[i] = (byte)p.TrainingMonths;
                    s.TrainingSpent[i] = (float)p.TrainingCost;
                }
                else if (r.Chance(1, p.VolunteerStartRate * (0.5 + s.NetworkSupport[i]) * (0.5 + s.Aspiration[i]) * early))
                    s.Activity[i] = Activity.Volunteering;
                break;
            case Activity.Training:
                if (--s.ActivityMonthsLeft[i] == 0) CompleteTraining(s, i, ctx, ref r);
                break;
            case Activity.Volunteering:
                // Volunteering builds network and confidence [003 Table 6].
                s.NetworkSupport[i] = (float)Math.Min(0.9, s.NetworkSupport[i] + 0.006);
                s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] + 0.003);
                if (r.Chance(2, p.VolunteerStopRate)) s.Activity[i] = Activity.None;
                break;
            case Activity.SteppingStone:
                s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] + 0.004);
                if (--s.ActivityMonthsLeft[i] == 0)
                {
                    s.Activity[i] = Activity.None;
                    if (r.Chance(3, 0.3)) s.GuaranteedOffer[i] = true;
                }
                break;
        }
        if (!caseload && s.Activity[i] is Activity.Training or Activity.SteppingStone) s.Activity[i] = Activity.None;
        s.LadderRung[i] = Rung(s, i, p);
    }

    private static void CompleteTraining(Population s, int i, MonthContext ctx, ref Rng r)
    {
        var p = ctx.P;
        s.Activity[i] = Activity.None;
        s.Language[i] = M.C01(s.Language[i] + (s.Language[i] < 0.9 ? 0.1 : 0));
        s.AgencyCapital[i] = M.C01(s.AgencyCapital[i] + 0.08);
        s.Aspiration[i] = M.C01(s.Aspiration[i] + 0.08);
        s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] + 0.08);
        s.Discouragement[i] = M.C01(s.Discouragement[i] - 0.1);
        s.Events[i] |= MonthEvents.TrainingCompleted;
        ClientStep.Mark(s, i, Trigger.TrainingCompleted, ctx.Month);
        if (!p.TrainingJobGuarantee) return;
        if (r.Chance(4, p.GuaranteeKept)) s.GuaranteedOffer[i] = true;
        else
        {
            // The promised job does not come: the "big dip" and cynicism [000 §4.2.3, 001 E41].
            s.Aspiration[i] = M.C01(s.Aspiration[i] - 0.15);
            s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] - 0.12);
            s.CoachTrust[i] = M.C01(s.CoachTrust[i] - 0.25);
            s.InstitutionalTrust[i] = M.C01(s.InstitutionalTrust[i] - 0.1);
            s.Discouragement[i] = M.C01(s.Discouragement[i] + 0.15);
            ClientStep.Mark(s, i, Trigger.BrokenPromise, ctx.Month);
        }
    }

    /// <summary>Participation ladder [004]: 1 isolated, 2 social contacts, 3 organised activity, 4 unpaid work,
    /// 5 paid work with support, 6 paid work without benefit.</summary>
    public static byte Rung(Population s, int i, Parameters p)
    {
        if (s.Status[i] == Status.ExitedToWork) return 6;
        if (s.Hours[i] > 0 || s.Activity[i] == Activity.SteppingStone) return 5;
        if (s.Activity[i] == Activity.Volunteering) return 4;
        if (s.Activity[i] == Activity.Training) return 3;
        return (byte)(s.NetworkSupport[i] * (1 - 0.5 * s.NetworkStrain[i]) >= p.SocialContactThreshold ? 2 : 1);
    }
}
