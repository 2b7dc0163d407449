using System.CommandLine;
using System.Globalization;
using Resilience.Analysis.Calibration;
using Resilience.IO;
using Spectre.Console;

namespace Resilience.Cli;

/// <summary><c>calibrate-coverage</c>: repeated parameter recovery from simulated panels with known truth, to measure
/// how often the calibration's 95% intervals contain the truth (README, "Parameter recovery").</summary>
public static class CoverageCommand
{
    public sealed record Args(string Scenario, string[] Free, string[] Truth, int Trials, int Clients, int Months, int Budget, int Replications,
        int Bootstrap, int? BootstrapBudget, int Starts, double MinN, ulong? Seed, int Threads, string? Out, bool Force)
    {
        /// <summary>Where the refits start: estimate or start (<see cref="CalibrationSettings.RefitsFromEstimate"/>).</summary>
        public string RefitStart { get; init; } = "estimate";
    }

    public static Command Create()
    {
        var scenario = new Argument<string>("SCENARIO")
        {
            Description = $"Scenario (JSON) whose values are the start of every fit.",
            Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => Cli.DefaultScenario,
        };
        var free = new Option<string[]>("--free")
        {
            Description = "Parameter to recover, NAME=LOW:HIGH (the bounds of the fit); repeat for each.", AllowMultipleArgumentsPerToken = true, Required = true,
        };
        var truth = new Option<string[]>("--truth")
        {
            Description = "True value of each free parameter, NAME=VALUE (within its bounds): the observed panels are simulated with it.",
            AllowMultipleArgumentsPerToken = true, Required = true,
        };
        var trials = new Option<int>("--trials") { Description = "Recovery trials (each: a fresh observed panel and a whole calibration with its bootstrap).", DefaultValueFactory = _ => 100 };
        var clients = new Option<int>("--clients") { Description = "Clients of each observed panel and of each simulation of the fit.", DefaultValueFactory = _ => 2000 };
        var months = new Option<int>("--months") { Description = "Months observed and simulated.", DefaultValueFactory = _ => 36 };
        var budget = new Option<int>("--budget") { Description = "Model evaluations for each fit.", DefaultValueFactory = _ => 80 };
        var replications = new Option<int>("--replications") { Description = "Replications per evaluation.", DefaultValueFactory = _ => 1 };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Parametric-bootstrap refits per trial.", DefaultValueFactory = _ => 12 };
        var bootstrapBudget = new Option<int?>("--bootstrap-budget") { Description = "Evaluations per bootstrap refit. Default: --budget, as calibrate." };
        var starts = new Option<int>("--starts") { Description = "Nelder–Mead runs from the best Latin-hypercube points.", DefaultValueFactory = _ => 3 };
        var minN = new Option<double>("--min-n") { Description = "Panel moments with fewer observations than this are not fitted.", DefaultValueFactory = _ => 30 };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the trials' seeds (default: the scenario's)." };
        var threads = CommonOptions.Threads();
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/<scenario>-coverage." };
        var force = CommonOptions.Force();
        var refitStart = CommonOptions.RefitStart();
        var cmd = new Command("calibrate-coverage",
            "Measure the coverage of calibrate's 95% intervals: simulate observed panels with known true values, calibrate each as `calibrate --panel` does, " +
            "and count how often each true value lies inside its interval. Writes coverage.csv, summary.csv, trials.csv, refits.csv, manifest.json.")
        {
            scenario, free, truth, trials, clients, months, budget, replications, bootstrap, bootstrapBudget, starts, minN, seed, threads, output, force, refitStart,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => Run(new Args(
            parse.GetValue(scenario)!, parse.GetValue(free) ?? [], parse.GetValue(truth) ?? [], parse.GetValue(trials), parse.GetValue(clients),
            parse.GetValue(months), parse.GetValue(budget), parse.GetValue(replications), parse.GetValue(bootstrap), parse.GetValue(bootstrapBudget),
            parse.GetValue(starts), parse.GetValue(minN), parse.GetValue(seed), parse.GetValue(threads), parse.GetValue(output), parse.GetValue(force))
            { RefitStart = parse.GetValue(refitStart) ?? "estimate" }, cancel))));
        return cmd;
    }

    public static int Run(Args a, CancellationToken cancel)
    {
        CommonOptions.CheckThreads(a.Threads);
        if (a.Trials < 1) throw new InputException($"--trials: expected 1 or more, got {a.Trials}");
        if (a.Clients < 1) throw new InputException($"--clients: expected 1 or more, got {a.Clients}");
        if (a.Replications < 1) throw new InputException($"--replications: expected an integer of at least 1, got {a.Replications}");
        if (a.Bootstrap < 2) throw new InputException($"--bootstrap: expected at least 2 refits (an interval needs them), got {a.Bootstrap}");
        if (a.Starts < 1) throw new InputException($"--starts: expected 1 or more, got {a.Starts}");
        var free = a.Free.Select(f => FreeParameter.Parse(f)).ToList();
        var dup = free.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InputException($"--free: '{dup.Key}' is given twice");
        if (a.Budget < free.Count + 2) throw new InputException($"--budget: expected at least {free.Count + 2} evaluations for {free.Count} free parameter(s), got {a.Budget}");
        var truth = ParseTruth(a.Truth, free);
        int bootBudget = a.BootstrapBudget ?? a.Budget;
        if (bootBudget < 2) throw new InputException($"--bootstrap-budget: expected at least 2, got {bootBudget}");

        var sc = ScenarioLoader.Load(a.Scenario).With(a.Clients, a.Months, a.Seed, a.Replications);
        string outDir = a.Out ?? Path.Combine("output", Path.GetFileNameWithoutExtension(a.Scenario) + "-coverage");
        using var folder = OutputFolder.Create(outDir, a.Force, [.. sc.ExtendsChain], isDefault: a.Out is null);
        var start = DateTimeOffset.Now;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var settings = new CalibrationSettings
        {
            Budget = a.Budget, Replications = a.Replications, Seed = sc.Seed, Threads = a.Threads, Starts = a.Starts, Bootstrap = a.Bootstrap,
            BootstrapBudget = bootBudget, RefitsFromEstimate = a.RefitStart != "start",
        };
        var coverage = new RecoveryCoverage(sc.ToRunSpec(1), free, truth, settings, a.Trials, a.MinN);
        IReadOnlyList<CoverageTrial>? done = null;
        Progress.Run($"calibrate-coverage {sc.Name}: {a.Trials} recovery trials of {free.Count} parameter(s), {sc.Clients:N0} clients × {sc.Months} months",
            (int)Math.Min(int.MaxValue, coverage.MaxEvaluations), report => done = coverage.Run(cancel, AnalysisCommands.Counter(report)), unit: "evaluations (at most)");
        cancel.ThrowIfCancellationRequested();
        coverage.Write(folder, done!, a.Scenario, start, clock.Elapsed);
        cancel.ThrowIfCancellationRequested();
        folder.Commit();

        var table = new Table().AddColumns("parameter", "truth", "intervals", "covered", "coverage", "95% interval of the coverage");
        var rows = coverage.Rows(done!);
        foreach (var s in RecoveryCoverage.Summarise(rows))
        {
            int i = free.FindIndex(f => f.Name == s.Parameter);
            table.AddRow(Markup.Escape(s.Parameter), i >= 0 ? G(truth[i]) : "", s.Intervals.ToString(CultureInfo.InvariantCulture),
                s.Covered.ToString(CultureInfo.InvariantCulture), Pct(s.Coverage), $"{Pct(s.Low)} – {Pct(s.High)}");
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"{a.Trials} trials, {done!.Sum(t => t.Result.Simulations):N0} simulations in {clock.Elapsed.TotalMinutes:F1} min; wrote {folder.Target}");
        return 0;
    }

    private static double[] ParseTruth(string[] given, IReadOnlyList<FreeParameter> free)
    {
        var truth = new double[free.Count];
        var seen = new bool[free.Count];
        foreach (var text in given)
        {
            int eq = text.IndexOf('=');
            string name = eq >= 0 ? text[..eq].Trim() : text.Trim();
            int i = free.ToList().FindIndex(f => f.Name == name);
            if (i < 0) throw new InputException($"--truth {text}: '{name}' is not a --free parameter");
            if (eq < 0 || !double.TryParse(text[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                throw new InputException($"--truth {text}: expected NAME=VALUE with a number, e.g. {name}={G((free[i].Low + free[i].High) / 2)}");
            if (v < free[i].Low || v > free[i].High)
                throw new InputException($"--truth {text}: the true value must lie within the bounds of --free {name}, {G(free[i].Low)} to {G(free[i].High)}");
            if (seen[i]) throw new InputException($"--truth: '{name}' is given twice");
            (truth[i], seen[i]) = (v, true);
        }
        int missing = Array.IndexOf(seen, false);
        if (missing >= 0) throw new InputException($"--truth: give the true value of every --free parameter; missing {free[missing].Name}");
        return truth;
    }

    private static string G(double v) => double.IsFinite(v) ? v.ToString("G4", CultureInfo.InvariantCulture) : "–";
    private static string Pct(double v) => double.IsFinite(v) ? (100 * v).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";
}
