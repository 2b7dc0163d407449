using Resilience.Model;

namespace Resilience.Engine;

/// <summary>
/// Runs the month the Model declares (<see cref="MonthSchedule"/>) on the engine's fixed chunks of clients: the run's
/// months (<see cref="Simulation.Step"/>) and the burn-in's (<see cref="SimulationStart"/>) both go through
/// <see cref="Run"/>, phase by phase. Sequential phases run on the calling thread; the client phase and the
/// observation run chunk by chunk on the worker pool, and the observation's per-chunk sums are merged in chunk order,
/// so nothing depends on the thread count. A run records each month's observation; the burn-in records nothing and
/// observes only what the model reads back (<see cref="Feedback"/>).
/// </summary>
internal sealed class MonthRunner
{
    private readonly WorkerPool _pool;
    private readonly Population _state;
    private readonly MonthContext _ctx;
    /// <summary>The initial caseload, which the coaches' desks are sized for.</summary>
    private readonly int _stock;
    private readonly ChunkObservation _observation;
    /// <summary>The run's parameters for a month after its scheduled changes (<see cref="Phase.Schedule"/>); null in
    /// the burn-in, which has no schedule.</summary>
    private readonly Func<int, Parameters>? _scheduled;
    /// <summary>Where a run records each month's observation (null in the burn-in).</summary>
    private readonly double[][]? _raw;
    private readonly long[][]? _transitions;
    private readonly Action<int> _stepChunk;
    private readonly Action<int> _observeChunk;
    private bool _observeAfterStep;

    /// <summary>Tests only: told each phase as it starts, on the thread that runs the month.</summary>
    [ThreadStatic] internal static Action<Phase>? t_phaseStarted;

    /// <summary>Clients [0, Entered) have entered by the current month; the rest are future entrants, laid out in
    /// order of entry month by <see cref="Synthesis.Fill(Population, int, int, Parameters, Coaches, ulong, int, int)"/>,
    /// who have nothing to do and nothing to observe, so the chunked phases stop at the last chunk holding an entered client.</summary>
    public int Entered { get; private set; }

    private MonthRunner(WorkerPool pool, Population state, MonthContext ctx, int stock, int entered, Func<int, Parameters>? scheduled,
        double[][]? raw, long[][]? transitions)
    {
        _pool = pool;
        _state = state;
        _ctx = ctx;
        _stock = stock;
        Entered = entered;
        _scheduled = scheduled;
        _raw = raw;
        _transitions = transitions;
        _observation = new ChunkObservation(state.Count, ctx.P.Neighbourhoods);
        _stepChunk = Recording ? StepChunk : StepChunkInBurnIn;
        _observeChunk = Recording ? ObserveChunk : FeedbackChunk;
    }

    /// <summary>The months of a run, recorded into <paramref name="raw"/> and <paramref name="transitions"/> (a row per month).</summary>
    public static MonthRunner ForRun(WorkerPool pool, Population state, MonthContext ctx, int stock, int entered,
        Func<int, Parameters> scheduled, double[][] raw, long[][] transitions) =>
        new(pool, state, ctx, stock, entered, scheduled, raw, transitions);

    /// <summary>The months of a burn-in: nothing is recorded.</summary>
    public static MonthRunner ForBurnIn(WorkerPool pool, Population state, MonthContext ctx, int stock) =>
        new(pool, state, ctx, stock, entered: 0, scheduled: null, raw: null, transitions: null);

    private bool Recording => _raw is not null;

    private int ActiveChunks => Simulation.Chunks(Entered);

    /// <summary>Run the phases of <paramref name="schedule"/> (<see cref="MonthSchedule.Month"/> or
    /// <see cref="MonthSchedule.BurnInMonth"/>) for <paramref name="month"/>, in order.</summary>
    public void Run(Phase[] schedule, int month)
    {
        _ctx.Month = month;
        for (int k = 0; k < schedule.Length; k++) // indexed loop: no enumerator allocation per month
        {
            var phase = schedule[k];
            t_phaseStarted?.Invoke(phase);
            switch (phase)
            {
                case Phase.Schedule:
                    _ctx.P = (_scheduled ?? throw new InvalidOperationException("The burn-in has no schedule."))(month);
                    break;
                case Phase.Coaches:
                    _ctx.Coaches.MonthlyTurnover(_ctx.P, _stock, _ctx.RunKey, month);
                    break;
                case Phase.Clients:
                    ClientPhase(month);
                    break;
                case Phase.BufferGrants:
                    Money.GrantBuffers(_state, Entered, _ctx.Coaches, _ctx.P, month);
                    break;
                case Phase.Observation:
                    Observe(month);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(schedule), phase, "A phase the engine does not run.");
            }
        }
    }

    private void ClientPhase(int month)
    {
        _ctx.Prepare();
        Entered = Simulation.EnteredBy(_state, Entered, month);
        // Without buffer grants nothing changes between a chunk's step and its observation, so each chunk of a run is
        // observed right after its step, while its clients are still in cache; with grants the observation waits for
        // the sequential grant pass. The sums are the same either way.
        _observeAfterStep = Recording && !Money.GrantsBuffers(_ctx.P);
        _pool.Run(_stepChunk, ActiveChunks);
    }

    /// <summary>The month's observation: into its rows of the record in a run (and the month's feedback), the feedback
    /// alone in the burn-in. Also the run's observation of its initial state (month 0).</summary>
    public void Observe(int month)
    {
        if (!_observeAfterStep) _pool.Run(_observeChunk, ActiveChunks);
        _observeAfterStep = false;
        if (Recording) _observation.Merge(ActiveChunks, _raw![month], _transitions![month], _ctx);
        else _observation.MergeFeedback(ActiveChunks, _ctx);
    }

    private void StepChunk(int chunk)
    {
        int from = chunk * Simulation.ChunkSize, to = Math.Min(Entered, from + Simulation.ChunkSize);
        for (int i = from; i < to; i++) ClientStep.Step(_state, i, _ctx);
        if (_observeAfterStep) ObserveChunk(chunk);
    }

    private void StepChunkInBurnIn(int chunk)
    {
        int from = chunk * Simulation.ChunkSize, to = Math.Min(Entered, from + Simulation.ChunkSize);
        for (int i = from; i < to; i++) Synthesis.StepInBurnIn(_state, i, _ctx);
    }

    private void ObserveChunk(int chunk) => _observation.Accumulate(chunk, _state, _ctx.P, _ctx.Month);

    private void FeedbackChunk(int chunk) => _observation.Feedback(chunk, _state, _ctx.P);
}
