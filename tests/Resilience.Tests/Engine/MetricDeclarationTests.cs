using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>Declaring a metric in <see cref="Metrics.All"/> is enough: it gets its accumulators, the observer fills
/// them exactly, and it appears in the columns, the outputs and the documentation.</summary>
[Trait("Tier", "Fast")]
public class MetricDeclarationTests
{
    [Fact]
    public void OutputsDocumentationIsGeneratedFromTheDeclarations()
    {
        string path = Path.Combine(TestSupport.RepoRoot, "docs", "outputs.md");
        string doc = File.ReadAllText(path);
        Assert.True(ParameterTable.UpdateColumns(doc) == doc,
            "docs/outputs.md differs from `columns`; run: dotnet run --project src/Resilience.Cli -c Release -- columns --update docs/outputs.md");
    }

    [Fact]
    public void EveryDeclaredMetricIsAColumnOfTheOutputs()
    {
        string columns = ParameterTable.MetricsMarkdown();
        Assert.Equal(Metrics.All.Length, Metrics.All.Select(m => m.Name).Distinct().Count());
        Assert.All(Metrics.All, m => Assert.Contains($"| `{m.Name}` |", columns));
        Assert.All(Metrics.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Unit), m.Name));

        var run = RunResult.Run(new RunSpec(new Parameters(), 200, 2, 5, []) { Threads = 1 }, 0);
        string file = Path.Combine(Path.GetTempPath(), $"resilience-columns-{Guid.NewGuid():N}.csv");
        try
        {
            RunOutputs.WriteTimeseries(file, [run]);
            string header = File.ReadLines(file).First();
            Assert.Equal(string.Join(",", new[] { "replication", "month" }.Concat(Metrics.All.Select(m => m.Name))), header);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void EveryRuleReadHasItsOwnAccumulator()
    {
        var reads = Metrics.All.SelectMany(m => m.Reads).Concat(Diagnostics.All.SelectMany(d => d.Reads)).Distinct().ToList();
        var slots = reads.Select(Acc.IndexOf).ToList();
        Assert.Equal(slots.Count, slots.Distinct().Count());
        Assert.All(slots, k => Assert.InRange(k, 0, Acc.Count - 1));
        Assert.All(Metrics.All, m => Assert.Equal(m.Reads.Length, m.At.Length));
    }

    /// <summary>The observer's tables (fact masks four at a time, event rules by bit, gated sums) give what a plain
    /// loop over the clients gives, rule by rule.</summary>
    [Fact]
    public void TheObserverCountsWhatTheRulesSay()
    {
        using var sim = new Simulation(new RunSpec(TestSupport.With(("buffer.budgetPerCoachMonth", 1500)), 1500, 14, 11, []) { Threads = 2 }, 0);
        while (!sim.Finished) sim.Step();
        var raw = sim.MonthlyRaw[sim.Month];
        var expected = new double[Acc.Count];
        Span<double> measures = stackalloc double[ClientFacts.Measures];
        for (int i = 0; i < sim.State.Count; i++)
        {
            ref Client c = ref sim.State[i];
            if (c.Status == Status.NotEntered) continue;
            var facts = ClientFacts.Of(ref c, sim.Parameters, sim.Month, measures);
            for (int k = 0; k < Acc.Count; k++)
            {
                var rule = Acc.Rules[k];
                bool holds = (facts & rule.When) == rule.When && (c.Events & rule.Events) == rule.Events;
                if (rule.Kind == RuleKind.Count && holds) expected[k]++;
                if (rule.Kind == RuleKind.Sum && holds) expected[k] += measures[(int)rule.Measure];
            }
        }
        for (int k = 0; k < Acc.Count; k++)
        {
            var rule = Acc.Rules[k];
            if (rule.Kind == RuleKind.Count) Assert.True(expected[k] == raw[k], $"{rule.Describe()}: {raw[k]}, expected {expected[k]}");
            if (rule.Kind == RuleKind.Sum) Assert.True(Math.Abs(expected[k] - raw[k]) <= 1e-9 * Math.Max(1, Math.Abs(expected[k])), $"{rule.Describe()}: {raw[k]}, expected {expected[k]}");
        }
        Assert.True(raw[Acc.Active] > 0);
        Assert.Equal(raw[Acc.IndexOf(Rule.Sum(Measure.Contacts))] * sim.Parameters.CostPerContact, Metrics.All[Metrics.IndexOf("cost_coaching")].Compute(raw, 0));
    }
}
