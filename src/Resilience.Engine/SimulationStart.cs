using Resilience.Model;

namespace Resilience.Engine;

/// <summary>
/// Everything the state at month 0 (before its observation) depends on: the parameters at month 0 — the scenario's,
/// after its schedule's changes up to month 0 — with every lever set back to its default, because the people are drawn
/// and run through the burn-in under default levers (MODEL.md §5); the initial caseload; the horizon (it sets how many
/// entrants are drawn); the seed and the replication. Runs with equal keys start identically whatever their levers, so
/// one <see cref="SimulationStart"/> serves them all; a run whose model parameters differ (a scenario's own value, a
/// drawn parameter vector) has a key of its own. Parameters are compared bit for bit.
/// </summary>
/// <remarks>The population's size and the number of neighbourhoods are read from these parameters too; the run reads
/// them from its own, which is the same because they are not levers (<see cref="Simulation.PopulationShaping"/>).</remarks>
public sealed class StartKey : IEquatable<StartKey>
{
    /// <summary>Every parameter's value in registry order, as bits.</summary>
    private readonly long[] _values;
    private readonly int _hash;

    /// <summary>The parameters of the synthesis and the burn-in (not to be changed).</summary>
    internal Parameters BurnIn { get; }
    public int Clients { get; }
    public int Months { get; }
    public ulong Seed { get; }
    public int Replication { get; }

    private StartKey(Parameters atMonthZero, int clients, int months, ulong seed, int replication)
    {
        var burnIn = atMonthZero.Clone();
        foreach (var lever in ParameterRegistry.Levers) lever.Set(burnIn, lever.Meta.Default);
        BurnIn = burnIn;
        Clients = clients;
        Months = months;
        Seed = seed;
        Replication = replication;
        _values = [.. ParameterRegistry.All.Select(d => BitConverter.DoubleToInt64Bits(d.Get(burnIn)))];
        var hash = new HashCode();
        hash.Add(clients); hash.Add(months); hash.Add(seed); hash.Add(replication);
        foreach (long v in _values) hash.Add(v);
        _hash = hash.ToHashCode();
    }

    /// <summary>The key of replication <paramref name="replication"/> of <paramref name="spec"/>.</summary>
    public static StartKey Of(RunSpec spec, int replication) => For(Simulation.ParametersAtMonthZero(spec), spec, replication);

    internal static StartKey For(Parameters atMonthZero, RunSpec spec, int replication) =>
        new(atMonthZero, spec.Clients, spec.Months, spec.Seed, replication);

    public bool Equals(StartKey? other) =>
        other is not null && Clients == other.Clients && Months == other.Months && Seed == other.Seed
        && Replication == other.Replication && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as StartKey);

    public override int GetHashCode() => _hash;
}

/// <summary>
/// The state at month 0 before its observation: the people drawn and run through the burn-in, their coaches, how many
/// have entered, and the neighbourhood norms and mean prospect the burn-in's last month left. Preparing it is the
/// expensive part of building a run and depends only on its <see cref="Key"/>; every run built from it
/// (<see cref="Simulation(RunSpec, int, SimulationStart)"/>) works on a copy, so one start serves every scenario of a
/// comparison's replication whose key is equal.
/// </summary>
public sealed class SimulationStart
{
    public StartKey Key { get; }
    internal Population State { get; }
    internal Coaches Coaches { get; }
    internal int Entered { get; }
    internal float[] NeighbourhoodBenefitShare { get; }
    internal double MeanProspect { get; }

    private SimulationStart(StartKey key, Population state, Coaches coaches, int entered, float[] neighbourhoodBenefitShare, double meanProspect)
    {
        Key = key;
        State = state;
        Coaches = coaches;
        Entered = entered;
        NeighbourhoodBenefitShare = neighbourhoodBenefitShare;
        MeanProspect = meanProspect;
    }

    /// <summary>Draw the population of <paramref name="key"/> and run its burn-in on <paramref name="threads"/> threads
    /// (the result does not depend on the thread count).</summary>
    public static SimulationStart Prepare(StartKey key, int threads = 1)
    {
        using var pool = new WorkerPool(threads);
        return Prepare(key, pool);
    }

    /// <summary>The people and their history up to month 0 do not depend on the levers: they are drawn, and run through
    /// the burn-in, with every lever at its default (common random numbers from month 0 on).</summary>
    internal static SimulationStart Prepare(StartKey key, WorkerPool pool)
    {
        var p = key.BurnIn;
        ulong runKey = Rng.RunKey(key.Seed, key.Replication);
        int stockMonth = Synthesis.StockMonth(p);
        var coaches = new Coaches();
        coaches.Resize(Coaches.Required(key.Clients, p.CoachCaseload), p, runKey, stockMonth);
        var state = new Population(key.Clients + Synthesis.Entrants(key.Clients, key.Months, p));
        pool.Run(chunk => Synthesis.Fill(state, key.Clients, key.Months, p, coaches, runKey,
            chunk * Simulation.ChunkSize, Math.Min(state.Count, (chunk + 1) * Simulation.ChunkSize)), Simulation.Chunks(state.Count));
        var ctx = new MonthContext
        {
            P = p, Month = stockMonth, RunKey = runKey, Coaches = coaches,
            NeighbourhoodBenefitShare = new float[Math.Max(1, p.Neighbourhoods)],
        };
        BurnIn(key, state, ctx, pool);
        int entered = Simulation.EnteredBy(state, 0, month: 0);
        return new SimulationStart(key, state, coaches, entered, ctx.NeighbourhoodBenefitShare, ctx.MeanProspect);
    }

    /// <summary>Run the initial stock from the stock month to month 0 under the burn-in parameters (MODEL.md §5): the
    /// model's burn-in month (<see cref="MonthSchedule.BurnInMonth"/>: the run's month without the schedule) through
    /// the same <see cref="MonthRunner"/> as the run, in which a stock member who leaves is replaced by an entrant
    /// (<see cref="Synthesis.StepInBurnIn"/>) and only the feedback is observed. Nothing is recorded; month 0 then
    /// starts with a clean slate of events.</summary>
    private static void BurnIn(StartKey key, Population state, MonthContext ctx, WorkerPool pool)
    {
        int stock = key.Clients;
        if (ctx.Month >= 0) return;
        var month = MonthRunner.ForBurnIn(pool, state, ctx, stock);
        for (int m = ctx.Month; m < 0; m++) month.Run(MonthSchedule.BurnInMonth, m);
        for (int i = 0; i < stock; i++) ClientStep.ClearMonth(ref state[i]);
    }

    /// <summary>A copy for one run to change.</summary>
    internal SimulationStart Copy() =>
        new(Key, State.Clone(), Coaches.Clone(), Entered, (float[])NeighbourhoodBenefitShare.Clone(), MeanProspect);
}
