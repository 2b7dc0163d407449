using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Resilience.Model;

namespace Resilience.Benchmarks;

/// <summary>
/// The machine's memory-bandwidth reference, measured in the same run as the model benchmarks: a buffer as large as
/// the state that one month of the 1,000,000-client, 120-month run touches at month 60
/// (<see cref="Population.BytesPerClient"/> × (1,000,000 initial clients + half of the pre-allocated entrants)),
/// copied from one array to another (read + write) and, separately, only read (a vectorised sum of longs). The
/// month step reads and writes most of that state once or twice, so Copy's time is a floor for
/// <see cref="MonthStepBenchmarks"/> at 1M clients and "GB/s" says how close the model gets to the hardware. With 2
/// threads each thread streams its own half (a fixed split on threads started in setup; nothing is allocated in
/// the measured method).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BandwidthConfig))]
[BenchJob(warmupCount: 3, iterationCount: 15, InvocationCount = 4)] // about 0.2 s per iteration
public class MemoryBandwidthBenchmarks
{
    /// <summary>State slots of a 1M-client, 120-month run at month 60 (approximately: initial clients plus half
    /// the entrants, who arrive evenly over the horizon).</summary>
    public static long Slots => 1_000_000 + Synthesis.Entrants(1_000_000, 120, new Parameters()) / 2;

    /// <summary>Bytes of each buffer (a whole number of longs).</summary>
    public static long BufferBytes => Population.BytesPerClient * Slots / sizeof(long) * sizeof(long);

    [ParamsSource(nameof(ThreadCounts))] public int Threads;

    /// <summary>1 and 2 unless RESILIENCE_BENCH_THREADS narrows them.</summary>
    public static IEnumerable<int> ThreadCounts => BenchSetup.Threads();

    private long[] _source = null!;
    private long[] _target = null!;
    private readonly long[] _sums = new long[64]; // one cache line (8 longs) per thread
    private PartitionPool _pool = null!;
    private Action<int> _copy = null!;
    private Action<int> _sum = null!;

    [GlobalSetup]
    public void Setup()
    {
        int length = checked((int)(BufferBytes / sizeof(long)));
        _source = new long[length];
        _target = new long[length];
        for (int i = 0; i < length; i++) _source[i] = i; // touch every page of both buffers before measuring
        _source.AsSpan().CopyTo(_target);
        _pool = new PartitionPool(Threads);
        _copy = CopyPart;
        _sum = SumPart;
    }

    private (int From, int Length) Part(int part)
    {
        long n = _source.Length;
        int from = (int)(n * part / Threads), to = (int)(n * (part + 1) / Threads);
        return (from, to - from);
    }

    private void CopyPart(int part)
    {
        var (from, length) = Part(part);
        _source.AsSpan(from, length).CopyTo(_target.AsSpan(from, length));
    }

    private void SumPart(int part)
    {
        var (from, length) = Part(part);
        var vectors = MemoryMarshal.Cast<long, Vector<long>>(_source.AsSpan(from, length));
        Vector<long> a = default, b = default, c = default, d = default;
        int k = 0;
        for (; k + 4 <= vectors.Length; k += 4)
        {
            a += vectors[k]; b += vectors[k + 1]; c += vectors[k + 2]; d += vectors[k + 3];
        }
        for (; k < vectors.Length; k++) a += vectors[k];
        long sum = Vector.Sum(a + b + c + d);
        for (int i = from + vectors.Length * Vector<long>.Count; i < from + length; i++) sum += _source[i];
        _sums[part * 8] = sum;
    }

    /// <summary>Copy the whole buffer: bytes read + bytes written = 2 × buffer.</summary>
    [Benchmark, BufferPasses(2)]
    public long Copy()
    {
        _pool.Run(_copy);
        return _target[^1];
    }

    /// <summary>Read the whole buffer once (sum of longs).</summary>
    [Benchmark, BufferPasses(1)]
    public long ReadSum()
    {
        _pool.Run(_sum);
        long total = 0;
        for (int t = 0; t < Threads; t++) total += _sums[t * 8];
        return total;
    }

    [GlobalCleanup]
    public void Cleanup() => _pool.Dispose();
}

/// <summary>Runs part t of a job on thread t (the caller is thread 0): a fixed split, no allocation per run.</summary>
internal sealed class PartitionPool : IDisposable
{
    private readonly Thread[] _workers;
    private readonly Barrier? _start;
    private readonly Barrier? _done;
    private Action<int>? _body;
    private volatile bool _disposed;

    public int Threads { get; }

    public PartitionPool(int threads)
    {
        Threads = Math.Max(1, threads);
        _workers = new Thread[Threads - 1];
        if (Threads == 1) return;
        _start = new Barrier(Threads);
        _done = new Barrier(Threads);
        for (int t = 0; t < _workers.Length; t++)
        {
            int part = t + 1;
            _workers[t] = new Thread(() => Loop(part)) { IsBackground = true, Name = $"bandwidth-{part}" };
            _workers[t].Start();
        }
    }

    public void Run(Action<int> body)
    {
        if (Threads == 1)
        {
            body(0);
            return;
        }
        _body = body;
        _start!.SignalAndWait();
        body(0);
        _done!.SignalAndWait();
        _body = null;
    }

    private void Loop(int part)
    {
        while (true)
        {
            _start!.SignalAndWait();
            if (_disposed) return;
            _body!(part);
            _done!.SignalAndWait();
        }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (Threads == 1) return;
        _start!.SignalAndWait();
        foreach (var w in _workers) w.Join();
        _start.Dispose();
        _done!.Dispose();
    }
}
