using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Analysis;

/// <summary>One row of effects.csv.</summary>
public sealed record EffectRow(string Scenario, Outcome Outcome, int SubgroupIndex, int Month, Effect Effect)
{
    public string Subgroup => SubgroupIndex == 0 ? "all" : $"{Subgroups.All[SubgroupIndex].Dimension}:{Subgroups.All[SubgroupIndex].Name}";
}

/// <summary>All runs of a comparison: index 0 is the baseline.</summary>
public sealed record ComparisonResult(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<IReadOnlyList<RunResult>> Runs,
    IReadOnlyList<RunResult> IndependentBaseline, int Threads, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Parameter vectors drawn per replication (null: every replication runs the scenarios' own parameters,
    /// so intervals cover simulation noise only).</summary>
    public ParameterDraws? Draws { get; init; }

    public Scenario Baseline => Scenarios[0];
    public int Replications => Baseline.Replications;
}

/// <summary>
/// Scenario comparison with common random numbers: every scenario runs with the baseline's seed, population size,
/// horizon and replications, so replication r of each scenario starts from the same people and shares every random
/// draw its levers do not touch; effects are estimated from paired differences. A second set of baseline runs with
/// an unrelated seed gives the interval that independent seeds would have given (reported as the CRN gain).
/// </summary>
public static class Comparison
{
    public const ulong IndependentSeedOffset = 0x5EED_0FF5E7UL;

    public static ComparisonResult Run(Scenario baseline, IReadOnlyList<Scenario> scenarios, int threads,
        Action<int>? progress, CancellationToken cancel, Func<int, bool>? replications = null, ParameterDraws? draws = null)
    {
        var aligned = Align(baseline, scenarios);
        var start = DateTimeOffset.Now;
        var runs = new List<IReadOnlyList<RunResult>>();
        var baselineParameters = baseline.ToParameters();
        foreach (var s in aligned.Append(IndependentBaseline(baseline)))
        {
            var spec = s.ToRunSpec(threads);
            var list = new List<RunResult>();
            for (int r = 0; r < s.Replications; r++)
            {
                if (replications is not null && !replications(r)) continue;
                cancel.ThrowIfCancellationRequested();
                var run = draws is null ? spec : spec with { Parameters = draws.Apply(spec.Parameters, baselineParameters, r) };
                list.Add(RunResult.Run(run, r, cancel));
                progress?.Invoke(1);
            }
            runs.Add(list);
        }
        return new ComparisonResult(aligned, runs[..^1], runs[^1], threads, start, DateTimeOffset.Now) { Draws = draws };
    }

    /// <summary>The baseline and every scenario at the baseline's seed, population, horizon and replications.</summary>
    public static List<Scenario> Align(Scenario baseline, IReadOnlyList<Scenario> scenarios) =>
        [baseline, .. scenarios.Select(s => s.With(baseline.Clients, baseline.Months, baseline.Seed, baseline.Replications))];

    /// <summary>The baseline with an unrelated seed: what independent seeds would have given (the CRN gain).</summary>
    public static Scenario IndependentBaseline(Scenario baseline) => baseline.With(seed: baseline.Seed ^ IndependentSeedOffset);

    /// <summary>Number of runs <see cref="Run"/> performs (for progress bars).</summary>
    public static int RunCount(int scenarios, int replications) => (scenarios + 2) * replications;

    public static IEnumerable<double> Values(IReadOnlyList<RunResult> runs, Outcome o, int subgroup) => runs.Select(r => o.Read(r, subgroup));

    /// <summary>Every effect: scenario × outcome × subgroup.</summary>
    public static IEnumerable<EffectRow> EffectRows(ComparisonResult c)
    {
        for (int s = 1; s < c.Scenarios.Count; s++)
            foreach (var o in Outcomes.All)
                for (int g = 0; g < Subgroups.Count; g++)
                {
                    var b = Values(c.Runs[0], o, g).ToList();
                    var v = Values(c.Runs[s], o, g).ToList();
                    yield return new EffectRow(c.Scenarios[s].Name, o, g, o.Month(c.Runs[0][0], g), Effects.Paired(b, v));
                }
    }

    /// <summary>Extra public cost per additional lasting exit (18 months), per client totals; NaN when the scenario
    /// does not clearly change lasting exits.</summary>
    public static Effect CostPerLastingExit(ComparisonResult c, int scenario, int subgroup = 0)
    {
        var cost = Outcomes.Get("cost_total");
        var exits = Outcomes.Get("exits_lasting_18");
        // exits are per 1,000 clients: convert to per client so the ratio is € per exit.
        return Effects.Ratio(Values(c.Runs[0], cost, subgroup).ToList(), Values(c.Runs[scenario], cost, subgroup).ToList(),
            Values(c.Runs[0], exits, subgroup).Select(x => x / 1000).ToList(), Values(c.Runs[scenario], exits, subgroup).Select(x => x / 1000).ToList());
    }

    /// <summary>Paired versus independent-seed interval widths for one scenario and outcome (whole caseload).</summary>
    public static (double Paired, double Independent) Widths(ComparisonResult c, int scenario, Outcome o)
    {
        var b = Values(c.Runs[0], o, 0).ToList();
        var s = Values(c.Runs[scenario], o, 0).ToList();
        var ind = Values(c.IndependentBaseline, o, 0).ToList();
        return (Effects.Paired(b, s).Width, Effects.Independent(ind, s).Width);
    }
}
