using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Benchmarks;

/// <summary>
/// The machine's memory-bandwidth reference, measured in the same run as the model benchmarks: a buffer as large as
/// the state that one month of the 1,000,000-client, 120-month run touches at month 60
/// (<see cref="Population.BytesPerClient"/> × (1,000,000 initial clients + half of the pre-allocated entrants)),
/// copied from one array to another (read + write) and, separately, only read (a vectorised sum of longs). The
/// month step reads and writes each client record once, so Copy's time is a floor for
/// <see cref="MonthStepBenchmarks"/> at 1M clients and "GB/s" says how close the model gets to the hardware. The
/// buffer is cut into <see cref="Parts"/> parts that the engine's own <see cref="WorkerPool"/> hands to its threads,
/// as it hands out chunks of clients (nothing is allocated in the measured method).
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

    /// <summary>1, 2 and (with more cores) all cores, unless RESILIENCE_BENCH_THREADS says otherwise.</summary>
    public static IEnumerable<int> ThreadCounts => BenchSetup.Threads();

    private long[] _source = null!;
    private long[] _target = null!;
    private readonly long[] _sums = new long[Parts * 8]; // one cache line (8 longs) per part
    private WorkerPool _pool = null!;

    /// <summary>Parts the buffer is cut into: few and large (46 MB), so each thread streams long runs.</summary>
    public const int Parts = 8;
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
        _pool = new WorkerPool(Threads);
        _copy = CopyPart;
        _sum = SumPart;
    }

    private (int From, int Length) Part(int part)
    {
        long n = _source.Length;
        int from = (int)(n * part / Parts), to = (int)(n * (part + 1) / Parts);
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
        _pool.Run(_copy, Parts);
        return _target[^1];
    }

    /// <summary>Read the whole buffer once (sum of longs).</summary>
    [Benchmark, BufferPasses(1)]
    public long ReadSum()
    {
        _pool.Run(_sum, Parts);
        long total = 0;
        for (int part = 0; part < Parts; part++) total += _sums[part * 8];
        return total;
    }

    [GlobalCleanup]
    public void Cleanup() => _pool.Dispose();
}
