using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Resilience.Analysis;
using Resilience.Engine;
using Resilience.Experiments;
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
        root.Subcommands.Add(CompareMergeCommand());
        root.Subcommands.Add(SweepCommands.Sweep());
        root.Subcommands.Add(SearchCommand.Build());
        root.Subcommands.Add(SweepCommands.Merge());
        root.Subcommands.Add(PipelineCommands.Merge());
        root.Subcommands.Add(PipelineCommands.Shard());
        root.Subcommands.Add(ParamsCommand());
        root.Subcommands.Add(TablesCommand());
        var panelColumns = new Option<bool>("--panel") { Description = "List the columns of the person-month panel (panel.csv, panel.parquet) instead." };
        var updateColumns = new Option<string?>("--update") { Description = "Rewrite the generated column block of this Markdown file (docs/outputs.md) in place." };
        var columns = new Command("columns", "List the output columns of timeseries.csv and subgroups.csv, or with --panel of the panel (Markdown).") { panelColumns, updateColumns };
        columns.SetAction(parse => Guard(() =>
        {
            if (parse.GetValue(updateColumns) is { } path) { OutputFile.UpdateMarkdown(path, ParameterTable.UpdateColumns); return 0; }
            Console.Write(parse.GetValue(panelColumns) ? PanelSchema.Markdown() : ParameterTable.MetricsMarkdown());
            return 0;
        }));
        root.Subcommands.Add(columns);
        root.Subcommands.Add(ServeCommand.Build());
        AnalysisCommands.AddTo(root);
        ShowOptionalArgumentsAsOptional(root);
        return root;
    }

    /// <summary>The list of commands in the top-level help shows an optional argument as optional (<c>run [SCENARIO]</c>,
    /// as the command's own usage line does) and without the argument's default, which the command's own help gives.
    /// System.CommandLine writes every argument there as required (<c>run &lt;SCENARIO&gt;</c>) and appends the default
    /// to the command's description; its help builder cannot be customised from outside, so the text is corrected.</summary>
    private static void ShowOptionalArgumentsAsOptional(RootCommand root)
    {
        if (root.Options.OfType<System.CommandLine.Help.HelpOption>().FirstOrDefault() is not { Action: System.CommandLine.Invocation.SynchronousCommandLineAction inner } help) return;
        help.Action = new HelpWithOptionalArguments(inner, root);
    }

    private sealed class HelpWithOptionalArguments(System.CommandLine.Invocation.SynchronousCommandLineAction inner, RootCommand root)
        : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parse)
        {
            var config = parse.InvocationConfiguration;
            var output = config.Output;
            var text = new StringWriter();
            config.Output = text;
            int code;
            try { code = inner.Invoke(parse); }
            finally { config.Output = output; }
            output.Write(parse.CommandResult.Command == root ? CommandList(text.ToString(), root) : text.ToString());
            return code;
        }
    }

    /// <summary>The top-level help text with each command's optional arguments in brackets and no "[default: …]" in
    /// the list of commands (same widths, so the columns stay aligned).</summary>
    public static string CommandList(string help, RootCommand root)
    {
        int at = help.IndexOf("Commands:", StringComparison.Ordinal);
        if (at < 0) return help;
        string list = help[at..];
        foreach (var command in root.Subcommands)
            foreach (var a in command.Arguments.Where(a => !a.Hidden && a.Arity.MinimumNumberOfValues == 0))
                list = list.Replace($"  {command.Name} <{a.Name}>", $"  {command.Name} [{a.Name}]", StringComparison.Ordinal);
        list = System.Text.RegularExpressions.Regex.Replace(list, @"\s*\[default: [^\]]*\]", "");
        return help[..at] + list;
    }


    private static Command RunCommand()
    {
        var scenario = new Argument<string>("SCENARIO")
        {
            Description = $"Scenario file (JSON).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => DefaultScenario,
        };
        var clients = new Option<int?>("--clients") { Description = "Initial caseload size (overrides the scenario)." };
        var months = new Option<int?>("--months") { Description = "Horizon in months (overrides the scenario)." };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed (overrides the scenario)." };
        var replications = new Option<int?>("--replications") { Description = "Number of replications (overrides the scenario)." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/<scenario file name>, which a new run replaces if this program wrote it." };
        var panel = new Option<bool>("--panel") { Description = "Also write the person-month panel, one row per person-month (panel.csv, or panel.parquet with --panel-format parquet)." };
        var panelFormat = new Option<string?>("--panel-format")
        {
            Description = "File format of the panel (with --panel): csv (default) or parquet (compressed, typed, categories dictionary-encoded; " +
                          "read by R arrow, pandas, polars, DuckDB, and by moments and calibrate --panel).",
        };
        var force = CommonOptions.Force();
        var lang = CommonOptions.Lang();

        var cmd = new Command("run", "Run a scenario and write manifest.json, timeseries.csv, subgroups.csv, transitions.csv, summary.csv (and with --panel panel.csv or panel.parquet).")
        {
            scenario, clients, months, seed, replications, threads, output, panel, panelFormat, force, lang,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Guard(() => RunCommandBody(
            parse.GetValue(scenario)!, parse.GetValue(clients), parse.GetValue(months), parse.GetValue(seed),
            parse.GetValue(replications), parse.GetValue(threads), parse.GetValue(output), parse.GetValue(panel),
            parse.GetValue(force), cancel, parse.GetValue(panelFormat), parse.GetValue(lang)))));
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
        var shard = new Option<string?>("--shard") { Description = "Run shard i of n (i/n, 1-based): the replications whose number mod n is i − 1, for compare-merge." };
        var draws = CommonOptions.ParameterDraws("scenario");
        var parameterSet = CommonOptions.ParameterSet();
        var slurm = new SlurmCommands.Options();
        var lang = CommonOptions.Lang();
        var caseload = CommonOptions.Caseload();
        var uncertainty = CommonOptions.Uncertainty();
        var fullDraws = CommonOptions.Draws();
        var cmd = new Command("compare", "Compare scenarios with a baseline using common random numbers: effects.csv (with 95% intervals, per subgroup), crn.csv, report.html, charts/*.svg, manifest.json.")
        {
            baseline, scenarios, clients, months, seed, replications, threads, output, force, lang, caseload, shard, draws, parameterSet,
            uncertainty, fullDraws,
        };
        slurm.AddTo(cmd);
        cmd.SetAction((parse, cancel) => Task.FromResult(Guard(() => CompareBody(parse.GetValue(baseline)!, parse.GetValue(scenarios)!,
            parse.GetValue(clients), parse.GetValue(months), parse.GetValue(seed), parse.GetValue(replications), parse.GetValue(threads),
            parse.GetValue(output), parse.GetValue(force), cancel, [.. parse.Tokens.Select(t => t.Value)], parse.GetValue(lang), parse.GetValue(caseload),
            parse.GetValue(shard), slurm.Read(parse), parse.GetValue(draws), parse.GetValue(parameterSet), parse.GetValue(uncertainty), parse.GetValue(fullDraws)))));
        return cmd;
    }

    public static int CompareBody(string baselinePath, IReadOnlyList<string> scenarioPaths, int? clients, int? months, ulong? seed,
        int? replications, int threads, string? outDir, bool force, CancellationToken cancel, IReadOnlyList<string> commandLine,
        string? lang = null, int? caseload = null, string? shard = null, SlurmOptions? slurm = null, int? parameterDraws = null, string? parameterSet = null,
        string? uncertainty = null, int? fullDraws = null)
    {
        CommonOptions.CheckThreads(threads);
        var labels = Labels.For(lang);
        if (caseload is < 1) throw new InputException($"--caseload: expected a number of clients of at least 1, got {caseload}");
        slurm ??= new SlurmOptions();
        Slurm.Check(slurm, shard);
        int? full = CommonOptions.CheckFull(uncertainty, fullDraws, parameterDraws, replications);
        var baseline = ScenarioLoader.Load(baselinePath).With(clients, months, seed, full ?? replications);
        // With --uncertainty full the draws are made from the design (seed, count, bootstrap set) wherever it runs.
        var drawSet = full is null ? ParameterSets.Load(parameterDraws, parameterSet, baseline.Replications) : null;
        var experiment = new CompareExperiment(baselinePath, [.. scenarioPaths], baseline.Clients, baseline.Months, baseline.Seed, baseline.Replications,
            drawSet?.Vectors.Count, full is null ? drawSet?.File : parameterSet, caseload, full is null ? null : "full");
        experiment.Load(); // refuses two scenarios of one name before anything runs
        return Pipeline.Execute(experiment, outDir, force, threads, shard, slurm, labels, commandLine, ConsoleTerminal.Instance, cancel);
    }

    private static Command CompareMergeCommand() => PipelineCommands.Merge("compare-merge",
        "Merge the shards of a comparison (compare --shard i/n) into the outputs one unsharded compare writes (an alias of merge).",
        "Output folders of all shards of one comparison.", CompareExperiment.MergeShards);

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
        // --help answers even when the command's required arguments are missing (`compare --help`).
        if (parse.Errors.Count == 0) return parse.InvokeAsync().GetAwaiter().GetResult();
        if (parse.Tokens.Any(t => t.Type == System.CommandLine.Parsing.TokenType.Option && t.Value is "--help" or "-h" or "-?"))
            return Build().Parse([.. parse.Tokens.TakeWhile(t => t.Type == System.CommandLine.Parsing.TokenType.Command).Select(t => t.Value), "--help"]).InvokeAsync().GetAwaiter().GetResult();
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

    public static int RunCommandBody(string scenarioPath, int? clients, int? months, ulong? seed, int? replications,
        int threads, string? outDir, bool panel, bool force, CancellationToken cancel, string? panelFormat = null, string? lang = null)
    {
        CommonOptions.CheckThreads(threads);
        var format = ParsePanelFormat(panelFormat, panel);
        var scenario = ScenarioLoader.Load(scenarioPath).With(clients, months, seed, replications);
        return RunJob.Run(scenario, threads, outDir ?? Path.Combine("output", Path.GetFileNameWithoutExtension(scenarioPath)), outDir is null,
            panel ? format : null, force, Labels.For(lang), ConsoleTerminal.Instance, cancel);
    }

    /// <summary>The value of <c>--panel-format</c>, which only makes sense with <c>--panel</c>.</summary>
    private static PanelFormat ParsePanelFormat(string? value, bool panel)
    {
        if (value is null) return PanelFormat.Csv;
        if (!panel) throw new InputException($"--panel-format {value}: give --panel too (the format applies to the panel file, which only --panel writes)");
        return value.Trim().ToLowerInvariant() switch
        {
            "csv" => PanelFormat.Csv,
            "parquet" => PanelFormat.Parquet,
            _ => throw new InputException($"--panel-format: expected csv or parquet, got '{value}'"),
        };
    }

    /// <summary><c>tables</c>: the README's tables of figures from the outputs of the documented commands
    /// (scripts/readme-tables.sh runs them and then this).</summary>
    private static Command TablesCommand()
    {
        var summary = new Option<string?>("--targets") { Description = "The summary.csv of `run` on the baseline: the table of every §8 target." };
        var effects = new Option<string?>("--effects") { Description = "The effects.csv of `compare` of the shipped scenarios: the table of effects." };
        var draws = new Option<string?>("--effects-draws") { Description = "The effects.csv of the same comparison with --parameter-draws: the table of both kinds of interval (needs --effects)." };
        var full = new Option<string?>("--full-uncertainty") { Description = "The uncertainty.csv of `compare --uncertainty full` (drivers.csv beside it): the table of effects with all uncertainty." };
        var update = new Option<string?>("--update") { Description = "Rewrite the generated blocks of this Markdown file (e.g. README.md) in place; without it, print the tables." };
        var cmd = new Command("tables", "Make the README's tables of figures from the outputs of run and compare (scripts/readme-tables.sh).") { summary, effects, draws, full, update };
        cmd.SetAction(parse => Guard(() =>
        {
            var blocks = new List<(string Command, string Text)>();
            if (parse.GetValue(summary) is { } s) blocks.Add((ReadmeTables.TargetsCommand, ReadmeTables.Targets(s)));
            if (parse.GetValue(effects) is { } e) blocks.Add((ReadmeTables.EffectsCommand, ReadmeTables.Effects(e)));
            if (parse.GetValue(draws) is { } d)
                blocks.Add((ReadmeTables.UncertaintyCommand, ReadmeTables.Uncertainty(parse.GetValue(effects)
                    ?? throw new InputException("tables --effects-draws: give --effects too (the same comparison without parameter draws)"), d)));
            if (parse.GetValue(full) is { } u)
                blocks.Add((ReadmeTables.FullUncertaintyCommand, ReadmeTables.FullUncertainty(u, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(u))!, "drivers.csv"))));
            if (blocks.Count == 0) throw new InputException("tables: give --targets SUMMARY.csv, --effects EFFECTS.csv and/or --full-uncertainty UNCERTAINTY.csv");
            if (parse.GetValue(update) is not { } path)
            {
                foreach (var (_, text) in blocks) Console.WriteLine(text);
                return 0;
            }
            OutputFile.UpdateMarkdown(path, doc =>
            {
                foreach (var (command, text) in blocks) doc = MarkdownBlocks.Replace(doc, command, text);
                return doc;
            });
            Console.WriteLine($"{path}: {blocks.Count} generated table(s) rewritten");
            return 0;
        }));
        return cmd;
    }

    private static Command ParamsCommand()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print a Markdown table (as in docs/ODD.md)." };
        var update = new Option<string?>("--update") { Description = "Rewrite the generated parameter block of this Markdown file (e.g. docs/ODD.md) in place." };
        var cmd = new Command("params", "List every lever and model parameter with default, range, unit, evidence and source.") { markdown, update };
        cmd.SetAction(parse => Guard(() =>
        {
            if (parse.GetValue(update) is { } path)
            {
                OutputFile.UpdateMarkdown(path, ParameterTable.UpdateDocument);
                Console.WriteLine($"{path}: parameter tables regenerated");
            }
            else if (parse.GetValue(markdown)) Console.Write(ParameterTable.Markdown());
            else
            {
                var table = new Table().AddColumns("name", "kind", "default", "allowed", "unit", "evidence", "prior", "source");
                foreach (var d in ParameterRegistry.All)
                    table.AddRow(Markup.Escape(d.Name), d.IsLever ? "lever" : "parameter", Markup.Escape(d.DefaultText),
                        Markup.Escape(d.AllowedText), Markup.Escape(d.Meta.Unit), Markup.Escape(ParameterTable.EvidenceText(d.Meta.Evidence)),
                        Markup.Escape(Priors.For(d).ToString()), Markup.Escape(d.Meta.Source));
                AnsiConsole.Write(table);
            }
            return 0;
        }));
        return cmd;
    }
}
