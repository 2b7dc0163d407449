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
/// One replication of the model, steppable month by month (MODEL.md §3.1, §9). Each month: scheduled lever
/// changes, the sequential coach phase, the parallel client phase in fixed chunks, the sequential buffer-grant pass,
/// and the parallel observation whose per-chunk sums are merged in chunk order (so totals never depend on the
/// thread count). Nothing is allocated per month once the run is built. <see cref="Fork"/> splits a run into two
/// branches that share history and random streams.
/// </summary>
public sealed class Simulation : IDisposable
{
    public const int ChunkSize = 4096;

    private readonly RunSpec _spec;
    private readonly WorkerPool _pool;
    private readonly int _chunks;
    private readonly double[][] _chunkAcc;
    private readonly long[][] _chunkTransitions;
    private readonly int[][] _chunkNeighbourhood;
    /// <summary>Per chunk, the caseload's prospect sum and size in a burn-in month (<see cref="ObserveFeedback"/>).</summary>
    private readonly double[] _chunkProspect;
    private readonly long[] _chunkCaseload;
    private readonly MonthContext _ctx;
    private readonly Action<int> _stepChunk;
    private readonly Action<int> _observeChunk;
    private readonly Action<int> _feedbackChunk;
    private readonly List<ScheduledChange> _applied;
    /// <summary>Clients [0, _entered) have entered by the current month; the rest are future entrants, laid out in
    /// order of entry month by <see cref="Synthesis.Fill(Population, int, int, Parameters, Coaches, ulong)"/>, who
    /// have nothing to do and nothing to observe, so the monthly phases stop at the last chunk holding an entered client.</summary>
    private int _entered;
    private bool _observeAfterStep;

    public Parameters Parameters { get; private set; }
    public Population State { get; }
    public Coaches Coaches { get; private set; }
    public int Replication { get; }
    public ulong RunKey { get; }
    public int Month { get; private set; }
    public int Months => _spec.Months;
    public int InitialClients => _spec.Clients;
    public ulong Seed => _spec.Seed;
    public int Threads => _pool.Threads;

    /// <summary>Raw accumulators per month (index 0 = the initial state), Subgroups.Count × Acc.Count each.</summary>
    public double[][] MonthlyRaw { get; }
    /// <summary>Resilience-type transitions per month, indexed (from × 3 + to) × triggers + trigger.</summary>
    public long[][] MonthlyTransitions { get; }
    /// <summary>Every lever change that took effect, in order (schedule and live), for export.</summary>
    public IReadOnlyList<ScheduledChange> AppliedChanges => _applied;

    public Simulation(RunSpec spec, int replication)
    {
        if (spec.Clients < 1) throw new ArgumentOutOfRangeException(nameof(spec), "clients must be at least 1");
        if (spec.Months < 1) throw new ArgumentOutOfRangeException(nameof(spec), "months must be at least 1");
        _spec = spec;
        Replication = replication;
        RunKey = Rng.RunKey(spec.Seed, replication);
        Parameters = spec.Parameters.Clone();
        _applied = [];
        foreach (var change in spec.Schedule.Where(c => c.Month <= 0)) Apply(change.Values, 0);

        // The people and their history up to month 0 do not depend on the levers: they are drawn, and run through the
        // burn-in, with every lever at its default (common random numbers from month 0 on).
        var burnIn = Parameters.Clone();
        foreach (var lever in ParameterRegistry.Levers) lever.Set(burnIn, lever.Meta.Default);
        int stockMonth = Synthesis.StockMonth(burnIn);
        Coaches = new Coaches();
        Coaches.Resize(Coaches.Required(spec.Clients, burnIn.CoachCaseload), burnIn, RunKey, stockMonth);
        int total = spec.Clients + Synthesis.Entrants(spec.Clients, spec.Months, Parameters);
        State = new Population(total);
        _pool = new WorkerPool(spec.Threads);
        (_chunks, _chunkAcc, _chunkTransitions, _chunkNeighbourhood) = AllocateChunks(total, Parameters.Neighbourhoods);
        (_chunkProspect, _chunkCaseload) = (new double[_chunks], new long[_chunks]);
        var coaches0 = Coaches;
        _pool.Run(chunk => Synthesis.Fill(State, spec.Clients, spec.Months, burnIn, coaches0, RunKey,
            chunk * ChunkSize, Math.Min(total, (chunk + 1) * ChunkSize)), _chunks);
        MonthlyRaw = new double[spec.Months + 1][];
        MonthlyTransitions = new long[spec.Months + 1][];
        for (int m = 0; m <= spec.Months; m++)
        {
            MonthlyRaw[m] = new double[Subgroups.Count * Acc.Count];
            MonthlyTransitions[m] = new long[Observer.TransitionSlots];
        }
        _ctx = new MonthContext
        {
            P = burnIn, Month = stockMonth, RunKey = RunKey, Coaches = Coaches,
            NeighbourhoodBenefitShare = new float[Math.Max(1, Parameters.Neighbourhoods)],
        };
        _stepChunk = StepChunk;
        _observeChunk = ObserveChunk;
        _feedbackChunk = FeedbackChunk;
        AdvanceEntered();
        BurnIn(burnIn, stockMonth);
        _ctx.P = Parameters;
        _ctx.Month = 0;
        Observe();
    }

