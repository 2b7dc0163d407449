using System.Runtime.CompilerServices;

namespace Resilience.Model;

/// <summary>§3.3.3 Benefit and money: norm with the cost-sharer rule, earnings offsetting and its errors, clawbacks,
/// sanctions, the earnings premium, the monthly budget gap, buffer requests and the debt trajectory.</summary>
public static class Money
{
    /// <summary>Monthly benefit norm of the client's household [001 §2.2.1]. Cost-sharer rule: with A adults sharing
    /// a home each gets (40 + 30·A) / (100·A) of the couple norm [000 §4.3.1, 002 M8].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Norm(in Client c, Parameters p)
    {
        int a = Math.Max(1, (int)c.CoResidentAdults);
        bool couple = c.Household is Household.Couple or Household.CoupleWithChildren;
        double perAdult = p.CostSharerRule && a > 1 ? (p.CostSharerBase + p.CostSharerPerAdult * a) / (Percent * a)
            : couple ? 1.0 / CoupleAdults : p.SingleNormShare;
        double norm = p.CoupleNorm * (couple ? CoupleAdults * perAdult : perAdult);
        if (!p.CostSharerRule && couple) norm = p.CoupleNorm;
        if (c.AgeMonths < p.Under21Age * Units.MonthsPerYear) norm *= p.Under21Factor;
        return norm;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Shortfall(Household h, Parameters p) => h switch
    {
        Household.Single => p.ShortfallSingle,
        Household.SingleParent => p.ShortfallSingleParent,
        Household.Couple => p.ShortfallCouple,
        Household.CoupleWithChildren => p.ShortfallCoupleWithChildren,
        _ => p.ShortfallWithParents,
    };

    private const double Percent = 100.0;
    private const int CoupleAdults = 2;

    public static double EarningsOf(byte hours, Parameters p) => hours * Units.WeeksPerMonth * p.HourlyWage;

    /// <summary>Earnings not offset against the benefit: the legal disregard (25%, capped, for 6 months).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Disregard(in Client c, double earnings, Parameters p) =>
        c.DisregardMonthsUsed < p.DisregardMonths ? Math.Min(p.DisregardShare * earnings, p.DisregardCap) : 0;

    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        ref Client c = ref s[i];
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Money);
        double earnings = EarningsOf(c.Hours, p);
        c.Earnings = (float)earnings;
        var status = c.Status;

        double clawbackHit = SettleClawback(ref c, ctx);
        PayPremium(ref c, ctx);
        if (status == Status.Waiting && Withdraws(ref c, ctx, ref r)) status = c.Status;

        if (status == Status.ExitedOther)
        {
            // Off benefit for other reasons (pension, partner, moving): income unknown, about the social minimum;
            // debts are repaid slowly; restructuring runs on.
            if (c.Debt > 0) c.Debt = (float)Math.Max(0, c.Debt - p.RepaymentAfterOtherExit);
            UpdateDebtStatus(ref c, ctx, ref r);
            return;
        }
        // After an exit to work (or on WW, or out of work without claiming) the household lives on its own income,
        // with the costs of the benefit household and, above the poverty-trap margin, without the local supplements
        // [002 M14, 003 Table 9].
        bool offBenefit = status is Status.ExitedToWork or Status.OnUnemploymentInsurance or Status.NotClaiming;

