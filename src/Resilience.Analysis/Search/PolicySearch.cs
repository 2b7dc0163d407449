using System.Globalization;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis.Search;

/// <summary>How much a search spends: NSGA-II's population and generations, and the number of prior draws (worlds)
/// its front is tested over (0: no robustness test or scenario discovery).</summary>
public sealed record SearchSettings(int Population, int Generations, int Draws)
{
    public const int DefaultPopulation = 16, DefaultGenerations = 8, DefaultDraws = 20;

    /// <summary>Cheap fidelity, used during the generations: about a quarter of the clients (at least
    /// <see cref="MinCheapClients"/>) and half the replications (at least 2). The final front is re-run at full fidelity.</summary>
    public const int CheapClientShare = 4, MinCheapClients = 500, CheapReplicationShare = 2, MinCheapReplications = 2;

    /// <summary>The clients of cheap fidelity: about a quarter, adjusted so that the coaches per client (whole coaches of
    /// <paramref name="caseload"/> clients, rounded up) are those of full fidelity. Otherwise every lever set per coach
    /// (the buffer budget a coach-month) would buy more or less per client at cheap fidelity than at full: 500 clients
    /// have 4 coaches and 2,000 have 14, so a budget would go 14% further in the generations than in the answer.</summary>
    public static int CheapClients(int clients, double caseload)
    {
        int quarter = Math.Min(clients, Math.Max(MinCheapClients, clients / CheapClientShare));
        int coaches = Coaches.Required(quarter, caseload), fullCoaches = Coaches.Required(clients, caseload);
        int n = (int)Math.Round(coaches * (double)clients / fullCoaches);
        return Coaches.Required(n, caseload) == coaches ? Math.Min(clients, n) : quarter;
    }
    public static int CheapReplications(int replications) => Math.Min(replications, Math.Max(MinCheapReplications, replications / CheapReplicationShare));
}

/// <summary>A package the search scored: its lever values (in --levers order), its effects per outcome (in the
/// problem's outcome order) and at which fidelity they were estimated.</summary>
public sealed record Package(double[] Levers, Effect[] Effects, bool Full)
{
    public string Id { get; set; } = "";
    public int Front { get; set; }
    public double Violation { get; init; }
    public double[] Objectives { get; init; } = [];
    public bool MeetsGoals => Violation == 0;
}

/// <summary>A front package tested over the prior draws.</summary>
public sealed record Robustness(Package Package, int Worlds, double ShareMeetingGoals, double MeanRegret, double MaxRegret, bool[] Meets);

/// <summary>A box of assumptions in which a robust package fails its goals (PRIM over the drawn parameters).</summary>
public sealed record FailureBox(Package Package, int Box, PrimBox Prim, IReadOnlyList<(ParamDef Def, BoxLimit Limit)> Limits, string Description);

public sealed record SearchResult(SearchProblem Problem, IReadOnlyList<Package> Packages, bool Reachable, int Evaluations,
    long CheapRuns, long FullRuns, long DrawRuns, double? RankCorrelation, IReadOnlyList<Robustness> Robust, IReadOnlyList<FailureBox> Discovery,
    int CheapClients, int CheapReplications)
{
    /// <summary>Wall-clock seconds of the generations (cheap fidelity), the front at full fidelity, and the draws with PRIM.</summary>
    public (double Cheap, double Full, double Draws) Seconds { get; init; }
}

/// <summary>
/// Policy search (issue 24): NSGA-II over the levers' ranges with each package scored as a comparison against the
/// baseline (common random numbers) at cheap fidelity, the final population's non-dominated packages re-run at full
/// fidelity, then tested over draws of every uncertain parameter (robustness: the share of worlds in which a package
/// meets every goal, its regret on the minimised outcome), and PRIM over those draws for the most robust packages
/// (scenario discovery: in which assumptions each fails).
/// </summary>
public static class PolicySearch
{
    /// <summary>At most this many front packages are tested over the draws, and for at most
    /// <see cref="DiscoveryPackages"/> of the most robust ones PRIM looks for the assumptions they fail in.</summary>
    public const int RobustPackages = 8, DiscoveryPackages = 3;

