namespace Resilience.Analysis.Search;

/// <summary>One decision variable: a real interval, or a choice among <see cref="Options"/> values 0…n−1.</summary>
public readonly record struct Gene(double Low, double High, int Options)
{
    public bool IsCategorical => Options > 0;
    public static Gene Range(double low, double high) => new(low, high, 0);
    public static Gene Categorical(int options) => new(0, options - 1, options);
}

/// <summary>A point of the search with what it scored: objectives (each minimised) and constraint violation (0: feasible).</summary>
public sealed record Scored(double[] Genes, double[] Objectives, double Violation);

/// <summary>Settings of <see cref="Nsga2"/>: the usual ones of Deb et al. (2002).</summary>
public sealed record Nsga2Options(int Population, int Generations, ulong Seed)
{
    public double CrossoverProbability { get; init; } = 0.9;
    /// <summary>Distribution index of simulated binary crossover (larger: children nearer their parents).</summary>
    public double CrossoverEta { get; init; } = 15;
    /// <summary>Distribution index of polynomial mutation.</summary>
    public double MutationEta { get; init; } = 20;
}

/// <summary>
/// NSGA-II (Deb, Pratap, Agarwal and Meyarivan 2002): a population of N is scored; each generation makes N children by
/// binary tournaments on (rank, crowding distance), simulated binary crossover and polynomial mutation for real genes
/// and uniform crossover and reset for choices; parents and children together are sorted into non-dominated fronts
/// under constraint domination (a feasible point beats an infeasible one, of two infeasible points the smaller
/// violation wins, of two feasible ones Pareto dominance decides) and the best N survive, the last front cut by
/// crowding distance. Every random number is a function of (seed, generation, draw), and scoring is done a generation
/// at a time by the caller, so the result does not depend on threads. No kept .NET library does many-objective search
/// with constraints (GeneticSharp is single-objective), hence this short implementation.
/// </summary>
public static class Nsga2
{
    /// <summary>Run the search; <paramref name="score"/> scores a batch of gene vectors (a generation) in order. Returns
    /// the final population, sorted by rank then crowding distance (largest first).</summary>
    public static List<Scored> Run(IReadOnlyList<Gene> genes, Nsga2Options o, Func<IReadOnlyList<double[]>, IReadOnlyList<Scored>> score,
        Action<int, IReadOnlyList<Scored>>? generationDone = null)
    {
        if (o.Population < 4 || o.Population % 2 != 0) throw new ArgumentOutOfRangeException(nameof(o), o.Population, "expected an even population of at least 4");
        var rng = new DesignRandom(o.Seed, 0x4E534741); // "NSGA"
        long draw = 0;
        double U() => rng.U(draw++);

        // The first population spreads over the lever space: a Latin hypercube.
        var start = Design.LatinHypercube(o.Population, genes.Count, new DesignRandom(o.Seed, 0x4C4853)).Select(u => Decode(genes, u)).ToList();
        var population = Survive(score(start), o.Population);
        generationDone?.Invoke(0, population);
        for (int gen = 1; gen <= o.Generations; gen++)
        {
            var (rank, crowd) = RankAndCrowd(population);
            int Tournament()
            {
                int a = (int)(U() * population.Count), b = (int)(U() * population.Count);
                return rank[a] < rank[b] || rank[a] == rank[b] && crowd[a] > crowd[b] ? a : b;
            }
            var children = new List<double[]>(o.Population);
            while (children.Count < o.Population)
            {
                var (c1, c2) = Crossover(genes, population[Tournament()].Genes, population[Tournament()].Genes, o, U);
                children.Add(Mutate(genes, c1, o, U));
                children.Add(Mutate(genes, c2, o, U));
            }
            population = Survive([.. population, .. score(children)], o.Population);
            generationDone?.Invoke(gen, population);
        }
        return population;
    }

    private static double[] Decode(IReadOnlyList<Gene> genes, double[] u) =>
        [.. genes.Select((g, j) => g.IsCategorical ? Math.Min(g.Options - 1, Math.Floor(u[j] * g.Options)) : g.Low + u[j] * (g.High - g.Low))];

    /// <summary>Simulated binary crossover per real gene (with probability ½ each, as Deb's code), uniform swap per choice.</summary>
    private static (double[], double[]) Crossover(IReadOnlyList<Gene> genes, double[] p1, double[] p2, Nsga2Options o, Func<double> U)
    {
        double[] c1 = [.. p1], c2 = [.. p2];
        if (U() > o.CrossoverProbability) return (c1, c2);
        for (int j = 0; j < genes.Count; j++)
        {
            double swap = U(), u = U();
            var g = genes[j];
            if (g.IsCategorical) { if (swap < 0.5) (c1[j], c2[j]) = (p2[j], p1[j]); continue; }
            if (swap >= 0.5 || Math.Abs(p1[j] - p2[j]) < 1e-14) continue;
            double beta = u <= 0.5 ? Math.Pow(2 * u, 1 / (o.CrossoverEta + 1)) : Math.Pow(1 / (2 * (1 - u)), 1 / (o.CrossoverEta + 1));
            double mid = (p1[j] + p2[j]) / 2, half = Math.Abs(p2[j] - p1[j]) / 2;
            c1[j] = Math.Clamp(mid - beta * half, g.Low, g.High);
            c2[j] = Math.Clamp(mid + beta * half, g.Low, g.High);
        }
        return (c1, c2);
    }

