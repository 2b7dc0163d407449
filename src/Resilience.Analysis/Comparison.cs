using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

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
        int[] mine = [.. Enumerable.Range(0, baseline.Replications).Where(r => replications is null || replications(r))];
        var (sideBySide, perRun) = SplitThreads(baseline, threads, mine.Length);
        var specs = aligned.Append(IndependentBaseline(baseline)).Select(s => s.ToRunSpec(perRun)).ToList();
        var baselineParameters = baseline.ToParameters();
        var runs = new RunResult[mine.Length][];
        var reporting = new object();
        Jobs.For(mine.Length, sideBySide, cancel, k =>
        {
            int r = mine[k];
            var row = new RunResult[specs.Count];
            // The people and their burn-in do not depend on the levers, so every scenario whose start key equals the
            // baseline's runs from a copy of one start; the independent-seed baseline, and a scenario that sets model
            // parameters of its own, have their own.
            var starts = new Dictionary<StartKey, SimulationStart>();
            for (int g = 0; g < specs.Count; g++)
            {
                cancel.ThrowIfCancellationRequested();
                var spec = draws is null ? specs[g] : specs[g] with { Parameters = draws.Apply(specs[g].Parameters, baselineParameters, r) };
                var key = StartKey.Of(spec, r);
                if (!starts.TryGetValue(key, out var shared)) starts.Add(key, shared = SimulationStart.Prepare(key, spec.Threads));
                row[g] = RunResult.Run(spec, r, cancel, start: shared);
                if (progress is not null) lock (reporting) progress(1);
            }
            runs[k] = row; // in replication order, whichever thread finished first
        });
        var groups = Enumerable.Range(0, specs.Count).Select(g => (IReadOnlyList<RunResult>)[.. runs.Select(row => row[g])]).ToList();
        return new ComparisonResult(aligned, groups[..^1], groups[^1], threads, start, DateTimeOffset.Now) { Draws = draws };
    }

    /// <summary>The most memory the people of the replications that run side by side may take (README: compare
    /// <c>--threads</c>).</summary>
    public const long SideBySideBytes = 1L << 30;

    /// <summary>Populations a replication holds while it runs: the start its scenarios share, the independent-seed
    /// baseline's start, and the run (a scenario with model parameters of its own adds one).</summary>
    private const int PopulationsPerReplication = 3;

    /// <summary>How <see cref="Run"/> spends <paramref name="threads"/> on <paramref name="replications"/>: replications
    /// side by side, as many as there are threads while the people they hold fit in <see cref="SideBySideBytes"/>, and the
    /// threads left over to each run's chunks. A run of 10,000 clients has four chunks of 4,096, too few for its own
    /// threads to pay, while replications are independent; a run of a million clients scales on its own threads and
    /// its people take about half a gigabyte, so it runs one replication at a time on all threads, as before.</summary>
    public static (int SideBySide, int PerRun) SplitThreads(Scenario baseline, int threads, int replications)
    {
        long people = baseline.Clients + (long)Synthesis.Entrants(baseline.Clients, baseline.Months, baseline.ToParameters());
        long perReplication = PopulationsPerReplication * people * Population.BytesPerClient;
        int sideBySide = (int)Math.Clamp(SideBySideBytes / perReplication, 1, Math.Max(1, Math.Min(threads, replications)));
        return (sideBySide, Math.Max(1, threads / sideBySide));
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

    /// <summary>The outcomes cost-effectiveness is reported for, with the factor that turns the outcome's effect into
    /// "people better off per client": lasting exits are per 1,000 clients, shares are people per client, and for
    /// crisis and problematic debt fewer is better.</summary>
    public static readonly (string Outcome, double PerClient)[] CostEffectivenessOutcomes =
        [("exits_lasting_18", 1.0 / 1000), ("share_crisis@final", -1), ("share_problematic_debt@final", -1)];

    /// <summary>Extra public cost (€ per client over the run) per person better off on <paramref name="outcome"/>
    /// (an extra lasting exit, a person fewer in crisis or with problematic debt), with a paired bootstrap interval;
    /// NaN when the outcome does not clearly change in resamples.</summary>
    public static Effect CostPer(ComparisonResult c, int scenario, string outcome, int subgroup = 0)
    {
        var cost = Outcomes.Get("cost_total");
        var o = Outcomes.Get(outcome);
        double per = CostEffectivenessOutcomes.First(x => x.Outcome == outcome).PerClient;
        return Effects.Ratio(Values(c.Runs[0], cost, subgroup).ToList(), Values(c.Runs[scenario], cost, subgroup).ToList(),
            Values(c.Runs[0], o, subgroup).Select(x => x * per).ToList(), Values(c.Runs[scenario], o, subgroup).Select(x => x * per).ToList());
    }

    /// <summary>The paired effect month by month (scenario − baseline along <see cref="Outcome.Path"/>).</summary>
    public static Effect[] PathEffects(ComparisonResult c, int scenario, Outcome o, int subgroup = 0)
    {
        var b = c.Runs[0].Select(r => o.Path(r, subgroup)).ToList();
        var s = c.Runs[scenario].Select(r => o.Path(r, subgroup)).ToList();
        return Enumerable.Range(0, b[0].Length).Select(m => Effects.Paired(b.Select(p => p[m]).ToList(), s.Select(p => p[m]).ToList())).ToArray();
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
