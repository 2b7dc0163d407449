using Resilience.Model;

namespace Resilience.Engine;

/// <summary>Lever or parameter values that take effect from a month on (a scenario's schedule, or a live change).</summary>
public sealed record ScheduledChange(int Month, IReadOnlyDictionary<string, double> Values);

/// <summary>What a run needs: parameters at month 0, population size, horizon, seed, replication and schedule.</summary>
public sealed record RunSpec(Parameters Parameters, int Clients, int Months, ulong Seed, IReadOnlyList<ScheduledChange> Schedule)
{
    public int Threads { get; init; } = 1;
}

/// <summary>
/// One replication of the model, steppable month by month (MODEL.md §3.1, §9). Each month runs the phases the model
/// declares (<see cref="MonthSchedule.Month"/>: scheduled lever changes, the sequential coach phase, the parallel
/// client phase in fixed chunks, the sequential buffer-grant pass, and the parallel observation whose per-chunk sums
/// are merged in chunk order, so totals never depend on the thread count) through <see cref="MonthRunner"/>, as the
/// burn-in does. Nothing is allocated per month once the run is built. <see cref="Fork"/> splits a run into two
/// branches that share history and random streams.
/// </summary>
public sealed class Simulation : IDisposable
{
    public const int ChunkSize = 4096;

    private readonly RunSpec _spec;
    private readonly WorkerPool _pool;
    private readonly MonthContext _ctx;
    private readonly MonthRunner _month;
    private readonly List<ScheduledChange> _applied;

    public Parameters Parameters { get; private set; }
    public Population State { get; }
    public Coaches Coaches { get; private set; }
    public int Replication { get; }
    public ulong RunKey { get; }
    public int Month { get; private set; }
    public int Months => _spec.Months;
    public ulong Seed => _spec.Seed;
    public int Threads => _pool.Threads;

    /// <summary>Raw accumulators per month (index 0 = the initial state), Subgroups.Count × Acc.Count each.</summary>
    public double[][] MonthlyRaw { get; }
    /// <summary>Resilience-type transitions per month, indexed (from × 3 + to) × triggers + trigger.</summary>
    public long[][] MonthlyTransitions { get; }
    /// <summary>Every lever change that took effect, in order (schedule and live), for export.</summary>
    public IReadOnlyList<ScheduledChange> AppliedChanges => _applied;

    /// <summary>Parameters that shape the population (its size, its neighbourhoods, its burn-in): set before the run
    /// starts or not at all. None is a lever, so the start a run is built from reads them as the run itself does.</summary>
    public static readonly IReadOnlyList<string> PopulationShaping = ["population.neighbourhoods", "inflow.monthlyShare", "population.burnInMonths"];

    public Simulation(RunSpec spec, int replication) : this(spec, replication, null) { }

    /// <summary>Replication <paramref name="replication"/> of <paramref name="spec"/>, built from a copy of
    /// <paramref name="start"/> (which must have been prepared for this run's <see cref="StartKey"/>, and can serve
    /// other runs after), or, when it is null, from a start prepared here: the same run either way, bit for bit.</summary>
    public Simulation(RunSpec spec, int replication, SimulationStart? start)
    {
        if (spec.Clients < 1) throw new ArgumentOutOfRangeException(nameof(spec), "clients must be at least 1");
        if (spec.Months < 1) throw new ArgumentOutOfRangeException(nameof(spec), "months must be at least 1");
        _spec = spec;
        Replication = replication;
        RunKey = Rng.RunKey(spec.Seed, replication);
        Parameters = spec.Parameters.Clone();
        _applied = [];
        foreach (var change in spec.Schedule.Where(c => c.Month <= 0)) Apply(change.Values, 0);
        var key = StartKey.For(Parameters, spec, replication);
        if (start is not null && !start.Key.Equals(key))
            throw new ArgumentException("The start was prepared for other model parameters, sizes, seed or replication than this run.", nameof(start));

        _pool = new WorkerPool(spec.Threads);
        start = start?.Copy() ?? SimulationStart.Prepare(key, _pool);
        State = start.State;
        Coaches = start.Coaches;
        MonthlyRaw = new double[spec.Months + 1][];
        MonthlyTransitions = new long[spec.Months + 1][];
        for (int m = 0; m <= spec.Months; m++)
        {
            MonthlyRaw[m] = new double[Subgroups.Count * Acc.Count];
            MonthlyTransitions[m] = new long[Observer.TransitionSlots];
        }
        _ctx = new MonthContext
        {
            P = Parameters, Month = 0, RunKey = RunKey, Coaches = Coaches,
            NeighbourhoodBenefitShare = start.NeighbourhoodBenefitShare, MeanProspect = start.MeanProspect,
        };
        _month = MonthRunner.ForRun(_pool, State, _ctx, spec.Clients, start.Entered, ScheduledFor, MonthlyRaw, MonthlyTransitions);
        _month.Observe(0);
    }

    /// <summary>The parameters of <paramref name="spec"/> at month 0: its own, changed by its schedule up to month 0.</summary>
    public static Parameters ParametersAtMonthZero(RunSpec spec)
    {
        var p = spec.Parameters.Clone();
        foreach (var change in spec.Schedule.Where(c => c.Month <= 0)) Set(p, change.Values);
        return p;
    }