    /// <summary>Run the initial stock from <paramref name="stockMonth"/> to month 0 under <paramref name="burnIn"/>
    /// (MODEL.md §5): coach turnover, every client's month, and the neighbourhood norms; a stock
    /// member who leaves is replaced by an entrant (<see cref="Synthesis.ReplaceDuringBurnIn"/>). Nothing is
    /// recorded; month 0 then starts with a clean slate of events.</summary>
    private void BurnIn(Parameters burnIn, int stockMonth)
    {
        if (stockMonth >= 0) return;
        int stock = _spec.Clients;
        Action<int> step = chunk =>
        {
            int from = chunk * ChunkSize, to = Math.Min(stock, from + ChunkSize);
            for (int i = from; i < to; i++)
            {
                ClientStep.Step(State, i, _ctx);
                if (!State[i].OnCaseload) Synthesis.ReplaceDuringBurnIn(State, i, _ctx.Month, burnIn, Coaches, RunKey);
            }
        };
        int chunks = (stock + ChunkSize - 1) / ChunkSize;
        for (int m = stockMonth; m < 0; m++)
        {
            Coaches.MonthlyTurnover(burnIn, stock, RunKey, m);
            _ctx.Month = m;
            _ctx.P = burnIn;
            _ctx.Prepare();
            _pool.Run(step, chunks);
            ObserveFeedback(chunks);
        }
        for (int i = 0; i < stock; i++) ClientStep.ClearMonth(ref State[i]);
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
        (_chunks, _chunkAcc, _chunkTransitions, _chunkNeighbourhood) = AllocateChunks(State.Count, Parameters.Neighbourhoods);
        (_chunkProspect, _chunkCaseload) = (new double[_chunks], new long[_chunks]);
        MonthlyRaw = source.MonthlyRaw.Select(a => (double[])a.Clone()).ToArray();
        MonthlyTransitions = source.MonthlyTransitions.Select(a => (long[])a.Clone()).ToArray();
        _ctx = new MonthContext
        {
            P = Parameters, Month = Month, RunKey = RunKey, Coaches = Coaches,
            NeighbourhoodBenefitShare = (float[])source._ctx.NeighbourhoodBenefitShare.Clone(),
            MeanProspect = source._ctx.MeanProspect,
        };
        _stepChunk = StepChunk;
        _observeChunk = ObserveChunk;
        _feedbackChunk = FeedbackChunk;
        _entered = source._entered;
    }

    private static (int, double[][], long[][], int[][]) AllocateChunks(int count, int neighbourhoods)
    {
        int chunks = (count + ChunkSize - 1) / ChunkSize;
        var acc = new double[chunks][];
        var tr = new long[chunks][];
        var nb = new int[chunks][];
        for (int c = 0; c < chunks; c++)
        {
            acc[c] = new double[Subgroups.Count * Acc.Count];
            tr[c] = new long[Observer.TransitionSlots];
            nb[c] = new int[2 * Math.Max(1, neighbourhoods)];
        }
        return (chunks, acc, tr, nb);
    }

    /// <summary>A new branch from this month on: same people, same history, same random streams (common random
    /// numbers), independent from here.</summary>
    public Simulation Fork() => new(this);

    public bool Finished => Month >= Months;

