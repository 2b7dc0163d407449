using Resilience.Cli;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Tests;

[Trait("Tier", "Fast")]
public class DeterminismTests
{
    private static string RunCli(int threads, string scenario, bool panel)
    {
        string outDir = Path.Combine(Path.GetTempPath(), $"resilience-det-{threads}-{Guid.NewGuid():N}");
        int code = Cli.Cli.Guard(() => Cli.Cli.RunCommandBody(scenario, 3000, 24, 5, 2, threads, outDir, panel, false, CancellationToken.None));
        Assert.Equal(0, code);
        return outDir;
    }

    [Fact]
    public void OneAndFourThreadsWriteByteIdenticalOutputs()
    {
        string scenario = Path.Combine(TestSupport.RepoRoot, "scenarios", "baseline.json");
        string one = RunCli(1, scenario, panel: true), four = RunCli(4, scenario, panel: true);
        try
        {
            foreach (var file in new[] { "timeseries.csv", "subgroups.csv", "transitions.csv", "summary.csv", "panel.csv" })
            {
                byte[] a = File.ReadAllBytes(Path.Combine(one, file)), b = File.ReadAllBytes(Path.Combine(four, file));
                Assert.True(a.Length > 100, $"{file} is suspiciously small");
                Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs between 1 and 4 threads");
            }
        }
        finally { Directory.Delete(one, true); Directory.Delete(four, true); }
    }

    [Fact]
    public void DifferentSeedsGiveDifferentRuns()
    {
        var a = TestSupport.Run(new Parameters(), 2000, 12, seed: 1);
        var b = TestSupport.Run(new Parameters(), 2000, 12, seed: 2);
        Assert.NotEqual(a.Value("share_adaptive", 12), b.Value("share_adaptive", 12));
    }

    [Fact]
    public void ForkWithoutChangesFollowsTheOriginalExactly()
    {
        using var sim = new Simulation(new RunSpec(new Parameters(), 3000, 24, 9, []) { Threads = 2 }, 0);
        for (int m = 0; m < 10; m++) sim.Step();
        using var branch = sim.Fork();
        sim.RunToEnd();
        branch.RunToEnd();
        for (int m = 0; m <= 24; m++) Assert.Equal(sim.MonthlyRaw[m], branch.MonthlyRaw[m]);
    }

    [Fact]
    public void ForkSharesHistoryAndDivergesAfterALeverChange()
    {
        using var sim = new Simulation(new RunSpec(new Parameters(), 3000, 24, 9, []) { Threads = 2 }, 0);
        for (int m = 0; m < 10; m++) sim.Step();
        using var branch = sim.Fork();
        branch.SetValues(new Dictionary<string, double> { ["sanctions.strictness"] = 1.0 });
        sim.RunToEnd();
        branch.RunToEnd();
        for (int m = 0; m <= 10; m++) Assert.Equal(sim.MonthlyRaw[m], branch.MonthlyRaw[m]);
        Assert.True(branch.Value("sanctions", 11) > sim.Value("sanctions", 11));
    }

    [Fact]
    public void ScheduledChangeEqualsLiveChangeAtTheSameMonth()
    {
        var change = new Dictionary<string, double> { ["coach.contactsPerYear"] = 8 };
        var scheduled = RunResult.Run(new RunSpec(new Parameters(), 2000, 18, 3, [new ScheduledChange(7, change)]) { Threads = 2 }, 0);
        using var live = new Simulation(new RunSpec(new Parameters(), 2000, 18, 3, []) { Threads = 1 }, 0);
        for (int m = 0; m < 6; m++) live.Step();
        live.SetValues(change); // takes effect from month 7
        live.RunToEnd();
        for (int m = 0; m <= 18; m++) Assert.Equal(scheduled.Raw[m], live.MonthlyRaw[m]);
    }

    /// <summary>A change scheduled at the horizon month (month 6 of a 6-month run) is applied: it acts in that last
    /// month, and only there (issue 26: it was said to do nothing; the README says it applies).</summary>
    [Fact]
    public void AChangeScheduledAtTheHorizonMonthActsInThatMonth()
    {
        var change = new Dictionary<string, double> { ["sanctions.strictness"] = 1, ["labourMarket.demand"] = 0.3 };
        var plain = RunResult.Run(new RunSpec(new Parameters(), 3000, 6, 5, []) { Threads = 2 }, 0);
        var atHorizon = RunResult.Run(new RunSpec(new Parameters(), 3000, 6, 5, [new ScheduledChange(6, change)]) { Threads = 2 }, 0);
        for (int m = 0; m <= 5; m++) Assert.Equal(plain.Raw[m], atHorizon.Raw[m]);
        Assert.NotEqual(plain.Raw[6], atHorizon.Raw[6]);
    }
}

