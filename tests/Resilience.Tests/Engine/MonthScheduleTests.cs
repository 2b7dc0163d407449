using System.Text.RegularExpressions;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>The month is declared once in the Model (<see cref="MonthSchedule"/>, issue 25): in ODD §3's order, the
/// burn-in's month is the run's without the schedule, and both the run and the burn-in run exactly those phases. The
/// feedback the model reads back is a model rule (<see cref="Feedback"/>).</summary>
[Trait("Tier", "Fast")]
public partial class MonthScheduleTests
{
    [Fact]
    public void TheMonthIsDeclaredInTheOrderOfOddSection3()
    {
        string odd = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "docs", "ODD.md"));
        int from = odd.IndexOf("## 3. Process overview", StringComparison.Ordinal), to = odd.IndexOf("## 4.", from, StringComparison.Ordinal);
        var steps = NumberedStep().Matches(odd[from..to]).Select(m => m.Groups[1].Value.Replace(" ", "")).ToList();
        Assert.Equal(MonthSchedule.Month.Select(p => p.ToString()), steps, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Enum.GetValues<Phase>(), MonthSchedule.Month); // every phase, each once
    }

    [Fact]
    public void TheBurnInMonthIsTheRunsMonthWithoutTheSchedule()
    {
        Assert.Equal(MonthSchedule.Month.Where(p => p != Phase.Schedule), MonthSchedule.BurnInMonth);
    }

    [Fact]
    public void TheRunAndTheBurnInRunTheDeclaredPhases()
    {
        var phases = new List<Phase>();
        var spec = new RunSpec(TestSupport.With(("population.burnInMonths", 3)), 300, 2, 5, []);
        MonthRunner.t_phaseStarted = phases.Add;
        try
        {
            var start = SimulationStart.Prepare(StartKey.Of(spec, 0));
            Assert.Equal(Enumerable.Repeat(MonthSchedule.BurnInMonth, 3).SelectMany(m => m), phases);
            phases.Clear();
            using var sim = new Simulation(spec, 0, start);
            sim.Step();
            Assert.Equal(MonthSchedule.Month, phases);
        }
        finally { MonthRunner.t_phaseStarted = null; }
    }

    [Fact]
    public void NeighbourhoodSharesAndTheMeanProspectAreReadBackFromTheMonth()
    {
        var p = TestSupport.With(("population.neighbourhoods", 3));
        var s = new Population(5);
        s[0].Neighbourhood = 0; s[0].Status = Status.OnBenefit;
        s[1].Neighbourhood = 0; s[1].Status = Status.ExitedToWork;
        s[2].Neighbourhood = 1; s[2].Status = Status.PartTimeWithTopUp;
        s[3].Neighbourhood = 2; s[3].Status = Status.NotEntered; // not counted: neighbourhood 2 has no active client
        s[4].Neighbourhood = 1; s[4].Status = Status.Waiting;
        for (int i = 0; i < s.Count; i++) { s[i].Aspiration = 0.2f * (i + 1); s[i].PhysicalHealth = s[i].MentalHealth = 0.5f; }
        Span<int> tally = stackalloc int[Feedback.TallySize(p.Neighbourhoods)];
        Feedback.Tally(s, p, 0, s.Count, tally, out double prospect, out long caseload);
        Assert.Equal(3, caseload);
        Assert.Equal(Feedback.Prospect(ref s[0], p) + Feedback.Prospect(ref s[2], p) + Feedback.Prospect(ref s[4], p), prospect);
        Assert.Equal(0, Feedback.Prospect(ref s[1], p)); // off the caseload the prospect is not read
        Assert.Equal((float)Coaching.Prospect(s[2], p), Feedback.Prospect(ref s[2], p));
        Assert.True(Feedback.Prospect(ref s[2], p) > Feedback.Prospect(ref s[0], p));

        var ctx = MechanismTests.Context(p);
        Feedback.Set(ctx, tally, prospect, caseload);
        Assert.Equal([0.5f, 1f, Feedback.EmptyNeighbourhoodShare], ctx.NeighbourhoodBenefitShare);
        Assert.Equal(prospect / 3, ctx.MeanProspect);

        Feedback.Set(ctx, new int[tally.Length], 0, 0); // nobody on the caseload: the middle of the scale
        Assert.Equal(MonthContext.InitialMeanProspect, ctx.MeanProspect);
        Assert.All(ctx.NeighbourhoodBenefitShare, share => Assert.Equal(Feedback.EmptyNeighbourhoodShare, share));
    }

    /// <summary>A numbered step of ODD §3 starts with its name in bold: "1. **Schedule**: …".</summary>
    [GeneratedRegex(@"^\d+\. \*\*([^*]+)\*\*", RegexOptions.Multiline)]
    private static partial Regex NumberedStep();
}
