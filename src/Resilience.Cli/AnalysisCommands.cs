using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Panel;
using Resilience.Analysis.Sensitivity;
using Resilience.Experiments;
using Resilience.IO;
using Resilience.Model;
using Spectre.Console;

namespace Resilience.Cli;

/// <summary>The researcher commands: <c>moments</c>, <c>calibrate</c> and <c>sensitivity</c>.</summary>
public static class AnalysisCommands
{
    public static void AddTo(RootCommand root)
    {
        root.Subcommands.Add(MomentsCommand());
        root.Subcommands.Add(CalibrateCommand());
        root.Subcommands.Add(SensitivityCommand());
        root.Subcommands.Add(SensitivityMergeCommand());
        root.Subcommands.Add(PipelineCommands.Merge("calibrate-merge",
            "Merge the shards of a calibration (calibrate --shard i/n: each fits, then runs its share of the bootstrap refits) into the outputs one unsharded calibrate writes.",
            "Output folders of all shards of one calibration.", CalibrationShards.Merge));
        root.Subcommands.Add(RecentreCommand());
        root.Subcommands.Add(CoverageCommand.Create());
        root.Subcommands.Add(SlurmCommands.Status());
    }

    private static Command RecentreCommand()
    {
        var set = new Argument<string>("SET") { Description = "A parameter set: bootstrap refits (bootstrap.csv of calibrate) or a set to re-centre again." };
        var protocol = new Option<string>("--protocol") { Description = "The calibration protocol whose shipped outputs hold the estimates.", DefaultValueFactory = _ => CalibrationProtocol.DefaultFile };
        var output = new Option<string>("--out") { Description = "The re-centred set (CSV); may be SET itself with --force.", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace an existing --out file." };
        var cmd = new Command("calibrate-recentre",
            "Re-centre a parameter set on the shipped estimates: each parameter the protocol fits is shifted so that its mean is the estimate of the last stage " +
            "that fitted it (read from that stage's shipped fitted-parameters.csv), its spread kept, clamped to that stage's bounds; other columns are kept. " +
            "Regenerates scenarios/targets/calibration-bootstrap.csv from the refits without a new fit.")
        {
            set, protocol, output, force,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() =>
            CalibrationProtocolRun.Recentre(parse.GetValue(set)!, parse.GetValue(protocol)!, parse.GetValue(output)!, parse.GetValue(force), ConsoleTerminal.Instance))));
        return cmd;
    }

    private static Command SensitivityCommand()
    {
        var scenario = new Argument<string>("SCENARIO")
        {
            Description = $"Scenario (JSON).", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => Cli.DefaultScenario,
        };
        var method = new Option<string>("--method") { Description = "morris (screening, many parameters) or sobol (variance shares, a few parameters).", DefaultValueFactory = _ => "morris" };
        var parameters = new Option<string[]>("--params")
        {
            Description = "Parameters to vary (names, comma-separated or repeated; NAME=LOW:HIGH sets bounds). Default for morris: every parameter whose size is assumed (evidence Direction or Assumption).",
            AllowMultipleArgumentsPerToken = true,
        };
        var allAssumptions = new Option<bool>("--all-assumptions") { Description = "Vary every parameter whose size is assumed: evidence Direction or Assumption (the default for morris)." };
        var outcomes = new Option<string[]>("--outcomes")
        {
            Description = $"Output metrics or §8 targets to explain (comma-separated or repeated). Default: {string.Join(", ", SensitivityOutcome.Defaults)}.",
            AllowMultipleArgumentsPerToken = true,
        };
        var trajectories = new Option<int>("--trajectories") { Description = "Morris trajectories (cost: trajectories × (parameters + 1) points).", DefaultValueFactory = _ => 10 };
        var levels = new Option<int>("--levels") { Description = "Morris grid levels (even).", DefaultValueFactory = _ => 4 };
        var samples = new Option<int>("--samples") { Description = "Sobol base samples N (cost: N × (parameters + 2) points).", DefaultValueFactory = _ => 256 };
        var span = new Option<double>("--span") { Description = "Vary each parameter over this share of its allowed range, centred on its default (1 = the whole range).", DefaultValueFactory = _ => 1.0 };
        var clients = new Option<int?>("--clients") { Description = "Clients per simulation. Default: 2,000." };
        var months = new Option<int?>("--months") { Description = "Horizon in months (default: the scenario's)." };
        var replications = new Option<int>("--replications") { Description = "Replications per point (the same at every point).", DefaultValueFactory = _ => 1 };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed for the runs and the design (default: the scenario's)." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/<scenario>-<method>." };
        var force = CommonOptions.Force();
        var shard = new Option<string?>("--shard") { Description = "Run shard i of n (i/n, 1-based) of the design's points and write points.csv for sensitivity-merge." };
        var slurm = new SlurmCommands.Options();
        var lang = CommonOptions.Lang();
        var cmd = new Command("sensitivity",
            "Which parameters matter for which outcome: Morris elementary effects (μ*, σ) or Sobol first-order and total indices. " +
            "Writes morris.csv or sobol.csv (ranked), one SVG chart per outcome, samples.csv, sensitivity-report.html, manifest.json.")
        {
            scenario, method, parameters, allAssumptions, outcomes, trajectories, levels, samples, span, clients, months, replications, seed, threads, output, force, shard, lang,
        };
        slurm.AddTo(cmd);
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => Sensitivity(new SensitivityArgs(
            parse.GetValue(scenario)!, parse.GetValue(method)!, parse.GetValue(parameters) ?? [], parse.GetValue(allAssumptions),
            parse.GetValue(outcomes) ?? [], parse.GetValue(trajectories), parse.GetValue(levels), parse.GetValue(samples), parse.GetValue(span),
            parse.GetValue(clients), parse.GetValue(months), parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(threads),
            parse.GetValue(output), parse.GetValue(force), parse.GetValue(lang)) { Shard = parse.GetValue(shard), Slurm = slurm.Read(parse) }, cancel))));
        return cmd;
    }

    public sealed record SensitivityArgs(string Scenario, string Method, string[] Params, bool AllAssumptions, string[] Outcomes, int Trajectories,
        int Levels, int Samples, double Span, int? Clients, int? Months, int Replications, ulong? Seed, int Threads, string? Out, bool Force,
        string? Lang = null)
    {
        public string? Shard { get; init; }
        public SlurmOptions Slurm { get; init; } = new();
    }

    private static IEnumerable<string> SplitList(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static int Sensitivity(SensitivityArgs a, CancellationToken cancel)
    {
        var method = a.Method.ToLowerInvariant() switch
        {
            "morris" => SensitivityMethod.Morris,
            "sobol" => SensitivityMethod.Sobol,
            _ => throw new InputException($"--method: expected morris or sobol, got '{a.Method}'"),
        };
        CommonOptions.CheckThreads(a.Threads);
        var labels = Labels.For(a.Lang);
        if (a.Replications < 1) throw new InputException($"--replications: expected an integer of at least 1, got {a.Replications}");
        if (a.Trajectories < 2) throw new InputException($"--trajectories: expected at least 2, got {a.Trajectories}");
        if (a.Levels < 2 || a.Levels % 2 != 0) throw new InputException($"--levels: expected an even number of at least 2, got {a.Levels}");
        if (a.Samples < 8) throw new InputException($"--samples: expected at least 8, got {a.Samples}");
        if (!(a.Span > 0 && a.Span <= 1)) throw new InputException($"--span: expected a number in (0, 1], got {a.Span}");
        var names = SplitList(a.Params).ToList();
        if (names.Count > 0 && a.AllAssumptions) throw new InputException("sensitivity: give either --params or --all-assumptions, not both");
        List<FreeParameter> factors;
        if (names.Count > 0)
            factors = [.. names.Select(n => n.Contains('=') ? FreeParameter.Parse(n, continuousOnly: false) : Around(n, a.Span))];
        else if (method == SensitivityMethod.Sobol && !a.AllAssumptions)
            throw new InputException("sensitivity --method sobol: name a small set with --params (Morris first to choose them; cost is samples × (parameters + 2) runs)");
        else factors = [.. SensitivityAnalysis.ScreeningParameters().Select(d => FreeParameter.Around(d, a.Span))];
        var dup = factors.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InputException($"--params: '{dup.Key}' is given twice");
        var outcomeNames = SplitList(a.Outcomes).ToList();
        var outcomes = (outcomeNames.Count > 0 ? outcomeNames : [.. SensitivityOutcome.Defaults]).Select(SensitivityOutcome.Parse).ToList();

        Slurm.Check(a.Slurm, a.Shard);
        var sc = ScenarioLoader.Load(a.Scenario).With(a.Clients ?? 2000, a.Months, a.Seed, a.Replications);
        var experiment = new SensitivityExperiment(a.Scenario, method.ToString().ToLowerInvariant(), [.. factors.Select(f => new Bound(f.Name, f.Low, f.High))],
            [.. outcomes.Select(o => o.Name)], a.Trajectories, a.Levels, a.Samples, sc.Clients, sc.Months, a.Replications, sc.Seed);
        return Pipeline.Execute(experiment, a.Out, a.Force, a.Threads, a.Shard, a.Slurm, labels, [], ConsoleTerminal.Instance, cancel);
    }

    private static Command SensitivityMergeCommand() => PipelineCommands.Merge("sensitivity-merge",
        "Merge the shards of a sensitivity experiment (sensitivity --shard i/n) into the outputs one unsharded run writes.",
        "Output folders of all shards of one sensitivity experiment.", SensitivityExperiment.MergeShards);

    private static FreeParameter Around(string name, double span)
    {
        var def = ParameterRegistry.Find(name) ?? throw new InputException($"--params: unknown parameter '{name}' (run `params` to list them)");
        if (def.Kind is not (ParamKind.Number or ParamKind.Integer))
            throw new InputException($"--params: '{name}' is a true/false or choice parameter; sensitivity varies numbers only");
        return FreeParameter.Around(def, span);
    }

    private static Command CalibrateCommand()
    {
        var scenario = new Argument<string?>("SCENARIO") { Description = "Scenario to calibrate (JSON); its levers, parameters and schedule are kept. Not with --protocol.", Arity = ArgumentArity.ZeroOrOne };
        var panel = new Option<string?>("--panel") { Description = "Observed person-month panel to fit (CSV, or Parquet if the name ends in .parquet): every moment it allows, by month where it has months." };
        var targets = new Option<string?>("--targets") { Description = "Targets file (CSV: moment, value, low, high, source), e.g. scenarios/targets/seed-targets.csv." };
        var free = new Option<string[]>("--free")
        {
            Description = "Parameter to fit, NAME=LOW:HIGH (or NAME for its whole allowed range); repeat for each.",
            AllowMultipleArgumentsPerToken = true,
        };
        var protocol = new Option<string?>("--protocol") { Description = $"Run a calibration protocol (JSON, e.g. {CalibrationProtocol.DefaultFile}): its stages in order, each into OUT/<stage name>, from its scenario, targets, free parameters, scale, budget and seed. Not with SCENARIO, --targets, --panel, --free or the fit's settings." };
        var stage = new Option<int?>("--stage") { Description = "With --protocol: run only this stage (1-based); a later stage reads the previous stage's output in OUT." };
        var parameterSet = new Option<string?>("--parameter-set") { Description = "An earlier stage's parameter-set.csv: a fit without refits of its own writes it to parameter-set.csv with its own parameters re-centred on its estimates." };
        var refitStart = CommonOptions.RefitStart();
        var budget = new Option<int>("--budget") { Description = "Model evaluations for the fit (each runs --replications simulations).", DefaultValueFactory = _ => 150 };
        var clients = new Option<int?>("--clients") { Description = "Clients per simulation. Default: 5,000 (not the scenario's: every evaluation runs it)." };
        var months = new Option<int?>("--months") { Description = "Horizon in months (default: the scenario's)." };
        var replications = new Option<int>("--replications") { Description = "Replications per evaluation (the same ones every time: common random numbers).", DefaultValueFactory = _ => 2 };
        var seed = new Option<ulong?>("--seed") { Description = "Random seed (default: the scenario's)." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Parametric-bootstrap refits for the intervals (0 = no intervals).", DefaultValueFactory = _ => 20 };
        var bootstrapBudget = new Option<int?>("--bootstrap-budget") { Description = "Evaluations per bootstrap refit (each refit repeats the whole search). Default: --budget (the bootstrap replicates the fit)." };
        var starts = new Option<int>("--starts") { Description = "Nelder–Mead runs from the best Latin-hypercube points.", DefaultValueFactory = _ => CalibrationProtocolRun.DefaultStarts };
        var minN = new Option<double>("--min-n") { Description = "Panel moments with fewer observations than this are not fitted.", DefaultValueFactory = _ => CalibrationProtocolRun.DefaultMinN };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad panel rows instead of failing (see `moments`)." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/<scenario>-calibration." };
        var force = CommonOptions.Force();
        var lang = CommonOptions.Lang();
        var shard = new Option<string?>("--shard") { Description = "Fit, then run bootstrap refits i, i+n, … only (i/n, 1-based), for calibrate-merge." };
        var slurm = new SlurmCommands.Options();
        var cmd = new Command("calibrate",
            "Fit free parameters to an observed panel or a targets file (method of simulated moments, Nelder–Mead from Latin-hypercube starts, " +
            "parametric-bootstrap intervals), or the stages of a --protocol. Writes fitted-parameters.csv, fit.csv, trace.csv, bootstrap.csv, parameter-set.csv (the refits re-centred on the estimates), calibrated-scenario.json, fit-report.html, manifest.json.")
        {
            scenario, panel, targets, free, budget, clients, months, replications, seed, bootstrap, bootstrapBudget, starts, minN, lenient, threads, output, force, lang,
            shard, protocol, stage, parameterSet, refitStart,
        };
        slurm.AddTo(cmd);
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() =>
        {
            if (parse.GetValue(protocol) is { } file)
            {
                // The protocol decides what is fitted and how; only where the output goes and how it runs may be given.
                Option[] decided = [panel, targets, free, budget, clients, months, replications, seed, bootstrap, bootstrapBudget, starts, minN, lenient, parameterSet, refitStart];
                if (parse.GetValue(scenario) is not null) throw new InputException("calibrate --protocol: the protocol names the scenario; leave out SCENARIO");
                if (decided.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } given)
                    throw new InputException($"calibrate --protocol: the protocol sets what {given.Name} would; leave it out (edit a copy of {file} to change a stage)");
                return CalibrationProtocolRun.Run(file, parse.GetValue(stage), parse.GetValue(output), parse.GetValue(force), parse.GetValue(threads), parse.GetValue(lang),
                    parse.GetValue(shard), slurm.Read(parse), a => Calibrate(a, cancel), ConsoleTerminal.Instance);
            }
            if (parse.GetValue(stage) is not null) throw new InputException("--stage: only with --protocol FILE");
            if (parse.GetValue(scenario) is not { } path) throw new InputException("calibrate: give a SCENARIO to calibrate, or --protocol FILE");
            return Calibrate(new CalibrateArgs(
                path, parse.GetValue(panel), parse.GetValue(targets), parse.GetValue(free) ?? [], parse.GetValue(budget),
                parse.GetValue(clients), parse.GetValue(months), parse.GetValue(replications), parse.GetValue(seed), parse.GetValue(bootstrap),
                parse.GetValue(bootstrapBudget), parse.GetValue(starts), parse.GetValue(minN), parse.GetValue(lenient), parse.GetValue(threads),
                parse.GetValue(output), parse.GetValue(force), parse.GetValue(lang))
            {
                Shard = parse.GetValue(shard), Slurm = slurm.Read(parse), ParameterSet = parse.GetValue(parameterSet), RefitStart = parse.GetValue(refitStart) ?? "estimate",
            }, cancel);
        })));
        return cmd;
    }

    /// <summary>What calibrate and calibrate-coverage check alike: replications and starts, the free parameters (at least
    /// one, each once) and the evaluations of the fit and of each bootstrap refit.</summary>
    internal static List<FreeParameter> CheckFit(string[] freeTexts, int budget, int? bootstrapBudget, int replications, int starts)
    {
        if (replications < 1) throw new InputException($"--replications: expected an integer of at least 1, got {replications}");
        if (starts < 1) throw new InputException($"--starts: expected 1 or more, got {starts}");
        var free = freeTexts.Select(f => FreeParameter.Parse(f)).ToList();
        if (free.Count == 0) throw new InputException("give at least one --free NAME=LOW:HIGH");
        var dup = free.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InputException($"--free: '{dup.Key}' is given twice");
        if (budget < free.Count + 2) throw new InputException($"--budget: expected at least {free.Count + 2} evaluations for {free.Count} free parameter(s), got {budget}");
        int bootBudget = bootstrapBudget ?? budget;
        if (bootBudget < 2) throw new InputException($"--bootstrap-budget: expected at least 2, got {bootBudget}");
        return free;
    }

    public static int Calibrate(CalibrateArgs a, CancellationToken cancel)
    {
        if ((a.Panel is null) == (a.Targets is null)) throw new InputException("calibrate: give exactly one of --panel FILE or --targets FILE");
        CommonOptions.CheckThreads(a.Threads);
        var labels = Labels.For(a.Lang);
        if (a.Bootstrap < 0) throw new InputException($"--bootstrap: expected 0 or more, got {a.Bootstrap}");
        CheckFit(a.Free, a.Budget, a.BootstrapBudget, a.Replications, a.Starts);
        Slurm.Check(a.Slurm, a.Shard);
        if (a.Slurm.Active && a.Bootstrap < 1) throw new InputException("calibrate --slurm: the cluster runs the bootstrap refits; give --bootstrap of at least 1");
        return Pipeline.Execute(new CalibrateExperiment(a.Experiment), a.Out, a.Force, a.Threads, a.Shard, a.Slurm, labels, [], ConsoleTerminal.Instance, cancel);
    }

    private static Command MomentsCommand()
    {
        var panel = new Argument<string>("PANEL") { Description = "Person-month panel, CSV or Parquet (chosen by the extension .parquet): person_id, month, status and any of the optional columns." };
        var output = new Option<string?>("--out") { Description = "Write the moments to this CSV file (default: standard output)." };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad rows (and restart a person's history after a gap) instead of failing; reports how many and why." };
        var force = new Option<bool>("--force") { Description = "Replace an existing --out file." };
        var cmd = new Command("moments", "Compute the calibration moments of a panel, CSV or Parquet (tidy CSV: moment, month, band, value, n).")
        {
            panel, output, lenient, force,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => Moments(
            parse.GetValue(panel)!, parse.GetValue(output), parse.GetValue(lenient), parse.GetValue(force), cancel))));
        return cmd;
    }

    /// <summary>The first line of a moments file: <c>--force</c> replaces only a file that starts with it.</summary>
    private const string MomentsHeader = "moment,month,band,value,n";

    /// <summary>The moments file may not be the panel itself, nor replace a file this program did not write.</summary>
    private static void CheckMomentsOut(string panelPath, string outPath, bool force)
    {
        if (string.IsNullOrWhiteSpace(outPath)) throw new InputException("--out: expected a file path, got an empty string");
        string full = Path.GetFullPath(outPath);
        if (full == Path.GetFullPath(panelPath)) throw new InputException($"--out {outPath}: is the panel being read; choose another file");
        if (Directory.Exists(full)) throw new InputException($"--out {outPath}: is a folder; expected a file name such as moments.csv");
        if (!File.Exists(full)) return;
        if (!force) throw new InputException($"{outPath}: file exists; pass --force to replace it, or choose another --out");
        string first;
        using (var reader = new StreamReader(full)) first = reader.ReadLine() ?? "";
        if (first.Trim() != MomentsHeader)
            throw new InputException($"{outPath}: will not replace this file: it is not a moments file written by this program (its first line is not \"{MomentsHeader}\")");
    }

    public static int Moments(string panelPath, string? outPath, bool lenient, bool force, CancellationToken cancel)
    {
        if (outPath is not null) CheckMomentsOut(panelPath, outPath, force);
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
        OutputFile.Replace(outPath, result.Moments.WriteCsv);
        foreach (var line in result.Report.Lines()) Console.WriteLine(line);
        Console.WriteLine($"wrote {result.Moments.Count:N0} moments to {outPath}");
        return 0;
    }
}