[Trait("Tier", "Fast")]
public class InvariantTests
{
    [Fact]
    public void StateStaysFiniteAndScoresStayInUnitInterval()
    {
        using var sim = new Simulation(new RunSpec(TestSupport.With(("buffer.budgetPerCoachMonth", 2000), ("earnings.premiumShare", 0.5), ("earnings.premiumCap", 200)), 3000, 48, 4, []) { Threads = 2 }, 0);
        var s = sim.State;
        Func<Client, float>[] scores = [c => c.NetworkSupport, c => c.NetworkStrain, c => c.Language, c => c.AgencyCapital,
            c => c.PhysicalHealth, c => c.MentalHealth, c => c.SelfEfficacy, c => c.CoachTrust, c => c.InstitutionalTrust,
            c => c.Aspiration, c => c.FearOfRelapse, c => c.OffsettingFear, c => c.Orientation, c => c.Control, c => c.FutureOrientation];
        while (!sim.Finished)
        {
            sim.Step();
            for (int i = 0; i < s.Count; i++)
            {
                foreach (var score in scores) Assert.InRange(score(s[i]), 0f, 1f);
                Assert.True(float.IsFinite(s[i].Load) && s[i].Load >= 0, $"load {s[i].Load}");
                Assert.True(float.IsFinite(s[i].Debt) && s[i].Debt >= 0, $"debt {s[i].Debt}");
                Assert.True(float.IsFinite(s[i].Savings) && s[i].Savings >= 0, $"savings {s[i].Savings}");
                Assert.InRange(s[i].Hours, (byte)0, (byte)40);
                if (s[i].Status != Status.NotEntered) Assert.InRange(s[i].LadderRung, (byte)1, (byte)6);
            }
            foreach (var v in sim.MonthlyRaw[sim.Month]) Assert.True(double.IsFinite(v));
        }
    }

    [Fact]
    public void StocksAddUpAndMoneyIsAccountedFor()
    {
        var r = TestSupport.Run(TestSupport.With(("buffer.budgetPerCoachMonth", 2000)), 3000, 24);
        for (int m = 1; m <= 24; m++)
        {
            var raw = r.Raw[m];
            double N(Is when) => raw[Acc.IndexOf(Rule.Count(when))];
            Assert.Equal(raw[Acc.Active], N(Is.Waiting) + N(Is.OnBenefit) + N(Is.PartTime) + N(Is.ExitedToWork) + N(Is.ExitedOther) + N(Is.OnWw) + N(Is.NotClaiming));
            Assert.Equal(raw[Acc.Caseload], N(Is.Caseload | Is.Coping) + N(Is.Caseload | Is.Adaptive) + N(Is.Caseload | Is.Crisis));
            double rungs = 0;
            foreach (var rung in new[] { Is.Rung1, Is.Rung2, Is.Rung3, Is.Rung4, Is.Rung5 }) rungs += N(Is.Caseload | rung);
            Assert.Equal(raw[Acc.Caseload], rungs);
            // Subgroups of each dimension partition the whole.
            foreach (var dim in new[] { "age", "household", "origin", "education" })
            {
                double sum = 0;
                for (int g = 0; g < Subgroups.Count; g++)
                    if (Subgroups.All[g].Dimension == dim) sum += raw[g * Acc.Count + Acc.Active];
                Assert.Equal(raw[Acc.Active], sum);
            }
            var total = Metrics.All[Metrics.IndexOf("cost_total")].Compute(raw, 0);
            double costs = 0;
            foreach (var m2 in Metrics.All.Where(x => x.Kind == MetricKind.Cost && x.Formula == Formula.Raw)) costs += raw[m2.At[0]];
            Assert.Equal(costs, total, 6);
        }
    }

    [Fact]
    public void BufferGrantsNeverExceedTheCoachBudget()
    {
        var p = TestSupport.With(("buffer.budgetPerCoachMonth", 300), ("buffer.maxGrant", 500));
        using var sim = new Simulation(new RunSpec(p, 3000, 12, 8, []) { Threads = 2 }, 0);
        while (!sim.Finished)
        {
            sim.Step();
            var perCoach = new double[sim.Coaches.Count];
            for (int i = 0; i < sim.State.Count; i++) perCoach[sim.State[i].CoachSlot] += sim.State[i].BufferPaid;
            Assert.All(perCoach, v => Assert.True(v <= 300 + 1e-3, $"coach granted {v}"));
        }
    }

    [Fact]
    public void StateFitsInTheBudgetOfBytesPerClient() => Assert.InRange(Population.BytesPerClient, 1, 256);
}
