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
        double pressure = Math.Min(0.15, c.ShortfallUncovered / 1000.0 * 0.3)
                          + 0.04 * Math.Min(4, (int)c.ArrearsMonths)
                          + DebtPressure[(int)c.DebtStatus]
                          + M.If(c.PendingClawback > 0, 0.06) + M.If(c.SanctionMonthsLeft > 0, 0.12)
                          + 0.15 * (1 - c.PhysicalHealth) + 0.15 * (1 - c.MentalHealth)
                          + M.If(c.Household == Household.SingleParent, 0.08) + M.If(c.HarmfulTie, 0.12)
                          + M.If(c.Status == Status.Waiting, 0.12)
                          - 0.1 * c.NetworkSupport * (1 - c.NetworkStrain)
                          - M.Pick(cm.Contacts > 0, 0.1, 0.03) * c.CoachTrust * M.Pick(caseload, 1, 0);
        c.Load = (float)Math.Clamp((1 - p.LoadSmoothing) * c.Load + p.LoadSmoothing * Math.Max(0, pressure), 0, 3);

        // Mental health: toward its baseline, down with overload, up with treatment after the wait [001 §3.2].
        double capacity = c.CopingCapacity;
        // Exemption gives rest and autonomy: mental health recovers faster and self-efficacy is rebuilt
        // [000 §3.2: exemption "gave a calm feeling"; 003 ZR: some relieved; 002 M13].
        bool resting = caseload && c.Obligation == Obligation.Exempt;
        double mental = c.MentalHealth + p.MentalRecovery * (1 + M.If(resting, p.ExemptionRestRecovery)) * (c.MentalBaseline - c.MentalHealth)
                        - p.OverloadDamage * Math.Max(0, c.Load - 0.8 * capacity);
        if (c.MentalCareWaitLeft > 0)
        {
            if (--c.MentalCareWaitLeft == 0) c.TreatmentMonthsLeft = (byte)p.TreatmentMonths;
        }
        else if (c.TreatmentMonthsLeft > 0)
        {
            mental += p.TreatmentGain;
            c.MentalBaseline = M.C01(c.MentalBaseline + 0.01);
            if (--c.TreatmentMonthsLeft == 0) ClientStep.Mark(ref c, Trigger.TreatmentCompleted, ctx.Month);
        }
        else if (mental < 0.35 && r.Chance(0, 0.1))
        {
            // Referred this month: the wait is counted down from next month; without a wait treatment starts now.
            if (p.MentalHealthWaitMonths > 0) c.MentalCareWaitLeft = (byte)p.MentalHealthWaitMonths;
            else c.TreatmentMonthsLeft = (byte)p.TreatmentMonths;
        }
        c.MentalHealth = M.C01(mental);
        c.PhysicalHealth = M.C01(c.PhysicalHealth + 0.03 * (c.PhysicalBaseline - c.PhysicalHealth));

        // Self-efficacy and aspiration: a slow decline with time on benefit [003 duration effect]; aspiration drifts
        // toward perceived opportunity, lowered by a high benefit share in the neighbourhood [000 Fig. 5, 001 E45].
        double duration = caseload && c.SpellMonths > 12 ? p.DurationDecline : 0;
        c.SelfEfficacy = M.C01(c.SelfEfficacy - duration + 0.01 * (0.5 - c.SelfEfficacy)
                               + M.If(resting, p.ExemptionAutonomyGain * (1 - c.SelfEfficacy)));
        double opportunity = 0.2 + 0.35 * c.SelfEfficacy + 0.25 * Math.Min(c.PhysicalHealth, c.MentalHealth)
                             + 0.15 * p.LabourDemand - p.NeighbourhoodNormWeight * (ctx.NeighbourhoodBenefitShare[c.Neighbourhood] - 0.5)
                             - 0.1 * c.Discouragement;
        c.Aspiration = M.C01(c.Aspiration + p.AspirationAdjustment * (opportunity - c.Aspiration) - duration);
        c.Discouragement = M.C01(c.Discouragement - 0.01);
        // Long spells without activity shrink the network: "non-workers know more non-workers" [004 B2, 003].
        if (caseload && c.SpellMonths > 24 && c.Activity == Activity.None && c.Hours == 0)
            c.NetworkSupport = M.C01(c.NetworkSupport - p.IsolationPerMonth);
        c.FearOfRelapse = M.C01(c.FearOfRelapse - 0.01);
        double fearTarget = (p.AutoSettlement ? 0.1 : 0.34) + M.If(c.Scarred, 0.25);
        c.OffsettingFear = M.C01(c.OffsettingFear + 0.03 * (fearTarget - c.OffsettingFear));
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
            c.TransitionTrigger = ctx.Month - month <= 3 ? trigger : Trigger.Gradual;
        }
    }

    /// <summary>The three indicators, the weakest resource, and the type with hysteresis and the crisis tipping
    /// point. With <paramref name="initialise"/> the type is set from the score without hysteresis.</summary>
    public static void UpdateIndicators(ref Client c, Parameters p, bool initialise)
    {
        double social = c.NetworkSupport * (1 - 0.5 * c.NetworkStrain) * M.Pick(c.HarmfulTie, 0.5, 1);
        // Economic resource by debt state; without debts it rises with savings.
        bool debtFree = c.DebtStatus == DebtStatus.None;
        double economic = M.If(debtFree, 0.7 + 0.3 * Math.Min(1.0, c.Savings / 1500.0)) + DebtEconomic[(int)c.DebtStatus]
                          - Math.Min(0.15, c.ShortfallUncovered / 2000.0) - M.If(c.SanctionMonthsLeft > 0, 0.1)
                          - M.If(c.PendingClawback > 0, 0.1) + M.If(c.Hours > 0, 0.1);
        double personal = (c.PhysicalHealth + c.MentalHealth + c.SelfEfficacy) / 3.0;
        double weakest = Math.Clamp(Math.Min(social, Math.Min(economic, personal)), 0, 1);
        c.WeakestResource = (float)weakest;

        double w = p.WeakestLinkWeight, load = Math.Min(1.0, c.Load);
        c.Orientation = M.C01((1 - w) * (0.6 * c.Aspiration + 0.4 * c.SelfEfficacy) + w * weakest - 0.15 * Math.Max(0, load - 0.5));
        c.Control = M.C01((1 - w) * (0.5 * c.SelfEfficacy + 0.3 * c.MentalHealth + 0.2 * (1 - load)) + w * weakest);
        c.FutureOrientation = M.C01((1 - w) * (0.5 * c.Aspiration + 0.5 * (1 - 0.5 * c.FearOfRelapse - 0.5 * load)) + w * weakest);
        double score = (c.Orientation + c.Control + c.FutureOrientation) / 3.0;

        var type = c.Resilience;
        if (c.Load > c.CopingCapacity) type = ResilienceType.Crisis; // the bucket overflows [002 M1]
        else if (initialise) type = score > (p.AdaptiveUpper + p.AdaptiveLower) / 2 ? ResilienceType.Adaptive : ResilienceType.Coping;
        else if (type == ResilienceType.Crisis)
        {
            if (c.Load < p.CrisisExitRatio * c.CopingCapacity) type = score > p.AdaptiveUpper ? ResilienceType.Adaptive : ResilienceType.Coping;
        }
        else if (type == ResilienceType.Coping && score > p.AdaptiveUpper) type = ResilienceType.Adaptive;
        else if (type == ResilienceType.Adaptive && score < p.AdaptiveLower) type = ResilienceType.Coping;
        c.Resilience = type;
    }

    /// <summary>Monthly pressure of each debt state (indexed by <see cref="DebtStatus"/>): none, arrears,
    /// problematic, in restructuring, stuck [001 E9, 002 M1].</summary>
    private static readonly double[] DebtPressure = [0, 0.03, 0.15, 0.06, 0.2];

    /// <summary>Economic resource of each debt state with debts (the debt-free value depends on savings).</summary>
    private static readonly double[] DebtEconomic = [0, 0.5, 0.2, 0.45, 0.15];

    /// <summary>Score the type is judged on (mean of the three indicators).</summary>
    public static double Score(in Client c) => (c.Orientation + c.Control + c.FutureOrientation) / 3.0;
}
