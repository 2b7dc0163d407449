using System.CommandLine;
using System.Globalization;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Panel;
using Resilience.IO;
using Spectre.Console;

namespace Resilience.Cli;

/// <summary>The researcher commands of issue 4: <c>moments</c> and <c>calibrate</c>.</summary>
public static class AnalysisCommands
{
    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(MomentsCommand());
        root.Subcommands.Add(CalibrateCommand());
    }

    /// <summary>Progress callbacks may come from several worker threads.</summary>
    private static Action Counter(Action<int> report)
    {
        var gate = new object();
        return () => { lock (gate) report(1); };
    }

    private static Command CalibrateCommand()
    {
        var scenario = new Argument<string>("SCENARIO") { Description = "Scenario to calibrate (JSON); its levers, parameters and schedule are kept." };
        var panel = new Option<string?>("--panel") { Description = "Observed person-month panel (CSV) to fit: every moment it allows, by month where it has months." };
        var targets = new Option<string?>("--targets") { Description = "Targets file (CSV: moment, value, low, high, source), e.g. scenarios/targets/seed-targets.csv." };
        var free = new Option<string[]>("--free")
        {
            Description = "Parameter to fit, NAME=LOW:HIGH (or NAME for its whole allowed range); repeat for each.",
            AllowMultipleArgumentsPerToken = true, Required = true,
        };
        var budget = new Option<int>("--budget") { Description = "Model evaluations for the fit (each runs --replications simulations).", DefaultValueFactory = _ => 150 };
        var clients = new Option<int?>("--clients") { Description = "Clients per simulation. Default: 5,000 (not the scenario's: every evaluation runs it)." };
        var months = new Option<int?>("--months") { Description = "Horizon in months (default: the scenario's)." };
        var replications = new Option<int>("--replications") { Description = "Replications per evaluation (the same ones every time: common random numbers).", DefaultValueFactory = _ => 2 };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed (default: the scenario's)." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Parametric-bootstrap refits for the intervals (0 = no intervals).", DefaultValueFactory = _ => 20 };
        var bootstrapBudget = new Option<int?>("--bootstrap-budget") { Description = "Evaluations per bootstrap refit. Default: 10 per free parameter, at least 30." };
        var starts = new Option<int>("--starts") { Description = "Nelder–Mead runs from the best Latin-hypercube points.", DefaultValueFactory = _ => 3 };
        var minN = new Option<double>("--min-n") { Description = "Panel moments with fewer observations than this are not fitted.", DefaultValueFactory = _ => 30 };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad panel rows instead of failing (see `moments`)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (results are identical for any value).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/<scenario>-calibration." };
        var force = new Option<bool>("--force") { Description = "Replace an existing output folder." };
        var cmd = new Command("calibrate",
            "Fit free parameters to an observed panel or a targets file (method of simulated moments, Nelder–Mead from Latin-hypercube starts, " +
            "parametric-bootstrap intervals). Writes fitted-parameters.csv, fit.csv, trace.csv, bootstrap.csv, calibrated-scenario.json, fit-report.html, manifest.json.")
        {
            scenario, panel, targets, free, budget, clients, months, replications, seed, bootstrap, bootstrapBudget, starts, minN, lenient, threads, output, force,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => Calibrate(new CalibrateArgs(
            parse.GetValue(scenario)!, parse.GetValue(panel), parse.GetValue(targets), parse.GetValue(free) ?? [], parse.GetValue(budget),
            parse.GetValue(clients), parse.GetValue(months), parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(bootstrap),
            parse.GetValue(bootstrapBudget), parse.GetValue(starts), parse.GetValue(minN), parse.GetValue(lenient), parse.GetValue(threads),
            parse.GetValue(output), parse.GetValue(force)), cancel))));
        return cmd;
    }

    public sealed record CalibrateArgs(string Scenario, string? Panel, string? Targets, string[] Free, int Budget, int? Clients, int? Months,
        int Replications, ulong? Seed, int Bootstrap, int? BootstrapBudget, int Starts, double MinN, bool Lenient, int Threads, string? Out, bool Force);

    public static int Calibrate(CalibrateArgs a, CancellationToken cancel)
    {
        if ((a.Panel is null) == (a.Targets is null)) throw new InputException("calibrate: give exactly one of --panel FILE or --targets FILE");
        if (a.Threads < 1) throw new InputException($"--threads: expected an integer of at least 1, got {a.Threads}");
        if (a.Replications < 1) throw new InputException($"--replications: expected an integer of at least 1, got {a.Replications}");
        if (a.Bootstrap < 0) throw new InputException($"--bootstrap: expected 0 or more, got {a.Bootstrap}");
        if (a.Starts < 1) throw new InputException($"--starts: expected 1 or more, got {a.Starts}");
        var free = a.Free.Select(f => FreeParameter.Parse(f)).ToList();
        if (free.Count == 0) throw new InputException("calibrate: give at least one --free NAME=LOW:HIGH");
        var dup = free.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InputException($"--free: '{dup.Key}' is given twice");
        if (a.Budget < free.Count + 2) throw new InputException($"--budget: expected at least {free.Count + 2} evaluations for {free.Count} free parameter(s), got {a.Budget}");
        int bootBudget = a.BootstrapBudget ?? Math.Max(30, 10 * free.Count);
        if (bootBudget < 2) throw new InputException($"--bootstrap-budget: expected at least 2, got {bootBudget}");

        var sc = ScenarioLoader.Load(a.Scenario).With(a.Clients ?? 5000, a.Months, a.Seed, a.Replications);
        string outDir = a.Out ?? Path.Combine("output", Path.GetFileNameWithoutExtension(a.Scenario) + "-calibration");
        using var folder = OutputFolder.Create(outDir, a.Force);
        var start = DateTimeOffset.Now;

        IReadOnlyList<CalibrationTarget> list;
        string source;
        string? panelReport = null;
        int? observedClients = null;
        if (a.Panel is not null)
        {
            var (observed, report) = PanelReader.Read(a.Panel, a.Lenient, cancel);
            panelReport = string.Join("\n", report.Lines());
            Console.WriteLine(panelReport);
            list = TargetsFile.FromPanel(observed, sc.Months, a.MinN, a.Panel);
            if (list.Count == 0) throw new InputException($"{a.Panel}: no moment has at least {a.MinN} observations within months 0–{sc.Months}");
            observedClients = TargetsFile.InitialPeople(observed);
            source = a.Panel;
        }
        else
        {
            list = TargetsFile.Load(a.Targets!);
            source = a.Targets!;
        }

        var settings = new CalibrationSettings
        {
            Budget = a.Budget, Replications = a.Replications, Seed = sc.Seed, Threads = a.Threads, Starts = a.Starts,
            Bootstrap = a.Bootstrap, BootstrapBudget = bootBudget, ObservedClients = observedClients,
        };
        var calibrator = new Calibrator(sc.ToRunSpec(a.Threads), free, list, settings);
        CalibrationResult? result = null;
        Progress.Run($"calibrate {sc.Name}: {free.Count} parameter(s), {list.Count} target(s), {sc.Clients:N0} clients × {sc.Months} months × {a.Replications} replication(s)",
            calibrator.MaxEvaluations, report => result = calibrator.Run(cancel, Counter(report)), unit: "evaluations (at most)");
        cancel.ThrowIfCancellationRequested();
        CalibrationOutputs.WriteAll(folder, result!, sc, source, panelReport, start);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();

        var r = result!;
        var table = new Table().AddColumns("parameter", "start", "fitted", "95% interval");
        foreach (var e in r.Estimates)
            table.AddRow(Markup.Escape(e.Parameter.Name), G(e.Start), G(e.Estimate), $"{G(e.Low)} – {G(e.High)}");
        AnsiConsole.Write(table);
        int inside = r.Targets.Where((t, k) => t.Inside(r.Best.Simulated[k])).Count();
        Console.WriteLine($"objective {G(r.Start.Objective)} → {G(r.Best.Objective)}; {inside} of {r.Targets.Count} targets inside their band");
        foreach (var (t, k) in r.Targets.Select((t, k) => (t, k)).Where(x => !x.t.Inside(r.Best.Simulated[x.k])).Take(20))
            Console.WriteLine($"  outside: {t.Moment} simulated {G(r.Best.Simulated[k])}, band {G(t.Low)}–{G(t.High)}");
        Console.WriteLine($"{r.Trace.Count} evaluations + {r.Bootstrap.Count} bootstrap refits = {r.Simulations:N0} simulations in {r.Elapsed.TotalSeconds:F1} s; wrote {folder.Target}");
        return 0;
    }

    private static string G(double v) => double.IsFinite(v) ? v.ToString("G4", CultureInfo.InvariantCulture) : "–";

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
