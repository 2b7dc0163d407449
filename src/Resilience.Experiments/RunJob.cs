using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Experiments;

/// <summary>
/// <c>run</c>: one scenario's replications, one after another (each on all threads), into an output folder:
/// timeseries.csv, subgroups.csv, transitions.csv, summary.csv, manifest.json and, when asked, the person-month panel.
/// Not an <see cref="Experiment"/>: it has no design to shard; a larger job is a comparison or a sweep.
/// </summary>
public static class RunJob
{
    /// <param name="panel">The panel's format, or null for no panel.</param>
    public static int Run(Scenario scenario, int threads, string outDir, bool isDefault, PanelFormat? panel, bool force, Labels labels, ITerminal terminal,
        CancellationToken cancel)
    {
        using var folder = OutputFolder.Create(outDir, force, scenario.ExtendsChain, isDefault);
        var start = DateTimeOffset.Now;
        var spec = scenario.ToRunSpec(threads);
        var runs = new List<RunResult>();
        string? panelFile = panel is { } format ? PanelWriter.FileName(format) : null;
        using (var panelWriter = panelFile is null ? null : PanelWriter.Create(folder.PathOf(panelFile)))
        {
            terminal.Progress(labels.T("progress.run", scenario.Name, scenario.Clients, scenario.Months, scenario.Replications),
                scenario.Replications * scenario.Months, report =>
                {
                    for (int r = 0; r < scenario.Replications; r++)
                        runs.Add(RunResult.Run(spec, r, cancel, sim =>
                        {
                            panelWriter?.WriteMonth(sim);
                            if (sim.Month > 0) report(1);
                        }));
                }, labels: labels);
        }
        cancel.ThrowIfCancellationRequested();
        RunOutputs.WriteTimeseries(folder.PathOf("timeseries.csv"), runs);
        RunOutputs.WriteSubgroups(folder.PathOf("subgroups.csv"), runs);
        RunOutputs.WriteTransitions(folder.PathOf("transitions.csv"), runs);
        RunOutputs.WriteSummary(folder.PathOf("summary.csv"), runs);
        RunOutputs.WriteManifest(folder.PathOf("manifest.json"), scenario, threads, start, DateTimeOffset.Now, panelFile);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();
        terminal.Run(runs, labels);
        terminal.Line(labels.T("terminal.wrote", folder.Target, (DateTimeOffset.Now - start).TotalSeconds.ToString("0.0", labels.Culture)));
        return 0;
    }
}
