namespace Resilience.Model;

/// <summary>§3.3.4 Coach contact, obligations and pressure: coach changes and trust, contacts, brokerage (job
/// leads, debt-help referral, exemption, stepping stones), the job-search obligation with sanctions, and the
/// response to pressure by latent type.</summary>
public static class Coaching
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        if (!s.OnCaseload(i)) return;
        var p = ctx.P;
        var c = ctx.Coaches;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Coaching);

        // Coach changes: turnover of the slot's coach, reassignment after a change in the number of coaches, and the
        // forced move from youth to adult desk at 27 [003 Table 7, 002 M12, 000 §4.5.2].
        // Look the desk up again only when the desks changed or the client moves between youth and adult desks.
        int slot = s.CoachSlot[i];
        bool youth = s.AgeMonths[i] < 27 * 12;
        if (s.CoachLayout[i] != c.Layout || c.IsYouthDesk(slot) != youth)
        {
            slot = c.SlotFor(i, youth);
            s.CoachLayout[i] = c.Layout;
        }
        if (slot != s.CoachSlot[i] || c.Ident[slot] != s.CoachId[i])
        {
            s.CoachSlot[i] = slot;
            s.CoachId[i] = c.Ident[slot];
            double prior = CautiousPrior(s, i);
            s.CoachTrust[i] = (float)(p.CoachDuo ? Math.Max(prior, p.DuoTrustRetention * s.CoachTrust[i]) : prior);
            s.CoachTenureMonths[i] = 0;
            s.LastCoachChangeMonth[i] = (short)ctx.Month;
            // Support in progress pauses; clients who lean on the coach for letters feel it most [003].
            if (!p.CoachDuo) s.Load[i] += (float)(0.1 * (1 - s.AgencyCapital[i]));
            s.Events[i] |= MonthEvents.CoachChange;
            ClientStep.Mark(s, i, Trigger.CoachChange, ctx.Month);
        }
        else if (s.CoachTenureMonths[i] < short.MaxValue) s.CoachTenureMonths[i]++;

        double empathy = c.Empathy[slot], directive = c.Directiveness[slot];
        cm.Prospect = Prospect(s, i);

        // Contacts: planned contacts scaled by the caseload; target pressure steers them to clients with short-term
        // prospects [004 §3]; under self-direction only on the client's request [003 ZR].
        double rate = p.Exemption == ExemptionPolicy.All
            ? 0.04 + 0.1 * Math.Min(1.0, s.Load[i])
            : ctx.ContactsPerMonth * (1 + 1.2 * p.CoachTargetPressure * (cm.Prospect - ctx.MeanProspect));
        rate = Math.Max(0, rate);
        int contacts = (int)rate + (r.Chance(0, rate - (int)rate) ? 1 : 0);
        contacts = Math.Min(contacts, 4);
        cm.Contacts = contacts;
        s.Contacts[i] = (byte)contacts;
        if (contacts > 0) s.Events[i] |= MonthEvents.Contact;

        if (contacts > 0)
        {
            // Trust grows slowly with regular contact over a longer period, more with an empathic coach [001 E53, 003].
            double continuity = Math.Min(1.0, (s.CoachTenureMonths[i] + 3) / 12.0);
            for (int k = 0; k < contacts; k++)
                s.CoachTrust[i] = M.C01(s.CoachTrust[i] + p.TrustGrowth * (0.4 + empathy) * continuity * (1 - s.CoachTrust[i]));

            double cream = 1 + p.CoachTargetPressure * (cm.Prospect - ctx.MeanProspect) * 2;
            double perContact = 1 - Math.Pow(1 - p.CoachLeadRate * (0.5 + directive) * Math.Max(0.1, cream), contacts);
            cm.CoachLead = s.Hours[i] == 0 && r.Chance(1, perContact);
            if (s.DebtStatus[i] is DebtStatus.Problematic or DebtStatus.Stuck && s.DebtWaitMonthsLeft[i] == 0
                && r.Chance(2, p.DebtReferralRate * (0.3 + s.CoachTrust[i])))
                Money.StartDebtHelp(s, i, p);
            cm.TrainingReferral = r.Chance(3, 0.3);
            cm.SteppingStoneOffer = s.Hours[i] == 0 && cm.Prospect < ctx.MeanProspect && r.Chance(4, 1 - Math.Pow(1 - p.SteppingStoneRate, contacts));
            // "Rest first": a coach can exempt a fragile client from the job-search obligation [000 §4.5.2].
            if (p.Exemption == ExemptionPolicy.Fragile && s.Obligation[i] == Obligation.JobSearch && IsFragile(s, i, p)
                && r.Chance(5, p.ExemptionGrantRate))
                s.Obligation[i] = Obligation.Exempt;
        }
        else s.CoachTrust[i] = M.C01(s.CoachTrust[i] + p.TrustDecay * (CautiousPrior(s, i) - s.CoachTrust[i]));

        switch (p.Exemption)
        {
            case ExemptionPolicy.None: s.Obligation[i] = Obligation.JobSearch; break;
            case ExemptionPolicy.All: s.Obligation[i] = Obligation.Exempt; break;
            default:
                if (s.Obligation[i] == Obligation.Exempt && !IsFragile(s, i, p) && r.Chance(6, p.ExemptionReviewRate))
                    s.Obligation[i] = Obligation.JobSearch;
                break;
        }

        if (s.Obligation[i] != Obligation.JobSearch || s.Status[i] != Status.OnBenefit) return;

        // Pressure from the system and the coach; the response depends on the latent type [003, 004 §2.3].
        double pressure = Math.Min(1.0, 0.5 * p.SanctionStrictness + 0.5 * Math.Min(1.0, contacts * directive)
                                        + 0.3 * p.CoachTargetPressure * cm.Prospect);
        cm.Pressure = pressure;
        switch (s.PressureResponse[i])
        {
            case PressureResponse.Responsive: cm.EffortBoost = p.ResponsiveEffortGain * pressure; break;
            case PressureResponse.Stressed: s.Load[i] += (float)(p.StressedLoad * pressure * 0.3); break;
            default:
                cm.EffortBoost = -0.3 * pressure;
                s.CoachTrust[i] = M.C01(s.CoachTrust[i] - p.ReactantTrustLoss * pressure * 0.2);
                break;
        }

        // Monthly compliance check; failure is likelier with poor mental health, little agency capital and high
        // load [001 E4, E44]; a failure is sanctioned with probability `strictness`.
        double fail = p.ObligationFailureRate * (1 + 1.5 * (1 - s.MentalHealth[i]) + (1 - s.AgencyCapital[i]) + Math.Max(0, s.Load[i] - 0.4))
                      * (s.PressureResponse[i] == PressureResponse.Reactant ? 1.5 : 1);
        if (r.Chance(7, fail) && r.Chance(8, p.SanctionStrictness))
        {
            s.SanctionMonthsLeft[i] = (byte)p.SanctionMonths;
            s.SanctionCut[i] = (float)p.SanctionCutFraction;
            s.Events[i] |= MonthEvents.Sanction;
            bool reactant = s.PressureResponse[i] == PressureResponse.Reactant;
            s.CoachTrust[i] = M.C01(s.CoachTrust[i] - (reactant ? 0.25 : 0.12));
            s.InstitutionalTrust[i] = M.C01(s.InstitutionalTrust[i] - 0.05);
            s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] - 0.05);
            s.Load[i] += (float)(0.1 + 0.1 * p.SanctionCutFraction * Math.Min(3, p.SanctionMonths) + (s.PressureResponse[i] == PressureResponse.Stressed ? 0.1 : 0));
            if (s.PressureResponse[i] == PressureResponse.Responsive) cm.EffortBoost += 0.2; // "you will do something"
            ClientStep.Mark(s, i, Trigger.Sanction, ctx.Month);
        }
    }

    /// <summary>Trust in a new coach: cautious, lower after bad experiences with the institution [003, 002 M11].</summary>
    public static double CautiousPrior(Population s, int i) => 0.15 + 0.35 * s.InstitutionalTrust[i] - (s.Scarred[i] ? 0.08 : 0);

    public static bool IsFragile(Population s, int i, Parameters p) =>
        Math.Min(s.PhysicalHealth[i], s.MentalHealth[i]) < p.FragileThreshold || s.Resilience[i] == ResilienceType.Crisis;

    /// <summary>Short-term job prospects as a coach would see them.</summary>
    public static double Prospect(Population s, int i)
    {
        double edu = s.Education[i] switch { Education.Higher => 1.0, Education.StartQualification => 0.6, _ => 0.3 };
        return 0.35 * s.Aspiration[i] + 0.35 * Math.Min(s.PhysicalHealth[i], s.MentalHealth[i]) + 0.2 * edu + 0.1 * s.Language[i];
    }
}