    public static SearchResult Run(Scenario baseline, SearchProblem problem, SearchSettings s, ParameterDraws? draws, int threads,
        Action<string>? log = null, CancellationToken cancel = default, RemoteBatch? remote = null)
    {
        var cheap = new SearchEvaluator(baseline.With(clients: SearchSettings.CheapClients(baseline.Clients, baseline.ToParameters().CoachCaseload), replications: SearchSettings.CheapReplications(baseline.Replications)), problem, threads)
            { Name = "cheap", Remote = remote };
        var scored = new Dictionary<string, Package>(StringComparer.Ordinal);
        var genes = problem.Levers.Select(l => l.Gene).ToList();
        double[] Levers(double[] g) => [.. problem.Levers.Select((l, j) => l.Value(g[j]))];

        IReadOnlyList<Scored> ScoreBatch(IReadOnlyList<double[]> batch)
        {
            var fresh = batch.Select(Levers).Where(v => !scored.ContainsKey(Key(problem, v))).DistinctBy(v => Key(problem, v)).ToList();
            foreach (var (v, p) in fresh.Zip(Score(problem, cheap, fresh, full: false, cancel))) scored[Key(problem, v)] = p;
            return [.. batch.Select(g => { var p = scored[Key(problem, Levers(g))]; return new Scored(g, p.Objectives, p.Violation); })];
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var final = Nsga2.Run(genes, new Nsga2Options(s.Population, s.Generations, baseline.Seed), ScoreBatch, (gen, pop) =>
            log?.Invoke($"generation {gen}/{s.Generations}: {scored.Count} packages scored, {pop.Count(p => p.Violation == 0)} of {pop.Count} meet the goals"));

        // The final population's distinct packages; its non-dominated ones are re-run at full fidelity.
        var population = final.Select(f => scored[Key(problem, Levers(f.Genes))]).DistinctBy(p => Key(problem, p.Levers)).ToList();
        var ranks = Nsga2.Ranks([.. population.Select(p => new Scored(p.Levers, p.Objectives, p.Violation))]);
        var toFull = population.Where((p, i) => ranks[i] == 1).ToList();
        double cheapSeconds = clock.Elapsed.TotalSeconds;
        log?.Invoke($"full fidelity: {toFull.Count} non-dominated packages at {baseline.Clients} clients × {baseline.Replications} replications");
        var full = new SearchEvaluator(baseline, problem, threads) { Name = "full", Remote = remote };
        var fullScored = Score(problem, full, [.. toFull.Select(p => (IReadOnlyList<double>)p.Levers)], full: true, cancel);
        double? rho = toFull.Count >= 3 ? Spearman([.. toFull.Select(p => p.Objectives[0])], [.. fullScored.Select(p => p.Objectives[0])]) : null;

        double fullSeconds = clock.Elapsed.TotalSeconds - cheapSeconds;
        var fullKeys = toFull.Select(p => Key(problem, p.Levers)).ToHashSet();
        var packages = fullScored.Concat(population.Where(p => !fullKeys.Contains(Key(problem, p.Levers)))).ToList();
        var fronts = Nsga2.Ranks([.. packages.Select(p => new Scored(p.Levers, p.Objectives, p.Violation))]);
        for (int i = 0; i < packages.Count; i++) packages[i].Front = fronts[i];
        packages = [.. packages.OrderBy(p => p.MeetsGoals ? 0 : 1).ThenBy(p => p.MeetsGoals ? 0 : p.Violation).ThenBy(p => p.Objectives[0])
            .ThenBy(p => p.Full ? 0 : 1).ThenBy(p => Key(problem, p.Levers), StringComparer.Ordinal)];
        for (int i = 0; i < packages.Count; i++) packages[i].Id = $"p{i + 1:00}";
        bool reachable = packages.Any(p => p.Full && p.MeetsGoals);

        var robust = new List<Robustness>();
        var discovery = new List<FailureBox>();
        long drawRuns = 0;
        if (draws is not null && s.Draws > 0)
        {
            // The full-fidelity packages meeting the goals (the closest ones when none does), non-dominated first.
            var candidates = packages.Where(p => p.Full && (p.MeetsGoals || !reachable)).OrderBy(p => p.Front).Take(RobustPackages).ToList();
            log?.Invoke($"robustness: {candidates.Count} packages over {s.Draws} draws of the uncertain parameters");
            var worlds = new SearchEvaluator(baseline.With(replications: s.Draws), problem, threads, draws) { Name = "worlds", Remote = remote };
            robust = Robust(problem, worlds, candidates, cancel);
            drawRuns = worlds.Runs;
            foreach (var r in robust.Where(r => r.ShareMeetingGoals < 1).Take(DiscoveryPackages))
            {
                var fails = r.Meets.Select(m => !m).ToList();
                var boxes = Prim.Boxes([.. Enumerable.Range(0, s.Draws).Select(k => draws.Vectors[k % draws.Vectors.Count])], fails);
                for (int b = 0; b < boxes.Count; b++)
                {
                    var limits = boxes[b].Limits.Select(l => (draws.Parameters[l.Dimension], l)).ToList();
                    discovery.Add(new FailureBox(r.Package, b + 1, boxes[b], limits, Describe(r.Package, boxes[b], limits)));
                }
            }
        }
        return new SearchResult(problem, packages, reachable, scored.Count + toFull.Count, cheap.Runs, full.Runs, drawRuns, rho, robust, discovery,
            cheap.Scenario.Clients, cheap.Scenario.Replications) { Seconds = (cheapSeconds, fullSeconds, clock.Elapsed.TotalSeconds - cheapSeconds - fullSeconds) };
    }

    /// <summary>Score packages: the paired effect of each outcome, the objectives and the constraint violation (both
    /// from the effects' point estimates).</summary>
    public static List<Package> Score(SearchProblem problem, SearchEvaluator evaluator, IReadOnlyList<IReadOnlyList<double>> levers, bool full, CancellationToken cancel)
    {
        var values = evaluator.Evaluate(levers, cancel);
        var baseline = evaluator.Baseline(cancel);
        return [.. levers.Select((l, p) =>
        {
            var effects = problem.Outcomes.Select((_, k) => Effects.Paired(baseline[k], values[p][k])).ToArray();
            return new Package([.. l], effects, full)
            {
                Violation = problem.Violation([.. effects.Select(e => e.Baseline)], [.. effects.Select(e => e.Estimate)]),
                Objectives = problem.ObjectiveValues([.. effects.Select(e => e.Estimate)]),
            };
        })];
    }

    /// <summary>Each candidate in every world: whether it meets every goal (and the budget) there, and its regret on the
    /// minimised outcome against the best candidate that meets the goals in that world (the best of all when none
    /// does). Ordered by the share of worlds meeting the goals, then by mean regret.</summary>
    public static List<Robustness> Robust(SearchProblem problem, SearchEvaluator worlds, IReadOnlyList<Package> candidates, CancellationToken cancel)
    {
        if (candidates.Count == 0) return [];
        var values = worlds.Evaluate([.. candidates.Select(p => (IReadOnlyList<double>)p.Levers)], cancel);
        var baseline = worlds.Baseline(cancel);
        int k = worlds.Scenario.Replications, n = problem.Outcomes.Count, objective = problem.IndexOf(problem.Minimise);
        var meets = new bool[candidates.Count][];
        var obj = new double[candidates.Count][];
        for (int c = 0; c < candidates.Count; c++)
        {
            meets[c] = new bool[k];
            obj[c] = new double[k];
            for (int w = 0; w < k; w++)
            {
                var b = Enumerable.Range(0, n).Select(o => baseline[o][w]).ToArray();
                var e = Enumerable.Range(0, n).Select(o => values[c][o][w] - baseline[o][w]).ToArray();
                meets[c][w] = problem.Violation(b, e) == 0;
                obj[c][w] = e[objective];
            }
        }
        var regret = new double[candidates.Count][];
        for (int c = 0; c < candidates.Count; c++) regret[c] = new double[k];
        for (int w = 0; w < k; w++)
        {
            var pool = Enumerable.Range(0, candidates.Count).Where(c => meets[c][w]).DefaultIfEmpty(-1).ToList();
            if (pool[0] < 0) pool = [.. Enumerable.Range(0, candidates.Count)];
            double best = pool.Min(c => obj[c][w]);
            for (int c = 0; c < candidates.Count; c++) regret[c][w] = Math.Max(0, obj[c][w] - best);
        }
        return [.. Enumerable.Range(0, candidates.Count)
            .Select(c => new Robustness(candidates[c], k, meets[c].Count(m => m) / (double)k, regret[c].Average(), regret[c].Max(), meets[c]))
            .OrderByDescending(r => r.ShareMeetingGoals).ThenBy(r => r.MeanRegret).ThenBy(r => r.Package.Id, StringComparer.Ordinal)];
    }

    /// <summary>One plain sentence for a failure box, from the parameters' descriptions.</summary>
    public static string Describe(Package p, PrimBox box, IReadOnlyList<(ParamDef Def, BoxLimit Limit)> limits)
    {
        string Clause((ParamDef Def, BoxLimit L) x)
        {
            string what = $"{x.Def.Name} ({x.Def.Meta.Description.TrimEnd('.')})";
            string lo = Short(x.L.Low), hi = Short(x.L.High);
            return x.L.LowRestricted && x.L.HighRestricted ? $"{what} lies between {lo} and {hi}"
                : x.L.LowRestricted ? $"{what} is at least {lo}" : $"{what} is at most {hi}";
        }
        return $"{p.Id} fails its goals when {string.Join(", and ", limits.Select(Clause))}: this box holds {Pct(box.Coverage)} of the worlds in which it fails, and it fails in {Pct(box.Density)} of the worlds inside it.";
    }

    private static string Short(double v) => v.ToString("G3", CultureInfo.InvariantCulture);

    private static string Pct(double v) => (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A package's lever values as written in pareto.csv: <c>name=value;name=value</c> in --levers order.</summary>
    public static string Key(SearchProblem problem, IReadOnlyList<double> levers) =>
        string.Join(';', problem.Levers.Select((l, j) => $"{l.Def.Name}={l.Def.Format(levers[j])}"));

    /// <summary>Spearman's rank correlation (average ranks for ties).</summary>
    public static double Spearman(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        double[] ra = AverageRanks(a), rb = AverageRanks(b);
        double ma = ra.Average(), mb = rb.Average(), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < ra.Length; i++) { sab += (ra[i] - ma) * (rb[i] - mb); saa += (ra[i] - ma) * (ra[i] - ma); sbb += (rb[i] - mb) * (rb[i] - mb); }
        return saa == 0 || sbb == 0 ? double.NaN : sab / Math.Sqrt(saa * sbb);
    }

    private static double[] AverageRanks(IReadOnlyList<double> x)
    {
        var order = Enumerable.Range(0, x.Count).OrderBy(i => x[i]).ToArray();
        var ranks = new double[x.Count];
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && x[order[j + 1]] == x[order[i]]) j++;
            for (int t = i; t <= j; t++) ranks[order[t]] = (i + j) / 2.0 + 1;
            i = j + 1;
        }
        return ranks;
    }
}
