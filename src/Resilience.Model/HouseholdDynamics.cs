namespace Resilience.Model;

/// <summary>§3.3.1 Ageing and household: entry of new clients, ageing, children turning 18 (cost-sharer rule
/// [001 E33, 002 M8]), adults moving out, separation [004 §2.1, 002 Fig. 5] and the state-pension age.</summary>
public static class HouseholdDynamics
{
    private const int StatePensionAgeMonths = Ages.StatePension * Units.MonthsPerYear;
    private const int AdultMonths = Ages.Adult * Units.MonthsPerYear;
    private const int CoupleAdults = 2;

    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        ref Client c = ref s[i];
        var p = ctx.P;
        if (c.Status == Status.NotEntered)
        {
            ClientStep.StartWait(ref c, p);
            c.Events |= MonthEvents.Entered;
            ClientStep.Mark(ref c, Trigger.Entry, ctx.Month);
            // The first coach is whoever holds the desk at entry: not a change of coach.
            int slot = ctx.Coaches.SlotFor(i, c.AgeMonths < Money.YouthDeskAgeMonths);
            c.CoachSlot = slot;
            c.CoachLayout = ctx.Coaches.Layout;
            c.CoachId = ctx.Coaches.Ident[slot];
            c.LastCoachChangeMonth = (short)ctx.Month;
            return; // the entry month's household is the synthesised one
        }

        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Household);
        c.AgeMonths++;
        if (c.AgeMonths >= StatePensionAgeMonths && c.Status is not (Status.ExitedOther or Status.ExitedToWork))
        {
            ClientStep.Exit(ref c, ctx, toWork: false); // state pension takes over
            return;
        }

        if (c.Children > 0 && ++c.YoungestChildAgeMonths >= AdultMonths)
        {
            // The youngest child turns 18: one adult child stays at home and counts as a cost sharer.
            c.Children = 0;
            c.YoungestChildAgeMonths = 0;
            c.CoResidentAdults++;
            c.Household = c.Household == Household.CoupleWithChildren ? Household.Couple : Household.Single;
            if (p.CostSharerRule) c.Load += (float)p.CostSharerLoad;
            ClientStep.Mark(ref c, Trigger.ChildTurned18, ctx.Month);
            cm.Norm = Money.Norm(c, p);
        }

        int baseAdults = c.Household is Household.Couple or Household.CoupleWithChildren ? CoupleAdults : 1;
        if (c.Household == Household.WithParents)
        {
            if (r.Chance(Draw.Household.LeaveParents, p.LeaveParentsRate))
            {
                c.Household = Household.Single; // moves out on their own
                c.CoResidentAdults = 1;
                cm.Norm = Money.Norm(c, p);
            }
        }
        else if (c.CoResidentAdults > baseAdults && r.Chance(Draw.Household.AdultLeaves, p.AdultLeavesHomeRate))
        {
            c.CoResidentAdults--;
            cm.Norm = Money.Norm(c, p);
        }

        if (c.Household is Household.Couple or Household.CoupleWithChildren && r.Chance(Draw.Household.Separation, p.SeparationRate))
        {
            c.Household = c.Children > 0 ? Household.SingleParent : Household.Single;
            c.CoResidentAdults = (byte)Math.Max(1, c.CoResidentAdults - 1);
            c.PartnerIncome = 0;
            c.Debt += (float)(-p.SeparationDebtShock * Math.Log(1 - r.U(Draw.Household.SeparationDebt)));
            c.Load += (float)p.SeparationLoad;
            c.MentalHealth = M.C01(c.MentalHealth - p.SeparationMentalHealth);
            c.Events |= MonthEvents.Separation;
            ClientStep.Mark(ref c, Trigger.Separation, ctx.Month);
            cm.Norm = Money.Norm(c, p);
            if (c.Status == Status.ExitedOther && c.MonthsSinceExit < p.PartnerExitReentryMonths)
                ClientStep.ReEnter(ref c, ctx, Trigger.Separation); // had left on the partner's income
        }
    }
}
