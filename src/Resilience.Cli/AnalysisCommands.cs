using System.CommandLine;
using Resilience.Analysis.Panel;
using Resilience.IO;

namespace Resilience.Cli;

/// <summary>The researcher commands of issue 4 (panel moments so far).</summary>
public static class AnalysisCommands
{
    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(MomentsCommand());
    }

    private static Command MomentsCommand()
    {
        var panel = new Argument<string>("PANEL") { Description = "Person-month panel (CSV): person_id, month, status and any of the optional columns." };
        var output = new Option<string?>("--out") { Description = "Write the moments to this CSV file (default: standard output)." };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad rows (and restart a person's history after a gap) instead of failing; reports how many and why." };
        var force = new Option<bool>("--force") { Description = "Replace an existing --out file." };
        var cmd = new Command("moments", "Compute the calibration moments of a panel (tidy CSV: moment, month, band, value, n).")
        {
            panel, output, lenient, force,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => Moments(
            parse.GetValue(panel)!, parse.GetValue(output), parse.GetValue(lenient), parse.GetValue(force), cancel))));
        return cmd;
    }

    public static int Moments(string panelPath, string? outPath, bool lenient, bool force, CancellationToken cancel)
    {
        if (outPath is not null && File.Exists(outPath) && !force)
            throw new InputException($"{outPath}: file exists; pass --force to replace it, or choose another --out");
        (MomentSet Moments, PanelReadReport Report)? read = null;
        if (outPath is null) read = PanelReader.Read(panelPath, lenient, cancel);
        else
        {
            long size = Math.Max(1, new FileInfo(panelPath).Exists ? new FileInfo(panelPath).Length : 1);
            Progress.Run($"reading {panelPath}", 1000, report =>
            {
                int done = 0;
                read = PanelReader.Read(panelPath, lenient, cancel, bytes =>
                {
                    int now = (int)(1000 * bytes / size);
                    if (now > done) { report(now - done); done = now; }
                });
            }, unit: "‰ of the file");
        }
        cancel.ThrowIfCancellationRequested();
        var result = read!.Value;
        if (outPath is null)
        {
            result.Moments.WriteCsv(Console.Out);
            foreach (var line in result.Report.Lines()) Console.Error.WriteLine(line);
            return 0;
        }
        // Written beside the target and moved into place, so Ctrl+C never leaves a partial file.
        string full = Path.GetFullPath(outPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.partial-{Environment.ProcessId}");
        try
        {
            result.Moments.WriteCsv(temp);
            File.Move(temp, full, overwrite: true);
        }
        finally { if (File.Exists(temp)) File.Delete(temp); }
        foreach (var line in result.Report.Lines()) Console.WriteLine(line);
        Console.WriteLine($"wrote {result.Moments.Count:N0} moments to {outPath}");
        return 0;
    }
}
