using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using Resilience.Engine;
using Resilience.Model;
using RandomStream = Resilience.Model.Stream;

namespace Resilience.Benchmarks;

/// <summary>
/// An experiment, not part of the engine: what would stepping several clients at once in SIMD lanes buy? Two kernels
/// on the state of a real run at month 60 stored column by column (struct of arrays), each written twice: as the
/// submodels are written now (one client at a time) and over four clients at a time in <see cref="Vector256{T}"/>
/// lanes. Each pair writes every result and must agree bit for bit (checked in setup), so each comparison is between
/// two ways of computing the same numbers; the ratio of the times is the gain a rewrite of the submodels in lanes could
/// expect, and benchmarks/README.md reports it.
/// <list type="bullet">
/// <item>"psychology": the arithmetic core of the psychology submodel (load, health, self-efficacy, aspiration, fears,
/// the three indicators with the weakest link, and the type with hysteresis and the crisis tipping point; MODEL.md
/// §3.3.7) with the model's formulas and default parameters, with one simplification made in both versions alike: the
/// model's <c>1 − health</c> terms, which C# computes in single precision, are computed in double.</item>
/// <item>"life-event draws": the eight hazard draws of the life-events submodel with the engine's counter-based random
/// numbers (<see cref="Rng"/>), against hazards that rise with load.</item>
/// </list>
/// </summary>
[Config(typeof(ThroughputConfig))]
[BenchJob(warmupCount: 3, iterationCount: 15)]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LaneKernelBenchmarks
{
    /// <summary>The model's default parameters (read once; the JIT treats them as constants).</summary>
    private static readonly Parameters P = new();
    private static readonly double LoadSmoothing = P.LoadSmoothing, MentalRecovery = P.MentalRecovery, OverloadDamage = P.OverloadDamage,
        DurationDecline = P.DurationDecline, LabourDemand = P.LabourDemand, NormWeight = P.NeighbourhoodNormWeight,
        AspirationAdjustment = P.AspirationAdjustment, WeakestLink = P.WeakestLinkWeight, AdaptiveUpper = P.AdaptiveUpper,
        AdaptiveLower = P.AdaptiveLower, CrisisExitRatio = P.CrisisExitRatio;
    private static readonly double[] DebtPressure = [0, 0.03, 0.15, 0.06, 0.2];
    private static readonly double[] DebtEconomic = [0, 0.5, 0.2, 0.45, 0.15];

    /// <summary>Flags per client (bits of <see cref="KernelState.Flags"/>).</summary>
    private const int Clawback = 1, Sanction = 2, SingleParent = 4, HarmfulTie = 8, Waiting = 16, Caseload = 32,
        Contacted = 64, Scarred = 128, LongSpell = 256;

    /// <summary>The kernel's inputs and outputs, one array per field.</summary>
    private sealed class KernelState
    {
        public readonly int Count;
        public readonly float[] Load, Shortfall, Physical, Mental, Support, Strain, Trust, Capacity, MentalBase, PhysicalBase,
            Efficacy, Aspiration, Discouragement, Fear, OffsettingFear, Savings, Neighbourhood, Weakest, Orientation, Control, Future;
        public readonly int[] Arrears, Debt, Flags, Type;

        public KernelState(int count)
        {
            Count = count;
            float[] F() => new float[count];
            int[] I() => new int[count];
            (Load, Shortfall, Physical, Mental, Support, Strain, Trust) = (F(), F(), F(), F(), F(), F(), F());
            (Capacity, MentalBase, PhysicalBase, Efficacy, Aspiration, Discouragement, Fear) = (F(), F(), F(), F(), F(), F(), F());
            (OffsettingFear, Savings, Neighbourhood, Weakest, Orientation, Control, Future) = (F(), F(), F(), F(), F(), F(), F());
            (Arrears, Debt, Flags, Type) = (I(), I(), I(), I());
        }

        /// <summary>The per-field arrays.</summary>
        private static readonly System.Reflection.FieldInfo[] Arrays = [.. typeof(KernelState).GetFields().Where(f => f.FieldType.IsArray)];

        public KernelState Copy()
        {
            var k = new KernelState(Count);
            foreach (var f in Arrays)
                Array.Copy((Array)f.GetValue(this)!, (Array)f.GetValue(k)!, Count);
            return k;
        }

        public string FirstDifference(KernelState o)
        {
            foreach (var f in Arrays)
            {
                var x = (Array)f.GetValue(this)!; var y = (Array)f.GetValue(o)!;
                for (int i = 0; i < Count; i++)
                    if (!Equals(x.GetValue(i), y.GetValue(i)) || (x.GetValue(i) is float fx && BitConverter.SingleToInt32Bits(fx) != BitConverter.SingleToInt32Bits((float)y.GetValue(i)!)))
                        return $"{f.Name}[{i}]: scalar {x.GetValue(i):R}, lanes {y.GetValue(i):R}";
            }
            return "none";
        }

        /// <summary>Every array equal to <paramref name="o"/>'s, byte for byte.</summary>
        public bool SameBits(KernelState o) => Arrays.All(f =>
            Bytes(f.GetValue(this)!).SequenceEqual(Bytes(f.GetValue(o)!)));

        private static ReadOnlySpan<byte> Bytes(object array) => array is float[] a
            ? System.Runtime.InteropServices.MemoryMarshal.AsBytes(a.AsSpan())
            : System.Runtime.InteropServices.MemoryMarshal.AsBytes(((int[])array).AsSpan());
    }

    private KernelState _scalar = null!, _lanes = null!;
    private int[] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        using var sim = new Simulation(new RunSpec(new Parameters(), 200_000, 61, BenchSetup.Seed, []) { Threads = 2 }, 0);
        while (!sim.Finished) sim.Step();
        var people = sim.State.Clients.Where(c => c.Status != Status.NotEntered).ToArray();
        // Neighbourhood benefit shares as the engine computes them: caseload ÷ active per neighbourhood.
        var byNeighbourhood = people.GroupBy(c => c.Neighbourhood).ToDictionary(g => g.Key, g => (float)g.Count(c => c.OnCaseload) / g.Count());
        var k = new KernelState(people.Length - people.Length % 4);
        for (int i = 0; i < k.Count; i++)
        {
            ref readonly Client c = ref people[i];
            k.Load[i] = c.Load; k.Shortfall[i] = c.ShortfallUncovered; k.Physical[i] = c.PhysicalHealth; k.Mental[i] = c.MentalHealth;
            k.Support[i] = c.NetworkSupport; k.Strain[i] = c.NetworkStrain; k.Trust[i] = c.CoachTrust; k.Capacity[i] = c.CopingCapacity;
            k.MentalBase[i] = c.MentalBaseline; k.PhysicalBase[i] = c.PhysicalBaseline; k.Efficacy[i] = c.SelfEfficacy;
            k.Aspiration[i] = c.Aspiration; k.Discouragement[i] = c.Discouragement; k.Fear[i] = c.FearOfRelapse;
            k.OffsettingFear[i] = c.OffsettingFear; k.Savings[i] = c.Savings; k.Neighbourhood[i] = byNeighbourhood[c.Neighbourhood];
            k.Arrears[i] = c.ArrearsMonths; k.Debt[i] = (int)c.DebtStatus; k.Type[i] = (int)c.Resilience;
            k.Flags[i] = (c.PendingClawback > 0 ? Clawback : 0) | (c.SanctionMonthsLeft > 0 ? Sanction : 0)
                         | (c.Household == Household.SingleParent ? SingleParent : 0) | (c.HarmfulTie ? HarmfulTie : 0)
                         | (c.Status == Status.Waiting ? Waiting : 0) | (c.OnCaseload ? Caseload : 0) | (c.Contacts > 0 ? Contacted : 0)
                         | (c.Scarred ? Scarred : 0) | (c.SpellMonths > 12 ? LongSpell : 0);
        }
        Console.WriteLine($"// LaneKernel: {k.Count} clients (everyone who has entered by month 60 of a 200,000-client run)");
        // The check: three months of each way from the same start give the same bits.
        var a = k.Copy();
        var b = k.Copy();
        for (int m = 0; m < 3; m++) { RunScalar(a); RunLanes(b); }
        if (!a.SameBits(b)) throw new InvalidOperationException("the lane kernel does not reproduce the scalar kernel bit for bit: " + a.FirstDifference(b));
        var (scalarEvents, laneEvents) = (new int[k.Count], new int[k.Count]);
        DrawsScalar(k, scalarEvents);
        DrawsLanes(k, laneEvents);
        if (!scalarEvents.AsSpan().SequenceEqual(laneEvents)) throw new InvalidOperationException("the lane draws differ from the engine's");
        if (scalarEvents.All(e => e == 0)) throw new InvalidOperationException("no life event drawn: the draws check nothing");
        _events = new int[k.Count];
        _scalar = k.Copy();
        _lanes = k.Copy();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("psychology")]
    public float Scalar()
    {
        RunScalar(_scalar);
        return _scalar.Load[0];
    }

    [Benchmark, BenchmarkCategory("psychology")]
    public float Lanes()
    {
        RunLanes(_lanes);
        return _lanes.Load[0];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("life-event draws")]
    public int ScalarDraws()
    {
        DrawsScalar(_scalar, _events);
        return _events[0];
    }

    [Benchmark, BenchmarkCategory("life-event draws")]
    public int LaneDraws()
    {
        DrawsLanes(_lanes, _events);
        return _events[0];
    }

    private static readonly ulong RunKey = Rng.RunKey(BenchSetup.Seed, 0);
    private const int DrawMonth = 61;

    /// <summary>The life-event draws of one month (MODEL.md §3.3.2, stream <see cref="RandomStream.LifeEvents"/>, the
    /// submodel's own draw indices), each against a hazard that grows with the client's load: bit k of
    /// <paramref name="events"/> says whether event k happened. The engine's <see cref="Rng"/> one client at a time.</summary>
    private static void DrawsScalar(KernelState k, int[] events)
    {
        for (int i = 0; i < k.Count; i++)
        {
            var r = Rng.For(RunKey, i, DrawMonth, RandomStream.LifeEvents);
            double scale = 1 + k.Load[i];
            int fired = 0;
            for (int e = 0; e < DrawIndex.Length; e++)
                if (r.Chance(DrawIndex[e], Hazard[e] * scale)) fired |= 1 << e;
            events[i] = fired;
        }
    }

    /// <summary>The same draws for four clients at a time: the SplitMix64 finaliser of <see cref="Rng"/> in 64-bit lanes.</summary>
    private static void DrawsLanes(KernelState k, int[] events)
    {
        var entity = Vector256.Create(0UL, 1, 2, 3);
        var monthStream = Vector256.Create(RunKey ^ ((ulong)(uint)(DrawMonth + 1000) << 40) ^ ((ulong)RandomStream.LifeEvents << 56));
        for (int i = 0; i < k.Count; i += 4, entity += Vector256.Create(4UL))
        {
            var key = Mix(monthStream ^ (entity * 0xD1B54A32D192ED03UL));
            var scale = D(1) + Get(k.Load, i);
            var fired = Vector256<long>.Zero;
            for (int e = 0; e < DrawIndex.Length; e++)
            {
                var u = Vector256.ConvertToDouble(Mix(key + Vector256.Create((ulong)(uint)DrawIndex[e] * 0x9E3779B97F4A7C15UL)) >>> 11) * (1.0 / (1UL << 53));
                fired |= Vector256.LessThan(u, Hazard[e] * scale).AsInt64() & Vector256.Create(1L << e);
            }
            fired.AsInt32().Store4(events, i);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >>> 31);
    }

    /// <summary>Draw indices of the life-event hazards in <see cref="LifeEvents"/> (physical shock, mental episode,
    /// bereavement, administrative error, fraud accusation, other exit, windfall, harmful tie) and their base rates.</summary>
    private static readonly int[] DrawIndex = [0, 3, 5, 6, 8, 9, 11, 13];

    private static readonly double[] Hazard = [P.PhysicalShockRate, P.MentalEpisodeRate, P.BereavementRate, P.AdminErrorRate,
        P.FraudAccusationRate, P.ExitOtherRate, P.WindfallRate, P.HarmfulTieOnsetRate];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double If(bool condition, double value) => condition ? value : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float C01(double x) => (float)(x < 0 ? 0 : x > 1 ? 1 : x);

    private static void RunScalar(KernelState k)
    {
        for (int i = 0; i < k.Count; i++)
        {
            int f = k.Flags[i], debt = k.Debt[i];
            bool caseload = (f & Caseload) != 0;
            double pressure = Math.Min(0.15, k.Shortfall[i] / 1000.0 * 0.3) + 0.04 * Math.Min(4, k.Arrears[i]) + DebtPressure[debt]
                              + If((f & Clawback) != 0, 0.06) + If((f & Sanction) != 0, 0.12)
                              + 0.15 * (1.0 - k.Physical[i]) + 0.15 * (1.0 - k.Mental[i])
                              + If((f & SingleParent) != 0, 0.08) + If((f & HarmfulTie) != 0, 0.12) + If((f & Waiting) != 0, 0.12)
                              - 0.1 * k.Support[i] * (1.0 - k.Strain[i])
                              - ((f & Contacted) != 0 ? 0.1 : 0.03) * k.Trust[i] * (caseload ? 1 : 0);
            double load = Math.Clamp((1 - LoadSmoothing) * k.Load[i] + LoadSmoothing * Math.Max(0, pressure), 0, 3);
            k.Load[i] = (float)load;
            load = k.Load[i];
            double capacity = k.Capacity[i];
            double mental = C01(k.Mental[i] + MentalRecovery * (k.MentalBase[i] - k.Mental[i]) - OverloadDamage * Math.Max(0, load - 0.8 * capacity));
            double physical = C01(k.Physical[i] + 0.03 * (k.PhysicalBase[i] - k.Physical[i]));
            double duration = If(caseload && (f & LongSpell) != 0, DurationDecline);
            double efficacy = C01(k.Efficacy[i] - duration + 0.01 * (0.5 - k.Efficacy[i]));
            double opportunity = 0.2 + 0.35 * efficacy + 0.25 * Math.Min(physical, mental) + 0.15 * LabourDemand
                                 - NormWeight * (k.Neighbourhood[i] - 0.5) - 0.1 * k.Discouragement[i];
            double aspiration = C01(k.Aspiration[i] + AspirationAdjustment * (opportunity - k.Aspiration[i]) - duration);
            k.Discouragement[i] = C01(k.Discouragement[i] - 0.01);
            double fear = C01(k.Fear[i] - 0.01);
            k.OffsettingFear[i] = C01(k.OffsettingFear[i] + 0.03 * (0.34 + If((f & Scarred) != 0, 0.25) - k.OffsettingFear[i]));
            (k.Mental[i], k.Physical[i], k.Efficacy[i], k.Aspiration[i], k.Fear[i]) = ((float)mental, (float)physical, (float)efficacy, (float)aspiration, (float)fear);

            double social = k.Support[i] * (1 - 0.5 * k.Strain[i]) * ((f & HarmfulTie) != 0 ? 0.5 : 1);
            double economic = If(debt == 0, 0.7 + 0.3 * Math.Min(1.0, k.Savings[i] / 1500.0)) + DebtEconomic[debt]
                              - Math.Min(0.15, k.Shortfall[i] / 2000.0) - If((f & Sanction) != 0, 0.1) - If((f & Clawback) != 0, 0.1);
            double personal = (physical + mental + efficacy) / 3.0;
            double weakest = Math.Clamp(Math.Min(social, Math.Min(economic, personal)), 0, 1);
            double l1 = Math.Min(1.0, load), w = WeakestLink;
            float orientation = C01((1 - w) * (0.6 * aspiration + 0.4 * efficacy) + w * weakest - 0.15 * Math.Max(0, l1 - 0.5));
            float control = C01((1 - w) * (0.5 * efficacy + 0.3 * mental + 0.2 * (1 - l1)) + w * weakest);
            float future = C01((1 - w) * (0.5 * aspiration + 0.5 * (1 - 0.5 * fear - 0.5 * l1)) + w * weakest);
            (k.Weakest[i], k.Orientation[i], k.Control[i], k.Future[i]) = ((float)weakest, orientation, control, future);
            double score = ((double)orientation + control + future) / 3.0;

            int type = k.Type[i];
            if (load > capacity) type = 2;
            else if (type == 2) { if (load < CrisisExitRatio * capacity) type = score > AdaptiveUpper ? 1 : 0; }
            else if (type == 0 && score > AdaptiveUpper) type = 1;
            else if (type == 1 && score < AdaptiveLower) type = 0;
            k.Type[i] = type;
        }
    }

    private static Vector256<double> D(double x) => Vector256.Create(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Get(float[] a, int i) =>
        Vector256.WidenLower(Vector256.Create(Vector128.LoadUnsafe(ref a[i]), Vector128<float>.Zero));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Set(float[] a, int i, Vector256<double> x) => Vector256.Narrow(x, x).GetLower().StoreUnsafe(ref a[i]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Get(int[] a, int i) => Vector256.ConvertToDouble(Vector256.WidenLower(Vector128.LoadUnsafe(ref a[i]).ToVector256()));

    /// <summary>a − b of two float fields, computed in float as C# does for float − float, then widened.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> FloatDifference(float[] a, float[] b, int i) =>
        Vector256.WidenLower((Vector128.LoadUnsafe(ref a[i]) - Vector128.LoadUnsafe(ref b[i])).ToVector256());

    /// <summary>A lane mask (all ones where true) from a flag bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Has(Vector256<long> flags, int bit) => Vector256.Equals(flags & Vector256.Create((long)bit), Vector256.Create((long)bit)).AsDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> If(Vector256<double> mask, double value) => mask & D(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Clamp(Vector256<double> x, double lo, double hi) =>
        Vector256.ConditionalSelect(Vector256.LessThan(x, D(lo)), D(lo), Vector256.ConditionalSelect(Vector256.GreaterThan(x, D(hi)), D(hi), x));

    /// <summary>As <see cref="C01(double)"/> in lanes, rounded to float and back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> C01(Vector256<double> x) => Round(Clamp(x, 0, 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Round(Vector256<double> x) => Vector256.WidenLower(Vector256.Narrow(x, x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Lookup(double[] table, Vector256<double> index) =>
        Vector256.Create(table[(int)index[0]], table[(int)index[1]], table[(int)index[2]], table[(int)index[3]]);

    private static void RunLanes(KernelState k)
    {
        int n = k.Count - k.Count % 4;
        var zero = Vector256<double>.Zero;
        for (int i = 0; i < n; i += 4)
        {
            var flags = Vector256.WidenLower(Vector128.LoadUnsafe(ref k.Flags[i]).ToVector256());
            var debt = Get(k.Debt, i);
            var caseload = Has(flags, Caseload);
            var pressure = Vector256.Min(D(0.15), Get(k.Shortfall, i) / 1000.0 * 0.3) + 0.04 * Vector256.Min(D(4), Get(k.Arrears, i))
                           + Lookup(DebtPressure, debt) + If(Has(flags, Clawback), 0.06) + If(Has(flags, Sanction), 0.12)
                           + 0.15 * (D(1) - Get(k.Physical, i)) + 0.15 * (D(1) - Get(k.Mental, i))
                           + If(Has(flags, SingleParent), 0.08) + If(Has(flags, HarmfulTie), 0.12) + If(Has(flags, Waiting), 0.12)
                           - 0.1 * Get(k.Support, i) * (D(1) - Get(k.Strain, i))
                           - Vector256.ConditionalSelect(Has(flags, Contacted), D(0.1), D(0.03)) * Get(k.Trust, i) * (caseload & D(1));
            var load = Round(Clamp((1 - LoadSmoothing) * Get(k.Load, i) + LoadSmoothing * Vector256.Max(zero, pressure), 0, 3));
            Set(k.Load, i, load);
            var capacity = Get(k.Capacity, i);
            var mentalNow = Get(k.Mental, i);
            var mental = C01(mentalNow + MentalRecovery * FloatDifference(k.MentalBase, k.Mental, i) - OverloadDamage * Vector256.Max(zero, load - 0.8 * capacity));
            var physicalNow = Get(k.Physical, i);
            var physical = C01(physicalNow + 0.03 * FloatDifference(k.PhysicalBase, k.Physical, i));
            var duration = If(caseload & Has(flags, LongSpell), DurationDecline);
            var efficacyNow = Get(k.Efficacy, i);
            var efficacy = C01(efficacyNow - duration + 0.01 * (D(0.5) - efficacyNow));
            var opportunity = D(0.2) + 0.35 * efficacy + 0.25 * Vector256.Min(physical, mental) + D(0.15 * LabourDemand)
                              - NormWeight * (Get(k.Neighbourhood, i) - D(0.5)) - 0.1 * Get(k.Discouragement, i);
            var aspirationNow = Get(k.Aspiration, i);
            var aspiration = C01(aspirationNow + AspirationAdjustment * (opportunity - aspirationNow) - duration);
            Set(k.Discouragement, i, C01(Get(k.Discouragement, i) - D(0.01)));
            var fear = C01(Get(k.Fear, i) - D(0.01));
            var offsetting = Get(k.OffsettingFear, i);
            Set(k.OffsettingFear, i, C01(offsetting + 0.03 * (D(0.34) + If(Has(flags, Scarred), 0.25) - offsetting)));
            Set(k.Mental, i, mental); Set(k.Physical, i, physical); Set(k.Efficacy, i, efficacy); Set(k.Aspiration, i, aspiration); Set(k.Fear, i, fear);

            var social = Get(k.Support, i) * (D(1) - 0.5 * Get(k.Strain, i)) * Vector256.ConditionalSelect(Has(flags, HarmfulTie), D(0.5), D(1));
            var economic = (Vector256.Equals(debt, zero) & (D(0.7) + 0.3 * Vector256.Min(D(1), Get(k.Savings, i) / 1500.0)))
                           + Lookup(DebtEconomic, debt) - Vector256.Min(D(0.15), Get(k.Shortfall, i) / 2000.0)
                           - If(Has(flags, Sanction), 0.1) - If(Has(flags, Clawback), 0.1);
            var personal = (physical + mental + efficacy) / 3.0;
            var weakest = Clamp(Vector256.Min(social, Vector256.Min(economic, personal)), 0, 1);
            var l1 = Vector256.Min(D(1), load);
            double w = WeakestLink;
            var orientation = C01((1 - w) * (0.6 * aspiration + 0.4 * efficacy) + w * weakest - 0.15 * Vector256.Max(zero, l1 - D(0.5)));
            var control = C01((1 - w) * (0.5 * efficacy + 0.3 * mental + 0.2 * (D(1) - l1)) + w * weakest);
            var future = C01((1 - w) * (0.5 * aspiration + 0.5 * (D(1) - 0.5 * fear - 0.5 * l1)) + w * weakest);
            Set(k.Weakest, i, weakest); Set(k.Orientation, i, orientation); Set(k.Control, i, control); Set(k.Future, i, future);
            var score = (orientation + control + future) / 3.0;

            var type = Get(k.Type, i);
            var upper = Vector256.GreaterThan(score, D(AdaptiveUpper));
            var fromCrisis = Vector256.ConditionalSelect(Vector256.LessThan(load, CrisisExitRatio * capacity), upper & D(1), D(2));
            var adaptive = Vector256.Equals(type, D(1));
            var hysteresis = (adaptive & ~Vector256.LessThan(score, D(AdaptiveLower))) | (~adaptive & upper);
            var next = Vector256.ConditionalSelect(Vector256.GreaterThan(load, capacity), D(2),
                Vector256.ConditionalSelect(Vector256.Equals(type, D(2)), fromCrisis, hysteresis & D(1)));
            Vector256.ConvertToInt64(next).AsInt32().Store4(k.Type, i);
        }
        if (n < k.Count) throw new InvalidOperationException("the experiment uses a multiple of four clients");
    }
}

internal static class LaneStoreExtensions
{
    /// <summary>Store the low 32 bits of each of the four 64-bit lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store4(this Vector256<int> v, int[] a, int i)
    {
        a[i] = v[0]; a[i + 1] = v[2]; a[i + 2] = v[4]; a[i + 3] = v[6];
    }
}
