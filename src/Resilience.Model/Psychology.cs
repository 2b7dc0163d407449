namespace Resilience.Model;

/// <summary>§3.3.7 Psychology and resilience type: load ("the bucket" [002 M1]), crisis with a tipping point and
/// hysteresis, mental and physical health, self-efficacy, aspirations and fears, the three indicators of
/// [000 Fig. 3] with a weakest-link term (P2), and the Coping/Adaptive type with two thresholds (P1).</summary>
public static class Psychology
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        ref Client c = ref s[i];
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Psychology);
        bool caseload = c.OnCaseload;

        // Load: smoothed sum of current pressures minus support; event shocks were added to it directly.
        double pressure = Math.Min(p.ShortfallLoadCap, c.ShortfallUncovered / Units.Thousand * p.ShortfallLoadPer1000)
                          + p.ArrearsLoadPerMonth * Math.Min(p.ArrearsLoadMonthsCap, (int)c.ArrearsMonths)
                          + M.ByDebtStatus(c.DebtStatus, p.DebtLoadArrears, p.DebtLoadProblematic, p.DebtLoadRestructuring, p.DebtLoadStuck)
                          + M.If(c.PendingClawback > 0, p.PendingClawbackLoad) + M.If(c.SanctionMonthsLeft > 0, p.SanctionLoad)
                          + p.PhysicalHealthLoad * (1 - c.PhysicalHealth) + p.MentalHealthLoad * (1 - c.MentalHealth)
                          + M.If(c.Household == Household.SingleParent, p.SingleParentLoad) + M.If(c.HarmfulTie, p.HarmfulTieLoad)
                          + M.If(c.Status == Status.Waiting, p.WaitingLoad)
                          - p.NetworkRelief * c.NetworkSupport * (1 - c.NetworkStrain)
                          - M.If(caseload, M.Pick(cm.Contacts > 0, p.CoachReliefWithContact, p.CoachReliefWithoutContact) * c.CoachTrust);
        c.Load = (float)M.Clamp((1 - p.LoadSmoothing) * c.Load + p.LoadSmoothing * Math.Max(0, pressure), 0, p.MaxLoad);

        // Mental health: toward its baseline, down with overload, up with treatment after the wait [001 §3.2].
        double capacity = c.CopingCapacity;
        // Exemption gives rest and autonomy: mental health recovers faster and self-efficacy is rebuilt
        // [000 §3.2: exemption "gave a calm feeling"; 003 ZR: some relieved; 002 M13].
        bool resting = caseload && c.Obligation == Obligation.Exempt;
        double mental = c.MentalHealth + p.MentalRecovery * (1 + M.If(resting, p.ExemptionRestRecovery)) * (c.MentalBaseline - c.MentalHealth)
                        - p.OverloadDamage * Math.Max(0, c.Load - p.OverloadOnset * capacity);
        if (c.MentalCareWaitLeft > 0)
        {
            if (--c.MentalCareWaitLeft == 0) c.TreatmentMonthsLeft = (byte)p.TreatmentMonths;
        }
        else if (c.TreatmentMonthsLeft > 0)
        {
            mental += p.TreatmentGain;
            c.MentalBaseline = M.C01(c.MentalBaseline + p.TreatmentBaselineGain);
            if (--c.TreatmentMonthsLeft == 0) ClientStep.Mark(ref c, Trigger.TreatmentCompleted, ctx.Month);
        }
        else if (mental < p.ReferralMentalHealth && r.Chance(Draw.Psychology.TreatmentReferral, p.ReferralRate))
        {
            // Referred this month: the wait is counted down from next month; without a wait treatment starts now.
            if (p.MentalHealthWaitMonths > 0) c.MentalCareWaitLeft = (byte)p.MentalHealthWaitMonths;
            else c.TreatmentMonthsLeft = (byte)p.TreatmentMonths;
        }
        c.MentalHealth = M.C01(mental);
        c.PhysicalHealth = M.C01(c.PhysicalHealth + p.PhysicalRecovery * (c.PhysicalBaseline - c.PhysicalHealth));

        // Self-efficacy and aspiration: a slow decline with time on benefit [003 duration effect]; aspiration drifts
        // toward perceived opportunity, lowered by a high benefit share in the neighbourhood [000 Fig. 5, 001 E45].
        double duration = caseload && c.SpellMonths > p.DurationDeclineAfterMonths ? p.DurationDecline : 0;
        c.SelfEfficacy = M.C01(c.SelfEfficacy - duration + p.SelfEfficacyReversion * (p.SelfEfficacyRest - c.SelfEfficacy)
                               + M.If(resting, p.ExemptionAutonomyGain * (1 - c.SelfEfficacy)));
        double opportunity = p.OpportunityBase + p.OpportunitySelfEfficacy * c.SelfEfficacy + p.OpportunityHealth * Math.Min(c.PhysicalHealth, c.MentalHealth)
                             + p.OpportunityDemand * p.LabourDemand - p.NeighbourhoodNormWeight * (ctx.NeighbourhoodBenefitShare[c.Neighbourhood] - p.NeighbourhoodNormReference)
                             - p.OpportunityDiscouragement * c.Discouragement;
        c.Aspiration = M.C01(c.Aspiration + p.AspirationAdjustment * (opportunity - c.Aspiration) - duration);
        c.Discouragement = M.C01(c.Discouragement - p.DiscouragementDecay);
        // Long spells without activity shrink the network: "non-workers know more non-workers" [004 B2, 003].
        if (caseload && c.SpellMonths > p.IsolationAfterMonths && c.Activity == Activity.None && c.Hours == 0)
            c.NetworkSupport = M.C01(c.NetworkSupport - p.IsolationPerMonth);
        c.FearOfRelapse = M.C01(c.FearOfRelapse - p.RelapseFearDecay);
        double fearTarget = (p.AutoSettlement ? p.OffsettingFearTargetAutoSettlement : p.OffsettingFearTarget) + M.If(c.Scarred, p.ScarFear);
        c.OffsettingFear = M.C01(c.OffsettingFear + p.OffsettingFearAdjustment * (fearTarget - c.OffsettingFear));
        if (caseload && c.SpellMonths < short.MaxValue) c.SpellMonths++;
        // Benefit history as employers see it: months out of work on benefit, summed over spells [004 B2, 003].
        if (caseload && c.Hours == 0 && c.MonthsOutOfWork < short.MaxValue) c.MonthsOutOfWork++;

        UpdateIndicators(ref c, p, initialise: false);

        var previous = c.PreviousResilience;
        var now = c.Resilience;
        if (previous != now)
        {
            bool up = now == ResilienceType.Adaptive || previous == ResilienceType.Crisis;
            var (trigger, month) = up ? (c.LastGoodTrigger, c.LastGoodTriggerMonth) : (c.LastTrigger, c.LastTriggerMonth);
            c.TransitionTrigger = ctx.Month - month <= p.TriggerWindowMonths ? trigger : Trigger.Gradual;
        }
    }

    /// <summary>The three indicators, the weakest resource, and the type with hysteresis and the crisis tipping
    /// point. With <paramref name="initialise"/> the type is set from the score without hysteresis.</summary>
    public static void UpdateIndicators(ref Client c, Parameters p, bool initialise)
    {
        double social = SocialContacts(c, p) * M.Pick(c.HarmfulTie, p.HarmfulTieSocialFactor, 1);
        // Economic resource by debt state; without debts it rises with savings.
        bool debtFree = c.DebtStatus == DebtStatus.None;
        double economic = M.If(debtFree, p.EconomicDebtFree + p.EconomicSavingsGain * Math.Min(1.0, c.Savings / p.EconomicSavingsBuffer))
                          + M.ByDebtStatus(c.DebtStatus, p.EconomicDebtArrears, p.EconomicDebtProblematic, p.EconomicDebtRestructuring, p.EconomicDebtStuck)
                          - Math.Min(p.EconomicShortfallCap, c.ShortfallUncovered / p.EconomicShortfallScale) - M.If(c.SanctionMonthsLeft > 0, p.EconomicSanction)
                          - M.If(c.PendingClawback > 0, p.EconomicPendingClawback) + M.If(c.Hours > 0, p.EconomicWork);
        double personal = (c.PhysicalHealth + c.MentalHealth + c.SelfEfficacy) / PersonalResources;
        double weakest = M.Clamp(Math.Min(social, Math.Min(economic, personal)), 0, 1);
        c.WeakestResource = (float)weakest;

        double w = p.WeakestLinkWeight, load = Math.Min(1.0, c.Load);
        c.Orientation = M.C01((1 - w) * (p.OrientationAspiration * c.Aspiration + p.OrientationSelfEfficacy * c.SelfEfficacy) + w * weakest
                              - p.OrientationLoad * Math.Max(0, load - p.OrientationLoadOnset));
        c.Control = M.C01((1 - w) * (p.ControlSelfEfficacy * c.SelfEfficacy + p.ControlMentalHealth * c.MentalHealth + p.ControlCalm * (1 - load)) + w * weakest);
        c.FutureOrientation = M.C01((1 - w) * (p.FutureAspiration * c.Aspiration
                                               + p.FutureSecurity * (1 - p.FutureRelapseFear * c.FearOfRelapse - p.FutureLoad * load)) + w * weakest);
        double score = Score(c);

        var type = c.Resilience;
        if (c.Load > c.CopingCapacity) type = ResilienceType.Crisis; // the bucket overflows [002 M1]
        else if (initialise) type = score > Midpoint(p.AdaptiveUpper, p.AdaptiveLower) ? ResilienceType.Adaptive : ResilienceType.Coping;
        else if (type == ResilienceType.Crisis)
        {
            if (c.Load < p.CrisisExitRatio * c.CopingCapacity) type = score > p.AdaptiveUpper ? ResilienceType.Adaptive : ResilienceType.Coping;
        }
        else if (type == ResilienceType.Coping && score > p.AdaptiveUpper) type = ResilienceType.Adaptive;
        else if (type == ResilienceType.Adaptive && score < p.AdaptiveLower) type = ResilienceType.Coping;
        c.Resilience = type;
    }

    /// <summary>Middle of the hysteresis band: the initial type is judged against it.</summary>
    private static double Midpoint(double upper, double lower) => (upper + lower) / Halves;
    private const double Halves = 2;

    /// <summary>The personal resource is the mean of physical health, mental health and self-efficacy.</summary>
    private const double PersonalResources = 3;

    /// <summary>The type is judged on the mean of the three indicators of [000 Fig. 3].</summary>
    private const double Indicators = 3;

    /// <summary>Score the type is judged on (mean of the three indicators).</summary>
    public static double Score(in Client c) => (c.Orientation + c.Control + c.FutureOrientation) / Indicators;

    /// <summary>Network support net of strain: the social resource without the harmful-tie term, and what the
    /// participation ladder counts as social contacts (rung 2).</summary>
    public static double SocialContacts(in Client c, Parameters p) => c.NetworkSupport * (1 - p.StrainWeight * c.NetworkStrain);
}
