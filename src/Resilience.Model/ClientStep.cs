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
    /// <summary>Extra willingness (logit) to accept an offer this month: the sanction threat and the response to an
    /// imposed sanction of those who can respond.</summary>
    public double AcceptBoost;
    public double Pressure;
    public double Prospect;
    /// <summary>Quality of the coach relationship this month (<see cref="Coaching.Relationship"/>); 0 without a contact.</summary>
    public double Relationship;
}

/// <summary>One client's month, in the order of MODEL.md §3.1 step 3 (a–g).</summary>
public static class ClientStep
{
    public static void Step(Population s, int i, MonthContext ctx)
    {
        ref Client c = ref s[i];
        // Future entrants have nothing to do and nothing to reset (their bookkeeping is still zero).
        if (c.Status == Status.NotEntered && c.EntryMonth != ctx.Month) return;
        ClearMonth(ref c);
        if (c.MonthsSinceWorkExit >= 0 && c.MonthsSinceWorkExit < short.MaxValue) c.MonthsSinceWorkExit++;

        var cm = new ClientMonth { Norm = Money.Norm(c, ctx.P) };
        HouseholdDynamics.Step(s, i, ctx, ref cm);
        LifeEvents.Step(s, i, ctx, ref cm);
        Money.Step(s, i, ctx, ref cm);
        Coaching.Step(s, i, ctx, ref cm);
        Work.Step(s, i, ctx, ref cm);
        Activities.Step(s, i, ctx, ref cm);
        Psychology.Step(s, i, ctx, ref cm);
    }

    /// <summary>Reset the bookkeeping of a month (events, payments, contacts) that the observers read.</summary>
    public static void ClearMonth(ref Client c)
    {
        c.Events = MonthEvents.None;
        c.BenefitPaid = 0; c.PremiumPaid = 0; c.BufferPaid = 0; c.Earnings = 0; c.Contacts = 0;
        c.ShortfallUncovered = 0; c.BufferRequest = 0; c.TrainingSpent = 0;
        c.TransitionTrigger = Trigger.Gradual;
        c.PreviousResilience = c.Resilience;
    }

    /// <summary>Remember the event that may explain a later change of resilience type.</summary>
    internal static void Mark(ref Client c, Trigger t, int month)
    {
        if (IsGood(t))
        {
            c.LastGoodTrigger = t;
            c.LastGoodTriggerMonth = (short)month;
        }
        else
        {
            c.LastTrigger = t;
            c.LastTriggerMonth = (short)month;
        }
    }

    /// <summary>Events that resolve a barrier or give a success experience (P3); the others are setbacks (P4).
    /// A move up the resilience scale is attributed to the latest good event, a move down to the latest setback.</summary>
    public static bool IsGood(Trigger t) => t is Trigger.Windfall or Trigger.JobStart or Trigger.DebtCleared
        or Trigger.TrainingCompleted or Trigger.HarmfulTieLeft or Trigger.TreatmentCompleted or Trigger.BufferGrant;

    /// <summary>Return to the caseload after an exit (revolving door [001 Ch. 7]).</summary>
    internal static void ReEnter(ref Client c, MonthContext ctx, Trigger cause)
    {
        StartWait(ref c, ctx.P);
        c.SpellMonths = 0;
        c.DisregardMonthsUsed = 0;
        c.Reentries = (byte)Math.Min(byte.MaxValue, c.Reentries + 1);
        c.FearOfRelapse = M.C01(c.FearOfRelapse + ctx.P.RelapseFear);
        c.Load += (float)ctx.P.ReentryLoad;
        c.Events |= MonthEvents.ReEntry;
        Mark(ref c, cause, ctx.Month);
    }

    /// <summary>A report (melding) starts the processing wait of <c>benefit.processingMonths</c>; entitlement runs
    /// from the report date [Participatiewet art. 44], so the unpaid months are owed as a back payment.</summary>
    public static void StartWait(ref Client c, Parameters p)
    {
        c.Status = p.ProcessingMonths > 0 ? Status.Waiting : Status.OnBenefit;
        c.WaitingMonthsLeft = (byte)p.ProcessingMonths;
        c.WaitedMonths = 0;
        ClearWaitAccounts(ref c);
        c.Withdrawn = false;
    }

    /// <summary>Forgets the wait's accounts (the back payment owed, the arrears it would settle, the savings it would
    /// refill): at the start of a wait, and when the application is withdrawn or the spell ends before a payment.</summary>
    private static void ClearWaitAccounts(ref Client c)
    {
        c.BackPayDue = 0;
        c.WaitArrears = 0;
        c.WaitSavingsUsed = 0;
    }

    /// <summary>An applicant withdraws before the first payment (take-up, <see cref="Money"/>): off bijstand on other
    /// income if <paramref name="foundIncome"/>, else out of work without income (<see cref="Status.NotClaiming"/>).
    /// Not an exit: nothing was paid. The unpaid back payment lapses with the application.</summary>
    internal static void Withdraw(ref Client c, bool foundIncome)
    {
        c.Status = foundIncome ? Status.ExitedOther : Status.NotClaiming;
        c.WaitingMonthsLeft = 0;
        c.WaitedMonths = 0;
        ClearWaitAccounts(ref c); // no back payment will settle the wait's arrears: they stay in the debt
        c.MonthsSinceExit = short.MaxValue; // no exit to follow up: later work is not a lasting exit, a later report no re-entry within a year
        c.Withdrawn = true;
        c.Events |= MonthEvents.Withdrawal;
    }

    internal static void Exit(ref Client c, MonthContext ctx, bool toWork)
    {
        c.Status = toWork ? Status.ExitedToWork : Status.ExitedOther;
        c.MonthsSinceExit = 0;
        c.SanctionMonthsLeft = 0;
        c.WaitingMonthsLeft = 0;
        ClearWaitAccounts(ref c);
        c.Exits = (byte)Math.Min(byte.MaxValue, c.Exits + 1);
        if (c.Activity != Activity.Volunteering) { c.Activity = Activity.None; c.ActivityMonthsLeft = 0; }
        c.Events |= toWork ? MonthEvents.ExitToWork : MonthEvents.ExitOther;
        if (toWork && c.JobViaCoach) c.Events |= MonthEvents.ExitViaCoachLead;
        if (toWork && Coaching.HadRole(c, ctx)) c.Events |= MonthEvents.ExitCoachRole;
        if (toWork) { Mark(ref c, Trigger.JobStart, ctx.Month); c.MonthsSinceWorkExit = 0; }
    }
}