    private Simulation(Simulation source)
    {
        _spec = source._spec;
        Replication = source.Replication;
        RunKey = source.RunKey;
        Parameters = source.Parameters.Clone();
        _applied = [.. source._applied];
        Coaches = source.Coaches.Clone();
        State = source.State.Clone();
        Month = source.Month;
        _pool = new WorkerPool(source.Threads);
        MonthlyRaw = source.MonthlyRaw.Select(a => (double[])a.Clone()).ToArray();
        MonthlyTransitions = source.MonthlyTransitions.Select(a => (long[])a.Clone()).ToArray();
        _ctx = new MonthContext
        {
            P = Parameters, Month = Month, RunKey = RunKey, Coaches = Coaches,
            NeighbourhoodBenefitShare = (float[])source._ctx.NeighbourhoodBenefitShare.Clone(),
            MeanProspect = source._ctx.MeanProspect,
        };
        _month = MonthRunner.ForRun(_pool, State, _ctx, _spec.Clients, source._month.Entered, ScheduledFor, MonthlyRaw, MonthlyTransitions);
    }

    /// <summary>Number of chunks of <see cref="ChunkSize"/> clients that hold <paramref name="clients"/> clients.</summary>
    internal static int Chunks(int clients) => (clients + ChunkSize - 1) / ChunkSize;

    /// <summary>How many clients have entered by <paramref name="month"/>, counting on from <paramref name="entered"/>
    /// (clients are laid out in order of entry month).</summary>
    internal static int EnteredBy(Population s, int entered, int month)
    {
        while (entered < s.Count && s[entered].EntryMonth <= month) entered++;
        return entered;
    }

    /// <summary>A new branch from this month on: same people, same history, same random streams (common random
    /// numbers), independent from here.</summary>
    public Simulation Fork() => new(this);

    public bool Finished => Month >= Months;

    /// <summary>Advance one month: the model's month (<see cref="MonthSchedule.Month"/>).</summary>
    public void Step()
    {
        if (Finished) throw new InvalidOperationException($"The run has reached its horizon of {Months} months.");
        Month++;
        _month.Run(MonthSchedule.Month, Month);
    }

    /// <summary>The <see cref="Phase.Schedule"/> phase: the changes scheduled for <paramref name="month"/> take
    /// effect, and the month runs under the parameters that result (live changes included).</summary>
    private Parameters ScheduledFor(int month)
    {
        var schedule = _spec.Schedule;
        for (int k = 0; k < schedule.Count; k++) // indexed loop: no enumerator allocation per month
            if (schedule[k].Month == month) Apply(schedule[k].Values, month);
        return Parameters;
    }

    public void RunToEnd(CancellationToken cancel = default, Action<int>? afterMonth = null)
    {
        while (!Finished)
        {
            cancel.ThrowIfCancellationRequested();
            Step();
            afterMonth?.Invoke(Month);
        }
    }

    /// <summary>Change levers or parameters from the next month on (live, as in a workshop). All values are
    /// validated before any is applied.</summary>
    public void SetValues(IReadOnlyDictionary<string, double> values)
    {
        foreach (var (name, value) in values)
        {
            var def = ParameterRegistry.Find(name) ?? throw new ArgumentException($"Unknown lever or parameter '{name}'.");
            var error = def.Validate(value);
            if (error is not null) throw new ArgumentOutOfRangeException(name, $"{name}: {error}");
            if (PopulationShaping.Contains(name))
                throw new ArgumentException($"{name} shapes the population and can only be set before the run starts.");
        }
        Apply(values, Month + 1);
    }

    private void Apply(IReadOnlyDictionary<string, double> values, int fromMonth)
    {
        var p = Parameters.Clone(); // branches and earlier months keep their own parameter objects
        Set(p, values);
        Parameters = p;
        _applied.Add(new ScheduledChange(fromMonth, new Dictionary<string, double>(values)));
    }

    private static void Set(Parameters p, IReadOnlyDictionary<string, double> values)
    {
        foreach (var (name, value) in values) ParameterRegistry.Get(name).Set(p, value);
    }

    /// <summary>Value of an output metric for a subgroup at a month.</summary>
    public double Value(string metric, int month, int subgroup = 0) =>
        Metrics.All[Metrics.IndexOf(metric)].Compute(MonthlyRaw[month], subgroup * Acc.Count);

    public void Dispose() => _pool.Dispose();
}

/// <summary>The observations of one finished replication.</summary>
public sealed record RunResult(int Replication, double[][] Raw, long[][] Transitions)
{
    public double Value(string metric, int month, int subgroup = 0) =>
        Metrics.All[Metrics.IndexOf(metric)].Compute(Raw[month], subgroup * Acc.Count);

    public static RunResult Of(Simulation sim) => new(sim.Replication, sim.MonthlyRaw, sim.MonthlyTransitions);

    /// <summary>Run replication <paramref name="replication"/> of <paramref name="spec"/> to its horizon, from a copy of
    /// <paramref name="start"/> if one is given (see <see cref="Simulation(RunSpec, int, SimulationStart)"/>).</summary>
    public static RunResult Run(RunSpec spec, int replication, CancellationToken cancel = default, Action<Simulation>? afterMonth = null,
        SimulationStart? start = null)
    {
        using var sim = new Simulation(spec, replication, start);
        afterMonth?.Invoke(sim);
        sim.RunToEnd(cancel, afterMonth is null ? null : _ => afterMonth(sim));
        return Of(sim);
    }
}
