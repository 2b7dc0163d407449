using System.Runtime.CompilerServices;

namespace Resilience.Model;

/// <summary>§3.3.4 Coach contact, obligations and pressure: coach changes and trust, contacts, brokerage (job
/// leads, debt-help referral, exemption, stepping stones), the job-search obligation with sanctions, and the
/// response to pressure by latent type.</summary>
public static class Coaching
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        ref Client c = ref s[i];
        if (!c.OnCaseload) return;
        var p = ctx.P;
        var desks = ctx.Coaches;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Coaching);

        // Coach changes: turnover of the slot's coach, reassignment after a change in the number of coaches, and the
        // forced move from youth to adult desk at 27 [003 Table 7, 002 M12, 000 §4.5.2].
        // Look the desk up again only when the desks changed or the client moves between youth and adult desks.
        int slot = c.CoachSlot;
        bool youth = c.AgeMonths < Money.YouthDeskAgeMonths;
        if (c.CoachLayout != desks.Layout || desks.IsYouthDesk(slot) != youth)
        {
            slot = desks.SlotFor(i, youth);
            c.CoachLayout = desks.Layout;
        }
        if (slot != c.CoachSlot || desks.Ident[slot] != c.CoachId)
        {
            c.CoachSlot = slot;
            c.CoachId = desks.Ident[slot];
            double prior = CautiousPrior(c, p);
            c.CoachTrust = (float)(p.CoachDuo ? Math.Max(prior, p.DuoTrustRetention * c.CoachTrust) : prior);
            c.CoachTenureMonths = 0;
            c.LastCoachChangeMonth = (short)ctx.Month;
            // Support in progress pauses; clients who lean on the coach for letters feel it most [003].
            if (!p.CoachDuo) c.Load += (float)(p.CoachChangeLoad * (1 - c.AgencyCapital));
            c.Events |= MonthEvents.CoachChange;
            ClientStep.Mark(ref c, Trigger.CoachChange, ctx.Month);
        }
        else if (c.CoachTenureMonths < short.MaxValue) c.CoachTenureMonths++;

        double empathy = desks.Empathy[slot], directive = desks.Directiveness[slot];
        cm.Prospect = Prospect(c, p);

        // Contacts: planned contacts scaled by the caseload; target pressure steers them to clients with short-term
        // prospects [004 §3]. Exempt clients are seen on request [003 ZR]: those who do not ask get only a share of
        // the planned contacts, and asking takes agency capital [002 M10; 003: one was blocked by being told she
        // was exempt].
        double rate = ctx.ContactsPerMonth * (1 + p.CreamingContacts * p.CoachTargetPressure * (cm.Prospect - ctx.MeanProspect))
                      * M.Pick(c.Obligation == Obligation.Exempt, ExemptContactShare(c, p), 1);
        rate = Math.Max(0, rate);
        int contacts = (int)rate + (r.Chance(Draw.Coaching.Contacts, rate - (int)rate) ? 1 : 0);
        contacts = Math.Min(contacts, p.MaxContactsPerMonth);
        cm.Contacts = contacts;
        c.Contacts = (byte)contacts;
        if (contacts > 0) c.Events |= MonthEvents.Contact;

        if (contacts > 0)
        {
            c.LastContactMonth = (short)ctx.Month;
            // Trust grows slowly with regular contact over a longer period, more with an empathic coach [001 E53, 003].
            double continuity = Math.Min(1.0, (c.CoachTenureMonths + p.TrustContinuityOffsetMonths) / p.TrustContinuityMonths);
            for (int k = 0; k < contacts; k++)
                c.CoachTrust = M.C01(c.CoachTrust + p.TrustGrowth * (p.TrustEmpathyBase + empathy) * continuity * (1 - c.CoachTrust));

            // What a contact yields — job leads, referrals to debt help and training — depends on the relationship:
            // a coach who knows and is trusted by the client brokers more [003: support stalled when the consultant
            // left; 001 E53; 002 M12; 004: changing contact persons is an obstacle].
            double relationship = Relationship(c, p);
            cm.Relationship = relationship;
            double cream = 1 + p.CoachTargetPressure * (cm.Prospect - ctx.MeanProspect) * p.CreamingLeads;
            cm.CoachLead = c.Hours == 0
                           && r.Chance(Draw.Coaching.Lead, 1 - M.Power(1 - p.CoachLeadRate * relationship * (p.LeadDirectiveBase + directive) * Math.Max(p.CreamingFloor, cream)
                                                                       * Work.SexFactor(c, p), contacts));
            if (c.DebtStatus is DebtStatus.Problematic or DebtStatus.Stuck && c.DebtWaitMonthsLeft == 0
                && r.Chance(Draw.Coaching.DebtReferral, p.DebtReferralRate * relationship))
                Money.StartDebtHelp(ref c, p);
            cm.TrainingReferral = r.Chance(Draw.Coaching.TrainingReferral, p.TrainingReferralRate * relationship);
            cm.SteppingStoneOffer = c.Hours == 0 && cm.Prospect < ctx.MeanProspect && r.Chance(Draw.Coaching.SteppingStone, 1 - M.Power(1 - p.SteppingStoneRate, contacts));
            // "Rest first": a coach can exempt a fragile client from the job-search obligation [000 §4.5.2].
            if (p.Exemption == ExemptionPolicy.Fragile && c.Obligation == Obligation.JobSearch && IsFragile(c, p)
                && r.Chance(Draw.Coaching.Exemption, p.ExemptionGrantRate))
                c.Obligation = Obligation.Exempt;
        }
        else c.CoachTrust = M.C01(c.CoachTrust + p.TrustDecay * (CautiousPrior(c, p) - c.CoachTrust));

        switch (p.Exemption)
        {
            case ExemptionPolicy.None: c.Obligation = Obligation.JobSearch; break;
            case ExemptionPolicy.All: c.Obligation = Obligation.Exempt; break;
            default:
                if (c.Obligation == Obligation.Exempt && !IsFragile(c, p) && r.Chance(Draw.Coaching.ExemptionReview, p.ExemptionReviewRate))
                    c.Obligation = Obligation.JobSearch;
                break;
        }

        // Those who can respond to pressure — Responsive clients able to work — search harder and accept more readily
        // under the sanction threat and for a while after a sanction was imposed [001 §2.2, E5; 003: "if they cut your
        // benefit you will do something"].
        bool canRespond = c.PressureResponse == PressureResponse.Responsive && Math.Min(c.PhysicalHealth, c.MentalHealth) >= p.WorkHealthThreshold;
        int sinceSanction = ctx.Month - c.LastSanctionMonth;
        if (canRespond && sinceSanction >= 1 && sinceSanction <= p.SanctionAfterEffectMonths) RespondToSanction(ref cm, p);

        if (c.Obligation != Obligation.JobSearch || c.Status != Status.OnBenefit) return;

        // Pressure from the system and the coach; the response depends on the latent type [003, 004 §2.3]. The
        // system's part is the sanction threat, felt only by those who know their obligation [Divosa via Trouw 2018].
        double threat = Threat(c, p);
        double pressure = Math.Min(1.0, p.PressureThreatWeight * threat + p.PressureContactWeight * Math.Min(1.0, contacts * directive)
                                        + p.PressureTargetWeight * p.CoachTargetPressure * cm.Prospect);
        cm.Pressure = pressure;
        // Everyone under the obligation applies to comply (Work: the compliance component of search); beyond that,
        // Responsive clients search harder themselves, the Stressed carry extra load, and Reactant clients cooperate
        // less and lose trust [003, 004 §2.3, 001 E15, E54].
        switch (c.PressureResponse)
        {
            case PressureResponse.Responsive:
                cm.EffortBoost += p.ResponsiveEffortGain * pressure;
                if (canRespond) cm.AcceptBoost += p.SanctionThreatAcceptGain * threat;
                break;
            case PressureResponse.Stressed: c.Load += (float)(p.StressedLoad * pressure); break;
            default:
                cm.EffortBoost -= p.ReactantEffortLoss * pressure;
                c.CoachTrust = M.C01(c.CoachTrust - p.ReactantTrustLoss * pressure);
                break;
        }

        // Monthly compliance check; failure is likelier with poor mental health, little agency capital and high
        // load [001 E4, E44], and less likely the heavier the penalty a client who feels the obligation expects
        // (deterrence: the threat "gives compliance" [003]); a failure is sanctioned with probability `strictness`.
        double fail = p.ObligationFailureRate * (1 + p.FailureMentalHealth * (1 - c.MentalHealth) + (1 - c.AgencyCapital) + Math.Max(0, c.Load - p.FailureLoadOnset))
                      * (c.PressureResponse == PressureResponse.Reactant ? p.FailureReactant : 1) * Deterrence(c, p);
        if (r.Chance(Draw.Coaching.ObligationFailure, fail) && r.Chance(Draw.Coaching.Sanction, p.SanctionStrictness))
        {
            c.FeelsObligation = true; // a sanction makes the obligation known [003: "if they cut your benefit you will do something"]
            c.SanctionMonthsLeft = (byte)p.SanctionMonths;
            c.SanctionCut = (float)p.SanctionCutFraction;
            c.Events |= MonthEvents.Sanction;
            c.LastSanctionMonth = (short)ctx.Month;
            bool reactant = c.PressureResponse == PressureResponse.Reactant;
            c.CoachTrust = M.C01(c.CoachTrust - (reactant ? p.SanctionCoachTrustLossReactant : p.SanctionCoachTrustLoss));
            c.InstitutionalTrust = M.C01(c.InstitutionalTrust - p.SanctionInstitutionalTrustLoss);
            c.SelfEfficacy = M.C01(c.SelfEfficacy - p.SanctionSelfEfficacyLoss);
            c.Load += (float)(p.SanctionImposedLoad + p.SanctionLoadPerCutMonth * p.SanctionCutFraction * Math.Min(p.SanctionLoadMonthsCap, p.SanctionMonths)
                              + (c.PressureResponse == PressureResponse.Stressed ? p.SanctionStressedLoad : 0));
            if (canRespond) RespondToSanction(ref cm, p); // "you will do something" [003]
            ClientStep.Mark(ref c, Trigger.Sanction, ctx.Month);
        }
    }

    /// <summary>Quality of the working relationship in [0, 1]: <c>coach.strangerShare</c> of it holds even with a
    /// coach the client does not know; the rest grows with trust and with how long the coach has known the client
    /// (full after <c>coach.acquaintanceMonths</c>). A coach change resets tenure and trust, and so costs it.</summary>
    public static double Relationship(in Client c, Parameters p) =>
        p.CoachStrangerShare + (1 - p.CoachStrangerShare) * c.CoachTrust * Math.Min(1.0, c.CoachTenureMonths / (double)p.CoachAcquaintanceMonths);

    /// <summary>Whether a leaver would say the coach had a role in leaving (any of large, reasonable or small
    /// [003 Table 10]): the coach brokered the job, or the two were in contact within <c>coach.roleRecallMonths</c>
    /// and the client trusts the coach at least <c>coach.roleTrust</c>.</summary>
    public static bool HadRole(in Client c, MonthContext ctx) =>
        c.JobViaCoach || (ctx.Month - c.LastContactMonth <= ctx.P.CoachRoleRecallMonths && c.CoachTrust >= ctx.P.CoachRoleTrust);

    /// <summary>The penalty a failed obligation carries as the client perceives it, in norm-months withheld:
    /// strictness × cut × months [001 §2.2, 003]. Zero for a client who does not know or feel the obligation.</summary>
    public static double ExpectedPenalty(in Client c, Parameters p) =>
        M.If(c.FeelsObligation, p.SanctionStrictness * p.SanctionCutFraction * p.SanctionMonths);

    /// <summary>The sanction threat felt, in [0, 1): the expected penalty E on a saturating scale, E ÷ (E + the
    /// reference penalty), so that it is one half at national practice (where strictness 0.5 used to stand) and cut
    /// size and length count as much as strictness.</summary>
    public static double Threat(in Client c, Parameters p)
    {
        double e = ExpectedPenalty(c, p);
        return e / (e + p.SanctionReferencePenalty);
    }

    /// <summary>Factor on the obligation failure chance: 1 / (1 + <c>sanctions.deterrence</c> × E) for a client who
    /// feels the obligation, 1 for one who does not, divided by its mean over the two at the reference penalty and
    /// <c>obligations.feltShare</c>, so that <c>obligations.failureRate</c> stays the mean rate under current practice
    /// (what is observed) and only a scenario that moves a lever moves it.</summary>
    public static double Deterrence(in Client c, Parameters p)
    {
        double atReference = p.FeltObligationShare / (1 + p.SanctionDeterrence * p.SanctionReferencePenalty) + (1 - p.FeltObligationShare);
        return 1 / (1 + p.SanctionDeterrence * ExpectedPenalty(c, p)) / atReference;
    }

    /// <summary>Chance that a client with this state responds to pressure by searching harder (the Responsive type):
    /// a logistic in agency capital, mental health and Dutch proficiency (understanding the rules and the letters)
    /// around the population's reference state [001 E4, 003, 004 §2.3].</summary>
    public static double ResponsiveChance(in Client c, Parameters p) =>
        M.Logistic(p.ResponsiveIntercept + p.ResponsiveAgency * (c.AgencyCapital - p.AgencyMean)
                   + p.ResponsiveMentalHealth * (c.MentalHealth - p.MentalMean) + p.ResponsiveLanguage * (c.Language - p.LanguageNative));

    private static void RespondToSanction(ref ClientMonth cm, Parameters p)
    {
        cm.EffortBoost += p.SanctionImposedEffortGain;
        cm.AcceptBoost += p.SanctionImposedAcceptGain;
    }

    /// <summary>Share of the planned contacts an exempt client gets: <c>exemption.contactShareWithoutAsking</c>, plus
    /// the rest for clients who ask, with a chance equal to their agency capital [003 ZR, 002 M10].</summary>
    public static double ExemptContactShare(in Client c, Parameters p) =>
        p.ExemptContactShare + (1 - p.ExemptContactShare) * c.AgencyCapital;

    /// <summary>Trust in a new coach: cautious, lower after bad experiences with the institution [003, 002 M11].</summary>
    public static double CautiousPrior(in Client c, Parameters p) =>
        p.TrustPriorBase + p.TrustPriorInstitutional * c.InstitutionalTrust - (c.Scarred ? p.TrustPriorScar : 0);

    public static bool IsFragile(in Client c, Parameters p) =>
        Math.Min(c.PhysicalHealth, c.MentalHealth) < p.FragileThreshold || c.Resilience == ResilienceType.Crisis;

    /// <summary>Short-term job prospects as a coach would see them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Prospect(in Client c, Parameters p) =>
        p.ProspectAspiration * c.Aspiration + p.ProspectHealth * Math.Min(c.PhysicalHealth, c.MentalHealth)
        + p.ProspectEducation * M.ByEducation(c.Education, p.ProspectEducationBelow, p.ProspectEducationStart, p.ProspectEducationHigher)
        + p.ProspectLanguage * c.Language;
}
