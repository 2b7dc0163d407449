namespace Resilience.Engine;

/// <summary>
/// A fixed set of worker threads that process the chunks of one parallel phase. Chunks are claimed dynamically
/// (whichever thread is free takes the next), but every chunk writes only to its own slots, so results never depend
/// on which thread ran what. Unlike Parallel.For it allocates nothing per phase, which keeps the monthly loop
/// allocation-free. With one thread everything runs inline on the caller.
/// </summary>
public sealed class WorkerPool : IDisposable
{
    private readonly Thread[] _threads;
    // Workers sleep on this monitor between phases. Monitor waits use the runtime's own native events, so starting
    // and finishing a phase allocates nothing on the managed heap (a Barrier allocates lazily when it first blocks).
    private readonly object _gate = new();
    private int _generation;
    private int _pending;
    private Action<int>? _body;
    private int _chunks;
    private int _next;
    private volatile bool _disposed;
    private Exception? _failure;

    /// <summary>The most worker threads a pool takes (README: <c>--threads</c>). More threads than cores only add
    /// switching, and each thread reserves a stack. Larger requests are clamped; the CLI refuses them.</summary>
    public const int MaxThreads = 256;

    public int Threads { get; }

    public WorkerPool(int threads)
    {
        Threads = Math.Clamp(threads, 1, MaxThreads);
        _threads = new Thread[Threads - 1];
        for (int t = 0; t < _threads.Length; t++)
        {
            _threads[t] = new Thread(WorkerLoop) { IsBackground = true, Name = $"resilience-worker-{t + 1}" };
            _threads[t].Start();
        }
    }

    /// <summary>Run <paramref name="body"/> for chunks 0..<paramref name="chunks"/>-1 and wait for all of them.</summary>
    public void Run(Action<int> body, int chunks)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (Threads == 1)
        {
            for (int c = 0; c < chunks; c++) body(c);
            return;
        }
        _body = body;
        _chunks = chunks;
        _next = -1;
        _failure = null;
        lock (_gate)
        {
            _pending = _threads.Length;
            _generation++;
            Monitor.PulseAll(_gate);
        }
        Drain();
        lock (_gate)
        {
            while (_pending > 0) Monitor.Wait(_gate);
        }
        _body = null;
        if (_failure is not null) throw new AggregateException(_failure);
    }

    private void Drain()
    {
        try
        {
            int c;
            while ((c = Interlocked.Increment(ref _next)) < _chunks) _body!(c);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
            Interlocked.Exchange(ref _next, int.MaxValue - 1);
        }
    }

    private void WorkerLoop()
    {
        int seen = 0;
        while (true)
        {
            lock (_gate)
            {
                while (_generation == seen && !_disposed) Monitor.Wait(_gate);
                if (_disposed) return;
                seen = _generation;
            }
            Drain();
            lock (_gate)
            {
                if (--_pending == 0) Monitor.PulseAll(_gate);
            }
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        lock (_gate)
        {
            _disposed = true;
            Monitor.PulseAll(_gate);
        }
        foreach (var t in _threads) t.Join();
    }
}