    /// <summary>Polynomial mutation of each real gene, and a new random choice for each choice gene, each with
    /// probability 1 / number of genes.</summary>
    private static double[] Mutate(IReadOnlyList<Gene> genes, double[] x, Nsga2Options o, Func<double> U)
    {
        double p = 1.0 / genes.Count;
        for (int j = 0; j < genes.Count; j++)
        {
            double hit = U(), u = U();
            if (hit >= p) continue;
            var g = genes[j];
            if (g.IsCategorical) { x[j] = Math.Min(g.Options - 1, Math.Floor(u * g.Options)); continue; }
            double delta = u < 0.5 ? Math.Pow(2 * u, 1 / (o.MutationEta + 1)) - 1 : 1 - Math.Pow(2 * (1 - u), 1 / (o.MutationEta + 1));
            x[j] = Math.Clamp(x[j] + delta * (g.High - g.Low), g.Low, g.High);
        }
        return x;
    }

    /// <summary>The best <paramref name="n"/> of <paramref name="all"/> by rank, then crowding distance, in that order
    /// (ties kept in input order, so the result is a function of the input).</summary>
    public static List<Scored> Survive(IReadOnlyList<Scored> all, int n)
    {
        var (rank, crowd) = RankAndCrowd(all);
        return [.. Enumerable.Range(0, all.Count).OrderBy(i => rank[i]).ThenByDescending(i => crowd[i]).ThenBy(i => i).Take(n).Select(i => all[i])];
    }

    /// <summary>a constraint-dominates b.</summary>
    public static bool Dominates(Scored a, Scored b)
    {
        if (a.Violation < b.Violation) return true;
        if (a.Violation > b.Violation) return false;
        if (a.Violation > 0) return false; // equally infeasible: neither dominates
        bool better = false;
        for (int k = 0; k < a.Objectives.Length; k++)
        {
            if (a.Objectives[k] > b.Objectives[k]) return false;
            if (a.Objectives[k] < b.Objectives[k]) better = true;
        }
        return better;
    }

    /// <summary>Fast non-dominated sorting: rank 1 is the non-dominated set, rank 2 the set left non-dominated once
    /// rank 1 is removed, and so on.</summary>
    public static int[] Ranks(IReadOnlyList<Scored> s)
    {
        int n = s.Count;
        var dominated = new List<int>[n];
        var count = new int[n];
        var rank = new int[n];
        var front = new List<int>();
        for (int i = 0; i < n; i++)
        {
            dominated[i] = [];
            for (int j = 0; j < n; j++)
            {
                if (i == j) continue;
                if (Dominates(s[i], s[j])) dominated[i].Add(j);
                else if (Dominates(s[j], s[i])) count[i]++;
            }
            if (count[i] == 0) { rank[i] = 1; front.Add(i); }
        }
        for (int r = 1; front.Count > 0; r++)
        {
            var next = new List<int>();
            foreach (int i in front)
                foreach (int j in dominated[i])
                    if (--count[j] == 0) { rank[j] = r + 1; next.Add(j); }
            front = next;
        }
        return rank;
    }

    /// <summary>Ranks, and the crowding distance of each point within its front (infinite at a front's extremes).</summary>
    public static (int[] Rank, double[] Crowding) RankAndCrowd(IReadOnlyList<Scored> s)
    {
        var rank = Ranks(s);
        var crowd = new double[s.Count];
        foreach (var front in Enumerable.Range(0, s.Count).GroupBy(i => rank[i]))
        {
            var members = front.ToList();
            int m = s[members[0]].Objectives.Length;
            for (int k = 0; k < m; k++)
            {
                var sorted = members.OrderBy(i => s[i].Objectives[k]).ThenBy(i => i).ToList();
                double lo = s[sorted[0]].Objectives[k], hi = s[sorted[^1]].Objectives[k];
                crowd[sorted[0]] = crowd[sorted[^1]] = double.PositiveInfinity;
                if (hi - lo <= 0) continue;
                for (int t = 1; t < sorted.Count - 1; t++)
                    crowd[sorted[t]] += (s[sorted[t + 1]].Objectives[k] - s[sorted[t - 1]].Objectives[k]) / (hi - lo);
            }
        }
        return (rank, crowd);
    }
}
