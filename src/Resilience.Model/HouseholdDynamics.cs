namespace Resilience.Model;

/// <summary>§3.3.1 Ageing and household: entry of new clients, ageing, children turning 18 (cost-sharer rule
/// [001 E33, 002 M8]), adults moving out, separation [004 §2.1, 002 Fig. 5] and the state-pension age.</summary>
public static class HouseholdDynamics
{
    private const int StatePensionAgeMonths = 67 * 12;
    private const int AdultMonths = 18 * 12;

    public static void Step(Population s, int i, MonthContext ctx, ref ClientMonth cm)
    {
        var p = ctx.P;
        if (s.Status[i] == Status.NotEntered)
        {
            s.Status[i] = p.ProcessingMonths > 0 ? Status.Waiting : Status.OnBenefit;
            s.WaitingMonthsLeft[i] = (byte)p.ProcessingMonths;
            s.Events[i] |= MonthEvents.Entered;
            ClientStep.Mark(s, i, Trigger.Entry, ctx.Month);
            // The first coach is whoever holds the desk at entry: not a change of coach.
            int slot = ctx.Coaches.SlotFor(i, s.AgeMonths[i] < 27 * 12);
            s.CoachSlot[i] = slot;
            s.CoachLayout[i] = ctx.Coaches.Layout;
            s.CoachId[i] = ctx.Coaches.Ident[slot];
            s.LastCoachChangeMonth[i] = (short)ctx.Month;
            return; // the entry month's household is the synthesised one
        }

        var r = Rng.For(ctx.RunKey, i, ctx.Month, Stream.Household);
        s.AgeMonths[i]++;
        if (s.AgeMonths[i] >= StatePensionAgeMonths && s.Status[i] is not (Status.ExitedOther or Status.ExitedToWork))
        {
            ClientStep.Exit(s, i, ctx, toWork: false); // state pension takes over
            return;
        }

        if (s.Children[i] > 0 && ++s.YoungestChildAgeMonths[i] >= AdultMonths)
        {
            // The youngest child turns 18: one adult child stays at home and counts as a cost sharer.
            s.Children[i] = 0;
            s.YoungestChildAgeMonths[i] = 0;
            s.CoResidentAdults[i]++;
            s.Household[i] = s.Household[i] == Household.CoupleWithChildren ? Household.Couple : Household.Single;
            if (p.CostSharerRule) s.Load[i] += 0.1f;
            ClientStep.Mark(s, i, Trigger.ChildTurned18, ctx.Month);
            cm.Norm = Money.Norm(s, i, p);
        }

        int baseAdults = s.Household[i] is Household.Couple or Household.CoupleWithChildren ? 2 : 1;
        if (s.Household[i] == Household.WithParents)
        {
            if (r.Chance(0, p.AdultLeavesHomeRate * 0.25))
            {
                s.Household[i] = Household.Single; // moves out on their own
                s.CoResidentAdults[i] = 1;
                cm.Norm = Money.Norm(s, i, p);
            }
        }
        else if (s.CoResidentAdults[i] > baseAdults && r.Chance(1, p.AdultLeavesHomeRate))
        {
            s.CoResidentAdults[i]--;
            cm.Norm = Money.Norm(s, i, p);
        }

        if (s.Household[i] is Household.Couple or Household.CoupleWithChildren && r.Chance(2, p.SeparationRate))
        {
            s.Household[i] = s.Children[i] > 0 ? Household.SingleParent : Household.Single;
            s.CoResidentAdults[i] = (byte)Math.Max(1, s.CoResidentAdults[i] - 1);
            s.PartnerIncome[i] = 0;
            s.Debt[i] += (float)(-p.SeparationDebtShock * Math.Log(1 - r.U(3)));
            s.Load[i] += 0.3f;
            s.MentalHealth[i] = M.C01(s.MentalHealth[i] - 0.08);
            s.Events[i] |= MonthEvents.Separation;
            ClientStep.Mark(s, i, Trigger.Separation, ctx.Month);
            cm.Norm = Money.Norm(s, i, p);
            if (s.Status[i] == Status.ExitedOther && s.MonthsSinceExit[i] < 120)
                ClientStep.ReEnter(s, i, ctx, Trigger.Separation); // had left on the partner's income
        }
    }
}
