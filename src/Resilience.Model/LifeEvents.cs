namespace Resilience.Model;

/// <summary>§3.3.2 Life events: monthly hazards (base rates are assumptions to calibrate). Each event adds to load
/// and moves the resources it touches; employer rejection and job loss live in <see cref="Work"/>.</summary>
public static class LifeEvents
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        ref Client c = ref s[i];
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.LifeEvents);
        bool onCaseload = c.OnCaseload;
        double ageYears = c.AgeMonths / (double)Units.MonthsPerYear;

        // Physical health shock: rises with age and with strenuous (low-educated) work [001 E18]; often chronic.
        double physRate = p.PhysicalShockRate * (1 + p.PhysicalShockAgeGradient * (ageYears - GradientFromAge) / GradientYears)
                          * M.Pick(c.Hours > 0 && c.Education == Education.BelowStartQualification, p.StrenuousWorkFactor, 1);
        if (r.Chance(Draw.LifeEvents.PhysicalShock, physRate))
        {
            double drop = r.Uniform(Draw.LifeEvents.PhysicalDrop, p.PhysicalDropMin, p.PhysicalDropMax);
            c.PhysicalHealth = M.C01(c.PhysicalHealth - drop);
            if (r.Chance(Draw.LifeEvents.Chronic, p.ChronicShare)) c.PhysicalBaseline = M.C01(c.PhysicalBaseline - p.ChronicBaselineShare * drop);
            // Illness shifts priorities to health and lowers aspirations [000 §4.4: adaptive → coping after illness].
            c.Aspiration = M.C01(c.Aspiration - p.IllnessAspiration * drop);
            c.SelfEfficacy = M.C01(c.SelfEfficacy - p.IllnessSelfEfficacy * drop);
            c.Load += (float)p.PhysicalShockLoad;
            c.Events |= MonthEvents.HealthShock;
            ClientStep.Mark(ref c, Trigger.HealthShock, ctx.Month);
        }

        // Mental-health episode: rises with load, debt, refugee history [001 E9, E14, E24] and the benefit wait.
        bool debtProblem = c.DebtStatus is DebtStatus.Problematic or DebtStatus.Stuck;
        double mentalRate = p.MentalEpisodeRate * (1 + p.MentalLoadWeight * Math.Max(0, c.Load - p.MentalLoadOnset) + M.If(debtProblem, p.MentalDebt)
                            + M.If(c.Origin == Origin.Refugee, p.MentalRefugee) + M.If(c.Status == Status.Waiting, p.MentalWaiting));
        if (r.Chance(Draw.LifeEvents.MentalEpisode, mentalRate))
        {
            c.MentalHealth = M.C01(c.MentalHealth - r.Uniform(Draw.LifeEvents.MentalDrop, p.MentalDropMin, p.MentalDropMax));
            c.Load += (float)p.MentalEpisodeLoad;
            if (c.MentalCareWaitLeft == 0 && c.TreatmentMonthsLeft == 0)
                c.MentalCareWaitLeft = (byte)(p.MentalHealthWaitMonths + 1);
            ClientStep.Mark(ref c, Trigger.MentalEpisode, ctx.Month);
        }

        if (r.Chance(Draw.LifeEvents.Bereavement, p.BereavementRate))
        {
            c.Load += (float)p.BereavementLoad;
            c.MentalHealth = M.C01(c.MentalHealth - p.BereavementMentalHealth);
            ClientStep.Mark(ref c, Trigger.Bereavement, ctx.Month);
        }

        if (onCaseload)
        {
            // Administrative error or misinformation: a heavy-tailed repayment demand later; a coach who explains
            // letters and the client's own agency capital make it rarer [003, 002 M4, 001 E2–E4].
            double adminRate = p.AdminErrorRate * (p.AdminAgencyReference - c.AgencyCapital) * (1 - p.AdminCoachProtection * c.CoachTrust);
            if (r.Chance(Draw.LifeEvents.AdminError, adminRate))
            {
                c.PendingClawback += (float)Math.Min(p.AdminClawbackMax, r.Pareto(Draw.LifeEvents.AdminClawbackSize, p.AdminClawbackScale, p.ClawbackShape));
                if (c.ClawbackDueIn == 0) c.ClawbackDueIn = (byte)(Math.Max(1, p.ClawbackLag) + 1); // counted down later this month
                c.InstitutionalTrust = M.C01(c.InstitutionalTrust - p.AdminInstitutionalTrustLoss);
                c.CoachTrust = M.C01(c.CoachTrust - p.AdminCoachTrustLoss);
                c.Load += (float)p.AdminLoad;
                ClientStep.Mark(ref c, Trigger.AdminError, ctx.Month);
            }

            // Fraud accusation: benefit stopped a month, a lasting trust scar [002 M5, 003].
            if (r.Chance(Draw.LifeEvents.FraudAccusation, p.FraudAccusationRate))
            {
                c.BenefitStoppedMonths = 1;
                c.InstitutionalTrust *= (float)p.FraudInstitutionalTrustFactor;
                c.CoachTrust *= (float)p.FraudCoachTrustFactor;
                c.Scarred = true;
                c.Load += (float)p.FraudLoad;
                ClientStep.Mark(ref c, Trigger.FraudAccusation, ctx.Month);
            }

            if (r.Chance(Draw.LifeEvents.ExitOther, p.ExitOtherRate * ctx.ExitOtherDecay(c.SpellMonths)))
            {
                ClientStep.Exit(ref c, ctx, toWork: false);
                onCaseload = false;
            }
        }
        else if (c.Status == Status.ExitedOther && c.AgeMonths < LastReentryAgeMonths && r.Chance(Draw.LifeEvents.ReentryOther, p.ReentryOtherRate))
        {
            ClientStep.ReEnter(ref c, ctx, Trigger.Gradual);
        }

        // Windfall or compensation: clears debt first [000 §3.1].
        if (r.Chance(Draw.LifeEvents.Windfall, p.WindfallRate))
        {
            double amount = r.Uniform(Draw.LifeEvents.WindfallAmount, p.WindfallMin, p.WindfallMax);
            double toDebt = Math.Min(amount, c.Debt);
            c.Debt -= (float)toDebt;
            c.Savings += (float)Math.Min(amount - toDebt, p.WindfallSavingsCap);
            if (c.Debt < 1 && c.DebtStatus != DebtStatus.None) Money.ClearDebt(ref c, ctx, success: true);
            ClientStep.Mark(ref c, Trigger.Windfall, ctx.Month);
        }

        // Harmful ties come and go; leaving one resolves a barrier (P3) and is easier with a trusted coach.
        if (!c.HarmfulTie)
        {
            if (r.Chance(Draw.LifeEvents.HarmfulTieOnset, p.HarmfulTieOnsetRate))
            {
                c.HarmfulTie = true;
                c.Load += (float)p.HarmfulTieOnsetLoad;
                ClientStep.Mark(ref c, Trigger.HarmfulTieOnset, ctx.Month);
            }
        }
        else if (r.Chance(Draw.LifeEvents.HarmfulTieExit, p.HarmfulTieExitRate * (p.HarmfulTieExitBase + c.CoachTrust)))
        {
            c.HarmfulTie = false;
            c.SelfEfficacy = M.C01(c.SelfEfficacy + p.HarmfulTieLeftSelfEfficacy);
            ClientStep.Mark(ref c, Trigger.HarmfulTieLeft, ctx.Month);
        }
    }

    /// <summary>The physical-shock hazard rises by <c>life.physicalShockAgeGradient</c> between age 18 and 66, the
    /// ages of the caseload.</summary>
    private const double GradientFromAge = Ages.Adult, GradientYears = Ages.LastOnBenefit - Ages.Adult;

    /// <summary>Clients who left for other reasons return only before this age (a year before the state pension).</summary>
    private const int LastReentryAgeMonths = Ages.LastOnBenefit * Units.MonthsPerYear;
}