    /// <summary>Advance one month.</summary>
    public void Step()
    {
        if (Finished) throw new InvalidOperationException($"The run has reached its horizon of {Months} months.");
        Month++;
        var schedule = _spec.Schedule;
        for (int k = 0; k < schedule.Count; k++) // indexed loop: no enumerator allocation per month
            if (schedule[k].Month == Month) Apply(schedule[k].Values, Month);

        CoachPhase();
        _ctx.Month = Month;
        _ctx.P = Parameters;
        _ctx.Prepare();
        AdvanceEntered();
        // Without buffer grants nothing changes between a chunk's step and its observation, so each chunk is
        // observed right after its step, while its clients are still in cache; with grants the observation waits
        // for the sequential grant pass.
        _observeAfterStep = !BufferGrantsOn;
        _pool.Run(_stepChunk, ActiveChunks);
        BufferGrantPass();
        Observe(observed: _observeAfterStep);
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
            if (name is "population.neighbourhoods" or "inflow.monthlyShare" or "population.burnInMonths")
                throw new ArgumentException($"{name} shapes the population and can only be set before the run starts.");
        }
        Apply(values, Month + 1);
    }

    private void Apply(IReadOnlyDictionary<string, double> values, int fromMonth)
    {
        var p = Parameters.Clone(); // branches and earlier months keep their own parameter objects
        foreach (var (name, value) in values) ParameterRegistry.Get(name).Set(p, value);
        Parameters = p;
        _applied.Add(new ScheduledChange(fromMonth, new Dictionary<string, double>(values)));
    }

    private void AdvanceEntered()
    {
        var s = State;
        while (_entered < s.Count && s[_entered].EntryMonth <= Month) _entered++;
    }

    private bool BufferGrantsOn => Parameters.BufferBudgetPerCoachMonth > 0;

    private int ActiveChunks => (_entered + ChunkSize - 1) / ChunkSize;

    private void CoachPhase() => Coaches.MonthlyTurnover(Parameters, _spec.Clients, RunKey, Month);

    private void StepChunk(int chunk)
    {
        int from = chunk * ChunkSize, to = Math.Min(State.Count, from + ChunkSize);
        for (int i = from; i < to; i++) ClientStep.Step(State, i, _ctx);
        if (_observeAfterStep) ObserveChunk(chunk);
    }

    private void FeedbackChunk(int chunk)
    {
        int from = chunk * ChunkSize, to = Math.Min(State.Count, from + ChunkSize);
        Array.Clear(_chunkNeighbourhood[chunk]);
        Observer.Feedback(State, _ctx.P, from, to, _chunkNeighbourhood[chunk], out _chunkProspect[chunk], out _chunkCaseload[chunk]);
    }

    private void BufferGrantPass() => Money.GrantBuffers(State, _entered, Coaches, Parameters, Month);

    private void ObserveChunk(int chunk)
    {
        int from = chunk * ChunkSize, to = Math.Min(State.Count, from + ChunkSize);
        Array.Clear(_chunkAcc[chunk]);
        Array.Clear(_chunkTransitions[chunk]);
        Array.Clear(_chunkNeighbourhood[chunk]);
        Observer.Accumulate(State, _ctx.P, _ctx.Month, from, to, _chunkAcc[chunk], _chunkTransitions[chunk], _chunkNeighbourhood[chunk]);
    }

    private void Observe(bool observed = false) => ObserveInto(MonthlyRaw[Month], MonthlyTransitions[Month], observed);

    private void ObserveInto(double[] raw, long[] tr, bool observed)
    {
        int chunks = ActiveChunks;
        if (!observed) _pool.Run(_observeChunk, chunks);
        Array.Clear(raw);
        Array.Clear(tr);
        for (int c = 0; c < chunks; c++) // merged in chunk order: deterministic floating-point sums
        {
            var a = _chunkAcc[c];
            for (int k = 0; k < raw.Length; k++) raw[k] += a[k];
            var t = _chunkTransitions[c];
            for (int k = 0; k < tr.Length; k++) tr[k] += t[k];
        }
        Observer.ApplyPrices(raw, Parameters);
        SetFeedback(chunks, raw[Acc.SumProspect], raw[Acc.Caseload]);
    }

    /// <summary>A burn-in month records nothing: only what the model reads back (neighbourhood benefit shares, the
    /// caseload's mean prospect) is observed, chunk by chunk and merged in chunk order like <see cref="ObserveInto"/>.</summary>
    private void ObserveFeedback(int chunks)
    {
        _pool.Run(_feedbackChunk, chunks);
        double sum = 0, n = 0;
        for (int c = 0; c < chunks; c++) { sum += _chunkProspect[c]; n += _chunkCaseload[c]; }
        SetFeedback(chunks, sum, n);
    }

    /// <summary>The neighbourhood shares from the chunks' counts and the mean prospect, for the next month.</summary>
    private void SetFeedback(int chunks, double prospectSum, double caseload)
    {
        var nbShare = _ctx.NeighbourhoodBenefitShare;
        Span<int> nb = stackalloc int[2 * nbShare.Length];
        for (int c = 0; c < chunks; c++)
        {
            var n = _chunkNeighbourhood[c];
            for (int k = 0; k < nb.Length; k++) nb[k] += n[k];
        }
        for (int k = 0; k < nbShare.Length; k++) nbShare[k] = nb[2 * k] > 0 ? (float)nb[2 * k + 1] / nb[2 * k] : 0.5f;
        _ctx.MeanProspect = caseload > 0 ? prospectSum / caseload : MonthContext.InitialMeanProspect;
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

    /// <summary>Run replication <paramref name="replication"/> of <paramref name="spec"/> to its horizon.</summary>
    public static RunResult Run(RunSpec spec, int replication, CancellationToken cancel = default, Action<Simulation>? afterMonth = null)
    {
        using var sim = new Simulation(spec, replication);
        afterMonth?.Invoke(sim);
        sim.RunToEnd(cancel, afterMonth is null ? null : _ => afterMonth(sim));
        return Of(sim);
    }
}
