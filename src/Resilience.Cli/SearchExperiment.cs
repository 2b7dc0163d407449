using System.CommandLine;
using System.Globalization;
using Resilience.Analysis;
using Resilience.Analysis.Search;
using Resilience.IO;

namespace Resilience.Cli;

/// <summary>
/// <c>search</c> as an experiment (issue 24): which package of levers reaches the goals at least cost, how robust it is
/// over the priors' draws, and in which assumptions it fails. The search, its outputs and its parsing live in
/// Resilience.Analysis.Search; this record holds the choices that decide the result. Its generations depend on each
/// other, so it is one unit of work here; with <c>--slurm</c> (<see cref="RunOnCluster"/>) each batch of packages is an
/// experiment of its own (<see cref="SearchBatchExperiment"/>) run as a job array.
/// </summary>
public sealed record SearchExperiment(string Baseline, string[] Levers, string[] Goals, string Minimise, int Clients, int Months, int Replications,
    ulong Seed, int? Caseload, double? Budget, int Draws, int Generations, int Population, string? ParameterSet) : Experiment
{
    public override string Command => "search";
    public override int Units => 1;
    public override double ClientMonths => (double)Clients * Months * Replications * Population * (Generations + 1);
    private string Stem => Path.GetFileNameWithoutExtension(Baseline);
    public override string DefaultOut => Path.Combine("output", "search-" + Stem);
    public override string ShardOut(int index, int count) => DefaultOut;
    public override IReadOnlyList<string> Inputs() => [.. ScenarioLoader.Load(Baseline).ExtendsChain, .. Draws > 0 ? new[] { ParameterSet ?? CommonOptions.DefaultParameterSet } : []];

    /// <summary>The baseline at the experiment's sizes and seed, and the problem (refuses bad levers, goals and budgets).</summary>
    public (Scenario Baseline, SearchProblem Problem) Load()
    {
        var baseline = ScenarioLoader.Load(Baseline).With(Clients, Months, Seed, Replications);
        return (baseline, SearchProblem.Parse(Levers, Goals, Minimise, Caseload, Budget, Months));
    }

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, CancellationToken cancel)
    {
        var (baseline, problem) = Load();
        var draws = Draws > 0 ? CommonOptions.FullDraws(Draws, ParameterSet, Seed) : null;
        using var folder = OutputFolder.Create(outDir, force, Inputs(), isDefault);
        var start = DateTimeOffset.Now;
        var result = PolicySearch.Run(baseline, problem, new SearchSettings(Population, Generations, Draws), draws, threads, Console.WriteLine, cancel);
        cancel.ThrowIfCancellationRequested();
        string command = string.Join(' ', Cli.RerunCommand(commandLine));
        SearchOutputs.Write(folder, new SearchRequest(Baseline, Clients, Months, Replications, Seed, Caseload, Budget, Draws, command), result);
        Manifest(result, draws, commandLine, threads, start).Write(folder);
        // The search report page (report helper's branch, issue 24 item 4) is written here once it lands:
        // SearchReport.Write(folder.Temp, labels);
        folder.Commit();
        Console.Write(SearchTerminal.Summary(result));
        Console.WriteLine(labels.T("terminal.wroteFolder", folder.Target));
        return 0;
    }

    private Manifest Manifest(SearchResult r, ParameterDraws? draws, IReadOnlyList<string> commandLine, int threads, DateTimeOffset start)
    {
        var m = new Manifest("search").Add("baseline", Baseline).Add("clients", Clients).Add("months", Months).Add("replications", Replications)
            .Add("seed", Seed).Add("cheapClients", r.CheapClients).Add("cheapReplications", r.CheapReplications)
            .Add("population", Population).Add("generations", Generations).Add("evaluations", r.Evaluations)
            .Add("runs", r.CheapRuns + r.FullRuns + r.DrawRuns).Add("cheapRuns", r.CheapRuns).Add("fullRuns", r.FullRuns).Add("drawRuns", r.DrawRuns)
            .Add("draws", Draws).Add("secondsCheap", Math.Round(r.Seconds.Cheap, 1)).Add("secondsFull", Math.Round(r.Seconds.Full, 1))
            .Add("secondsDraws", Math.Round(r.Seconds.Draws, 1));
        if (draws is not null) m.Add("parameterSetHash", draws.Hash);
        if (r.RankCorrelation is double rho && double.IsFinite(rho)) m.Add("cheapFullRankCorrelation", Math.Round(rho, 4)); else m.AddNull("cheapFullRankCorrelation");
        return m.Add("reachable", r.Reachable).Add("files", ["search.json", "pareto.csv", "robustness.csv", "discovery.csv"])
            .Add("commandLine", commandLine).Add("threads", threads).Provenance(start, DateTimeOffset.Now - start);
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, CancellationToken cancel) =>
        throw new InputException("search has no --shard: its generations depend on each other; with --slurm each generation's packages run as a job array");

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels) =>
        throw new InputException("search writes no shards to merge; with --slurm each generation's batch is merged by its own job");

    /// <summary><c>search --slurm</c>: this process drives the search and sends every batch of packages (each generation
    /// at cheap fidelity, the front at full fidelity, the front over the draws) to the cluster as a job array over the
    /// batch's replications with a merge job (<see cref="SearchBatchExperiment"/>, through the one executor's
    /// <c>shard</c> and <c>merge</c>), waits for it and goes on; the outputs go to JOB/result. The search is
    /// deterministic, so <c>--resume</c> after an interruption makes the same batches: those complete are read back,
    /// the others submitted again (only their missing shards).</summary>
    public int RunOnCluster(SlurmOptions slurm, string? outDir, int threads, Labels labels, IReadOnlyList<string> commandLine, CancellationToken cancel)
    {
        string job = Path.GetFullPath(outDir ?? DefaultOut);
        if (!slurm.Resume && Directory.Exists(job) && Directory.EnumerateFileSystemEntries(job).Any())
            throw new InputException($"{outDir ?? DefaultOut}: the job folder exists; pass --resume to complete it, or choose another --out");
        var (baseline, problem) = Load();
        var draws = Draws > 0 ? CommonOptions.FullDraws(Draws, ParameterSet, Seed) : null;
        int batch = 0;
        BatchValues Remote(SearchEvaluator ev, IReadOnlyList<IReadOnlyList<double>> packages)
        {
            var e = new SearchBatchExperiment(Baseline, [.. problem.Levers.Select(l => l.Def.Name)], [.. packages.Select(p => p.ToArray())],
                [.. problem.Outcomes.Select(o => o.Name)], ev.Scenario.Clients, ev.Scenario.Months, ev.Scenario.Replications, Seed,
                ev.Draws is null ? 0 : Draws, ParameterSet);
            string dir = Path.Combine(job, $"batch-{++batch:000}-{ev.Name}");
            var o = slurm with { Wait = true, Resume = Directory.Exists(dir), Shards = slurm.Shards is int n ? Math.Min(n, e.Units) : null };
            int code = Slurm.Run(new SlurmPlan(e.Command, ["shard"], "merge", e.Units, e.ClientMonths, e.ToJson()), o, dir);
            if (code != 0) throw new BatchFailed(code, dir);
            return SearchEvaluator.ReadValues([Path.Combine(dir, "result", SearchEvaluator.ValuesFile)], packages.Count, problem.Outcomes.Count, ev.Scenario.Replications);
        }
        try
        {
            var start = DateTimeOffset.Now;
            var result = PolicySearch.Run(baseline, problem, new SearchSettings(Population, Generations, Draws), draws, threads, Console.WriteLine, cancel, Remote);
            using var folder = OutputFolder.Create(Path.Combine(job, "result"), slurm.Resume, Inputs());
            SearchOutputs.Write(folder, new SearchRequest(Baseline, Clients, Months, Replications, Seed, Caseload, Budget, Draws, string.Join(' ', Cli.RerunCommand(commandLine))), result);
            Manifest(result, draws, commandLine, threads, start).Add("batches", batch).Write(folder);
            // SearchReport.Write(folder.Temp, labels); once the report helper's branch lands (see RunLocal).
            folder.Commit();
            Console.Write(SearchTerminal.Summary(result));
            Console.WriteLine(labels.T("terminal.wroteFolder", folder.Target));
            return 0;
        }
        catch (BatchFailed f)
        {
            Console.Error.WriteLine($"search: the batch in {f.Dir} did not complete; fix the cause and rerun with --resume (completed batches are kept)");
            return f.Code;
        }
    }

    private sealed class BatchFailed(int code, string dir) : Exception
    {
        public int Code { get; } = code;
        public string Dir { get; } = dir;
    }

    /// <summary>The <c>search</c> command.</summary>
    public static Command Build()
    {
        var baseline = new Argument<string>("BASELINE") { Description = "Baseline scenario file: packages are compared with it." };
        var levers = new Option<string[]>("--levers") { Description = "Lever space: NAME=LOW:HIGH (a range) or NAME=A|B|C (choices), repeatable or a comma list; levers from `params`.", Required = true };
        var goals = new Option<string[]>("--goal") { Description = "A goal on an effect against the baseline: OUTCOME<=VALUE or OUTCOME>=VALUE, % for a change relative to the baseline (\"crisis_share<=-20%\", \"lasting_exits>=0\"); repeatable. Outcomes: compare's keys or lasting_exits, crisis_share, debt_share, cost …" };
        var minimise = new Option<string>("--minimise") { Description = "The outcome whose effect to minimise (default cost: cost_total, € per client over the run).", DefaultValueFactory = _ => "cost" };
        var caseload = CommonOptions.Caseload();
        var budget = new Option<double?>("--budget") { Description = "Most extra cost a year (€) for --caseload clients: caseload × cost_total's effect ÷ (months ÷ 12) must stay within it." };
        var clients = new Option<int?>("--clients") { Description = "Initial caseload size at full fidelity (default: the baseline's); generations run a quarter of it." };
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
        var slurm = new Slurm.Options();
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
            if (d > 0) CommonOptions.FullDraws(2, e.ParameterSet, e.Seed); // refuses a missing parameter set before anything runs
            if (cluster.Active)
                return e.RunOnCluster(cluster, parse.GetValue(output), parse.GetValue(threads), Labels.For(parse.GetValue(lang)), [.. parse.Tokens.Select(t => t.Value)], cancel);
            return Pipeline.Execute(e, parse.GetValue(output), parse.GetValue(force), parse.GetValue(threads), null, cluster,
                Labels.For(parse.GetValue(lang)), [.. parse.Tokens.Select(t => t.Value)], cancel);
        })));
        return cmd;
    }
}