        double norm = cm.Norm;
        double spending = norm + ctx.Shortfall(c.Household) + M.If(c.Hours > 0, p.CommuteCost)
                          + M.If(offBenefit, SupplementsLost(earnings + c.WwBenefit + c.PartnerIncome, norm, p));
        double benefit, advance = 0, backPay = 0;
        if (offBenefit)
        {
            benefit = 0;
            advance = 0;
        }
        else if (status == Status.Waiting)
        {
            // The processing wait is a cash-flow gap, not lost benefit: entitlement runs from the report date
            // [Participatiewet art. 44] and what is not advanced is paid back with the first payment; an advance is
            // due once the wait exceeds four weeks [art. 52], but not everyone gets one [002 M7, M9; 001 §2.2, E1].
            // Under-27s have no entitlement during their search period [art. 41 lid 4].
            benefit = 0;
            advance = WaitAdvance(c, norm, p, ref r);
            if (Entitled(c, p)) c.BackPayDue += (float)(norm - advance);
            c.WaitedMonths = (byte)Math.Min(byte.MaxValue, c.WaitedMonths + 1);
            if (c.WaitingMonthsLeft <= 1) { c.WaitingMonthsLeft = 0; c.Status = Status.OnBenefit; }
            else c.WaitingMonthsLeft--;
        }
        else
        {
            double disregard = Disregard(c, earnings, p);
            if (earnings > 0) c.DisregardMonthsUsed = (byte)Math.Min(byte.MaxValue, c.DisregardMonthsUsed + 1);
            benefit = Math.Max(0, norm - Math.Max(0, earnings - disregard) - c.PartnerIncome);
            if (c.SanctionMonthsLeft > 0)
            {
                benefit = Math.Max(0, benefit - c.SanctionCut * norm);
                c.SanctionMonthsLeft--;
            }
            if (c.BenefitStoppedMonths > 0) { benefit = 0; c.BenefitStoppedMonths--; }
            // The back payment of the wait comes with the first payment. It settles the bills left unpaid during the
            // wait and no older debt, so a long wait cannot pay off debts that a short one leaves standing; then it
            // refills the savings the wait used up. What remains is what the household went without: a share
            // money.backPayCatchUpShare of it goes on the needs deferred in the wait (groceries, clothes, repairs,
            // small informal loans) and only the rest is saved, so going without leaves no buffer that an advance
            // would not have left [001 E1, §2.2].
            backPay = c.BackPayDue;
            c.BackPayDue = 0;
            double waitSettled = Math.Min(backPay, Math.Min(c.Debt, c.WaitArrears));
            c.WaitArrears = 0;
            if (waitSettled > 0)
            {
                c.Debt -= (float)waitSettled;
                c.ArrearsMonths = 0;
            }
            double rest = backPay - waitSettled;
            double refill = Math.Min(rest, c.WaitSavingsUsed);
            c.WaitSavingsUsed = 0;
            c.Savings += (float)(refill + (1 - p.BackPayCatchUpShare) * (rest - refill));

            if (earnings > 0 && status == Status.PartTimeWithTopUp)
            {
                // Earnings premium, paid as a lump sum [003].
                c.PremiumAccrued += (float)Math.Min(p.PremiumShare * earnings, p.PremiumCap);
                // A wrong settlement becomes a clawback later, unless settlement is automatic [003 Tables 3–5, 002 M3].
                if (!p.AutoSettlement && r.Chance(Draw.Money.OffsettingError, p.OffsettingErrorRate))
                {
                    double monthsOfEarnings = r.Pareto(Draw.Money.ClawbackSize, ParetoScale(p.ClawbackScale, p.ClawbackShape), p.ClawbackShape);
                    c.PendingClawback += (float)Math.Min(p.ClawbackMax, earnings * monthsOfEarnings);
                    if (c.ClawbackDueIn == 0) c.ClawbackDueIn = (byte)Math.Max(1, p.ClawbackLag); // counted down from next month
                }
            }
        }
        c.BenefitPaid = (float)(benefit + advance + backPay);

        double income = benefit + advance + earnings + c.WwBenefit + c.PartnerIncome;
        if (c.DebtStatus == DebtStatus.InRestructuring)
        {
            // Household income above the free allowance goes to creditors [Faillissementswet art. 295; 000 §4.5.1].
            double withheld = Math.Min(c.Debt, SchemeContribution(income, norm, c.Hours > 0, p));
            c.Debt -= (float)withheld;
            income -= withheld;
        }


