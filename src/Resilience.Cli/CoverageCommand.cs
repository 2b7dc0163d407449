using System.CommandLine;
using System.Globalization;
using Resilience.Analysis.Calibration;
using Resilience.Experiments;
using Resilience.IO;

namespace Resilience.Cli;

/// <summary><c>calibrate-coverage</c>: repeated parameter recovery from simulated panels with known truth, to measure
/// how often the calibration's 95% intervals contain the truth (README, "Parameter recovery").</summary>
public static class CoverageCommand
{
    public sealed record Args(string Scenario, string[] Free, string[] Truth, int Trials, int Clients, int Months, int Budget, int Replications,
        int Bootstrap, int? BootstrapBudget, int Starts, double MinN, ulong? Seed, int Threads, string? Out, bool Force)
    {
        public string? Shard { get; init; }
        public SlurmOptions Slurm { get; init; } = new();
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
        var shard = new Option<string?>("--shard") { Description = "Run shard i of n (i/n, 1-based): the trials whose number mod n is i − 1, for merge." };
        var refitStart = CommonOptions.RefitStart();
        var slurm = new SlurmCommands.Options();
        var cmd = new Command("calibrate-coverage",
            "Measure the coverage of calibrate's 95% intervals: simulate observed panels with known true values, calibrate each as `calibrate --panel` does, " +
            "and count how often each true value lies inside its interval. Writes coverage.csv, summary.csv, trials.csv, refits.csv, manifest.json.")
        {
            scenario, free, truth, trials, clients, months, budget, replications, bootstrap, bootstrapBudget, starts, minN, seed, threads, output, force, shard, refitStart,
        };
        slurm.AddTo(cmd);
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => Run(new Args(
            parse.GetValue(scenario)!, parse.GetValue(free) ?? [], parse.GetValue(truth) ?? [], parse.GetValue(trials), parse.GetValue(clients),
            parse.GetValue(months), parse.GetValue(budget), parse.GetValue(replications), parse.GetValue(bootstrap), parse.GetValue(bootstrapBudget),
            parse.GetValue(starts), parse.GetValue(minN), parse.GetValue(seed), parse.GetValue(threads), parse.GetValue(output), parse.GetValue(force))
            { Shard = parse.GetValue(shard), Slurm = slurm.Read(parse), RefitStart = parse.GetValue(refitStart) ?? "estimate" }, cancel))));
        return cmd;
    }

    public static int Run(Args a, CancellationToken cancel)
    {
        CommonOptions.CheckThreads(a.Threads);
        if (a.Trials < 1) throw new InputException($"--trials: expected 1 or more, got {a.Trials}");
        if (a.Clients < 1) throw new InputException($"--clients: expected 1 or more, got {a.Clients}");
        if (a.Bootstrap < 2) throw new InputException($"--bootstrap: expected at least 2 refits (an interval needs them), got {a.Bootstrap}");
        var free = AnalysisCommands.CheckFit(a.Free, a.Budget, a.BootstrapBudget, a.Replications, a.Starts);
        var truth = ParseTruth(a.Truth, free);
        int bootBudget = a.BootstrapBudget ?? a.Budget;

        Slurm.Check(a.Slurm, a.Shard);
        var sc = ScenarioLoader.Load(a.Scenario).With(a.Clients, a.Months, a.Seed, a.Replications);
        var experiment = new CoverageExperiment(a.Scenario, a.Free, truth, a.Trials, sc.Clients, sc.Months, a.Budget, a.Replications, a.Bootstrap, bootBudget,
            a.Starts, a.MinN, sc.Seed) { RefitStart = a.RefitStart };
        return Pipeline.Execute(experiment, a.Out, a.Force, a.Threads, a.Shard, a.Slurm, Labels.English, [], ConsoleTerminal.Instance, cancel);
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
                throw new InputException($"--truth {text}: expected NAME=VALUE with a number, e.g. {name}={ConsoleTerminal.G((free[i].Low + free[i].High) / 2)}");
            if (v < free[i].Low || v > free[i].High)
                throw new InputException($"--truth {text}: the true value must lie within the bounds of --free {name}, {ConsoleTerminal.G(free[i].Low)} to {ConsoleTerminal.G(free[i].High)}");
            if (seen[i]) throw new InputException($"--truth: '{name}' is given twice");
            (truth[i], seen[i]) = (v, true);
        }
        int missing = Array.IndexOf(seen, false);
        if (missing >= 0) throw new InputException($"--truth: give the true value of every --free parameter; missing {free[missing].Name}");
        return truth;
    }
}
