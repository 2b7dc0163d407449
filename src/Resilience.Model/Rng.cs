using System.Runtime.CompilerServices;

namespace Resilience.Model;

/// <summary>Random streams, one per submodel (MODEL.md §9), so that a lever acting on one process never shifts the
/// draws of another.</summary>
public enum Stream : uint
{
    Synthesis = 1, Household, LifeEvents, Money, Coaching, Work, Activities, Psychology, Coaches, CoachTurnover,
    BurnInReplacement,
}

/// <summary>
/// Counter-based random numbers: every draw is a pure function of (seed, replication, client, month, stream, draw
/// index), computed with the SplitMix64 finaliser. No generator state is carried from one client or month to the
/// next, so results do not depend on the order or the thread in which clients are processed, and each decision of a
/// submodel uses a fixed draw index so that skipping one draw never shifts another.
/// </summary>
public readonly struct Rng
{
    private readonly ulong _key;

    private Rng(ulong key) => _key = key;

    // SplitMix64 (Steele, Lea & Flood 2014): the golden-ratio increment and the finaliser's multipliers and shifts.
    internal const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;
    private const ulong MixMultiplier1 = 0xBF58476D1CE4E5B9UL, MixMultiplier2 = 0x94D049BB133111EBUL;
    private const int MixShift1 = 30, MixShift2 = 27, MixShift3 = 31;

    /// <summary>Salt of the seed (the multiplier of java.util.Random, any odd constant would do).</summary>
    private const ulong SeedSalt = 0x5DEECE66DUL;

    /// <summary>Odd multiplier that spreads entity numbers over the key (R2 sequence constant).</summary>
    private const ulong EntityMultiplier = 0xD1B54A32D192ED03UL;

    /// <summary>The month enters the key offset by this, so the synthesis month −1 and the burn-in months stay
    /// positive, at bit <see cref="MonthShift"/>; the stream at bit <see cref="StreamShift"/>.</summary>
    private const int MonthOffset = 1000, MonthShift = 40, StreamShift = 56;

    /// <summary>A uniform double takes the top 53 bits of a 64-bit word.</summary>
    private const int MantissaBits = 53, DiscardedBits = 64 - MantissaBits;
    private const double UnitScale = 1.0 / (1UL << MantissaBits);

    /// <summary>Box–Muller: radius √(−2 ln u₁), angle 2π u₂.</summary>
    private const double BoxMullerLogScale = -2.0, FullCircle = 2.0 * Math.PI;

    /// <summary>The base key of one (seed, replication) pair; derive client-month keys from it.</summary>
    public static ulong RunKey(ulong seed, int replication) => Mix(Mix(seed ^ SeedSalt) + (ulong)(uint)replication * GoldenGamma);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Rng For(ulong runKey, int entity, int month, Stream stream) =>
        new(Mix(runKey ^ ((ulong)(uint)entity * EntityMultiplier) ^ ((ulong)(uint)(month + MonthOffset) << MonthShift) ^ ((ulong)stream << StreamShift)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> MixShift1)) * MixMultiplier1;
        z = (z ^ (z >> MixShift2)) * MixMultiplier2;
        return z ^ (z >> MixShift3);
    }

    /// <summary>Uniform in [0, 1) for draw index <paramref name="k"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double U(int k) => (Mix(_key + (ulong)(uint)k * GoldenGamma) >> DiscardedBits) * UnitScale;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(int k, double p) => U(k) < p;

    public double Uniform(int k, double lo, double hi) => lo + (hi - lo) * U(k);

    /// <summary>Standard normal by Box–Muller from draws k and k+1.</summary>
    public double Normal(int k)
    {
        double u1 = 1.0 - U(k), u2 = U(k + 1);
        return Math.Sqrt(BoxMullerLogScale * Math.Log(u1)) * Math.Cos(FullCircle * u2);
    }

    /// <summary>Pareto draw with scale <paramref name="xm"/> and shape <paramref name="alpha"/> (heavy-tailed
    /// clawbacks [002 M4]).</summary>
    public double Pareto(int k, double xm, double alpha) => xm / Math.Pow(1.0 - U(k), 1.0 / alpha);

    public int Below(int k, int n) => (int)(U(k) * n);

    // The same draws by a stream's named index (Draw.*): an enum member is its index. Generic over the enum, so the
    // JIT compiles each use to the int version above — no boxing, no cost.

    /// <summary>Uniform in [0, 1) for the named draw <paramref name="k"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double U<T>(T k) where T : unmanaged, Enum => U(Index(k));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance<T>(T k, double p) where T : unmanaged, Enum => U(Index(k)) < p;

    public double Uniform<T>(T k, double lo, double hi) where T : unmanaged, Enum => Uniform(Index(k), lo, hi);

    /// <summary>Standard normal from the named draw and the one reserved after it.</summary>
    public double Normal<T>(T k) where T : unmanaged, Enum => Normal(Index(k));

    public double Pareto<T>(T k, double xm, double alpha) where T : unmanaged, Enum => Pareto(Index(k), xm, alpha);

    public int Below<T>(T k, int n) where T : unmanaged, Enum => Below(Index(k), n);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index<T>(T k) where T : unmanaged, Enum => System.Runtime.CompilerServices.Unsafe.As<T, int>(ref k);
}
