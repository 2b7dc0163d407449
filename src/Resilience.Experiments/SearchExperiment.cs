using System.Globalization;
using Resilience.Analysis;
using Resilience.Analysis.Search;
using Resilience.IO;

namespace Resilience.Experiments;

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
    public override IReadOnlyList<string> Inputs() => [.. ScenarioLoader.Load(Baseline).ExtendsChain, .. Draws > 0 ? new[] { ParameterSet ?? ParameterSets.DefaultFile } : []];

    /// <summary>The baseline at the experiment's sizes and seed, and the problem (refuses bad levers, goals and budgets).</summary>
    public (Scenario Baseline, SearchProblem Problem) Load()
    {
        var baseline = ScenarioLoader.Load(Baseline).With(Clients, Months, Seed, Replications);
        return (baseline, SearchProblem.Parse(Levers, Goals, Minimise, Caseload, Budget, Months));
    }

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal,
        CancellationToken cancel)
    {
        var (baseline, problem) = Load();
        var draws = Draws > 0 ? ParameterSets.Full(Draws, ParameterSet, Seed) : null;
        using var folder = OutputFolder.Create(outDir, force, Inputs(), isDefault);
        var start = DateTimeOffset.Now;
        var result = PolicySearch.Run(baseline, problem, new SearchSettings(Population, Generations, Draws), draws, threads, terminal.Line, cancel);
        cancel.ThrowIfCancellationRequested();
        string command = string.Join(' ', Shell.Rerun(commandLine));
        SearchOutputs.Write(folder, new SearchRequest(Baseline, Clients, Months, Replications, Seed, Caseload, Budget, Draws, command), result);
        Manifest(result, draws, commandLine, threads, start).Write(folder);
        SearchReport.Write(folder.Temp, labels);
        folder.Commit();
        terminal.Search(result);
        terminal.Line(labels.T("terminal.wroteFolder", folder.Target));
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
        return m.Add("reachable", r.Reachable).Add("files", ["search.json", "pareto.csv", "robustness.csv", "discovery.csv", "report.html", "charts/tradeoff.svg", "candidates/"])
            .Add("commandLine", commandLine).Add("threads", threads).Provenance(start, DateTimeOffset.Now - start);
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, ITerminal terminal, CancellationToken cancel) =>
        throw new InputException("search has no --shard: its generations depend on each other; with --slurm each generation's packages run as a job array");

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal) =>
        throw new InputException("search writes no shards to merge; with --slurm each generation's batch is merged by its own job");

    /// <summary><c>search --slurm</c>: this process drives the search and sends every batch of packages (each generation
    /// at cheap fidelity, the front at full fidelity, the front over the draws) to the cluster as a job array over the
    /// batch's replications with a merge job (<see cref="SearchBatchExperiment"/>, through the one executor's
    /// <c>shard</c> and <c>merge</c>), waits for it and goes on; the outputs go to JOB/result. The search is
    /// deterministic, so <c>--resume</c> after an interruption makes the same batches: those complete are read back,
    /// the others submitted again (only their missing shards).</summary>
    public int RunOnCluster(SlurmOptions slurm, string? outDir, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal, CancellationToken cancel)
    {
        string job = Path.GetFullPath(outDir ?? DefaultOut);
        if (!slurm.Resume && Directory.Exists(job) && Directory.EnumerateFileSystemEntries(job).Any())
            throw new InputException($"{outDir ?? DefaultOut}: the job folder exists; pass --resume to complete it, or choose another --out");
        var (baseline, problem) = Load();
        var draws = Draws > 0 ? ParameterSets.Full(Draws, ParameterSet, Seed) : null;
        int batch = 0;
        BatchValues Remote(SearchEvaluator ev, IReadOnlyList<IReadOnlyList<double>> packages)
        {
            var e = new SearchBatchExperiment(Baseline, [.. problem.Levers.Select(l => l.Def.Name)], [.. packages.Select(p => p.ToArray())],
                [.. problem.Outcomes.Select(o => o.Name)], ev.Scenario.Clients, ev.Scenario.Months, ev.Scenario.Replications, Seed,
                ev.Draws is null ? 0 : Draws, ParameterSet);
            string dir = Path.Combine(job, $"batch-{++batch:000}-{ev.Name}");
            var o = slurm with { Wait = true, Resume = Directory.Exists(dir), Shards = slurm.Shards is int n ? Math.Min(n, e.Units) : null };
            int code = Slurm.Run(new SlurmPlan(e.Command, ["shard"], "merge", e.Units, e.ClientMonths, e.ToJson()), o, dir, terminal);
            if (code != 0) throw new BatchFailed(code, dir);
            return SearchEvaluator.ReadValues([Path.Combine(dir, "result", SearchEvaluator.ValuesFile)], packages.Count, problem.Outcomes.Count, ev.Scenario.Replications);
        }
        try
        {
            var start = DateTimeOffset.Now;
            var result = PolicySearch.Run(baseline, problem, new SearchSettings(Population, Generations, Draws), draws, threads, terminal.Line, cancel, Remote);
            using var folder = OutputFolder.Create(Path.Combine(job, "result"), slurm.Resume, Inputs());
            SearchOutputs.Write(folder, new SearchRequest(Baseline, Clients, Months, Replications, Seed, Caseload, Budget, Draws, string.Join(' ', Shell.Rerun(commandLine))), result);
            Manifest(result, draws, commandLine, threads, start).Add("batches", batch).Write(folder);
            SearchReport.Write(folder.Temp, labels);
            folder.Commit();
            terminal.Search(result);
            terminal.Line(labels.T("terminal.wroteFolder", folder.Target));
            return 0;
        }
        catch (BatchFailed f)
        {
            terminal.Error($"search: the batch in {f.Dir} did not complete; fix the cause and rerun with --resume (completed batches are kept)");
            return f.Code;
        }
    }

    private sealed class BatchFailed(int code, string dir) : Exception
    {
        public int Code { get; } = code;
        public string Dir { get; } = dir;
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
    public override IReadOnlyList<string> Inputs() => [.. ScenarioLoader.Load(Baseline).ExtendsChain, .. Draws > 0 ? new[] { ParameterSet ?? ParameterSets.DefaultFile } : []];

    private SearchEvaluator Evaluator(int threads)
    {
        var scenario = ScenarioLoader.Load(Baseline).With(Clients, Months, Seed, Replications);
        // The batch reads exactly the outcomes the search asked for, in its order; levers are set, never parsed here.
        var problem = new SearchProblem([.. Levers.Select(l => new SearchLever(Resilience.Model.ParameterRegistry.Get(l), 0, 0, null))], [],
            Analysis.Outcomes.Get(Outcomes[0]), null, null, Months) { Outcomes = [.. Outcomes.Select(Analysis.Outcomes.Get)] };
        return new SearchEvaluator(scenario, problem, threads, Draws > 0 ? ParameterSets.Full(Draws, ParameterSet, Seed) : null);
    }

    private int Write(OutputFolder folder, int index, int count, int threads, CancellationToken cancel)
    {
        var values = Evaluator(threads).Run([.. Packages], true, r => ComparisonShards.InShard(r, index, count), cancel);
        SearchEvaluator.WriteValues(folder.PathOf(SearchEvaluator.ValuesFile), values, Enumerable.Range(0, Replications).Where(r => ComparisonShards.InShard(r, index, count)));
        new Manifest("search-batch").Add("baseline", Baseline).Add("packages", Packages.Length).Add("replications", Replications).Shard(index, count)
            .Add("files", [SearchEvaluator.ValuesFile]).Add("threads", threads).CodeVersion().Write(folder);
        return 0;
    }

    public override int RunLocal(string outDir, bool isDefault, bool force, int threads, Labels labels, IReadOnlyList<string> commandLine, ITerminal terminal,
        CancellationToken cancel)
    {
        using var folder = OutputFolder.Create(outDir, force, Inputs(), isDefault);
        Write(folder, 1, 1, threads, cancel);
        folder.Commit();
        return 0;
    }

    public override void RunShard(OutputFolder folder, int index, int count, int threads, ITerminal terminal, CancellationToken cancel) => Write(folder, index, count, threads, cancel);

    public override int Merge(IReadOnlyList<string> shardDirs, string outDir, bool force, Labels labels, ITerminal terminal)
    {
        Pipeline.ReadExperiment<SearchBatchExperiment>(shardDirs);
        var values = SearchEvaluator.ReadValues(shardDirs.Select(d => Path.Combine(d, SearchEvaluator.ValuesFile)), Packages.Length, Outcomes.Length, Replications);
        using var folder = OutputFolder.Create(outDir, force, shardDirs);
        SearchEvaluator.WriteValues(folder.PathOf(SearchEvaluator.ValuesFile), values, Enumerable.Range(0, Replications));
        new Manifest("search-batch").Add("baseline", Baseline).Add("packages", Packages.Length).Add("replications", Replications)
            .Add("shards", shardDirs.Count).Add("files", [SearchEvaluator.ValuesFile]).CodeVersion().Write(folder);
        folder.Commit();
        terminal.Line($"merged {shardDirs.Count} shard(s) of a search batch into {folder.Target}");
        return 0;
    }
}

