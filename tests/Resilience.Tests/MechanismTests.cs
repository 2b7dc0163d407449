using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>The mechanisms of issue 12, one rule at a time, mostly on a single client.</summary>
public class MechanismTests
{
    private static Coaches TwoDesks()
    {
        var coaches = new Coaches();
        coaches.Resize(2, 0.15, 1, 0);
        return coaches;
    }

    [Fact]
    public void BufferGrantsComeFromTheDeskBudgetInClientOrderAndSkipRemaindersBelowTheMinimum()
    {
        var p = TestSupport.With(("buffer.budgetPerCoachMonth", 500), ("buffer.minGrant", 50));
        var coaches = TwoDesks();
        coaches.BufferBudgetLeft[1] = 500;
        var s = new Population(3);
        for (int i = 0; i < 3; i++) { s[i].CoachSlot = 1; s[i].Status = Status.OnBenefit; s[i].Debt = 1000; s[i].DebtStatus = DebtStatus.Arrears; }
        s[0].BufferRequest = 300; s[1].BufferRequest = 160; s[2].BufferRequest = 200; // 40 left for the third: below 50
        Money.GrantBuffers(s, 3, coaches, p, 5);
        Assert.Equal(300f, s[0].BufferPaid);
        Assert.Equal(160f, s[1].BufferPaid);
        Assert.Equal(0f, s[2].BufferPaid);
        Assert.Equal(40f, coaches.BufferBudgetLeft[1]);

        p.BufferMinGrant = 30;
        s[0].BufferRequest = 0; s[1].BufferRequest = 0;
        Money.GrantBuffers(s, 3, coaches, p, 6);
        Assert.Equal(40f, s[2].BufferPaid);
    }

    [Fact]
    public void CoachTurnoverFollowsTheYearlyRateAndResetsBudgets()
    {
        var p = TestSupport.With(("coach.turnoverPerYear", 1.0), ("buffer.budgetPerCoachMonth", 700), ("coach.caseload", 30));
        var coaches = new Coaches();
        coaches.Resize(Coaches.Required(30_000, p.CoachCaseload), p.YouthCoachShare, 7, 0);
        int before = coaches.NextIdent;
        for (int m = 1; m <= 12; m++) coaches.MonthlyTurnover(p, 30_000, 7, m);
        double perDeskYear = (coaches.NextIdent - before) / (double)coaches.Count;
        Assert.InRange(perDeskYear, 0.9, 1.1); // a yearly rate of 1: about one new coach per desk-year
        Assert.All(coaches.BufferBudgetLeft, b => Assert.Equal(700f, b));
    }

    /// <summary>A context for stepping hand-built clients.</summary>
    internal static MonthContext Context(Parameters p, int month = 1)
    {
        var ctx = new MonthContext { P = p, Month = month, RunKey = 99, Coaches = TwoDesks(), NeighbourhoodBenefitShare = new float[p.Neighbourhoods] };
        ctx.Prepare();
        return ctx;
    }

    /// <summary>Benefit paid in each of <paramref name="months"/> months of money steps of a client who has just
    /// reported (processing wait of two months).</summary>
    private static double[] PaymentsAfterReport(Parameters p, int ageYears, int months)
    {
        var s = new Population(1);
        ref Client c = ref s[0];
        c.AgeMonths = (short)(ageYears * 12);
        c.Household = Household.Single;
        c.CoResidentAdults = 1;
        c.Savings = 5000;
        c.MentalHealth = c.PhysicalHealth = 0.8f;
        ClientStep.StartWait(ref c, p);
        var paid = new double[months];
        for (int m = 0; m < months; m++)
        {
            var cm = new ClientMonth { Norm = Money.Norm(c, p) };
            Money.Step(s, 0, Context(p, m + 1), ref cm);
            paid[m] = c.BenefitPaid;
        }
        return paid;
    }

    [Fact]
    public void ProcessingWaitIsPaidBackFromTheReportDate()
    {
        var p = TestSupport.With(("benefit.processingMonths", 2), ("benefit.advanceTakeUp", 0));
        double norm = 0.7 * p.CoupleNorm;
        var paid = PaymentsAfterReport(p, 30, 3);
        Assert.Equal(0, paid[0]);
        Assert.Equal(0, paid[1]);
        Assert.Equal(3 * norm, paid[2], 3); // this month's benefit and two months back
    }

    [Fact]
    public void UnderTwentySevensSearchPeriodIsNotPaidBack()
    {
        var p = TestSupport.With(("benefit.processingMonths", 2), ("benefit.advanceTakeUp", 0));
        double norm = 0.7 * p.CoupleNorm;
        Assert.Equal(2 * norm, PaymentsAfterReport(p, 24, 3)[2], 3);
        p.YouthSearchWeeks = 0;
        Assert.Equal(3 * norm, PaymentsAfterReport(p, 24, 3)[2], 3);
    }

    [Fact]
    public void StatutoryAdvanceIsDueAfterFourWeeks()
    {
        var p = TestSupport.With(("benefit.processingMonths", 3), ("benefit.advanceTakeUp", 1));
        double norm = 0.7 * p.CoupleNorm;
        var paid = PaymentsAfterReport(p, 30, 4);
        Assert.Equal(new[] { 0, norm, norm, 2 * norm }, paid.Select(x => Math.Round(x, 3)).ToArray(), (a, b) => Math.Abs(a - b) < 1e-2);
        p.EntryAdvance = true; // the lever pays from the first month
        paid = PaymentsAfterReport(p, 30, 4);
        Assert.Equal(new[] { norm, norm, norm, norm }, paid, (a, b) => Math.Abs(a - b) < 1e-2);
    }
}
