namespace Resilience.Model;

/// <summary>§3.3.2 Life events: monthly hazards (base rates are assumptions to calibrate). Each event adds to load
/// and moves the resources it touches; employer rejection and job loss live in <see cref="Work"/>.</summary>
public static class LifeEvents
{
    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        var p = ctx.P;
        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.LifeEvents);
        bool onCaseload = s.OnCaseload(i);
        double ageYears = s.AgeMonths[i] / 12.0;

        // Physical health shock: rises with age and with strenuous (low-educated) work [001 E18]; often chronic.
        double physRate = p.PhysicalShockRate * (1 + p.PhysicalShockAgeGradient * (ageYears - 18) / 48)
                          * (s.Hours[i] > 0 && s.Education[i] == Education.BelowStartQualification ? 1.5 : 1);
        if (r.Chance(0, physRate))
        {
            double drop = r.Uniform(1, 0.1, 0.35);
            s.PhysicalHealth[i] = M.C01(s.PhysicalHealth[i] - drop);
            if (r.Chance(2, 0.4)) s.PhysicalBaseline[i] = M.C01(s.PhysicalBaseline[i] - 0.6 * drop);
            // Illness shifts priorities to health and lowers aspirations [000 §4.4: adaptive → coping after illness].
            s.Aspiration[i] = M.C01(s.Aspiration[i] - 0.5 * drop);
            s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] - 0.3 * drop);
            s.Load[i] += 0.25f;
            s.Events[i] |= MonthEvents.HealthShock;
            ClientStep.Mark(s, i, Trigger.HealthShock, ctx.Month);
        }

        // Mental-health episode: rises with load, debt, refugee history [001 E9, E14, E24] and the benefit wait.
        bool debtProblem = s.DebtStatus[i] is DebtStatus.Problematic or DebtStatus.Stuck;
        double mentalRate = p.MentalEpisodeRate * (1 + 2 * Math.Max(0, s.Load[i] - 0.3) + (debtProblem ? 1 : 0)
                            + (s.Origin[i] == Origin.Refugee ? 0.5 : 0) + (s.Status[i] == Status.Waiting ? 0.5 : 0));
        if (r.Chance(3, mentalRate))
        {
            s.MentalHealth[i] = M.C01(s.MentalHealth[i] - r.Uniform(4, 0.12, 0.3));
            s.Load[i] += 0.2f;
            if (s.MentalCareWaitLeft[i] == 0 && s.TreatmentMonthsLeft[i] == 0)
                s.MentalCareWaitLeft[i] = (byte)(p.MentalHealthWaitMonths + 1);
            ClientStep.Mark(s, i, Trigger.MentalEpisode, ctx.Month);
        }

        if (r.Chance(5, p.BereavementRate))
        {
            s.Load[i] += 0.25f;
            s.MentalHealth[i] = M.C01(s.MentalHealth[i] - 0.08);
            ClientStep.Mark(s, i, Trigger.Bereavement, ctx.Month);
        }

        if (onCaseload)
        {
            // Administrative error or misinformation: a heavy-tailed repayment demand later; a coach who explains
            // letters and the client's own agency capital make it rarer [003, 002 M4, 001 E2–E4].
            double adminRate = p.AdminErrorRate * (1.5 - s.AgencyCapital[i]) * (1 - 0.5 * s.CoachTrust[i]);
            if (r.Chance(6, adminRate))
            {
                s.PendingClawback[i] += (float)Math.Min(20000, r.Pareto(7, 300, 1.5));
                if (s.ClawbackDueIn[i] == 0) s.ClawbackDueIn[i] = (byte)(Math.Max(1, p.ClawbackLag) + 1); // counted down later this month
                s.InstitutionalTrust[i] = M.C01(s.InstitutionalTrust[i] - 0.1);
                s.CoachTrust[i] = M.C01(s.CoachTrust[i] - 0.1);
                s.Load[i] += 0.1f;
                ClientStep.Mark(s, i, Trigger.AdminError, ctx.Month);
            }

            // Fraud accusation: benefit stopped a month, a lasting trust scar [002 M5, 003].
            if (r.Chance(8, p.FraudAccusationRate))
            {
                s.BenefitStoppedMonths[i] = 1;
                s.InstitutionalTrust[i] *= 0.4f;
                s.CoachTrust[i] *= 0.3f;
                s.Scarred[i] = true;
                s.Load[i] += 0.4f;
                ClientStep.Mark(s, i, Trigger.FraudAccusation, ctx.Month);
            }

            if (r.Chance(9, p.ExitOtherRate))
            {
                ClientStep.Exit(s, i, ctx, toWork: false);
                onCaseload = false;
            }
        }
        else if (s.Status[i] == Status.ExitedOther && s.AgeMonths[i] < 66 * 12 && r.Chance(10, p.ReentryOtherRate))
        {
            ClientStep.ReEnter(s, i, ctx, Trigger.Gradual);
        }

        // Windfall or compensation: clears debt first [000 §3.1].
        if (r.Chance(11, p.WindfallRate))
        {
            double amount = r.Uniform(12, 2000, 15000);
            double toDebt = Math.Min(amount, s.Debt[i]);
            s.Debt[i] -= (float)toDebt;
            s.Savings[i] += (float)Math.Min(amount - toDebt, 5000);
            if (s.Debt[i] < 1 && s.DebtStatus[i] != DebtStatus.None) Money.ClearDebt(s, i, ctx, success: true);
            ClientStep.Mark(s, i, Trigger.Windfall, ctx.Month);
        }

        // Harmful ties come and go; leaving one resolves a barrier (P3) and is easier with a trusted coach.
        if (!s.HarmfulTie[i])
        {
            if (r.Chance(13, p.HarmfulTieOnsetRate))
            {
                s.HarmfulTie[i] = true;
                s.Load[i] += 0.15f;
                ClientStep.Mark(s, i, Trigger.HarmfulTieOnset, ctx.Month);
            }
        }
        else if (r.Chance(14, p.HarmfulTieExitRate * (0.5 + s.CoachTrust[i])))
        {
            s.HarmfulTie[i] = false;
            s.SelfEfficacy[i] = M.C01(s.SelfEfficacy[i] + 0.08);
            ClientStep.Mark(s, i, Trigger.HarmfulTieLeft, ctx.Month);
        }
    }
}
