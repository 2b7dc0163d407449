using System.CommandLine;
using System.Globalization;
using Resilience.Analysis.Search;
using Resilience.Experiments;
using Resilience.IO;

namespace Resilience.Cli;

/// <summary>The <c>search</c> command (issue 24): its options and checks; the experiment is
/// <see cref="SearchExperiment"/>.</summary>
public static class SearchCommand
{
    /// <summary>The <c>search</c> command.</summary>
    public static Command Build()
    {
        var baseline = new Argument<string>("BASELINE") { Description = "Baseline scenario file: packages are compared with it." };
        var levers = new Option<string[]>("--levers") { Description = "Lever space: NAME=LOW:HIGH (a range) or NAME=A|B|C (choices), repeatable or a comma list; levers from `params`.", Required = true };
        var goals = new Option<string[]>("--goal") { Description = "A goal on an effect against the baseline: OUTCOME<=VALUE or OUTCOME>=VALUE, % for a change relative to the baseline (\"crisis_share<=-20%\", \"lasting_exits>=0\"); repeatable. Outcomes: compare's keys or lasting_exits, crisis_share, debt_share, cost …" };
        var minimise = new Option<string>("--minimise") { Description = "The outcome whose effect to minimise (default cost: cost_total, € per client over the run).", DefaultValueFactory = _ => "cost" };
        var caseload = CommonOptions.Caseload();
        var budget = new Option<double?>("--budget") { Description = "Most extra cost a year (€) for --caseload clients: caseload × cost_total's effect ÷ (months ÷ 12) must stay within it." };
        var clients = new Option<int?>("--clients") { Description = "Initial caseload size at full fidelity (default: the baseline's); generations run about a quarter of it, with the same coaches per client." };
        var months = new Option<int?>("--months") { Description = "Horizon in months (default: the baseline's)." };
        var replications = new Option<int?>("--replications") { Description = "Replications at full fidelity (default: the baseline's); generations run half." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the runs and of the search (default: the baseline's)." };
        var draws = new Option<int>("--draws") { Description = $"Prior draws (worlds) the front is tested over, as compare --uncertainty full draws them; 0: no robustness test.", DefaultValueFactory = _ => SearchSettings.DefaultDraws };
        var parameterSet = CommonOptions.ParameterSet();
        var generations = new Option<int>("--generations") { Description = "NSGA-II generations.", DefaultValueFactory = _ => SearchSettings.DefaultGenerations };
        var population = new Option<int>("--population") { Description = "NSGA-II population (even, at least 4).", DefaultValueFactory = _ => SearchSettings.DefaultPopulation };
        var output = new Option<string?>("--out") { Description = "Output folder. Default: output/search-<baseline>, which a new search replaces if this program wrote it." };
        var force = CommonOptions.Force();
        var threads = CommonOptions.Threads();
        var lang = CommonOptions.Lang();
        var cmd = new Command("search", "Search the lever space for packages that reach the goals at least cost (NSGA-II), test the front over the priors' draws and find where the best fail (PRIM): search.json, pareto.csv, robustness.csv, discovery.csv, manifest.json.")
        {
            baseline, levers, goals, minimise, caseload, budget, clients, months, replications, seed, draws, parameterSet, generations, population, output, force, threads, lang,
        };
        var slurm = new SlurmCommands.Options();
        slurm.AddTo(cmd);
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() =>
        {
            CommonOptions.CheckThreads(parse.GetValue(threads));
            var scenario = ScenarioLoader.Load(parse.GetValue(baseline)!).With(parse.GetValue(clients), parse.GetValue(months), parse.GetValue(seed), parse.GetValue(replications));
            int g = parse.GetValue(generations), p = parse.GetValue(population), d = parse.GetValue(draws);
            if (g is < 0 or > 1000) throw new InputException($"--generations: expected an integer from 0 to 1000, got {g}");
            if (p < 4 || p > 1000 || p % 2 != 0) throw new InputException($"--population: expected an even integer from 4 to 1000, got {p}");
            if (d is < 0 or > 10_000 || d == 1) throw new InputException($"--draws: expected 0 (no robustness test) or an integer from 2 to 10000, got {d}");
            if (parse.GetValue(parameterSet) is not null && d == 0) throw new InputException("--parameter-set: the draws use it; give --draws K too");
            var cluster = slurm.Read(parse);
            Slurm.Check(cluster, null);
            if (cluster.DryRun) throw new InputException("search --slurm-dry-run: a search needs each generation's results before it can write the next batch; use --slurm");
            var e = new SearchExperiment(parse.GetValue(baseline)!, parse.GetValue(levers) ?? [], parse.GetValue(goals) ?? [], parse.GetValue(minimise)!,
                scenario.Clients, scenario.Months, scenario.Replications, scenario.Seed, parse.GetValue(caseload), parse.GetValue(budget), d, g, p, parse.GetValue(parameterSet));
            e.Load(); // refuses bad levers, goals and budgets before anything runs
            if (d > 0) ParameterSets.Full(2, e.ParameterSet, e.Seed); // refuses a missing parameter set before anything runs
            if (cluster.Active)
                return e.RunOnCluster(cluster, parse.GetValue(output), parse.GetValue(threads), Labels.For(parse.GetValue(lang)), [.. parse.Tokens.Select(t => t.Value)], ConsoleTerminal.Instance, cancel);
            return Pipeline.Execute(e, parse.GetValue(output), parse.GetValue(force), parse.GetValue(threads), null, cluster,
                Labels.For(parse.GetValue(lang)), [.. parse.Tokens.Select(t => t.Value)], ConsoleTerminal.Instance, cancel);
        })));
        return cmd;
    }
}