/// <summary>
/// One batch of a search on the cluster: the baseline and the packages (lever values in <see cref="Levers"/> order)
/// at one fidelity, or over the draws (<see cref="Draws"/> &gt; 0: replication r is world r of the priors' Latin
/// hypercube from the seed, as <c>compare --uncertainty full</c> draws it). The units of work are the replications;
/// a shard writes the values of its replications, the merge all of them (<see cref="SearchEvaluator.ValuesFile"/>),
/// exactly as one machine computes them.
/// </summary>
public sealed record SearchBatchExperiment(string Baseline, string[] Levers, double[][] Packages, string[] Outcomes, int Clients, int Months,
    int Replications, ulong Seed, int Draws, string? ParameterSet) : Experiment
{
    public override string Command => "search-batch";
    public override int Units => Replications;
    public override double ClientMonths => (Packages.Length + 1.0) * Replications * Clients * Months;
    public override string DefaultOut => Path.Combine("output", "search-batch");
    public override string ShardOut(int index, int count) => Path.Combine("output", $"search-batch-shard-{index}-of-{count}");
    public override IReadOnlyList<string> Inputs() => [.. ScenarioLoader.Load(Baseline).ExtendsChain, .. Draws > 0 ? new[] { ParameterSet ?? CommonOptions.DefaultParameterSet } : []];

    private SearchEvaluator Evaluator(int threads)
    {
        var scenario = ScenarioLoader.Load(Baseline).With(Clients, Months, Seed, Replications);
        // The batch reads exactly the outcomes the search asked for, in its order; levers are set, never parsed here.
        var problem = new SearchProblem([.. Levers.Select(l => new SearchLever(Resilience.Model.ParameterRegistry.Get(l), 0, 0, null))], [],
            Analysis.Outcomes.Get(Outcomes[0]), null, null, Months) { Outcomes = [.. Outcomes.Select(Analysis.Outcomes.Get)] };
        return new SearchEvaluator(scenario, problem, threads, Draws > 0 ? CommonOptions.FullDraws(Draws, ParameterSet, Seed) : null);
    }

    private int Write(OutputFolder folder, int index, int count, int threads, CancellationToken cancel)
    {
        var values = Evaluator(threads).Run([.. Packages], true, r => ComparisonShards.InShard(r, index, count), cancel);
        SearchEvaluator.WriteValues(folder.PathOf(SearchEvaluator.ValuesFile), values, Enumerable.Range(0, Replications).Where(r => ComparisonShards.InShard(r, index, count)));
        new Manifest("search-batch").Add("baseline", Baseline).Add("packages", Packages.Length).Add("replications", Replications).Shard(index, count)
            .Add("files", [SearchEvaluator.ValuesFile]).Add("threads", threads).CodeVersion().Write(folder);
        return 0;
    }

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, CancellationToken cancel)
    {
        using var folder = OutputFolder.Create(outDir, force, Inputs(), isDefault);
        Write(folder, 1, 1, threads, cancel);
        folder.Commit();
        return 0;
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, CancellationToken cancel) => Write(folder, index, count, threads, cancel);

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels)
    {
        Pipeline.ReadExperiment<SearchBatchExperiment>(shardDirs);
        var values = SearchEvaluator.ReadValues(shardDirs.Select(d => Path.Combine(d, SearchEvaluator.ValuesFile)), Packages.Length, Outcomes.Length, Replications);
        using var folder = OutputFolder.Create(outDir, force, shardDirs);
        SearchEvaluator.WriteValues(folder.PathOf(SearchEvaluator.ValuesFile), values, Enumerable.Range(0, Replications));
        new Manifest("search-batch").Add("baseline", Baseline).Add("packages", Packages.Length).Add("replications", Replications)
            .Add("shards", shardDirs.Count).Add("files", [SearchEvaluator.ValuesFile]).CodeVersion().Write(folder);
        folder.Commit();
        Console.WriteLine($"merged {shardDirs.Count} shard(s) of a search batch into {folder.Target}");
        return 0;
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
