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
        if (status == Status.NotClaiming) { NotClaiming(ref c, ctx, ref cm, ref r, minHealth); return; }

        if (c.Hours > 0)
        {
            if (c.JobMonths < short.MaxValue) c.JobMonths++;
            if (c.WorkMonths < short.MaxValue) c.WorkMonths++;
            if (c.Contract == Contract.Temporary && c.JobMonths == p.PermanentAfterMonths && r.Chance(Draw.Work.Permanent, p.PermanentChance))
                c.Contract = Contract.Permanent;
            bool careOverload = YoungChild(c, p.CareChildAge) && c.Hours > p.CareOverloadHours;
            double lossRate = p.JobLossRate * (c.Contract == Contract.Temporary ? p.TemporaryLossFactor : 1)
                              * M.Pick(c.PoorMatch, p.ComplianceJobLossFactor, 1)
                              * (1 + p.LossPoorHealth * Math.Max(0, p.WorkHealthThreshold - minHealth)) * M.Pick(careOverload, p.LossCareOverload, 1)
                              * M.Pick(c.JobMonths < p.LossEarlyMonths, p.LossEarlyFactor, 1) / p.LabourDemand;
            if (r.Chance(Draw.Work.JobLoss, lossRate))
            {
                // Job loss [001 E28, 002 M14]. After an exit, a job held at least 26 weeks leads to unemployment
                // insurance (WW) first [WW art. 17]; otherwise whether and when the household returns to bijstand
                // follows its eligibility [001 E19, Ch. 7].
                bool ww = status == Status.ExitedToWork && c.JobMonths * Units.WeeksPerMonth >= p.WwQualifyingWeeks;
                double lastEarnings = Money.EarningsOf(c.Hours, p);
                c.Hours = 0;
                c.Contract = Contract.None;
                c.JobMonths = 0;
                c.JobViaCoach = false;
                c.PoorMatch = false;
                c.SelfEfficacy = M.C01(c.SelfEfficacy - p.LossSelfEfficacy);
                c.Events |= MonthEvents.JobLoss;
                ClientStep.Mark(ref c, Trigger.JobLoss, ctx.Month);
                if (ww) StartUnemploymentInsurance(ref c, p, lastEarnings);
                else if (status == Status.ExitedToWork) AfterJobLoss(ref c, ctx, cm.Norm, ref r, Draw.Work.Report, Trigger.JobLoss);
                else if (status == Status.PartTimeWithTopUp) c.Status = Status.OnBenefit; // a waiting client keeps waiting
                return;
            }

            // Hours grow in small steps toward min(desired, health, care, employer ceilings) [003, 004 §2.2];
            // fear of offsetting locks top-up clients at their hours (P8), and growth slows when one more step costs
            // money, as when it ends the top-up and with it an earnings premium or the disregard.
            int ceiling = HoursCeiling(c, p, minHealth);
            bool locked = status == Status.PartTimeWithTopUp && c.OffsettingFear > p.LockInFear;
            if (c.Hours < ceiling && !locked
                && r.Chance(Draw.Work.HoursStep, p.HoursStepRate * HoursGainResponse(c, p, Math.Min(ceiling, c.Hours + p.HoursStep), cm.Norm)))
                c.Hours = (byte)Math.Min(ceiling, c.Hours + p.HoursStep);
            else if (c.Hours > ceiling + p.HoursCutMargin)
            {
                c.Hours = (byte)Math.Max(p.HoursStep, c.Hours - p.HoursStep);
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
            if (c.Household is Household.Couple or Household.CoupleWithChildren && r.Chance(Draw.Work.PartnerJob, p.PartnerJobRate * p.LabourDemand))
                c.PartnerIncome = (float)r.Uniform(Draw.Work.PartnerIncome, p.PartnerIncomeMin, p.PartnerIncomeMax);
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
        c.WwMonthsLeft = (byte)M.Clamp((int)(p.WwMonthsPerYearWorked * c.WorkMonths / Units.MonthsPerYear), p.WwMinMonths, p.WwMaxMonths);
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
        AfterJobLoss(ref c, ctx, cm.Norm, ref r, Draw.Work.ReportAfterWw, Trigger.JobLoss); // without work at the end of WW
    }

    /// <summary>Out of work and off bijstand after a lost job (without WW, or at its end), and every month after:
    /// whether and when the household claims bijstand follows its eligibility. A partner's income that covers the norm
    /// makes it ineligible: it lives on that income, like others who left for other reasons [Participatiewet art. 11,
    /// 31: household income]. Savings above the asset limit are spent first [art. 34; the gap of §7.3 draws on them].
    /// An eligible household reports with chance <c>takeUp.reportRate</c> a month; until then it searches and goes
    /// without (non-take-up, looking for work first [002 M7, M9]).</summary>
    private static void AfterJobLoss(ref Client c, MonthContext ctx, double norm, ref Rng r, Draw.Work draw, Trigger cause)
    {
        if (c.PartnerIncome >= norm) { c.Status = Status.ExitedOther; return; }
        c.Status = Status.NotClaiming;
        if (c.Savings <= Money.AssetLimit(c, ctx.P) && r.Chance(draw, ctx.P.ReportRate)) ClientStep.ReEnter(ref c, ctx, cause);
    }

    /// <summary>A month out of work without claiming (after a lost job, or after dropping out of an application): the
    /// client searches without a coach; a job ends it; otherwise eligibility decides again (<see cref="AfterJobLoss"/>).</summary>
    private static void NotClaiming(ref Client c, MonthContext ctx, ref ClientMonth cm, ref Rng r, double minHealth)
    {
        FollowUp(ref c);
        Search(ref c, ctx, ref cm, ref r, minHealth);
        if (c.Hours > 0) { c.Status = Status.ExitedToWork; return; }
        AfterJobLoss(ref c, ctx, cm.Norm, ref r, Draw.Work.Report, c.LastTrigger);
    }

    private static void FollowUp(ref Client c)
    {
        if (c.MonthsSinceExit < short.MaxValue) c.MonthsSinceExit++;
        // Lasting exits: still off bijstand (in work or on WW) 6 and 18 months after the exit to work.
        if (c.Status is not (Status.ExitedToWork or Status.OnUnemploymentInsurance)) return;
        if (c.MonthsSinceExit == LastingShortMonths) c.Events |= MonthEvents.Lasting6;
        if (c.MonthsSinceExit == LastingLongMonths) c.Events |= MonthEvents.Lasting18;
    }

    /// <summary>An exit counts as lasting after this many months and after this many (the outputs
    /// <c>exits_lasting_6</c> and <c>exits_lasting_18</c>).</summary>
    public const int LastingShortMonths = 6, LastingLongMonths = 18;

    /// <summary>A single parent whose youngest child is under <paramref name="ageYears"/>.</summary>
    private static bool YoungChild(in Client c, int ageYears) =>
        c.Household == Household.SingleParent && c.YoungestChildAgeMonths < ageYears * Units.MonthsPerYear;

    public static int HoursCeiling(in Client c, Parameters p, double minHealth)
    {
        int health = (int)(Units.FullTimeHours * M.Clamp((minHealth - p.HealthHoursOnset) / p.HealthHoursRange, p.HealthHoursMinShare, 1));
        int care = YoungChild(c, p.CareChildAge) ? p.CareCeilingSingleParent
                 : c.Children > 0 ? p.CareCeilingParent : Units.FullTimeHours;
        int ceiling = Math.Min(Math.Min(c.DesiredHours, health), care);
        if (c.EmployerCeiling) ceiling = Math.Min(ceiling, c.Hours);
        return ceiling;
    }

    /// <summary>Job offers to women relative to men, beyond single parents' care limits: <c>work.womenOfferFactor</c>
    /// for every offer, found by the client's own search or brokered by the coach.</summary>
    public static double SexFactor(in Client c, Parameters p) => M.Pick(c.Sex == Sex.F, p.WomenOfferFactor, 1);

    /// <summary>How much the client trusts a brokered offer: the coach relationship for a coach lead [003, 001 E53];
    /// a training guarantee is honoured by the programme, so it counts in full.</summary>
    private static double LeadTrust(in Client c, Parameters p, bool guaranteed) => guaranteed ? 1 : Coaching.Relationship(c, p);

    /// <summary>Motivation to work: the stable drive (independence, work ethos) weighted with the aspiration that
    /// drifts with experience [004 §2.2, 000 Fig. 5].</summary>
    public static double Motive(in Client c, Parameters p) => p.DriveWeight * c.WorkDrive + (1 - p.DriveWeight) * c.Aspiration;

    /// <summary>The household income on benefit without the job: the norm, less the sanction cut while a sanction
    /// runs, so that working gains more then [001 §2.2; 003: "I can get by, but not with less"].</summary>
    public static double IncomeOnBenefit(in Client c, double norm) => norm * (1 - M.If(c.SanctionMonthsLeft > 0, c.SanctionCut));

    /// <summary><c>work.acceptMoneyWeight</c> is a logit per this many euros of monthly gain, and
    /// <c>work.hoursGainWeight</c> a relative change of the hours-step chance per this many euros.</summary>
    private const double MoneyWeightEuros = 500;

    /// <summary>Monthly gain of working <paramref name="hours"/> a week over not working, as the client sees it. On a
    /// top-up (earnings less the disregard and any partner income below the norm) the client keeps the disregard and
    /// the earnings premium (a sanction cut applies with or without the job); off benefit the household income above
    /// what the benefit actually pays (<see cref="IncomeOnBenefit"/>: less the cut while a sanction runs), and the
    /// premium stops [003]. Less the
    /// costs of working. In a debt scheme the part of the gain above the free allowance goes to creditors for the
    /// months the scheme still runs, so the gain counts only for the share of <c>debt.schemeGainHorizonMonths</c>
    /// after the scheme, plus the share <c>debt.schemeIncomeKept</c> kept within it [Faillissementswet art. 295].
    /// (The allowance includes the costs of working, so in the scheme they are not lost either.)</summary>
    public static double GainOfWork(in Client c, Parameters p, int hours, double norm)
    {
        double earnings = Money.EarningsOf((byte)hours, p);
        double disregard = Money.Disregard(c, earnings, p);
        bool topUp = earnings - disregard + c.PartnerIncome < norm;
        double gain = (topUp ? disregard + Math.Min(p.PremiumShare * earnings, p.PremiumCap) : earnings + c.PartnerIncome - IncomeOnBenefit(c, norm)) - p.CommuteCost;
        return gain * SchemeGainShare(c, p);
    }

    /// <summary>Share of the gain of work a client keeps, looking <c>debt.schemeGainHorizonMonths</c> ahead: 1 outside
    /// a debt scheme; in one, the months after the scheme count in full and those within it at
    /// <c>debt.schemeIncomeKept</c>.</summary>
    public static double SchemeGainShare(in Client c, Parameters p)
    {
        if (c.DebtStatus != DebtStatus.InRestructuring) return 1;
        double inScheme = Math.Min(1, Math.Max(0, (int)c.DebtProgramMonthsLeft) / p.SchemeGainHorizonMonths);
        return 1 - (1 - p.SchemeIncomeKept) * inScheme;
    }

    /// <summary>Factor on the hours-step chance from the marginal gain of growing to <paramref name="nextHours"/>:
    /// 1 + <c>work.hoursGainWeight</c> × gain / €500, between 0 and <c>work.hoursGainMaxFactor</c>. A step that ends
    /// the top-up loses the disregard and the premium, so with a premium staying part-time can pay (hours lock-in).</summary>
    public static double HoursGainResponse(in Client c, Parameters p, int nextHours, double norm)
    {
        double marginal = GainOfWork(c, p, nextHours, norm) - GainOfWork(c, p, c.Hours, norm);
        return M.Clamp(1 + p.HoursGainWeight * marginal / MoneyWeightEuros, 0, p.HoursGainMaxFactor);
    }

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
        double care = YoungChild(c, p.YoungChildAge) ? p.YoungChildEffort : 1;
        double ability = M.Pick(canWork, 1, p.UnfitEffort) * care;
        double motive = Motive(c, p);
        double own = motive * (p.EffortSelfEfficacyBase + p.EffortSelfEfficacy * c.SelfEfficacy) * ability * (1 - p.DiscouragementEffort * c.Discouragement)
                     * Math.Max(0, 1 + cm.EffortBoost);
        double compliance = p.ComplianceEffort * cm.Pressure * ability;
        double effort = M.Clamp(own + compliance, 0, p.MaxEffort);

        // Offer hazard = base × demand × employability (education, age, sex) × prejudice × benefit history × network
        // leads × effort; the
        // history counts months out of work on benefit over all spells, so a short exit does not wipe it.
        double edu = M.ByEducation(c.Education, p.OfferEducationBelow, 1.0, p.OfferEducationHigher);
        double age = M.Pick(c.AgeMonths < Money.YouthDeskAgeMonths, p.YoungOfferFactor, M.Pick(c.AgeMonths >= p.OlderAge * Units.MonthsPerYear, p.OlderOfferFactor, 1.0))
                     * ctx.AgeOffer(c.AgeMonths)
                     * SexFactor(c, p);
        double prejudice = M.Pick(c.Origin is Origin.NonWestern or Origin.Refugee, 1 - p.PrejudiceNonWestern, 1);
        double history = ctx.History(c.MonthsOutOfWork);
        double hazard = p.OfferRate * p.LabourDemand * edu * age * prejudice * history * (p.OfferLanguageBase + p.OfferLanguageWeight * c.Language)
                        * (1 + p.NetworkLeads * c.NetworkSupport) * effort;
        bool viaCoach = cm.CoachLead || guaranteed;
        bool offer = viaCoach || r.Chance(Draw.Work.Offer, hazard);
        // An offer from the client's own search came from a compliance application in proportion to its share.
        bool poorMatch = !viaCoach && offer && compliance > 0 && r.Chance(Draw.Work.PoorMatch, compliance / (own + compliance));
        if (!offer)
        {
            // Rejections lower aspiration and self-efficacy, more for coping clients [000 §4.2.3, 001 E41].
            if (r.Chance(Draw.Work.Rejection, p.RejectionRate * effort * (canWork ? 1 : p.RejectionUnfit)))
            {
                double hit = coping ? p.RejectionCopingFactor : 1.0;
                c.SelfEfficacy = M.C01(c.SelfEfficacy - p.RejectionSelfEfficacy * hit);
                c.Aspiration = M.C01(c.Aspiration - p.RejectionAspiration * hit);
                c.Discouragement = M.C01(c.Discouragement + p.RejectionDiscouragement * hit);
                if (coping) ClientStep.Mark(ref c, Trigger.Rejection, ctx.Month);
            }
            return;
        }

        // The offer: first offers are mostly part-time (~10–12 h) [003, 004]; temporary with the market's share.
        bool partTime = r.Chance(Draw.Work.PartTime, p.PartTimeOfferShare);
        int hours = partTime ? p.PartTimeOfferHours : p.OtherOfferMinHours + p.HoursStep * r.Below(Draw.Work.Hours, p.OtherOfferSteps);
        bool temporary = r.Chance(Draw.Work.Temporary, c.Education == Education.BelowStartQualification ? p.TemporaryShareLow : p.TemporaryShareOther);

        // Acceptance: independence and work ethos weigh strongly, money weakly [004 §2.2]; fear of offsetting and of
        // relapse weigh against [003 Tables 3–5, 001 E19]; a household veto can block it [000 §5.3].
        double earnings = Money.EarningsOf((byte)hours, p);
        double gain = GainOfWork(c, p, hours, cm.Norm);
        bool topUp = earnings + c.PartnerIncome < cm.Norm;
        double utility = p.AcceptBase + p.AcceptIndependenceWeight * motive + p.AcceptMoneyWeight * gain / MoneyWeightEuros
                         - M.If(poorMatch, p.ComplianceAcceptPenalty) + cm.AcceptBoost
                         - p.AcceptFearWeight * ((topUp ? c.OffsettingFear : p.ExitFearShare * c.OffsettingFear) + c.FearOfRelapse)
                         - (c.HarmfulTie ? p.VetoPenalty : 0) - (canWork ? 0 : p.UnfitPenalty) + M.If(viaCoach, p.CoachLeadAcceptWeight * LeadTrust(c, p, guaranteed));
        if (!r.Chance(Draw.Work.Accept, M.Logistic(utility))) return;

        c.Hours = (byte)hours;
        c.Contract = temporary ? Contract.Temporary : Contract.Permanent;
        c.JobMonths = 0;
        c.EmployerCeiling = partTime && r.Chance(Draw.Work.EmployerCeiling, p.EmployerCeilingShare);
        c.JobViaCoach = viaCoach;
        c.PoorMatch = poorMatch;
        c.DisregardMonthsUsed = 0;
        if (c.Activity is Activity.Training or Activity.SteppingStone) { c.Activity = Activity.None; c.ActivityMonthsLeft = 0; }
        // A first (small) job builds momentum [004 §2.2].
        c.SelfEfficacy = M.C01(c.SelfEfficacy + p.StartSelfEfficacy);
        c.Aspiration = M.C01(c.Aspiration + p.StartAspiration);
        c.Discouragement = M.C01(c.Discouragement - p.StartDiscouragement);
        c.Events |= MonthEvents.JobStart;
        ClientStep.Mark(ref c, Trigger.JobStart, ctx.Month);
    }
}