/// <summary>What a search prints: whether the goals were reached, and the best packages with their key effects.</summary>
public static class SearchTerminal
{
    /// <summary>Packages printed.</summary>
    public const int Shown = 5;

    public static string Summary(SearchResult r)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new System.Text.StringBuilder();
        var shown = r.Packages.Take(Shown).ToList();
        if (r.Reachable) sb.AppendLine($"{r.Packages.Count(p => p.Full && p.MeetsGoals)} package(s) reach every goal{(r.Problem.Budget is null ? "" : " within the budget")}; the cheapest by {r.Problem.Minimise.Name} first:");
        else sb.AppendLine($"No package within the levers' ranges reaches every goal{(r.Problem.Budget is null ? "" : " within the budget")} (reachable: false). The closest packages:");
        foreach (var p in shown)
        {
            sb.Append($"  {p.Id} ({p.Evaluation()}, front {p.Front}{(p.MeetsGoals ? ", meets the goals" : "")}): {PolicySearch.Key(r.Problem, p.Levers)}\n     ");
            sb.AppendLine(string.Join("; ", r.Problem.Outcomes.Select((o, k) => $"{o.Name} {p.Effects[k].Estimate.ToString("+0.####;-0.####;0", inv)} [{p.Effects[k].Low.ToString("0.####", inv)}, {p.Effects[k].High.ToString("0.####", inv)}]")));
        }
        if (r.Robust.Count > 0)
        {
            sb.AppendLine($"Over {r.Robust[0].Worlds} draws of the uncertain parameters:");
            foreach (var x in r.Robust.Take(Shown))
                sb.AppendLine($"  {x.Package.Id}: meets every goal in {(x.ShareMeetingGoals * 100).ToString("0", inv)}% of worlds, mean regret {x.MeanRegret.ToString("0.##", inv)} ({r.Problem.Minimise.Unit})");
        }
        foreach (var b in r.Discovery) sb.AppendLine("  " + b.Description);
        if (r.RankCorrelation is double rho && double.IsFinite(rho))
            sb.AppendLine($"Cheap against full fidelity on the front: rank correlation {rho.ToString("0.00", inv)} on {r.Problem.Minimise.Name}.");
        return sb.ToString();
    }

    private static string Evaluation(this Package p) => p.Full ? "full" : "cheap";
}
