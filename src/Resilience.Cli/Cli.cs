using System.CommandLine;
using System.Globalization;
using Resilience.Analysis;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;
using Spectre.Console;

namespace Resilience.Cli;

/// <summary>The command-line program: <c>run</c> and <c>params</c>.</summary>
public static class Cli
{
    public const int ExitInputError = 2;
    public const int ExitCancelled = 130;
    public const string DefaultScenario = "scenarios/baseline.json";

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Resilience: an agent-based simulator of the resilience trajectories of people on social assistance " +
            "(Participatiewet/bijstand). See README.md and docs/ODD.md.");
        root.Subcommands.Add(RunCommand());
        root.Subcommands.Add(CompareCommand());
        root.Subcommands.Add(SweepCommands.Sweep());
        root.Subcommands.Add(SweepCommands.Merge());
        root.Subcommands.Add(ParamsCommand());
        var columns = new Command("columns", "List the output columns of timeseries.csv and subgroups.csv (Markdown).");
        columns.SetAction(_ => { Console.Write(ParameterTable.MetricsMarkdown()); return 0; });
        root.Subcommands.Add(columns);
        root.Subcommands.Add(ServeCommand.Build());
        AnalysisCommands.AddTo(root);
        return root;
    }

    private static Command RunCommand()
    {
        var scenario = new Argument<string>("SCENARIO")
        {
            Description = $"Scenario file (JSON). Default: {DefaultScenario}.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => DefaultScenario,
        };
        var clients = new Option<int?>("--clients") { Description = "Initial caseload size (overrides the scenario)." };
        var months = new Option<int?>("--months") { Description = "Horizon in months (overrides the scenario)." };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed (overrides the scenario)." };
        var replications = new Option<int?>("--replications") { Description = "Number of replications (overrides the scenario)." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/<scenario file name>, which a new run replaces if this program wrote it." };
        var panel = new Option<bool>("--panel") { Description = "Also write panel.csv, one row per person-month." };
        var force = CommonOptions.Force();
        var lang = CommonOptions.Lang();

        var cmd = new Command("run", "Run a scenario and write manifest.json, timeseries.csv, subgroups.csv, transitions.csv, summary.csv (and panel.csv).")
        {
            scenario, clients, months, seed, replications, threads, output, panel, force, lang,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Guard(() => RunCommandBody(
            parse.GetValue(scenario)!, parse.GetValue(clients), parse.GetValue(months), parse.GetValue(seed),
            parse.GetValue(replications), parse.GetValue(threads), parse.GetValue(output), parse.GetValue(panel),
            parse.GetValue(force), cancel, parse.GetValue(lang)))));
        return cmd;
    }

    private static Command CompareCommand()
    {
        var baseline = new Argument<string>("BASELINE") { Description = "Baseline scenario file." };
        var scenarios = new Argument<string[]>("SCENARIO") { Description = "Scenario files to compare with the baseline.", Arity = ArgumentArity.OneOrMore };
        var clients = new Option<int?>("--clients") { Description = "Initial caseload size (default: the baseline's)." };
        var months = new Option<int?>("--months") { Description = "Horizon in months (default: the baseline's)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed shared by all scenarios (default: the baseline's)." };
        var replications = new Option<int?>("--replications") { Description = "Replications per scenario (default: the baseline's)." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/compare-<baseline>, which a new comparison replaces if this program wrote it." };
        var force = CommonOptions.Force();
        var lang = CommonOptions.Lang();
        var caseload = new Option<int?>("--caseload")
        {
            Description = "A municipality's caseload (clients): the report also shows effects and costs scaled to it, per year.",
        };
        var cmd = new Command("compare", "Compare scenarios with a baseline using common random numbers: effects.csv (with 95% intervals, per subgroup), crn.csv, report.html, charts/*.svg, manifest.json.")
        {
            baseline, scenarios, clients, months, seed, replications, threads, output, force, lang, caseload,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Guard(() => CompareBody(parse.GetValue(baseline)!, parse.GetValue(scenarios)!,
            parse.GetValue(clients), parse.GetValue(months), parse.GetValue(seed), parse.GetValue(replications), parse.GetValue(threads),
            parse.GetValue(output), parse.GetValue(force), cancel, [.. parse.Tokens.Select(t => t.Value)], parse.GetValue(lang), parse.GetValue(caseload)))));
        return cmd;
    }

    public static int CompareBody(string baselinePath, IReadOnlyList<string> scenarioPaths, int? clients, int? months, ulong? seed,
        int? replications, int threads, string? outDir, bool force, CancellationToken cancel, IReadOnlyList<string> commandLine,
        string? lang = null, int? caseload = null)
    {
        CommonOptions.CheckThreads(threads);
        var labels = Labels.For(lang);
        if (caseload is < 1) throw new InputException($"--caseload: expected a number of clients of at least 1, got {caseload}");
        var baseline = ScenarioLoader.Load(baselinePath).With(clients, months, seed, replications);
        var scenarios = scenarioPaths.Select(ScenarioLoader.Load).ToList();
        var names = new HashSet<string> { baseline.Name };
        foreach (var s in scenarios)
            if (!names.Add(s.Name)) throw new InputException($"{s.Path}: name: '{s.Name}' is used by two compared scenarios; names must differ");
        bool isDefault = outDir is null;
        outDir ??= Path.Combine("output", "compare-" + Path.GetFileNameWithoutExtension(baselinePath));
        using var folder = OutputFolder.Create(outDir, force, [.. baseline.ExtendsChain, .. scenarios.SelectMany(s => s.ExtendsChain)], isDefault);
        ComparisonResult? result = null;
        Progress.Run($"compare: {scenarios.Count} scenario(s) vs {baseline.Name}, {baseline.Clients:N0} clients × {baseline.Months} months × {baseline.Replications} replications",
            Comparison.RunCount(scenarios.Count, baseline.Replications),
            report => result = Comparison.Run(baseline, scenarios, threads, report, cancel), "runs");
        cancel.ThrowIfCancellationRequested();
        ComparisonReport.WriteAll(folder, result!, RerunCommand(commandLine), labels, caseload);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();
        Console.Write(Terminal.CompareTable(result!, Comparison.EffectRows(result!).Where(r => r.SubgroupIndex == 0).ToList(), new Wording(labels)));
        Console.WriteLine(labels.T("terminal.crn", ComparisonReport.MedianCrnGain(result!).ToString("0.0", labels.Culture)));
        Console.WriteLine($"wrote {folder.Target}");
        return 0;
    }

    /// <summary>Exit code when an output or input file cannot be written or read (disk full, no permission).</summary>
    public const int ExitIoError = 3;

    /// <summary>Exit code of an unexpected internal error (a bug).</summary>
    public const int ExitInternalError = 1;

    /// <summary>Turns errors and Ctrl+C into one clear message and an exit code (README "Exit codes"): 2 for bad input,
    /// 3 for a file that cannot be written or read, 130 for Ctrl+C, 1 for a bug. No stack trace reaches the user
    /// unless RESILIENCE_TRACE=1.</summary>
    public static int Guard(Func<int> body)
    {
        try { return body(); }
        catch (InputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitInputError;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled: no output was written.");
            return ExitCancelled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bool full = e.HResult == 28 || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);
            Console.Error.WriteLine(full
                ? $"error: the disk is full ({e.Message}); no output was written. Free some space or choose another --out."
                : $"error: cannot write or read a file: {e.Message}; no output was written.");
            Trace(e);
            return ExitIoError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"error: unexpected internal error ({e.GetType().Name}: {e.Message}); no output was written. " +
                "This is a bug: please report it with the command line (RESILIENCE_TRACE=1 shows the stack trace).");
            Trace(e);
            return ExitInternalError;
        }
    }

    private static void Trace(Exception e)
    {
        if (Environment.GetEnvironmentVariable("RESILIENCE_TRACE") == "1") Console.Error.WriteLine(e);
    }

    /// <summary>Parse and run a command line. Usage errors (unknown option or command, a value of the wrong type) get
    /// plain messages and exit code 2, like every other bad input.</summary>
    public static int Execute(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count == 0) return parse.InvokeAsync().GetAwaiter().GetResult();
        foreach (var error in parse.Errors) Console.Error.WriteLine($"error: {PlainUsageError(error.Message)}");
        string command = parse.CommandResult.Command is RootCommand ? "" : parse.CommandResult.Command.Name + " ";
        Console.Error.WriteLine($"Run with `{command}--help` to list the commands and options.");
        return ExitInputError;
    }

    /// <summary>System.CommandLine names .NET types in its messages ("System.Nullable`1[System.Int32]"); say what is
    /// expected in words instead.</summary>
    public static string PlainUsageError(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Match(message, @"^Cannot parse argument '(.*)' for (?:option|argument) '(.*)' as expected type '(.*)'\.?$");
        if (!m.Success) return message;
        string type = m.Groups[3].Value;
        string expected =
            type.Contains("Int32") ? $"an integer (at most {int.MaxValue:N0})" :
            type.Contains("UInt64") ? $"a whole number from 0 to {ulong.MaxValue}" :
            type.Contains("Int64") ? "an integer" :
            type.Contains("Double") ? "a number such as 0.5" :
            type.Contains("Boolean") ? "true or false" : "a different value";
        return $"{m.Groups[2].Value}: expected {expected}, got '{m.Groups[1].Value}'";
    }

    /// <summary>The command that reruns a comparison, as a user pastes it in a shell from the repository folder.</summary>
    public static IReadOnlyList<string> RerunCommand(IReadOnlyList<string> args) =>
        ["dotnet", "run", "--project", "src/Resilience.Cli", "-c", "Release", "--", .. args.Select(ShellQuote)];

    /// <summary>Quote an argument for a POSIX shell when it holds anything but safe characters.</summary>
    public static string ShellQuote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=,:+@%".Contains(c)) ? arg : "'" + arg.Replace("'", "'\\''") + "'";

    public static int RunCommandBody(string scenarioPath, int? clients, int? months, ulong? seed, int? replications,
        int threads, string? outDir, bool panel, bool force, CancellationToken cancel, string? lang = null)
    {
        CommonOptions.CheckThreads(threads);
        var wording = new Wording(Labels.For(lang));
        var scenario = ScenarioLoader.Load(scenarioPath).With(clients, months, seed, replications);
        bool isDefault = outDir is null;
        outDir ??= Path.Combine("output", Path.GetFileNameWithoutExtension(scenarioPath));
        using var folder = OutputFolder.Create(outDir, force, scenario.ExtendsChain, isDefault);

        var start = DateTimeOffset.Now;
        var spec = scenario.ToRunSpec(threads);
        var runs = new List<RunResult>();
        using (var panelWriter = panel ? new PanelWriter(folder.PathOf("panel.csv")) : null)
        {
            Progress.Run($"{scenario.Name}: {scenario.Clients:N0} clients × {scenario.Months} months × {scenario.Replications} replications",
                scenario.Replications * scenario.Months, report =>
                {
                    for (int r = 0; r < scenario.Replications; r++)
                        runs.Add(RunResult.Run(spec, r, cancel, sim =>
                        {
                            panelWriter?.WriteMonth(sim);
                            if (sim.Month > 0) report(1);
                        }));
                });
        }
        cancel.ThrowIfCancellationRequested();
        RunOutputs.WriteTimeseries(folder.PathOf("timeseries.csv"), runs);
        RunOutputs.WriteSubgroups(folder.PathOf("subgroups.csv"), runs);
        RunOutputs.WriteTransitions(folder.PathOf("transitions.csv"), runs);
        RunOutputs.WriteSummary(folder.PathOf("summary.csv"), runs);
        RunOutputs.WriteManifest(folder.PathOf("manifest.json"), scenario, threads, start, DateTimeOffset.Now, panel);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();

        PrintTargets(runs);
        Console.Write(Terminal.RunSummary(runs, wording));
        Console.WriteLine($"wrote {folder.Target} in {(DateTimeOffset.Now - start).TotalSeconds:F1} s");
        return 0;
    }

    private static void PrintTargets(IReadOnlyList<RunResult> runs)
    {
        var table = new Table().AddColumns("target (MODEL.md §8)", "simulated", "band", "inside");
        foreach (var t in Targets.All)
        {
            double v = Interval.Of(runs.Select(r => t.Evaluate(r.Raw)).ToList()).Mean;
            table.AddRow(t.Name, v.ToString("0.###", CultureInfo.InvariantCulture),
                $"{t.Low.ToString("0.##", CultureInfo.InvariantCulture)}–{t.High.ToString("0.##", CultureInfo.InvariantCulture)}",
                t.Inside(v) ? "[green]yes[/]" : "[red]no[/]");
        }
        AnsiConsole.Write(table);
    }

    private static Command ParamsCommand()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table (as in docs/ODD.md)." };
        var cmd = new Command("params", "List every lever and model parameter with default, range, unit and source.") { markdown };
        cmd.SetAction(parse =>
        {
            if (parse.GetValue(markdown)) Console.Write(ParameterTable.Markdown());
            else
            {
                var table = new Table().AddColumns("name", "kind", "default", "allowed", "unit", "source");
                foreach (var d in ParameterRegistry.All)
                    table.AddRow(Markup.Escape(d.Name), d.IsLever ? "lever" : "parameter", Markup.Escape(d.DefaultText),
                        Markup.Escape(d.AllowedText), Markup.Escape(d.Meta.Unit), Markup.Escape(d.Meta.Source));
                AnsiConsole.Write(table);
            }
            return 0;
        });
        return cmd;
    }
}

/// <summary>A Spectre progress bar on a terminal, plain percentage lines when output is redirected.</summary>
public static class Progress
{
    public static void Run(string title, int total, Action<Action<int>> work, string unit = "months")
    {
        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.Progress().AutoClear(false).Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: total);
                work(n => task.Increment(n));
            });
            return;
        }
        Console.WriteLine(title);
        int done = 0, lastDecile = 0;
        work(n =>
        {
            done += n;
            int decile = (int)(10L * done / Math.Max(1, total));
            if (decile > lastDecile)
            {
                lastDecile = decile;
                Console.WriteLine($"  {decile * 10}% ({done}/{total} {unit})");
            }
        });
    }
}
