namespace Resilience.Model;

/// <summary>Values that pass between the submodels of one client in one month and are not state.</summary>
public struct ClientMonth
{
    public double Norm;
    public double Gap;
    public int Contacts;
    public bool CoachLead;
    public bool TrainingReferral;
    public bool SteppingStoneOffer;
    public double EffortBoost;
    public double Pressure;
    public double Prospect;
}

/// <summary>One client's month, in the order of MODEL.md §3.1 step 3 (a–g).</summary>
public static class ClientStep
{
    public static void Step(Population s, int i, MonthContext ctx)
    {
        // Future entrants have nothing to do and nothing to reset (their bookkeeping is still zero).
        if (s.Status[i] == Status.NotEntered && s.EntryMonth[i] != ctx.Month) return;
        s.Events[i] = MonthEvents.None;
        s.BenefitPaid[i] = 0; s.PremiumPaid[i] = 0; s.BufferPaid[i] = 0; s.Earnings[i] = 0; s.Contacts[i] = 0;
        s.ShortfallUncovered[i] = 0; s.BufferRequest[i] = 0; s.TrainingSpent[i] = 0;
        s.TransitionTrigger[i] = Trigger.Gradual;
        s.PreviousResilience[i] = s.Resilience[i];

        var cm = new ClientMonth { Norm = Money.Norm(s, i, ctx.P) };
        HouseholdDynamics.Step(s, i, ctx, ref cm);
        LifeEvents.Step(s, i, ctx, ref cm);
        Money.Step(s, i, ctx, ref cm);
        Coaching.Step(s, i, ctx, ref cm);
        Work.Step(s, i, ctx, ref cm);
        Activities.Step(s, i, ctx, ref cm);
        Psychology.Step(s, i, ctx, ref cm);
    }

    /// <summary>Remember the event that may explain a later change of resilience type.</summary>
    internal static void Mark(Population s, int i, Trigger t, int month)
    {
        if (IsGood(t))
        {
            s.LastGoodTrigger[i] = t;
            s.LastGoodTriggerMonth[i] = (short)month;
        }
        else
        {
            s.LastTrigger[i] = t;
            s.LastTriggerMonth[i] = (short)month;
        }
    }

    /// <summary>Events that resolve a barrier or give a success experience (P3); the others are setbacks (P4).
    /// A move up the resilience scale is attributed to the latest good event, a move down to the latest setback.</summary>
    public static bool IsGood(Trigger t) => t is Trigger.Windfall or Trigger.JobStart or Trigger.DebtCleared
        or Trigger.TrainingCompleted or Trigger.HarmfulTieLeft or Trigger.TreatmentCompleted or Trigger.BufferGrant;

    /// <summary>Return to the caseload after an exit (revolving door [001 Ch. 7]).</summary>
    internal static void ReEnter(Population s, int i, MonthContext ctx, Trigger cause)
    {
        s.Status[i] = ctx.P.ProcessingMonths > 0 ? Status.Waiting : Status.OnBenefit;
        s.WaitingMonthsLeft[i] = (byte)ctx.P.ProcessingMonths;
        s.SpellMonths[i] = 0;
        s.DisregardMonthsUsed[i] = 0;
        s.Reentries[i] = (byte)Math.Min(255, s.Reentries[i] + 1);
        s.FearOfRelapse[i] = M.C01(s.FearOfRelapse[i] + ctx.P.RelapseFear);
        s.Load[i] += 0.2f;
        s.Events[i] |= MonthEvents.ReEntry;
        Mark(s, i, cause, ctx.Month);
    }

    internal static void Exit(Population s, int i, MonthContext ctx, bool toWork)
    {
        s.Status[i] = toWork ? Status.ExitedToWork : Status.ExitedOther;
        s.MonthsSinceExit[i] = 0;
        s.SanctionMonthsLeft[i] = 0;
        s.WaitingMonthsLeft[i] = 0;
        s.Exits[i] = (byte)Math.Min(255, s.Exits[i] + 1);
        if (s.Activity[i] != Activity.Volunteering) { s.Activity[i] = Activity.None; s.ActivityMonthsLeft[i] = 0; }
        s.Events[i] |= toWork ? MonthEvents.ExitToWork : MonthEvents.ExitOther;
        if (toWork && s.JobViaCoach[i]) s.Events[i] |= MonthEvents.ExitViaCoachLead;
        if (toWork) Mark(s, i, Trigger.JobStart, ctx.Month);
    }
}
