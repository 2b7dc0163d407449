namespace Resilience.Model;

/// <summary>§3.3.5 Work: job loss and relapse, the hours ramp toward the ceilings, search effort, offers,
/// acceptance, rejections, exit when household income covers the norm, and the follow-up of exits.</summary>
public static class Work
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Work);
        var status = s.Status[i];
        double minHealth = Math.Min(s.PhysicalHealth[i], s.MentalHealth[i]);

        if (status == Status.ExitedOther) { FollowUp(s, i); return; }

        if (s.Hours[i] > 0)
        {
            if (s.JobMonths[i] < short.MaxValue) s.JobMonths[i]++;
            if (s.Contract[i] == Contract.Temporary && s.JobMonths[i] == 12 && r.Chance(0, 0.5)) s.Contract[i] = Contract.Permanent;
            bool careOverload = s.Household[i] == Household.SingleParent && s.YoungestChildAgeMonths[i] < 12 * 12 && s.Hours[i] > 24;
            double lossRate = p.JobLossRate * (s.Contract[i] == Contract.Temporary ? p.TemporaryLossFactor : 1)
                              * (1 + 3 * Math.Max(0, p.WorkHealthThreshold - minHealth)) * (careOverload ? 1.5 : 1)
                              * (s.JobMonths[i] < 6 ? 1.3 : 1) / p.LabourDemand;
            if (r.Chance(1, lossRate))
            {
                // Job loss [001 E28, 002 M14]; after an exit it means relapse and re-entry [001 E19, Ch. 7].
                s.Hours[i] = 0;
                s.Contract[i] = Contract.None;
                s.JobMonths[i] = 0;
                s.JobViaCoach[i] = false;
                s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] - 0.05);
                s.Events[i] |= MonthEvents.JobLoss;
                ClientStep.Mark(s, i, Trigger.JobLoss, ctx.Month);
                if (status == Status.ExitedToWork) ClientStep.ReEnter(s, i, ctx, Trigger.JobLoss);
                else if (status == Status.PartTimeWithTopUp) s.Status[i] = Status.OnBenefit; // a waiting client keeps waiting
                return;
            }

            // Hours grow in small steps toward min(desired, health, care, employer ceilings) [003, 004 §2.2];
            // fear of offsetting locks top-up clients at their hours (P8).
            int ceiling = HoursCeiling(s, i, p, minHealth);
            bool locked = status == Status.PartTimeWithTopUp && s.OffsettingFear[i] > 0.5;
            if (s.Hours[i] < ceiling && !locked && r.Chance(2, p.HoursStepRate))
                s.Hours[i] = (byte)Math.Min(ceiling, s.Hours[i] + 4);
            else if (s.Hours[i] > ceiling + 8) s.Hours[i] = (byte)Math.Max(4, s.Hours[i] - 4);
        }
        else if (s.OnCaseload(i))
        {
            Search(s, i, ctx, ref cm, ref r, minHealth);
        }

        if (s.OnCaseload(i))
        {
            if (s.Hours[i] > 0 && s.Status[i] == Status.OnBenefit) s.Status[i] = Status.PartTimeWithTopUp;
            // A partner finding work can lift the household off benefit [004 §2.1].
            if (s.Household[i] is Household.Couple or Household.CoupleWithChildren && r.Chance(3, 0.004 * p.LabourDemand))
                s.PartnerIncome[i] = (float)r.Uniform(4, 800, 2400);
            double earnings = Money.EarningsOf(s.Hours[i], p);
            if (s.Status[i] != Status.Waiting && earnings - Money.Disregard(s, i, earnings, p) + s.PartnerIncome[i] >= cm.Norm)
                ClientStep.Exit(s, i, ctx, toWork: s.Hours[i] > 0);
        }
        else FollowUp(s, i);
    }

    private static void FollowUp(Population s, int i)
    {
        if (s.MonthsSinceExit[i] < short.MaxValue) s.MonthsSinceExit[i]++;
        if (s.Status[i] != Status.ExitedToWork) return;
        if (s.MonthsSinceExit[i] == 6) s.Events[i] |= MonthEvents.Lasting6;
        if (s.MonthsSinceExit[i] == 18) s.Events[i] |= MonthEvents.Lasting18;
    }

    public static int HoursCeiling(Population s, int i, Parameters p, double minHealth)
    {
        int health = (int)(40 * Math.Clamp((minHealth - 0.15) / 0.5, 0.1, 1));
        int care = s.Household[i] == Household.SingleParent && s.YoungestChildAgeMonths[i] < 12 * 12 ? 24
                 : s.Children[i] > 0 ? 32 : 40;
        int ceiling = Math.Min(Math.Min(s.DesiredHours[i], health), care);
        if (s.EmployerCeiling[i]) ceiling = Math.Min(ceiling, s.Hours[i]);
        return ceiling;
    }

    private static void Search(Population s, int i, MonthContext ctx, ref ClientMonth cm, ref Rng r, double minHealth)
    {
        var p = ctx.P;
        bool coping = s.Resilience[i] != ResilienceType.Adaptive;
        bool guaranteed = s.GuaranteedOffer[i];
        s.GuaranteedOffer[i] = false;

        // Search effort = f(aspiration, self-efficacy, health, childcare, pressure response, discouragement).
        bool canWork = minHealth >= p.WorkHealthThreshold;
        double care = s.Household[i] == Household.SingleParent && s.YoungestChildAgeMonths[i] < 4 * 12 ? 0.5 : 1;
        double effort = s.Aspiration[i] * (0.5 + 0.5 * s.SelfEfficacy[i]) * (canWork ? 1 : 0.15) * care
                        * (1 - 0.7 * s.Discouragement[i]) * (s.Obligation[i] == Obligation.Exempt ? 0.4 : 1)
                        * Math.Max(0, 1 + cm.EffortBoost);
        effort = Math.Clamp(effort, 0, 1.5);

        // Offer hazard = base × demand × employability × prejudice × benefit history × network leads × effort.
        double edu = s.Education[i] switch { Education.Higher => 1.3, Education.StartQualification => 1.0, _ => 0.75 };
        double age = s.AgeMonths[i] < 27 * 12 ? 1.1 : s.AgeMonths[i] >= 50 * 12 ? 0.6 : 1.0;
        double prejudice = s.Origin[i] is Origin.NonWestern or Origin.Refugee ? 1 - p.PrejudiceNonWestern : 1;
        double history = Math.Exp(-p.SpellPenaltyPerYear * s.SpellMonths[i] / 12.0);
        double hazard = p.OfferRate * p.LabourDemand * edu * age * prejudice * history * (0.5 + 0.5 * s.Language[i])
                        * (1 + 0.5 * s.NetworkSupport[i]) * effort;
        bool viaCoach = cm.CoachLead || guaranteed;
        bool offer = viaCoach || r.Chance(5, hazard);
        if (!offer)
        {
            // Rejections lower aspiration and self-efficacy, more for coping clients [000 §4.2.3, 001 E41].
            if (r.Chance(6, p.RejectionRate * effort * (canWork ? 1 : 0.3)))
            {
                double hit = coping ? 1.5 : 1.0;
                s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] - 0.02 * hit);
                s.Aspiration[i] = M.C01(s.Aspiration[i] - 0.01 * hit);
                s.Discouragement[i] = M.C01(s.Discouragement[i] + 0.03 * hit);
                if (coping) ClientStep.Mark(s, i, Trigger.Rejection, ctx.Month);
            }
            return;
        }

        // The offer: first offers are mostly part-time (~10–12 h) [003, 004]; temporary with the market's share.
        bool partTime = r.Chance(7, p.PartTimeOfferShare);
        int hours = partTime ? 12 : 24 + 4 * r.Below(8, 4);
        bool temporary = r.Chance(9, s.Education[i] == Education.BelowStartQualification ? p.TemporaryShareLow : p.TemporaryShareOther);

        // Acceptance: independence and work ethos weigh strongly, money weakly [004 §2.2]; fear of offsetting and of
        // relapse weigh against [003 Tables 3–5, 001 E19]; a household veto can block it [000 §5.3].
        double earnings = Money.EarningsOf((byte)hours, p);
        double keptOnBenefit = Money.Disregard(s, i, earnings, p) + Math.Min(p.PremiumShare * earnings, p.PremiumCap);
        double gain = Math.Max(keptOnBenefit, earnings + s.PartnerIncome[i] - cm.Norm) - p.CommuteCost;
        bool topUp = earnings + s.PartnerIncome[i] < cm.Norm;
        double utility = -1.0 + p.AcceptIndependenceWeight * s.Aspiration[i] + p.AcceptMoneyWeight * gain / 500
                         - p.AcceptFearWeight * ((topUp ? s.OffsettingFear[i] : 0.3 * s.OffsettingFear[i]) + s.FearOfRelapse[i])
                         - (s.HarmfulTie[i] ? 2 : 0) - (canWork ? 0 : 1.5) + (viaCoach ? 0.5 : 0);
        if (!r.Chance(10, M.Logistic(utility))) return;

        s.Hours[i] = (byte)hours;
        s.Contract[i] = temporary ? Contract.Temporary : Contract.Permanent;
        s.JobMonths[i] = 0;
        s.EmployerCeiling[i] = partTime && r.Chance(11, p.EmployerCeilingShare);
        s.JobViaCoach[i] = viaCoach;
        s.DisregardMonthsUsed[i] = 0;
        if (s.Activity[i] is Activity.Training or Activity.SteppingStone) { s.Activity[i] = Activity.None; s.ActivityMonthsLeft[i] = 0; }
        // A first (small) job builds momentum [004 §2.2].
        s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] + 0.1);
        s.Aspiration[i] = M.C01(s.Aspiration[i] + 0.05);
        s.Discouragement[i] = M.C01(s.Discouragement[i] - 0.15);
        s.Events[i] |= MonthEvents.JobStart;
        ClientStep.Mark(s, i, Trigger.JobStart, ctx.Month);
    }
}
