using Resilience.Analysis.Panel;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>What an experiment reads from each finished replication: a fixed list of ratios (a §8 target or an
/// output metric is a ratio with n = 1; a panel moment carries its own n).</summary>
public interface IRunReader
{
    int Count { get; }
    /// <summary>Whether <see cref="Read"/> needs the run's panel moments (then they are computed on the fly).</summary>
    bool NeedsPanel { get; }
    void Read(RunResult run, MomentSet? panel, Span<Ratio> into);
}

/// <summary>
/// Runs many parameter sets × replications of one scenario as independent jobs on a few threads and pools each
/// set's replications. Replication r of every set uses the same random streams (common random numbers), so
/// differences between sets come from the parameters, not from the draws. Results do not depend on the thread count:
/// every job is deterministic and results are added up in replication order.
/// </summary>
public sealed class BatchRunner(RunSpec baseSpec, int replications, int threads, IRunReader reader)
{
    public RunSpec BaseSpec { get; } = baseSpec;
    public int Replications { get; } = replications;
    public int Threads { get; } = Math.Max(1, threads);
    public IRunReader Reader { get; } = reader;

    /// <summary>Simulations run so far (parameter sets × replications).</summary>
    public long Simulations => Interlocked.Read(ref _simulations);
    private long _simulations;

    /// <summary>Pooled values (events ÷ n over replications) for each parameter set.</summary>
    public double[][] Run(IReadOnlyList<Parameters> points, ulong seed, CancellationToken cancel = default, Action? replicationDone = null)
    {
        var ratios = RunRatios(points, seed, cancel, replicationDone);
        return [.. ratios.Select(r => r.Select(x => x.Value).ToArray())];
    }

    public Ratio[][] RunRatios(IReadOnlyList<Parameters> points, ulong seed, CancellationToken cancel = default, Action? replicationDone = null)
    {
        int jobs = points.Count * Replications;
        var results = new Ratio[jobs][];
        int simThreads = Math.Max(1, Threads / Math.Max(1, jobs));
        Jobs.For(jobs, Threads, cancel, job =>
        {
            int point = job / Replications, rep = job % Replications;
            var spec = BaseSpec with { Parameters = points[point], Seed = seed, Threads = simThreads };
            results[job] = RunOne(spec, rep, cancel);
            Interlocked.Increment(ref _simulations);
            replicationDone?.Invoke();
        });
        var pooled = new Ratio[points.Count][];
        for (int p = 0; p < points.Count; p++)
        {
            pooled[p] = new Ratio[Reader.Count];
            for (int rep = 0; rep < Replications; rep++)
            {
                var r = results[p * Replications + rep];
                for (int k = 0; k < r.Length; k++) pooled[p][k] += r[k];
            }
        }
        return pooled;
    }

    private Ratio[] RunOne(RunSpec spec, int replication, CancellationToken cancel)
    {
        PanelMoments? panel = Reader.NeedsPanel ? new PanelMoments(PanelColumns.All) : null;
        var run = RunResult.Run(spec, replication, cancel, panel is null ? null : sim => SimulatedPanel.AddMonth(sim, panel));
        var into = new Ratio[Reader.Count];
        Reader.Read(run, panel?.Result(), into);
        return into;
    }
}