        // The monthly gap: savings first, then the network, then cutting back or arrears [000, 000 §4.1, 001 E1].
        double gap = spending - income;
        cm.Gap = gap;
        if (gap > 0)
        {
            double fromSavings = Math.Min(c.Savings, gap);
            c.Savings -= (float)fromSavings;
            if (status == Status.Waiting) c.WaitSavingsUsed = (ushort)Math.Min(ushort.MaxValue, Math.Round(c.WaitSavingsUsed + fromSavings)); // whole euros
            gap -= fromSavings;
            double help = Math.Min(gap, p.NetworkHelpCap * c.NetworkSupport * (1 - c.NetworkStrain));
            if (help > 0)
            {
                gap -= help;
                c.NetworkStrain = M.C01(c.NetworkStrain + help / p.NetworkStrainScale); // support is time-limited [000 §4.1]
            }
            if (gap > 1)
            {
                // Going without covers at most money.maxCutBack a month; fixed costs beyond it (rent, energy) are left
                // unpaid [001 E1, 002 M7]. Within it, losing the overview is more likely with low agency capital, poor
                // mental health and high load [001 E4, E7, E11].
                // In the processing wait the fixed costs (rent, energy) cannot be gone without: they are paid first from
                // what there is, and what is missing is left unpaid [002 M7, 001 E1].
                double cutBackCeiling = status == Status.Waiting
                    ? Math.Min(p.MaxCutBack, Math.Max(0, spending - p.WaitFixedCostShare * norm)) : p.MaxCutBack;
                double beyondCutBack = Math.Max(0, gap - cutBackCeiling);
                gap -= beyondCutBack;
                double unpaidChance = p.ArrearsChance * (p.ArrearsAgencyReference - c.AgencyCapital) * (p.ArrearsMentalReference - c.MentalHealth)
                                      * (p.ArrearsLoadBase + Math.Min(1.0, c.Load))
                                      + (status == Status.Waiting ? p.ArrearsWaiting : 0);
                double unpaid = beyondCutBack + M.If(r.Chance(Draw.Money.Arrears, unpaidChance), gap * (1 - p.CutBackShare));
                if (unpaid > 0)
                {
                    c.Debt += (float)unpaid;
                    if (status == Status.Waiting) c.WaitArrears += (float)unpaid;
                    c.ArrearsMonths = (byte)Math.Min(byte.MaxValue, c.ArrearsMonths + 1);
                    gap -= unpaid - beyondCutBack;
                }
                else if (c.ArrearsMonths > 0) c.ArrearsMonths--;
                c.ShortfallUncovered = (float)gap;
            }
            else if (c.ArrearsMonths > 0) c.ArrearsMonths--;
        }
        else
        {
            double surplus = -gap;
            c.NetworkStrain = M.C01(c.NetworkStrain - p.StrainRecoveryWithSurplus);
            if (c.Debt > 0 && c.DebtStatus != DebtStatus.InRestructuring)
            {
                double repay = Math.Min(c.Debt, p.SurplusToDebt * surplus);
                c.Debt -= (float)repay;
                surplus -= repay;
            }
            // On benefit nothing is saved beyond the asset limit (savings already above it are kept); off benefit
            // nothing caps saving, and what was saved in work is spent first after a lost job (Work.AfterJobLoss).
            double saved = c.Savings + p.SurplusToSavings * surplus;
            c.Savings = (float)(offBenefit ? saved : Math.Max(c.Savings, Math.Min(AssetLimit(c, p), saved)));
            c.ArrearsMonths = 0;
        }
        if (c.NetworkStrain > 0 && gap <= 0) c.NetworkStrain = M.C01(c.NetworkStrain - p.StrainRecovery);

        UpdateDebtStatus(ref c, ctx, ref r);

