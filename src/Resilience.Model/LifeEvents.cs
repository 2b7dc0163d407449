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
        double ageYears = c.AgeMonths / 12.0;

        // Physical health shock: rises with age and with strenuous (low-educated) work [001 E18]; often chronic.
        double physRate = p.PhysicalShockRate * (1 + p.PhysicalShockAgeGradient * (ageYears - 18) / 48)
                          * M.Pick(c.Hours > 0 && c.Education == Education.BelowStartQualification, 1.5, 1);
        if (r.Chance(0, physRate))
        {
            double drop = r.Uniform(1, 0.1, 0.35);
            c.PhysicalHealth = M.C01(c.PhysicalHealth - drop);
            if (r.Chance(2, 0.4)) c.PhysicalBaseline = M.C01(c.PhysicalBaseline - 0.6 * drop);
            // Illness shifts priorities to health and lowers aspirations [000 §4.4: adaptive → coping after illness].
            c.Aspiration = M.C01(c.Aspiration - 0.5 * drop);
            c.SelfEfficacy = M.C01(c.SelfEfficacy - 0.3 * drop);
            c.Load += 0.25f;
            c.Events |= MonthEvents.HealthShock;
            ClientStep.Mark(ref c, Trigger.HealthShock, ctx.Month);
        }

        // Mental-health episode: rises with load, debt, refugee history [001 E9, E14, E24] and the benefit wait.
        bool debtProblem = c.DebtStatus is DebtStatus.Problematic or DebtStatus.Stuck;
        double mentalRate = p.MentalEpisodeRate * (1 + 2 * Math.Max(0, c.Load - 0.3) + M.If(debtProblem, 1)
                            + M.If(c.Origin == Origin.Refugee, 0.5) + M.If(c.Status == Status.Waiting, 0.5));
        if (r.Chance(3, mentalRate))
        {
            c.MentalHealth = M.C01(c.MentalHealth - r.Uniform(4, 0.12, 0.3));
            c.Load += 0.2f;
            if (c.MentalCareWaitLeft == 0 && c.TreatmentMonthsLeft == 0)
                c.MentalCareWaitLeft = (byte)(p.MentalHealthWaitMonths + 1);
            ClientStep.Mark(ref c, Trigger.MentalEpisode, ctx.Month);
        }

        if (r.Chance(5, p.BereavementRate))
        {
            c.Load += 0.25f;
            c.MentalHealth = M.C01(c.MentalHealth - 0.08);
            ClientStep.Mark(ref c, Trigger.Bereavement, ctx.Month);
        }

        if (onCaseload)
        {
            // Administrative error or misinformation: a heavy-tailed repayment demand later; a coach who explains
            // letters and the client's own agency capital make it rarer [003, 002 M4, 001 E2–E4].
            double adminRate = p.AdminErrorRate * (1.5 - c.AgencyCapital) * (1 - 0.5 * c.CoachTrust);
            if (r.Chance(6, adminRate))
            {
                c.PendingClawback += (float)Math.Min(20000, r.Pareto(7, 300, 1.5));
                if (c.ClawbackDueIn == 0) c.ClawbackDueIn = (byte)(Math.Max(1, p.ClawbackLag) + 1); // counted down later this month
                c.InstitutionalTrust = M.C01(c.InstitutionalTrust - 0.1);
                c.CoachTrust = M.C01(c.CoachTrust - 0.1);
                c.Load += 0.1f;
                ClientStep.Mark(ref c, Trigger.AdminError, ctx.Month);
            }

            // Fraud accusation: benefit stopped a month, a lasting trust scar [002 M5, 003].
            if (r.Chance(8, p.FraudAccusationRate))
            {
                c.BenefitStoppedMonths = 1;
                c.InstitutionalTrust *= 0.4f;
                c.CoachTrust *= 0.3f;
                c.Scarred = true;
                c.Load += 0.4f;
                ClientStep.Mark(ref c, Trigger.FraudAccusation, ctx.Month);
            }

            if (r.Chance(9, p.ExitOtherRate))
            {
                ClientStep.Exit(ref c, ctx, toWork: false);
                onCaseload = false;
            }
        }
        else if (c.Status == Status.ExitedOther && c.AgeMonths < 66 * 12 && r.Chance(10, p.ReentryOtherRate))
        {
            ClientStep.ReEnter(ref c, ctx, Trigger.Gradual);
        }

        // Windfall or compensation: clears debt first [000 §3.1].
        if (r.Chance(11, p.WindfallRate))
        {
            double amount = r.Uniform(12, 2000, 15000);
            double toDebt = Math.Min(amount, c.Debt);
            c.Debt -= (float)toDebt;
            c.Savings += (float)Math.Min(amount - toDebt, 5000);
            if (c.Debt < 1 && c.DebtStatus != DebtStatus.None) Money.ClearDebt(ref c, ctx, success: true);
            ClientStep.Mark(ref c, Trigger.Windfall, ctx.Month);
        }

        // Harmful ties come and go; leaving one resolves a barrier (P3) and is easier with a trusted coach.
        if (!c.HarmfulTie)
        {
            if (r.Chance(13, p.HarmfulTieOnsetRate))
            {
                c.HarmfulTie = true;
                c.Load += 0.15f;
                ClientStep.Mark(ref c, Trigger.HarmfulTieOnset, ctx.Month);
            }
        }
        else if (r.Chance(14, p.HarmfulTieExitRate * (0.5 + c.CoachTrust)))
        {
            c.HarmfulTie = false;
            c.SelfEfficacy = M.C01(c.SelfEfficacy + 0.08);
            ClientStep.Mark(ref c, Trigger.HarmfulTieLeft, ctx.Month);
        }
    }
}
