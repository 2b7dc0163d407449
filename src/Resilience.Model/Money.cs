namespace Resilience.Model;

/// <summary>§3.3.3 Benefit and money: norm with the cost-sharer rule, earnings offsetting and its errors, clawbacks,
/// sanctions, the earnings premium, the monthly budget gap, buffer requests and the debt trajectory.</summary>
public static class Money
{
    public const double WeeksPerMonth = 4.33;

    /// <summary>Monthly benefit norm of the client's household [001 §2.2.1]. Cost-sharer rule: with A adults sharing
    /// a home each gets (40 + 30·A) / (100·A) of the couple norm [000 §4.3.1, 002 M8].</summary>
    public static double Norm(Population s, int i, Parameters p)
    {
        int a = Math.Max(1, (int)s.CoResidentAdults[i]);
        bool couple = s.Household[i] is Household.Couple or Household.CoupleWithChildren;
        double perAdult = p.CostSharerRule && a > 1 ? (40.0 + 30.0 * a) / (100.0 * a) : couple ? 0.5 : 0.7;
        double norm = p.CoupleNorm * (couple ? 2 * perAdult : perAdult);
        if (!p.CostSharerRule && couple) norm = p.CoupleNorm;
        if (s.AgeMonths[i] < 21 * 12) norm *= p.Under21Factor;
        return norm;
    }

    public static double Shortfall(Household h, Parameters p) => h switch
    {
        Household.Single => p.ShortfallSingle,
        Household.SingleParent => p.ShortfallSingleParent,
        Household.Couple => p.ShortfallCouple,
        Household.CoupleWithChildren => p.ShortfallCoupleWithChildren,
        _ => p.ShortfallWithParents,
    };

    public static double EarningsOf(byte hours, Parameters p) => hours * WeeksPerMonth * p.HourlyWage;

