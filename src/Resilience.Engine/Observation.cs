using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Resilience.Model;

namespace Resilience.Engine;

/// <summary>Raw monthly accumulators per subgroup: counts and sums that the observer adds up over clients, laid out
/// from the declarations of the metrics, the diagnostics and the model's own inputs, never numbered by hand. Equal
/// rules share one accumulator. The layout: counts that need only facts (<see cref="Is"/>), padded to whole vectors
/// of <see cref="Lanes"/>; counts that need events; sums; priced; blocks. Output metrics (shares, means, costs) are
/// derived from them in <see cref="Metric.Compute"/>.</summary>
public static class Acc
{
    /// <summary>Count accumulators filled side by side: one 256-bit vector of doubles.</summary>
    public const int Lanes = 4;

    /// <summary>What the model reads back from the observation of a month: the caseload's mean prospect (coaching).</summary>
    public static readonly Rule ProspectSum = Rule.Sum(Measure.Prospect, Is.Caseload);

    /// <summary>Every accumulator's rule, by index (padding slots hold <see cref="Padding"/>).</summary>
    public static readonly Rule[] Rules = Layout(out FactCounts, out EventCounts, out Sums, out Priced);

    /// <summary>Index ranges of the parts of the layout: [0, FactCounts), [FactCounts, EventCounts), …</summary>
    public static readonly int FactCounts, EventCounts, Sums, Priced;

    public static int Count => Rules.Length;

    /// <summary>The mask of the padding slots: no client is both waiting and on benefit, so they stay 0.</summary>
    public static readonly Rule Padding = Rule.Count(Is.Waiting | Is.OnBenefit);

    private static readonly Dictionary<Rule, int> Index = Rules.Select((r, k) => (r, k)).Where(x => x.k == Array.IndexOf(Rules, x.r))
        .ToDictionary(x => x.r, x => x.k);

    /// <summary>The accumulator of <paramref name="rule"/>; it must be read by a declared metric or diagnostic.</summary>
    public static int IndexOf(Rule rule) =>
        Index.TryGetValue(rule, out int k) ? k : throw new KeyNotFoundException($"No accumulator for {rule.Describe()}: declare it in Metrics, Diagnostics or Acc.");

    public static readonly int Active = IndexOf(Rule.Count(Is.Active));
    public static readonly int Caseload = IndexOf(Rule.Count(Is.Caseload));
    public static readonly int SumProspect = IndexOf(ProspectSum);
    public static readonly int ExitsToWork = IndexOf(Rule.Happened(MonthEvents.ExitToWork));
    public static readonly int ExitsCoachRole = IndexOf(Rule.Happened(MonthEvents.ExitCoachRole));
    /// <summary>Sanction diagnostic (<see cref="Diagnostics"/>): per stratum of spell band × resilience type, four
    /// counts — exposed person-months, their exits to work, unexposed person-months, their exits to work.</summary>
    public static readonly int SanctionStrata = IndexOf(Diagnostics.SanctionStrataBlock);
    public const int SanctionStrataCount = Diagnostics.SpellBands * 3;

    private static Rule[] Layout(out int factCounts, out int eventCounts, out int sums, out int priced)
    {
        var declared = new List<Rule>();
        void Add(Rule r)
        {
            if (r.Source is { } source) Add(source);
            if (!declared.Contains(r)) declared.Add(r);
        }
        foreach (var m in Metrics.All) foreach (var r in m.Reads) Add(r);
        foreach (var d in Diagnostics.All) foreach (var r in d.Reads) Add(r);
        foreach (var t in NationalTargets.All) foreach (var r in t.Reads) Add(r);
        Add(ProspectSum);
        var layout = new List<Rule>();
        layout.AddRange(declared.Where(r => r.Kind == RuleKind.Count && r.Events == MonthEvents.None));
        var padding = Rule.Count(Is.Waiting | Is.OnBenefit);
        while (layout.Count % Lanes != 0) layout.Add(padding);
        factCounts = layout.Count;
        layout.AddRange(declared.Where(r => r.Kind == RuleKind.Count && r.Events != MonthEvents.None));
        eventCounts = layout.Count;
        layout.AddRange(declared.Where(r => r.Kind == RuleKind.Sum));
        sums = layout.Count;
        layout.AddRange(declared.Where(r => r.Kind == RuleKind.Priced));
        priced = layout.Count;
        layout.AddRange(declared.Where(r => r.Kind == RuleKind.Block).SelectMany(r => Enumerable.Repeat(r, r.Size)));
        return [.. layout];
    }
}

/// <summary>The subgroups every figure is also reported for (MODEL.md §7).</summary>
public static class Subgroups
{
    public static readonly (string Dimension, string Name)[] All = Build();
    public static int Count => All.Length;

    private static (string, string)[] Build()
    {
        var list = new List<(string, string)> { ("all", "all"), ("age", "18-26"), ("age", "27-49"), ("age", "50+") };
        list.AddRange(Enum.GetNames<Household>().Select(n => ("household", n)));
        list.AddRange(Enum.GetNames<Origin>().Select(n => ("origin", n)));
        list.AddRange(Enum.GetNames<Education>().Select(n => ("education", n)));
        return list.ToArray();
    }

