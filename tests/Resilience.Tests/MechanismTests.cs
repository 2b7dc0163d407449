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
}
