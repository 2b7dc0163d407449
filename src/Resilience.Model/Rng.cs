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

    /// <summary>The base key of one (seed, replication) pair; derive client-month keys from it.</summary>
    public static ulong RunKey(ulong seed, int replication) => Mix(Mix(seed ^ 0x5DEECE66DUL) + (ulong)(uint)replication * 0x9E3779B97F4A7C15UL);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Rng For(ulong runKey, int entity, int month, Stream stream) =>
        new(Mix(runKey ^ ((ulong)(uint)entity * 0xD1B54A32D192ED03UL) ^ ((ulong)(uint)(month + 1000) << 40) ^ ((ulong)stream << 56)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) for draw index <paramref name="k"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double U(int k) => (Mix(_key + (ulong)(uint)k * 0x9E3779B97F4A7C15UL) >> 11) * (1.0 / (1UL << 53));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Chance(int k, double p) => U(k) < p;

    public double Uniform(int k, double lo, double hi) => lo + (hi - lo) * U(k);

    /// <summary>Standard normal by Box–Muller from draws k and k+1.</summary>
    public double Normal(int k)
    {
        double u1 = 1.0 - U(k), u2 = U(k + 1);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Pareto draw with scale <paramref name="xm"/> and shape <paramref name="alpha"/> (heavy-tailed
    /// clawbacks [002 M4]).</summary>
    public double Pareto(int k, double xm, double alpha) => xm / Math.Pow(1.0 - U(k), 1.0 / alpha);

    public int Below(int k, int n) => (int)(U(k) * n);
}