    /// <summary>Earnings not offset against the benefit: the legal disregard (25%, capped, for 6 months).</summary>
    public static double Disregard(Population s, int i, double earnings, Parameters p) =>
        s.DisregardMonthsUsed[i] < p.DisregardMonths ? Math.Min(p.DisregardShare * earnings, p.DisregardCap) : 0;

    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Money);
        double earnings = EarningsOf(s.Hours[i], p);
        s.Earnings[i] = (float)earnings;
        var status = s.Status[i];

        double clawbackHit = SettleClawback(s, i, ctx);
        PayPremium(s, i, ctx);

        if (status is Status.ExitedToWork or Status.ExitedOther)
        {
            // Off benefit: work income covers the norm; debts are repaid slowly; restructuring runs on.
            if (s.Debt[i] > 0) s.Debt[i] = Math.Max(0, s.Debt[i] - (status == Status.ExitedToWork ? 150f : 40f));
            if (status == Status.ExitedToWork) s.Savings[i] = (float)Math.Min(p.AssetLimit * 2, s.Savings[i] + 40);
            UpdateDebtStatus(s, i, ctx, ref r);
            return;
        }

        double norm = cm.Norm;
        double spending = norm + Shortfall(s.Household[i], p) + (s.Hours[i] > 0 ? p.CommuteCost : 0);
        double benefit, advance = 0;
        if (status == Status.Waiting)
        {
            // The processing wait: no benefit unless an entry advance is paid [001 §2.2, E1].
            benefit = 0;
            if (p.EntryAdvance) advance = norm;
            if (s.WaitingMonthsLeft[i] <= 1) { s.WaitingMonthsLeft[i] = 0; s.Status[i] = Status.OnBenefit; }
            else s.WaitingMonthsLeft[i]--;
        }
        else
        {
            double disregard = Disregard(s, i, earnings, p);
            if (earnings > 0) s.DisregardMonthsUsed[i] = (byte)Math.Min(255, s.DisregardMonthsUsed[i] + 1);
            benefit = Math.Max(0, norm - Math.Max(0, earnings - disregard) - s.PartnerIncome[i]);
            if (s.SanctionMonthsLeft[i] > 0)
            {
                benefit = Math.Max(0, benefit - s.SanctionCut[i] * norm);
                s.SanctionMonthsLeft[i]--;
            }
            if (s.BenefitStoppedMonths[i] > 0) { benefit = 0; s.BenefitStoppedMonths[i]--; }

            if (earnings > 0 && status == Status.PartTimeWithTopUp)
            {
                // Earnings premium, paid as a lump sum [003].
                s.PremiumAccrued[i] += (float)Math.Min(p.PremiumShare * earnings, p.PremiumCap);
                // A wrong settlement becomes a clawback later, unless settlement is automatic [003 Tables 3–5, 002 M3].
                if (!p.AutoSettlement && r.Chance(0, p.OffsettingErrorRate))
                {
                    s.PendingClawback[i] += (float)Math.Min(30000, earnings * r.Pareto(1, p.ClawbackScale / 3.0, 1.5));
                    if (s.ClawbackDueIn[i] == 0) s.ClawbackDueIn[i] = (byte)Math.Max(1, p.ClawbackLag); // counted down from next month
                }
            }
        }
        s.BenefitPaid[i] = (float)(benefit + advance);

        double income = benefit + advance + earnings + s.PartnerIncome[i];
        if (s.DebtStatus[i] == DebtStatus.InRestructuring)
        {
            double withheld = Math.Min(s.Debt[i], p.RestructuringAllowanceCut * norm);
            s.Debt[i] -= (float)withheld;
            income -= withheld;
        }


        // The monthly gap: savings first, then the network, then cutting back or arrears [000, 000 §4.1, 001 E1].
        double gap = spending - income;
        cm.Gap = gap;
        if (gap > 0)
        {
            double fromSavings = Math.Min(s.Savings[i], gap);
            s.Savings[i] -= (float)fromSavings;
            gap -= fromSavings;
            double help = Math.Min(gap, p.NetworkHelpCap * s.NetworkSupport[i] * (1 - s.NetworkStrain[i]));
            if (help > 0)
            {
                gap -= help;
                s.NetworkStrain[i] = M.C01(s.NetworkStrain[i] + help / 2000); // support is time-limited [000 §4.1]
            }
            if (gap > 1)
            {
                // Losing the overview: more likely with low agency capital, poor mental health and high load [001 E4, E7, E11].
                double unpaidChance = p.ArrearsChance * (1.4 - s.AgencyCapital[i]) * (1.4 - s.MentalHealth[i]) * (0.6 + Math.Min(1.0, s.Load[i]))
                                      + (status == Status.Waiting ? 0.15 : 0);
                if (r.Chance(2, unpaidChance))
                {
                    double unpaid = gap * (1 - p.CutBackShare);
                    s.Debt[i] += (float)unpaid;
                    s.ArrearsMonths[i] = (byte)Math.Min(255, s.ArrearsMonths[i] + 1);
                    gap -= unpaid;
                }
                else if (s.ArrearsMonths[i] > 0) s.ArrearsMonths[i]--;
                s.ShortfallUncovered[i] = (float)gap;
            }
            else if (s.ArrearsMonths[i] > 0) s.ArrearsMonths[i]--;
        }
        else
        {
            double surplus = -gap;
            s.NetworkStrain[i] = M.C01(s.NetworkStrain[i] - 0.02);
            if (s.Debt[i] > 0 && s.DebtStatus[i] != DebtStatus.InRestructuring)
            {
                double repay = Math.Min(s.Debt[i], 0.5 * surplus);
                s.Debt[i] -= (float)repay;
                surplus -= repay;
            }
            s.Savings[i] = (float)Math.Min(p.AssetLimit, s.Savings[i] + 0.5 * surplus);
            s.ArrearsMonths[i] = 0;
        }
        if (s.NetworkStrain[i] > 0 && gap <= 0) s.NetworkStrain[i] = M.C01(s.NetworkStrain[i] - 0.01);

        UpdateDebtStatus(s, i, ctx, ref r);

        // Ask the coach for a buffer grant in acute need; granted after the client phase from the coach's budget
        // [002 action line 1]. The chance rises with trust and with the time the coach has.
        if (p.BufferBudgetPerCoachMonth > 0 && p.BufferMaxGrant > 0)
        {
            double need = clawbackHit > 0 ? clawbackHit
                : status == Status.Waiting && cm.Gap > 0 ? cm.Gap
                : s.ArrearsMonths[i] >= 2 ? Math.Min(s.Debt[i], 3 * cm.Gap) : 0;
            double ask = (0.3 + 0.7 * s.CoachTrust[i]) * Math.Min(1.0, 0.4 + ctx.ContactsPerMonth);
            if (need > 0 && r.Chance(5, ask)) s.BufferRequest[i] = (float)Math.Min(need, p.BufferMaxGrant);
        }
    }

    /// <summary>A repayment demand falls due, also after an exit: paid from savings, the rest becomes debt; trust
    /// collapses and leaves a scar [003, 002 M4]. Timers set earlier in the month are not counted down until next
    /// month, so a demand falls due exactly <c>money.clawbackLagMonths</c> after the error.</summary>
    private static double SettleClawback(Population s, int i, MonthContext ctx)
    {
        if (s.PendingClawback[i] <= 0 || s.ClawbackDueIn[i] == 0 || --s.ClawbackDueIn[i] > 0) return 0;
        double hit = s.PendingClawback[i];
        s.PendingClawback[i] = 0;
        double fromSavings = Math.Min(s.Savings[i], hit);
        s.Savings[i] -= (float)fromSavings;
        s.Debt[i] += (float)(hit - fromSavings);
        s.CoachTrust[i] *= 0.5f;
        s.InstitutionalTrust[i] = M.C01(s.InstitutionalTrust[i] - 0.2);
        s.Scarred[i] = true;
        s.OffsettingFear[i] = M.C01(s.OffsettingFear[i] + 0.3);
        s.Load[i] += 0.35f;
        s.Events[i] |= MonthEvents.Clawback;
        ClientStep.Mark(s, i, Trigger.Clawback, ctx.Month);
        return hit;
    }

    /// <summary>The accrued earnings premium is paid as a lump sum every payout period, also to clients who have
    /// left the benefit meanwhile [003].</summary>
    private static void PayPremium(Population s, int i, MonthContext ctx)
    {
        if (s.PremiumAccrued[i] <= 0 || ctx.Month % ctx.P.PremiumPayoutMonths != 0) return;
        double paid = s.PremiumAccrued[i];
        s.PremiumPaid[i] = (float)paid;
        s.PremiumAccrued[i] = 0;
        s.Savings[i] += (float)paid;
        s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] + 0.03); // felt as recognition
        s.OffsettingFear[i] = M.C01(s.OffsettingFear[i] - 0.08);
        s.Events[i] |= MonthEvents.PremiumPaid;
    }

    /// <summary>Debt trajectory: None → Arrears → Problematic → (help, wait) → InRestructuring → debt-free or Stuck
    /// [000 §4.5.1, 004 §2.3].</summary>
    private static void UpdateDebtStatus(Population s, int i, MonthContext ctx, ref Rng r)
    {
        var p = ctx.P;
        switch (s.DebtStatus[i])
        {
            case DebtStatus.None:
                if (s.Debt[i] > 1) s.DebtStatus[i] = DebtStatus.Arrears;
                break;
            case DebtStatus.Arrears:
                if (s.Debt[i] < 1) { s.Debt[i] = 0; s.DebtStatus[i] = DebtStatus.None; s.ArrearsMonths[i] = 0; }
                else if (s.Debt[i] > p.ProblematicThreshold || s.ArrearsMonths[i] >= p.ProblematicArrearsMonths)
                {
                    s.DebtStatus[i] = DebtStatus.Problematic;
                    s.Events[i] |= MonthEvents.BecameProblematic;
                    s.Load[i] += 0.15f;
                    ClientStep.Mark(s, i, Trigger.DebtProblematic, ctx.Month);
                }
                break;
            case DebtStatus.Problematic:
            case DebtStatus.Stuck:
                if (s.Debt[i] < 1) { ClearDebt(s, i, ctx, success: true); break; }
                s.Debt[i] *= (float)(1 + p.CollectionCostRate);
                if (s.DebtWaitMonthsLeft[i] == 0)
                {
                    // Help-seeking: rises with trust and agency capital, falls with the freeze response [002].
                    bool freeze = (s.Scarred[i] && s.InstitutionalTrust[i] < 0.3) || s.MentalHealth[i] < 0.3;
                    double seek = p.HelpSeekingRate * (0.3 + s.CoachTrust[i] + s.AgencyCapital[i]) * (freeze ? 0.3 : 1)
                                  * (s.DebtStatus[i] == DebtStatus.Stuck ? 0.3 : 1);
                    if (r.Chance(3, seek)) StartDebtHelp(s, i, p);
                }
                else if (--s.DebtWaitMonthsLeft[i] == 0)
                {
                    s.DebtStatus[i] = DebtStatus.InRestructuring;
                    s.DebtProgramMonthsLeft[i] = (short)p.DebtHelpDurationMonths;
                    s.Events[i] |= MonthEvents.RestructuringStarted;
                }
                break;
            case DebtStatus.InRestructuring:
                if (--s.DebtProgramMonthsLeft[i] <= 0 || s.Debt[i] < 1)
                {
                    // The programme ends: debt-free with a success experience, or stuck [000 §4.5.1].
                    if (s.Debt[i] < 1 || r.Chance(4, p.RestructuringSuccess)) ClearDebt(s, i, ctx, success: true);
                    else s.DebtStatus[i] = DebtStatus.Stuck;
                }
                break;
        }
    }

    /// <summary>Ask for debt help: restructuring starts after <c>debtHelp.waitMonths</c> (at once with no wait).</summary>
    internal static void StartDebtHelp(Population s, int i, Parameters p)
    {
        if (p.DebtHelpWaitMonths > 0) { s.DebtWaitMonthsLeft[i] = (byte)p.DebtHelpWaitMonths; return; }
        s.DebtStatus[i] = DebtStatus.InRestructuring;
        s.DebtProgramMonthsLeft[i] = (short)p.DebtHelpDurationMonths;
        s.Events[i] |= MonthEvents.RestructuringStarted;
    }

    internal static void ClearDebt(Population s, int i, MonthContext ctx, bool success)
    {
        bool wasProblem = s.DebtStatus[i] is DebtStatus.Problematic or DebtStatus.Stuck or DebtStatus.InRestructuring;
        s.Debt[i] = 0;
        s.DebtStatus[i] = DebtStatus.None;
        s.ArrearsMonths[i] = 0;
        s.DebtProgramMonthsLeft[i] = 0;
        s.DebtWaitMonthsLeft[i] = 0;
        if (wasProblem && success)
        {
            // Debt-free: autonomy and a success experience [000 §3.1, §4.5.1].
            s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] + 0.15);
            s.Aspiration[i] = M.C01(s.Aspiration[i] + 0.05);
            s.Load[i] = Math.Max(0, s.Load[i] - 0.2f);
            s.Events[i] |= MonthEvents.DebtCleared;
            ClientStep.Mark(s, i, Trigger.DebtCleared, ctx.Month);
        }
    }

    /// <summary>A buffer grant from the coach's budget, applied after the client phase: it pays the acute need,
    /// clears arrears and raises trust in the coach's competence [002 action line 1].</summary>
    public static void ApplyBufferGrant(Population s, int i, double amount, int month)
    {
        s.BufferPaid[i] = (float)amount;
        double toDebt = Math.Min(amount, s.Debt[i]);
        s.Debt[i] -= (float)toDebt;
        s.Savings[i] += (float)(amount - toDebt);
        s.ArrearsMonths[i] = 0;
        if (s.Debt[i] < 1 && s.DebtStatus[i] == DebtStatus.Arrears) { s.Debt[i] = 0; s.DebtStatus[i] = DebtStatus.None; }
        s.ShortfallUncovered[i] = 0;
        s.Load[i] = Math.Max(0, s.Load[i] - 0.1f);
        s.CoachTrust[i] = M.C01(s.CoachTrust[i] + 0.1);
        s.InstitutionalTrust[i] = M.C01(s.InstitutionalTrust[i] + 0.05);
        s.Events[i] |= MonthEvents.BufferGrant;
        ClientStep.Mark(s, i, Trigger.BufferGrant, month);
    }
}
