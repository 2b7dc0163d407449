namespace Resilience.Model;

/// <summary>§3.3.7 Psychology and resilience type: load ("the bucket" [002 M1]), crisis with a tipping point and
/// hysteresis, mental and physical health, self-efficacy, aspirations and fears, the three indicators of
/// [000 Fig. 3] with a weakest-link term (P2), and the Coping/Adaptive type with two thresholds (P1).</summary>
public static class Psychology
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Psychology);
        bool caseload = s.OnCaseload(i);

        // Load: smoothed sum of current pressures minus support; event shocks were added to it directly.
        double pressure = Math.Min(0.15, s.ShortfallUncovered[i] / 1000.0 * 0.3)
                          + 0.04 * Math.Min(4, (int)s.ArrearsMonths[i])
                          + s.DebtStatus[i] switch
                          {
                              DebtStatus.Problematic => 0.15, DebtStatus.Stuck => 0.2, DebtStatus.InRestructuring => 0.06,
                              DebtStatus.Arrears => 0.03, _ => 0,
                          }
                          + (s.PendingClawback[i] > 0 ? 0.06 : 0) + (s.SanctionMonthsLeft[i] > 0 ? 0.12 : 0)
                          + 0.15 * (1 - s.PhysicalHealth[i]) + 0.15 * (1 - s.MentalHealth[i])
                          + (s.Household[i] == Household.SingleParent ? 0.08 : 0) + (s.HarmfulTie[i] ? 0.12 : 0)
                          + (s.Status[i] == Status.Waiting ? 0.12 : 0)
                          - 0.1 * s.NetworkSupport[i] * (1 - s.NetworkStrain[i])
                          - (cm.Contacts > 0 ? 0.1 : 0.03) * s.CoachTrust[i] * (caseload ? 1 : 0);
        s.Load[i] = (float)Math.Clamp((1 - p.LoadSmoothing) * s.Load[i] + p.LoadSmoothing * Math.Max(0, pressure), 0, 3);

        // Mental health: toward its baseline, down with overload, up with treatment after the wait [001 §3.2].
        double capacity = s.CopingCapacity[i];
        double mental = s.MentalHealth[i] + p.MentalRecovery * (s.MentalBaseline[i] - s.MentalHealth[i])
                        - p.OverloadDamage * Math.Max(0, s.Load[i] - 0.8 * capacity);
        if (s.MentalCareWaitLeft[i] > 0)
        {
            if (--s.MentalCareWaitLeft[i] == 0) s.TreatmentMonthsLeft[i] = (byte)p.TreatmentMonths;
        }
        else if (s.TreatmentMonthsLeft[i] > 0)
        {
            mental += p.TreatmentGain;
            s.MentalBaseline[i] = M.C01(s.MentalBaseline[i] + 0.01);
            if (--s.TreatmentMonthsLeft[i] == 0) ClientStep.Mark(s, i, Trigger.TreatmentCompleted, ctx.Month);
        }
        else if (mental < 0.35 && r.Chance(0, 0.1))
        {
            // Referred this month: the wait is counted down from next month; without a wait treatment starts now.
            if (p.MentalHealthWaitMonths > 0) s.MentalCareWaitLeft[i] = (byte)p.MentalHealthWaitMonths;
            else s.TreatmentMonthsLeft[i] = (byte)p.TreatmentMonths;
        }
        s.MentalHealth[i] = M.C01(mental);
        s.PhysicalHealth[i] = M.C01(s.PhysicalHealth[i] + 0.03 * (s.PhysicalBaseline[i] - s.PhysicalHealth[i]));

        // Self-efficacy and aspiration: a slow decline with time on benefit [003 duration effect]; aspiration drifts
        // toward perceived opportunity, lowered by a high benefit share in the neighbourhood [000 Fig. 5, 001 E45].
        double duration = caseload && s.SpellMonths[i] > 12 ? p.DurationDecline : 0;
        s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] - duration + 0.01 * (0.5 - s.SelfEfficacy[i]));
        double opportunity = 0.2 + 0.35 * s.SelfEfficacy[i] + 0.25 * Math.Min(s.PhysicalHealth[i], s.MentalHealth[i])
                             + 0.15 * p.LabourDemand - p.NeighbourhoodNormWeight * (ctx.NeighbourhoodBenefitShare[s.Neighbourhood[i]] - 0.5)
                             - 0.1 * s.Discouragement[i];
        s.Aspiration[i] = M.C01(s.Aspiration[i] + p.AspirationAdjustment * (opportunity - s.Aspiration[i]) - duration);
        s.Discouragement[i] = M.C01(s.Discouragement[i] - 0.01);
        // Long spells without activity shrink the network: "non-workers know more non-workers" [004 B2, 003].
        if (caseload && s.SpellMonths[i] > 24 && s.Activity[i] == Activity.None && s.Hours[i] == 0)
            s.NetworkSupport[i] = M.C01(s.NetworkSupport[i] - p.IsolationPerMonth);
        s.FearOfRelapse[i] = M.C01(s.FearOfRelapse[i] - 0.01);
        double fearTarget = (p.AutoSettlement ? 0.1 : 0.34) + (s.Scarred[i] ? 0.25 : 0);
        s.OffsettingFear[i] = M.C01(s.OffsettingFear[i] + 0.03 * (fearTarget - s.OffsettingFear[i]));
        if (caseload && s.SpellMonths[i] < short.MaxValue) s.SpellMonths[i]++;

        UpdateIndicators(s, i, p, initialise: false);

        var previous = s.PreviousResilience[i];
        var now = s.Resilience[i];
        if (previous != now)
        {
            bool up = now == ResilienceType.Adaptive || previous == ResilienceType.Crisis;
            var (trigger, month) = up ? (s.LastGoodTrigger[i], s.LastGoodTriggerMonth[i]) : (s.LastTrigger[i], s.LastTriggerMonth[i]);
            s.TransitionTrigger[i] = ctx.Month - month <= 3 ? trigger : Trigger.Gradual;
        }
    }

    /// <summary>The three indicators, the weakest resource, and the type with hysteresis and the crisis tipping
    /// point. With <paramref name="initialise"/> the type is set from the score without hysteresis.</summary>
    public static void UpdateIndicators(Population s, int i, Parameters p, bool initialise)
    {
        double social = s.NetworkSupport[i] * (1 - 0.5 * s.NetworkStrain[i]) * (s.HarmfulTie[i] ? 0.5 : 1);
        double economic = s.DebtStatus[i] switch
        {
            DebtStatus.None => 0.7 + 0.3 * Math.Min(1.0, s.Savings[i] / 1500.0),
            DebtStatus.Arrears => 0.5,
            DebtStatus.InRestructuring => 0.45,
            DebtStatus.Problematic => 0.2,
            _ => 0.15,
        } - Math.Min(0.15, s.ShortfallUncovered[i] / 2000.0) - (s.SanctionMonthsLeft[i] > 0 ? 0.1 : 0)
          - (s.PendingClawback[i] > 0 ? 0.1 : 0) + (s.Hours[i] > 0 ? 0.1 : 0);
        double personal = (s.PhysicalHealth[i] + s.MentalHealth[i] + s.SelfEfficacy[i]) / 3.0;
        double weakest = Math.Clamp(Math.Min(social, Math.Min(economic, personal)), 0, 1);
        s.WeakestResource[i] = (float)weakest;

        double w = p.WeakestLinkWeight, load = Math.Min(1.0, s.Load[i]);
        s.Orientation[i] = M.C01((1 - w) * (0.6 * s.Aspiration[i] + 0.4 * s.SelfEfficacy[i]) + w * weakest - 0.15 * Math.Max(0, load - 0.5));
        s.Control[i] = M.C01((1 - w) * (0.5 * s.SelfEfficacy[i] + 0.3 * s.MentalHealth[i] + 0.2 * (1 - load)) + w * weakest);
        s.FutureOrientation[i] = M.C01((1 - w) * (0.5 * s.Aspiration[i] + 0.5 * (1 - 0.5 * s.FearOfRelapse[i] - 0.5 * load)) + w * weakest);
        double score = (s.Orientation[i] + s.Control[i] + s.FutureOrientation[i]) / 3.0;

        var type = s.Resilience[i];
        if (s.Load[i] > s.CopingCapacity[i]) type = ResilienceType.Crisis; // the bucket overflows [002 M1]
        else if (initialise) type = score > (p.AdaptiveUpper + p.AdaptiveLower) / 2 ? ResilienceType.Adaptive : ResilienceType.Coping;
        else if (type == ResilienceType.Crisis)
        {
            if (s.Load[i] < p.CrisisExitRatio * s.CopingCapacity[i]) type = score > p.AdaptiveUpper ? ResilienceType.Adaptive : ResilienceType.Coping;
        }
        else if (type == ResilienceType.Coping && score > p.AdaptiveUpper) type = ResilienceType.Adaptive;
        else if (type == ResilienceType.Adaptive && score < p.AdaptiveLower) type = ResilienceType.Coping;
        s.Resilience[i] = type;
    }

    /// <summary>Score the type is judged on (mean of the three indicators).</summary>
    public static double Score(Population s, int i) => (s.Orientation[i] + s.Control[i] + s.FutureOrientation[i]) / 3.0;
}
