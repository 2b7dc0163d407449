namespace Resilience.Model;

/// <summary>§3.3.5 Work: job loss and relapse, the hours ramp toward the ceilings, search effort, offers,
/// acceptance, rejections, exit when household income covers the norm, and the follow-up of exits.</summary>
public static class Work
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        ref Client c = ref s[i];
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Work);
        var status = c.Status;
        double minHealth = Math.Min(c.PhysicalHealth, c.MentalHealth);

        if (status == Status.ExitedOther) { FollowUp(ref c); return; }
        if (status == Status.OnUnemploymentInsurance) { UnemploymentInsurance(ref c, ctx, ref cm, ref r, minHealth); return; }

        if (c.Hours > 0)
        {
            if (c.JobMonths < short.MaxValue) c.JobMonths++;
            if (c.WorkMonths < short.MaxValue) c.WorkMonths++;
            if (c.Contract == Contract.Temporary && c.JobMonths == 12 && r.Chance(0, 0.5)) c.Contract = Contract.Permanent;
            bool careOverload = c.Household == Household.SingleParent && c.YoungestChildAgeMonths < 12 * 12 && c.Hours > 24;
            double lossRate = p.JobLossRate * (c.Contract == Contract.Temporary ? p.TemporaryLossFactor : 1)
                              * M.Pick(c.PoorMatch, p.ComplianceJobLossFactor, 1)
                              * (1 + 3 * Math.Max(0, p.WorkHealthThreshold - minHealth)) * M.Pick(careOverload, 1.5, 1)
                              * M.Pick(c.JobMonths < 6, 1.3, 1) / p.LabourDemand;
            if (r.Chance(1, lossRate))
            {
                // Job loss [001 E28, 002 M14]. After an exit, a job held at least 26 weeks leads to unemployment
                // insurance (WW) first [WW art. 17]; otherwise it means relapse and re-entry [001 E19, Ch. 7].
                bool ww = status == Status.ExitedToWork && c.JobMonths * Units.WeeksPerMonth >= p.WwQualifyingWeeks;
                double lastEarnings = Money.EarningsOf(c.Hours, p);
                c.Hours = 0;
                c.Contract = Contract.None;
                c.JobMonths = 0;
                c.JobViaCoach = false;
                c.PoorMatch = false;
                c.SelfEfficacy = M.C01(c.SelfEfficacy - 0.05);
                c.Events |= MonthEvents.JobLoss;
                ClientStep.Mark(ref c, Trigger.JobLoss, ctx.Month);
                if (ww) StartUnemploymentInsurance(ref c, p, lastEarnings);
                else if (status == Status.ExitedToWork) ClientStep.ReEnter(ref c, ctx, Trigger.JobLoss);
                else if (status == Status.PartTimeWithTopUp) c.Status = Status.OnBenefit; // a waiting client keeps waiting
                return;
            }

            // Hours grow in small steps toward min(desired, health, care, employer ceilings) [003, 004 §2.2];
            // fear of offsetting locks top-up clients at their hours (P8).
            int ceiling = HoursCeiling(c, p, minHealth);
            bool locked = status == Status.PartTimeWithTopUp && c.OffsettingFear > 0.5;
            if (c.Hours < ceiling && !locked && r.Chance(2, p.HoursStepRate))
                c.Hours = (byte)Math.Min(ceiling, c.Hours + 4);
            else if (c.Hours > ceiling + 8)
            {
                c.Hours = (byte)Math.Max(4, c.Hours - 4);
                // Hours cut below what covers the norm: the household qualifies for a top-up again [income test].
                if (status == Status.ExitedToWork && Money.EarningsOf(c.Hours, p) + c.PartnerIncome < cm.Norm)
                {
                    ClientStep.ReEnter(ref c, ctx, Trigger.HealthShock);
                    return;
                }
            }
        }
        else if (c.OnCaseload)
        {
            Search(ref c, ctx, ref cm, ref r, minHealth);
        }

        if (c.OnCaseload)
        {
            if (c.Hours > 0 && c.Status == Status.OnBenefit) c.Status = Status.PartTimeWithTopUp;
            // A partner finding work can lift the household off benefit [004 §2.1].
            if (c.Household is Household.Couple or Household.CoupleWithChildren && r.Chance(3, 0.004 * p.LabourDemand))
                c.PartnerIncome = (float)r.Uniform(4, 800, 2400);
            double earnings = Money.EarningsOf(c.Hours, p);
            if (c.Status != Status.Waiting && earnings - Money.Disregard(c, earnings, p) + c.PartnerIncome >= cm.Norm)
                ClientStep.Exit(ref c, ctx, toWork: c.Hours > 0);
        }
        else FollowUp(ref c);
    }

    /// <summary>WW for a duration that grows with work history: <c>ww.monthsPerYearWorked</c> per year worked,
    /// between <c>ww.minMonths</c> and <c>ww.maxMonths</c>, at <c>ww.replacementRate</c> of the last earnings
    /// [WW art. 42, 47]. Work history counts the months worked in the model.</summary>
    public static void StartUnemploymentInsurance(ref Client c, Parameters p, double lastEarnings)
    {
        c.Status = Status.OnUnemploymentInsurance;
        c.WwMonthsLeft = (byte)Math.Clamp((int)(p.WwMonthsPerYearWorked * c.WorkMonths / 12.0), p.WwMinMonths, p.WwMaxMonths);
        c.WwBenefit = (float)(p.WwReplacementRate * lastEarnings);
    }

    /// <summary>A month on WW: the client searches (no coach: WW is not municipal); a job ends it; without work at
    /// its end the client reports for bijstand.</summary>
    private static void UnemploymentInsurance(ref Client c, MonthContext ctx, ref ClientMonth cm, ref Rng r, double minHealth)
    {
        FollowUp(ref c);
        Search(ref c, ctx, ref cm, ref r, minHealth);
        if (c.Hours > 0) { c.Status = Status.ExitedToWork; c.WwMonthsLeft = 0; c.WwBenefit = 0; return; }
        if (c.WwMonthsLeft > 1) { c.WwMonthsLeft--; return; }
        c.WwMonthsLeft = 0;
        c.WwBenefit = 0;
        ClientStep.ReEnter(ref c, ctx, Trigger.JobLoss);
    }

    private static void FollowUp(ref Client c)
    {
        if (c.MonthsSinceExit < short.MaxValue) c.MonthsSinceExit++;
        // Lasting exits: still off bijstand (in work or on WW) 6 and 18 months after the exit to work.
        if (c.Status is not (Status.ExitedToWork or Status.OnUnemploymentInsurance)) return;
        if (c.MonthsSinceExit == 6) c.Events |= MonthEvents.Lasting6;
        if (c.MonthsSinceExit == 18) c.Events |= MonthEvents.Lasting18;
    }

    public static int HoursCeiling(in Client c, Parameters p, double minHealth)
    {
        int health = (int)(40 * Math.Clamp((minHealth - 0.15) / 0.5, 0.1, 1));
        int care = c.Household == Household.SingleParent && c.YoungestChildAgeMonths < 12 * 12 ? 24
                 : c.Children > 0 ? 32 : 40;
        int ceiling = Math.Min(Math.Min(c.DesiredHours, health), care);
        if (c.EmployerCeiling) ceiling = Math.Min(ceiling, c.Hours);
        return ceiling;
    }

    /// <summary>How much the client trusts a brokered offer: the coach relationship for a coach lead [003, 001 E53];
    /// a training guarantee is honoured by the programme, so it counts in full.</summary>
    private static double LeadTrust(in Client c, Parameters p, bool guaranteed) => guaranteed ? 1 : Coaching.Relationship(c, p);

    /// <summary>Motivation to work: the stable drive (independence, work ethos) weighted with the aspiration that
    /// drifts with experience [004 §2.2, 000 Fig. 5].</summary>
    public static double Motive(in Client c, Parameters p) => p.DriveWeight * c.WorkDrive + (1 - p.DriveWeight) * c.Aspiration;

    /// <summary>Employability by <see cref="Education"/> in the offer hazard: below start qualification, start
    /// qualification, higher.</summary>
    private static readonly double[] EducationOffers = [0.75, 1.0, 1.3];

    private static void Search(ref Client c, MonthContext ctx, ref ClientMonth cm, ref Rng r, double minHealth)
    {
        var p = ctx.P;
        bool coping = c.Resilience != ResilienceType.Adaptive;
        bool guaranteed = c.GuaranteedOffer;
        c.GuaranteedOffer = false;

        // Search effort has two components. The client's own search follows motivation — the stable drive to work
        // and the aspiration that moves with experience [004 §2.2] — self-efficacy, health, childcare, discouragement
        // and the response to pressure. The obligation adds a compliance component in proportion to the pressure
        // felt: applications made to satisfy it, which match poorly [003; 004 §2.3]. Exempt clients have none.
        bool canWork = minHealth >= p.WorkHealthThreshold;
        double care = c.Household == Household.SingleParent && c.YoungestChildAgeMonths < 4 * 12 ? 0.5 : 1;
        double ability = M.Pick(canWork, 1, 0.15) * care;
        double motive = Motive(c, p);
        double own = motive * (0.5 + 0.5 * c.SelfEfficacy) * ability * (1 - 0.7 * c.Discouragement)
                     * Math.Max(0, 1 + cm.EffortBoost);
        double compliance = p.ComplianceEffort * cm.Pressure * ability;
        double effort = Math.Clamp(own + compliance, 0, 1.5);

        // Offer hazard = base × demand × employability × prejudice × benefit history × network leads × effort; the
        // history counts months out of work on benefit over all spells, so a short exit does not wipe it.
        double edu = EducationOffers[(int)c.Education];
        double age = M.Pick(c.AgeMonths < 27 * 12, 1.1, M.Pick(c.AgeMonths >= 50 * 12, 0.6, 1.0));
        double prejudice = M.Pick(c.Origin is Origin.NonWestern or Origin.Refugee, 1 - p.PrejudiceNonWestern, 1);
        double history = ctx.History(c.MonthsOutOfWork);
        double hazard = p.OfferRate * p.LabourDemand * edu * age * prejudice * history * (0.5 + 0.5 * c.Language)
                        * (1 + 0.5 * c.NetworkSupport) * effort;
        bool viaCoach = cm.CoachLead || guaranteed;
        bool offer = viaCoach || r.Chance(5, hazard);
        // An offer from the client's own search came from a compliance application in proportion to its share.
        bool poorMatch = !viaCoach && offer && compliance > 0 && r.Chance(12, compliance / (own + compliance));
        if (!offer)
        {
            // Rejections lower aspiration and self-efficacy, more for coping clients [000 §4.2.3, 001 E41].
            if (r.Chance(6, p.RejectionRate * effort * (canWork ? 1 : 0.3)))
            {
                double hit = coping ? 1.5 : 1.0;
                c.SelfEfficacy = M.C01(c.SelfEfficacy - 0.02 * hit);
                c.Aspiration = M.C01(c.Aspiration - 0.01 * hit);
                c.Discouragement = M.C01(c.Discouragement + 0.03 * hit);
                if (coping) ClientStep.Mark(ref c, Trigger.Rejection, ctx.Month);
            }
            return;
        }

        // The offer: first offers are mostly part-time (~10–12 h) [003, 004]; temporary with the market's share.
        bool partTime = r.Chance(7, p.PartTimeOfferShare);
        int hours = partTime ? 12 : 24 + 4 * r.Below(8, 4);
        bool temporary = r.Chance(9, c.Education == Education.BelowStartQualification ? p.TemporaryShareLow : p.TemporaryShareOther);

        // Acceptance: independence and work ethos weigh strongly, money weakly [004 §2.2]; fear of offsetting and of
        // relapse weigh against [003 Tables 3–5, 001 E19]; a household veto can block it [000 §5.3].
        double earnings = Money.EarningsOf((byte)hours, p);
        double keptOnBenefit = Money.Disregard(c, earnings, p) + Math.Min(p.PremiumShare * earnings, p.PremiumCap);
        double gain = Math.Max(keptOnBenefit, earnings + c.PartnerIncome - cm.Norm) - p.CommuteCost;
        bool topUp = earnings + c.PartnerIncome < cm.Norm;
        double utility = -1.0 + p.AcceptIndependenceWeight * motive + p.AcceptMoneyWeight * gain / 500
                         - M.If(poorMatch, p.ComplianceAcceptPenalty) + cm.AcceptBoost
                         - p.AcceptFearWeight * ((topUp ? c.OffsettingFear : 0.3 * c.OffsettingFear) + c.FearOfRelapse)
                         - (c.HarmfulTie ? 2 : 0) - (canWork ? 0 : 1.5) + M.If(viaCoach, p.CoachLeadAcceptWeight * LeadTrust(c, p, guaranteed));
        if (!r.Chance(10, M.Logistic(utility))) return;

        c.Hours = (byte)hours;
        c.Contract = temporary ? Contract.Temporary : Contract.Permanent;
        c.JobMonths = 0;
        c.EmployerCeiling = partTime && r.Chance(11, p.EmployerCeilingShare);
        c.JobViaCoach = viaCoach;
        c.PoorMatch = poorMatch;
        c.DisregardMonthsUsed = 0;
        if (c.Activity is Activity.Training or Activity.SteppingStone) { c.Activity = Activity.None; c.ActivityMonthsLeft = 0; }
        // A first (small) job builds momentum [004 §2.2].
        c.SelfEfficacy = M.C01(c.SelfEfficacy + 0.1);
        c.Aspiration = M.C01(c.Aspiration + 0.05);
        c.Discouragement = M.C01(c.Discouragement - 0.15);
        c.Events |= MonthEvents.JobStart;
        ClientStep.Mark(ref c, Trigger.JobStart, ctx.Month);
    }
}