    public const int AgeOffset = 1;
    public static readonly int HouseholdOffset = 4;
    public static readonly int OriginOffset = 4 + Enum.GetValues<Household>().Length;
    public static readonly int EducationOffset = OriginOffset + Enum.GetValues<Origin>().Length;
}

/// <summary>Monthly observation of the population (MODEL.md §7), kept out of the step logic: it only reads state
/// and the month's event flags.</summary>
public static class Observer
{
    public static readonly int TriggerCount = Enum.GetValues<Trigger>().Length;
    public static int TransitionSlots => 3 * 3 * TriggerCount;

    private const int Ages = 3;
    private static readonly int Households = Enum.GetValues<Household>().Length;
    private static readonly int Origins = Enum.GetValues<Origin>().Length;
    private static readonly int Educations = Enum.GetValues<Education>().Length;
    private static readonly int Cells = Ages * Households * Origins * Educations;

    /// <summary>Per-thread scratch: accumulators per demographic cell (age band × household × origin × education),
    /// <see cref="Stride"/> doubles each, indexed like <see cref="Acc"/>. Counts are whole numbers in doubles (exact).</summary>
    [ThreadStatic] private static double[]? t_cells;

    private static readonly int Stride = (Acc.Count + Acc.Lanes - 1) / Acc.Lanes * Acc.Lanes;

    /// <summary>The fact masks of the fact-only counts, <see cref="Acc.Lanes"/> to a vector: a client adds 1 to each
    /// count whose mask its facts cover.</summary>
    private static readonly Vector256<ulong>[] FactMasks = [.. Enumerable.Range(0, Acc.FactCounts / Acc.Lanes)
        .Select(b => Vector256.Create([.. Acc.Rules.Skip(b * Acc.Lanes).Take(Acc.Lanes).Select(r => (ulong)r.When)]))];

    /// <summary>The counts that need events, ordered by their lowest event bit: those of bit b are
    /// [EventStart[b], EventStart[b + 1]), so a client with no counted event skips them all.</summary>
    private static readonly (ulong When, uint Events, int Acc)[] EventRules = [.. Enumerable.Range(Acc.FactCounts, Acc.EventCounts - Acc.FactCounts)
        .Select(k => ((ulong)Acc.Rules[k].When, (uint)Acc.Rules[k].Events, k)).OrderBy(r => BitOperations.TrailingZeroCount(r.Item2))];

    private static readonly int[] EventStart = [.. Enumerable.Range(0, 33).Select(b => EventRules.Count(r => BitOperations.TrailingZeroCount(r.Events) < b))];

    private static readonly MonthEvents CountedEvents = (MonthEvents)EventRules.Aggregate(0u, (all, r) => all | r.Events);

    private static readonly (ulong When, int Measure)[] SumRules = [.. Enumerable.Range(Acc.EventCounts, Acc.Sums - Acc.EventCounts)
        .Select(k => ((ulong)Acc.Rules[k].When, (int)Acc.Rules[k].Measure))];

    private static readonly int Measures = ClientFacts.Measures;

    /// <summary>Add clients [from, to) into <paramref name="acc"/> (Subgroups × Acc) and <paramref name="transitions"/>
    /// (from × to × trigger), and count active and caseload clients per neighbourhood. Each client is added once, to its
    /// demographic cell, in client order; the cells are then folded into the whole and the four subgroup dimensions in
    /// cell order, so the result depends only on the clients in the range, never on the thread that adds them.</summary>
    public static void Accumulate(Population s, Parameters p, int month, int from, int to, Span<double> acc,
        Span<long> transitions, Span<int> neighbourhood)
    {
        var cells = t_cells ??= new double[Cells * Stride];
        Array.Clear(cells);
        Span<double> measures = stackalloc double[Measures];
        for (int i = from; i < to; i++)
        {
            ref Client c = ref s[i];
            if (c.Status == Status.NotEntered) continue;
            int age = c.AgeMonths < 27 * 12 ? 0 : c.AgeMonths < 50 * 12 ? 1 : 2;
            int cell = ((age * Households + (int)c.Household) * Origins + (int)c.Origin) * Educations + (int)c.Education;
            AddClient(ref c, p, month, cells.AsSpan(cell * Stride, Stride), measures);

            var prev = c.PreviousResilience;
            var now = c.Resilience;
            if (prev != now && (c.Events & MonthEvents.Entered) == 0)
                transitions[((int)prev * 3 + (int)now) * TriggerCount + (int)c.TransitionTrigger]++;

            Feedback.Count(ref c, neighbourhood);
        }
        for (int cell = 0; cell < Cells; cell++)
        {
            var v = cells.AsSpan(cell * Stride, Acc.Count);
            if (v[Acc.Active] == 0) continue;
            int edu = cell % Educations, rest = cell / Educations;
            int origin = rest % Origins; rest /= Origins;
            int household = rest % Households, age = rest / Households;
            var g1 = acc.Slice((Subgroups.AgeOffset + age) * Acc.Count, Acc.Count);
            var g2 = acc.Slice((Subgroups.HouseholdOffset + household) * Acc.Count, Acc.Count);
            var g3 = acc.Slice((Subgroups.OriginOffset + origin) * Acc.Count, Acc.Count);
            var g4 = acc.Slice((Subgroups.EducationOffset + edu) * Acc.Count, Acc.Count);
            Fold(v, acc[..Acc.Count], g1, g2, g3, g4);
        }
    }

