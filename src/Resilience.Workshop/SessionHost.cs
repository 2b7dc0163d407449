using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Resilience.Workshop;

/// <summary>One viewer's queue of snapshots to send. A viewer that falls hopelessly behind is dropped; its browser
/// reconnects and is sent the whole current state, so it loses nothing but intermediate frames.</summary>
public sealed class Viewer(long id, int subgroup)
{
    public const int QueueLength = 512;
    public long Id { get; } = id;
    public int Subgroup { get; } = subgroup;
    public Channel<Snapshot> Queue { get; } = Channel.CreateBounded<Snapshot>(
        new BoundedChannelOptions(QueueLength) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
}

/// <summary>
/// Runs a <see cref="SessionCore"/> on one loop that alone touches the simulation: it executes commands from the API
/// in arrival order, steps a month whenever the session plays and its interval is due, and hands every new snapshot
/// to every connected viewer. Requests never wait for each other's simulation work beyond their turn in the queue.
/// </summary>
public sealed class SessionHost : IHostedService, IDisposable
{
    private readonly SessionCore _core;
    private readonly SessionArchive _archive;
    private readonly ILogger _log;
    private readonly Channel<Action<SessionCore>> _commands =
        Channel.CreateUnbounded<Action<SessionCore>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<long, Viewer> _viewers = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _wake = new(0);
    private Thread? _loop;
    private long _nextViewer;
    private volatile Snapshot _current;

    public SessionHost(SessionCore core, SessionArchive archive, ILogger<SessionHost> log)
    {
        _core = core;
        _archive = archive;
        _log = log;
        _current = core.Current;
    }

    public Snapshot Current => _current;
    public int ViewerCount => _viewers.Count;
    private long _droppedViewers;
    /// <summary>Viewers dropped because their queue was full (the load test asserts none).</summary>
    public long DroppedViewers => Interlocked.Read(ref _droppedViewers);
    /// <summary>The most states waiting in any viewer's queue: above one or two, that viewer's connection is full
    /// (its writes wait for the viewer to read). Tests use it to put the server in that state.</summary>
    public int MostQueued => _viewers.Values.Select(v => v.Queue.Reader.Count).DefaultIfEmpty(0).Max();

    public Viewer Subscribe(int subgroup)
    {
        var v = new Viewer(Interlocked.Increment(ref _nextViewer), subgroup);
        _viewers[v.Id] = v;
        return v;
    }

    public void Unsubscribe(Viewer v)
    {
        _viewers.TryRemove(v.Id, out _);
        v.Queue.Writer.TryComplete();
    }

    /// <summary>Run <paramref name="action"/> on the session loop and return its result; the snapshot it returns (if
    /// any) is sent to every viewer first.</summary>
    public Task<T> Run<T>(Func<SessionCore, (Snapshot? Snapshot, T Result)> action)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool queued = _commands.Writer.TryWrite(core =>
        {
            try
            {
                var (snapshot, result) = action(core);
                if (snapshot is not null) Publish(snapshot);
                done.SetResult(result);
            }
            catch (Exception e) { done.SetException(e); }
        });
        if (!queued) done.SetException(new OperationCanceledException("The session is shutting down."));
        else _wake.Release();
        return done.Task;
    }

    public Task<Snapshot> Run(Func<SessionCore, Snapshot> action) => Run(core => { var s = action(core); return (s, s); });

    private void Publish(Snapshot snapshot)
    {
        _current = snapshot;
        foreach (var v in _viewers.Values)
            if (!v.Queue.Writer.TryWrite(snapshot))
            {
                Interlocked.Increment(ref _droppedViewers);
                Unsubscribe(v); // its connection ends; the browser reconnects and gets the full state
            }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A dedicated thread: the session keeps its rhythm even when the thread pool is busy serving viewers.
        _loop = new Thread(Loop) { IsBackground = true, Name = "workshop-session" };
        _loop.Start();
        return Task.CompletedTask;
    }

    private void Loop()
    {
        var clock = Stopwatch.StartNew();
        double nextTick = 0;
        bool wasPlaying = false;
        var reader = _commands.Reader;
        var stop = _stop.Token;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                while (reader.TryRead(out var command)) command(_core);
                int waitMs = Timeout.Infinite;
                if (_core.Playing)
                {
                    double now = clock.Elapsed.TotalMilliseconds;
                    if (!wasPlaying) { nextTick = now; wasPlaying = true; } // the first month comes at once
                    if (now >= nextTick)
                    {
                        try { Publish(_core.Step()); }
                        catch (Exception e)
                        {
                            _log.LogError(e, "Stepping the session failed; pausing.");
                            Publish(_core.Pause());
                        }
                        // Keep the rhythm; after a month slower than the interval, do not catch up in a burst.
                        nextTick = Math.Max(nextTick + 1000 / _core.MonthsPerSecond, clock.Elapsed.TotalMilliseconds);
                        continue;
                    }
                    waitMs = (int)Math.Ceiling(nextTick - now);
                }
                else wasPlaying = false;
                _wake.Wait(waitMs, stop);
            }
        }
        catch (OperationCanceledException) { }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stop.Cancel();
        _commands.Writer.TryComplete();
        _loop?.Join();
        while (_commands.Reader.TryRead(out var command)) command(_core); // answer what was still queued
        _archive.Save(_core); // the session as it ended, nothing after it
        if (_archive.Error is { } error) _log.LogError("{Error}", error);
        foreach (var v in _viewers.Values) Unsubscribe(v);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _stop.Dispose();
        _wake.Dispose();
        _core.Dispose();
    }
}