        // Ask the coach for a buffer grant in acute need; granted after the client phase from the coach's budget
        // [002 action line 1]. The chance rises with trust and with the time the coach has.
        if (p.BufferBudgetPerCoachMonth > 0 && p.BufferMaxGrant > 0 && !offBenefit)
        {
            double need = clawbackHit > 0 ? clawbackHit
                : status == Status.Waiting && cm.Gap > 0 ? cm.Gap
                : c.ArrearsMonths >= p.BufferArrearsMonths ? Math.Min(c.Debt, p.BufferArrearsNeedMonths * cm.Gap) : 0;
            double ask = (p.BufferAskBase + p.BufferAskTrust * c.CoachTrust) * Math.Min(1.0, p.BufferAskReachBase + ctx.ContactsPerMonth);
            if (need > 0 && r.Chance(Draw.Money.BufferAsk, ask)) c.BufferRequest = (float)Math.Min(need, p.BufferMaxGrant);
        }
    }

    /// <summary>The asset limit of the client's household: <c>money.assetLimitFamily</c> for couples and single
    /// parents, <c>money.assetLimit</c> for the others [Participatiewet art. 34 lid 3].</summary>
    public static double AssetLimit(in Client c, Parameters p) =>
        M.Pick(c.Household is Household.Single or Household.WithParents, p.AssetLimit, p.AssetLimitFamily);

    /// <summary>Local supplements (income-related schemes, city pass) are lost when household income exceeds
    /// <c>money.supplementIncomeLimit</c> × the norm: the cliff of the poverty trap [002 M14: schemes worth
    /// €216–307 a month stop at 130% of the minimum; 003 Table 9: loss of supplements].</summary>
    public static double SupplementsLost(double income, double norm, Parameters p) =>
        M.If(income > p.SupplementIncomeLimit * norm, p.SupplementValue);

    /// <summary>Free allowance (vrij te laten bedrag) of a household in a debt scheme: (1 −
    /// <c>debt.restructuringAllowanceCut</c>) × the norm, plus the costs of working when the client works
    /// [Faillissementswet art. 295; the costs of work are part of the allowance].</summary>
    public static double FreeAllowance(double norm, bool working, Parameters p) =>
        (1 - p.RestructuringAllowanceCut) * norm + M.If(working, p.CommuteCost);

    /// <summary>What a debt scheme takes from a month's household income: the income above the free allowance,
    /// less the share <c>debt.schemeIncomeKept</c> the client keeps [Faillissementswet art. 295].</summary>
    public static double SchemeContribution(double income, double norm, bool working, Parameters p) =>
        (1 - p.SchemeIncomeKept) * Math.Max(0, income - FreeAllowance(norm, working, p));

    /// <summary>Whether the current waiting month is covered by entitlement: not during the search period of
    /// <c>benefit.youthSearchWeeks</c> that under-27s must complete before they can apply [Participatiewet art. 41
    /// lid 4].</summary>
    public static bool Entitled(in Client c, Parameters p) =>
        c.AgeMonths >= YouthDeskAgeMonths || c.WaitedMonths * Units.WeeksPerMonth >= p.YouthSearchWeeks;

    /// <summary>Age (in months) below which the youth search period applies and a youth coach serves the client.</summary>
    public const int YouthDeskAgeMonths = Ages.Youth * Units.MonthsPerYear;

    /// <summary>Advance paid in a waiting month: with the <c>buffer.entryAdvance</c> lever from the first entitled
    /// month; otherwise the statutory advance once the wait exceeds <c>benefit.advanceDueWeeks</c> [art. 52], taken
    /// up with chance <c>benefit.advanceTakeUp</c>.</summary>
    private static double WaitAdvance(in Client c, double norm, Parameters p, ref Rng r)
    {
        if (!Entitled(c, p)) return 0;
        if (p.EntryAdvance) return norm;
        bool due = c.WaitedMonths * Units.WeeksPerMonth >= p.AdvanceDueWeeks;
        return due && r.Chance(Draw.Money.Advance, p.AdvanceTakeUp) ? norm : 0;
    }

    /// <summary>A repayment demand falls due, also after an exit: paid from savings, the rest becomes debt; trust
    /// collapses and leaves a scar [003, 002 M4]. Timers set earlier in the month are not counted down until next
    /// month, so a demand falls due exactly <c>money.clawbackLagMonths</c> after the error.</summary>
    private static double SettleClawback(ref Client c, MonthContext ctx)
    {
        if (c.PendingClawback <= 0 || c.ClawbackDueIn == 0 || --c.ClawbackDueIn > 0) return 0;
        double hit = c.PendingClawback;
        c.PendingClawback = 0;
        double fromSavings = Math.Min(c.Savings, hit);
        c.Savings -= (float)fromSavings;
        c.Debt += (float)(hit - fromSavings);
        var p = ctx.P;
        c.CoachTrust *= (float)p.ClawbackCoachTrustFactor;
        c.InstitutionalTrust = M.C01(c.InstitutionalTrust - p.ClawbackInstitutionalTrustLoss);
        c.Scarred = true;
        c.OffsettingFear = M.C01(c.OffsettingFear + p.ClawbackOffsettingFear);
        c.Load += (float)p.ClawbackLoad;
        c.Events |= MonthEvents.Clawback;
        ClientStep.Mark(ref c, Trigger.Clawback, ctx.Month);
        return hit;
    }

    /// <summary>The accrued earnings premium is paid as a lump sum every payout period, also to clients who have
    /// left the benefit meanwhile [003].</summary>
    private static void PayPremium(ref Client c, MonthContext ctx)
    {
        if (c.PremiumAccrued <= 0 || ctx.Month % ctx.P.PremiumPayoutMonths != 0) return;
        double paid = c.PremiumAccrued;
        c.PremiumPaid = (float)paid;
        c.PremiumAccrued = 0;
        // In a debt scheme the lump sum is income above the free allowance: it goes to creditors [Fw art. 295].
        double toCreditors = c.DebtStatus == DebtStatus.InRestructuring ? Math.Min(c.Debt, (1 - ctx.P.SchemeIncomeKept) * paid) : 0;
        c.Debt -= (float)toCreditors;
        c.Savings += (float)(paid - toCreditors);
        c.SelfEfficacy = M.C01(c.SelfEfficacy + ctx.P.PremiumRecognition); // felt as recognition
        c.OffsettingFear = M.C01(c.OffsettingFear - ctx.P.PremiumFearRelief);
        c.Events |= MonthEvents.PremiumPaid;
    }

    /// <summary>Debt trajectory: None → Arrears → Problematic → (help, wait) → InRestructuring → debt-free or Stuck
    /// [000 §4.5.1, 004 §2.3].</summary>
    private static void UpdateDebtStatus(ref Client c, MonthContext ctx, ref Rng r)
    {
        var p = ctx.P;
        switch (c.DebtStatus)
        {
            case DebtStatus.None:
                if (c.Debt > 1) c.DebtStatus = DebtStatus.Arrears;
                break;
            case DebtStatus.Arrears:
                if (c.Debt < 1) { c.Debt = 0; c.DebtStatus = DebtStatus.None; c.ArrearsMonths = 0; }
                else if (c.Debt > p.ProblematicThreshold || c.ArrearsMonths >= p.ProblematicArrearsMonths)
                {
                    c.DebtStatus = DebtStatus.Problematic;
                    c.Events |= MonthEvents.BecameProblematic;
                    c.Load += (float)p.ProblematicLoad;
                    ClientStep.Mark(ref c, Trigger.DebtProblematic, ctx.Month);
                }
                break;
            case DebtStatus.Problematic:
            case DebtStatus.Stuck:
                if (c.Debt < 1) { ClearDebt(ref c, ctx, success: true); break; }
                c.Debt *= (float)(1 + p.CollectionCostRate);
                if (c.DebtWaitMonthsLeft == 0)
                {
                    // Help-seeking: rises with trust and agency capital, falls with the freeze response [002].
                    bool freeze = (c.Scarred && c.InstitutionalTrust < p.FreezeInstitutionalTrust) || c.MentalHealth < p.FreezeMentalHealth;
                    double seek = p.HelpSeekingRate * (p.HelpSeekingBase + c.CoachTrust + c.AgencyCapital) * (freeze ? p.FreezeFactor : 1)
                                  * (c.DebtStatus == DebtStatus.Stuck ? p.StuckSeekFactor : 1);
                    if (r.Chance(Draw.Money.HelpSeeking, seek)) StartDebtHelp(ref c, p);
                }
                else if (--c.DebtWaitMonthsLeft == 0)
                {
                    c.DebtStatus = DebtStatus.InRestructuring;
                    c.DebtProgramMonthsLeft = (short)p.DebtHelpDurationMonths;
                    c.Events |= MonthEvents.RestructuringStarted;
                }
                break;
            case DebtStatus.InRestructuring:
                if (--c.DebtProgramMonthsLeft <= 0 || c.Debt < 1)
                {
                    // The programme ends: debt-free with a success experience, or stuck [000 §4.5.1].
                    if (c.Debt < 1 || r.Chance(Draw.Money.RestructuringOutcome, p.RestructuringSuccess)) ClearDebt(ref c, ctx, success: true);
                    else c.DebtStatus = DebtStatus.Stuck;
                }
                break;
        }
    }

    /// <summary>Ask for debt help: restructuring starts after <c>debtHelp.waitMonths</c> (at once with no wait).</summary>
    internal static void StartDebtHelp(ref Client c, Parameters p)
    {
        if (p.DebtHelpWaitMonths > 0) { c.DebtWaitMonthsLeft = (byte)p.DebtHelpWaitMonths; return; }
        c.DebtStatus = DebtStatus.InRestructuring;
        c.DebtProgramMonthsLeft = (short)p.DebtHelpDurationMonths;
        c.Events |= MonthEvents.RestructuringStarted;
    }

    public static void ClearDebt(ref Client c, MonthContext ctx, bool success)
    {
        bool wasProblem = c.DebtStatus is DebtStatus.Problematic or DebtStatus.Stuck or DebtStatus.InRestructuring;
        c.Debt = 0;
        c.DebtStatus = DebtStatus.None;
        c.ArrearsMonths = 0;
        c.DebtProgramMonthsLeft = 0;
        c.DebtWaitMonthsLeft = 0;
        if (wasProblem && success)
        {
            // Debt-free: autonomy and a success experience [000 §3.1, §4.5.1].
            var p = ctx.P;
            c.SelfEfficacy = M.C01(c.SelfEfficacy + p.ClearedSelfEfficacy);
            c.Aspiration = M.C01(c.Aspiration + p.ClearedAspiration);
            c.Load = Math.Max(0, c.Load - (float)p.ClearedLoadRelief);
            c.Events |= MonthEvents.DebtCleared;
            ClientStep.Mark(ref c, Trigger.DebtCleared, ctx.Month);
        }
    }

    /// <summary>Whether coaches have a buffer budget to grant from (<c>buffer.budgetPerCoachMonth</c> &gt; 0); without
    /// one, clients make no requests and <see cref="GrantBuffers"/> does nothing.</summary>
    public static bool GrantsBuffers(Parameters p) => p.BufferBudgetPerCoachMonth > 0;

    /// <summary>Buffer grants (MODEL.md §3.3.3, after the client phase, sequential): each request made this month by
    /// clients [0, <paramref name="entered"/>) is paid from its coach's remaining monthly budget, first come first
    /// served in client order (so the outcome does not depend on the thread count); a remainder below
    /// <c>buffer.minGrant</c> is not paid out [002 action line 1].</summary>
    public static void GrantBuffers(Population s, int entered, Coaches coaches, Parameters p, int month)
    {
        if (!GrantsBuffers(p)) return;
        for (int i = 0; i < entered; i++)
        {
            ref Client c = ref s[i];
            float request = c.BufferRequest;
            if (request <= 0) continue;
            int slot = c.CoachSlot;
            float grant = Math.Min(request, coaches.BufferBudgetLeft[slot]);
            if (grant < p.BufferMinGrant) continue;
            coaches.BufferBudgetLeft[slot] -= grant;
            ApplyBufferGrant(ref c, grant, p, month);
        }
    }

    /// <summary>A buffer grant from the coach's budget, applied after the client phase: it pays the acute need,
    /// clears arrears and raises trust in the coach's competence [002 action line 1].</summary>
    public static void ApplyBufferGrant(ref Client c, double amount, Parameters p, int month)
    {
        c.BufferPaid = (float)amount;
        double toDebt = Math.Min(amount, c.Debt);
        c.Debt -= (float)toDebt;
        c.Savings += (float)(amount - toDebt);
        c.ArrearsMonths = 0;
        if (c.Debt < 1 && c.DebtStatus == DebtStatus.Arrears) { c.Debt = 0; c.DebtStatus = DebtStatus.None; }
        c.ShortfallUncovered = 0;
        c.Load = Math.Max(0, c.Load - (float)p.BufferLoadRelief);
        c.CoachTrust = M.C01(c.CoachTrust + p.BufferCoachTrustGain);
        c.InstitutionalTrust = M.C01(c.InstitutionalTrust + p.BufferInstitutionalTrustGain);
        c.Events |= MonthEvents.BufferGrant;
        ClientStep.Mark(ref c, Trigger.BufferGrant, month);
    }

    /// <summary>Pareto scale x_m that gives the mean <paramref name="mean"/> at shape α: mean = x_m·α / (α − 1).</summary>
    public static double ParetoScale(double mean, double shape) => mean / (shape / (shape - 1));

    /// <summary>Take-up at the wait [002 M7, M9]: in a month of the processing wait the applicant withdraws with chance
    /// <c>takeUp.waitWithdrawalRate</c>, in a month of the youth search period with <c>takeUp.searchWithdrawalRate</c>
    /// [Participatiewet art. 41 lid 4]. A share <c>takeUp.withdrawalIncomeShare</c> found work or other income; the rest
    /// give up without it (non-take-up). The withdrawn application is not paid: the back payment owed so far lapses.</summary>
    private static bool Withdraws(ref Client c, MonthContext ctx, ref Rng r)
    {
        var p = ctx.P;
        if (!r.Chance(Draw.Money.Withdrawal, Entitled(c, p) ? p.WaitWithdrawalRate : p.SearchWithdrawalRate)) return false;
        ClientStep.Withdraw(ref c, foundIncome: r.Chance(Draw.Money.WithdrawalIncome, p.WithdrawalIncomeShare));
        return true;
    }
}