    /// <summary>Add one cell's accumulators to the whole and to its four subgroups, four accumulators at a time.</summary>
    private static void Fold(Span<double> v, Span<double> all, Span<double> g1, Span<double> g2, Span<double> g3, Span<double> g4)
    {
        int k = 0;
        for (; k <= v.Length - Vector256<double>.Count; k += Vector256<double>.Count)
        {
            var x = Vector256.LoadUnsafe(ref v[k]);
            AddTo(all, k, x); AddTo(g1, k, x); AddTo(g2, k, x); AddTo(g3, k, x); AddTo(g4, k, x);
        }
        for (; k < v.Length; k++)
        {
            double x = v[k];
            all[k] += x; g1[k] += x; g2[k] += x; g3[k] += x; g4[k] += x;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddTo(Span<double> target, int k, Vector256<double> x) =>
        (Vector256.LoadUnsafe(ref target[k]) + x).StoreUnsafe(ref target[k]);

    /// <summary>Priced accumulators (coaching, debt help): a count or sum times a price, applied once per month after
    /// the merge.</summary>
    public static void ApplyPrices(double[] raw, Parameters p)
    {
        for (int k = Acc.Sums; k < Acc.Priced; k++)
        {
            var rule = Acc.Rules[k];
            int source = Acc.IndexOf(rule.Source!);
            double price = rule.PriceOf!(p);
            for (int g = 0; g < Subgroups.Count; g++)
            {
                int o = g * Acc.Count;
                raw[o + k] = raw[o + source] * price;
            }
        }
    }

    /// <summary>1 if <paramref name="b"/>, else 0: lets the observer count without a branch per condition (adding 0
    /// leaves a sum unchanged, so the counts are the same as with branches).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int One(bool b) => b ? 1 : 0;

    private static void AddClient(ref Client c, Parameters p, int month, Span<double> a, Span<double> m)
    {
        ulong f = (ulong)ClientFacts.Of(ref c, p, month, m);
        var events = c.Events;

        // Fact-only counts: Acc.Lanes masks at a time; a lane adds 1.0 where the client's facts cover its mask.
        var facts = Vector256.Create(f);
        var one = Vector256.Create(1.0);
        ref double a0 = ref a[0];
        var masks = FactMasks;
        for (int b = 0; b < masks.Length; b++)
        {
            var mask = masks[b];
            var hit = Vector256.Equals(facts & mask, mask).AsDouble() & one;
            nuint at = (nuint)(b * Acc.Lanes);
            (Vector256.LoadUnsafe(ref a0, at) + hit).StoreUnsafe(ref a0, at);
        }

        // Most clients have none of the counted events in a month, so visit the flags that are set, one by one.
        uint ev = (uint)events;
        for (uint set = (uint)(events & CountedEvents); set != 0; set &= set - 1)
        {
            int bit = BitOperations.TrailingZeroCount(set);
            for (int r = EventStart[bit]; r < EventStart[bit + 1]; r++)
            {
                var (when, need, k) = EventRules[r];
                a[k] += One((f & when) == when & (ev & need) == need);
            }
        }

        var sums = SumRules;
        for (int k = 0; k < sums.Length; k++)
        {
            var (when, measure) = sums[k];
            // The measure, or +0.0 when the rule does not hold (all bits cleared, no branch): adding +0.0 leaves a sum unchanged.
            bool holds = (f & when) == when;
            long keep = 0L - Unsafe.As<bool, byte>(ref holds);
            a[Acc.EventCounts + k] += BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(m[measure]) & keep);
        }

        // Exit hazard after a sanction vs comparable clients (same month, spell band, type): clients at risk of an
        // exit to work this month, exposed if a sanction was imposed 1–6 months ago.
        var status = c.Status;
        if ((c.OnCaseload & status != Status.Waiting) | (events & MonthEvents.ExitToWork) != 0)
        {
            int since = month - c.LastSanctionMonth;
            bool exposed = since >= 1 & since <= Diagnostics.SanctionWindowMonths;
            int k = Acc.SanctionStrata + 4 * (Diagnostics.SpellBand(c.SpellMonths) * 3 + (int)c.Resilience) + (exposed ? 0 : 2);
            a[k]++;
            a[k + 1] += One((events & MonthEvents.ExitToWork) != 0);
        }
    }
}
