using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Resilience.Engine;
using Resilience.IO;
using Resilience.IO.Charts;
using Resilience.Model;

namespace Resilience.Workshop;

/// <summary>A headline figure of the page and of <c>GET /api/state</c>. <see cref="Better"/> says which direction
/// of a difference the page shows as an improvement ("higher", "lower", or null where neither is simply better).
/// Its label is the label catalogue's <c>figure.METRIC</c>.</summary>
public sealed record Figure(string Metric, string Unit, string? Better = null)
{
    public Metric Def { get; } = Metrics.Get(Metric);

    public string Label(Labels labels) => labels.T("figure." + Metric);

    /// <summary>The metric's own reading of the run so far (as summary.csv reads the whole run): flows and costs as
    /// totals since month 0, the rest at the month.</summary>
    public string Reading(Labels labels) => labels.T(Def.Reading == Engine.Reading.RunTotal ? "reading.total" : "reading.month");

    public double Value(double[][] raw, int month, int subgroup) => Def.Read(raw, subgroup: subgroup, end: month);
}

/// <summary>
/// The session at one moment, immutable: what every viewer is sent. Month arrays are copies that are never written
/// again, so a snapshot is read from any thread while the session loop moves on. The server-sent event for a subgroup
/// (figures and SVG charts) is rendered once, on first demand, and shared by every viewer of that subgroup.
/// <see cref="Changes"/> holds only the latest <see cref="SessionCore.ChangesShown"/> live changes (every event
/// carries them), <see cref="ChangesTotal"/> the count of all.
/// </summary>
public sealed record Snapshot(
    long Seq, string Reason, StatusMessage? Message, double Time, string ScenarioName, ulong Seed, int Clients, int Month,
    int Months, bool Playing, double MonthsPerSecond, int? ForkMonth, IReadOnlyDictionary<string, double> Levers,
    IReadOnlyDictionary<string, double>? BaselineLevers, double[][] BaselineRaw, double[][]? WhatIfRaw,
    IReadOnlyList<LiveChange> Changes, int ChangesTotal)
{
    public static readonly Figure[] Figures =
    [
        new("share_adaptive", "share", "higher"),
        new("share_coping", "share"),
        new("share_crisis", "share", "lower"),
        new("exits_to_work", "people", "higher"),
        new("exits_lasting_6", "people", "higher"),
        new("exits_lasting_18", "people", "higher"),
        new("share_problematic_debt", "share", "lower"),
        new("mean_coach_trust", "index", "higher"),
        new("cost_per_active_client", "€ per month", "lower"),
        new("cost_total", "€", "lower"),
        new("caseload", "people"),
    ];

    public static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool Forked => WhatIfRaw is not null;
    public bool Finished => Month >= Months;

    // One rendered event per language and subgroup that someone watches.
    private readonly Lazy<Task<byte[]>>?[] _events = new Lazy<Task<byte[]>>?[Labels.Languages.Length * Subgroups.Count];

    /// <summary>The complete server-sent event for viewers of <paramref name="subgroup"/> in a language (default
    /// English). Rendered once, on the thread pool; every other viewer awaits the same task rather than blocking a
    /// thread while it renders.</summary>
    public Task<byte[]> EventFor(int subgroup, Labels? labels = null)
    {
        labels ??= Labels.English;
        int slot = Array.IndexOf(Labels.Languages, labels.Language) * Subgroups.Count + subgroup;
        var lazy = _events[slot];
        if (lazy is null)
        {
            var created = new Lazy<Task<byte[]>>(() => Task.Run(() => RenderEvent(subgroup, labels)), LazyThreadSafetyMode.ExecutionAndPublication);
            lazy = Interlocked.CompareExchange(ref _events[slot], created, null) ?? created;
        }
        return lazy.Value;
    }

    private byte[] RenderEvent(int subgroup, Labels labels)
    {
        var buffer = new MemoryStream();
        buffer.Write(Encoding.UTF8.GetBytes($"event: state\nid: {Seq}\ndata: "));
        using (var w = new Utf8JsonWriter(buffer, JsonOptions)) WriteJson(w, subgroup, charts: true, labels);
        buffer.Write("\n\n"u8);
        return buffer.ToArray();
    }

    public byte[] StateJson(int subgroup, bool charts, Labels? labels = null)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions)) WriteJson(w, subgroup, charts, labels);
        return buffer.ToArray();
    }

    /// <summary>The state as JSON: sequence number and time first (cheap for a client to read), then the session,
    /// levers, figures, changes and (optionally) the charts; labels and charts in the language of
    /// <paramref name="labels"/> (default English).</summary>
    public void WriteJson(Utf8JsonWriter w, int subgroup, bool charts, Labels? labels = null)
    {
        labels ??= Labels.English;
        w.WriteStartObject();
        w.WriteNumber("seq", Seq);
        w.WriteNumber("month", Month);
        w.WriteNumber("t", Math.Round(Time, 3));
        w.WriteString("reason", Reason);
        if (Message is null) w.WriteNull("message"); else w.WriteString("message", Message.Text(labels));
        w.WriteNumber("months", Months);
        w.WriteBoolean("finished", Finished);
        w.WriteBoolean("playing", Playing);
        w.WriteNumber("monthsPerSecond", MonthsPerSecond);
        w.WriteString("scenario", ScenarioName);
        w.WriteNumber("seed", Seed);
        w.WriteNumber("clients", Clients);
        if (ForkMonth is null) w.WriteNull("forkMonth"); else w.WriteNumber("forkMonth", ForkMonth.Value);
        w.WriteNumber("subgroup", subgroup);
        w.WriteString("subgroupName", SubgroupLabel(subgroup, labels));
        WriteLevers(w, "levers", Levers);
        if (BaselineLevers is null) w.WriteNull("baselineLevers"); else WriteLevers(w, "baselineLevers", BaselineLevers);

        w.WriteStartArray("figures");
        foreach (var f in Figures)
        {
            double b = f.Value(BaselineRaw, Month, subgroup);
            w.WriteStartObject();
            w.WriteString("metric", f.Metric);
            w.WriteString("label", f.Label(labels));
            w.WriteString("unit", f.Unit);
            w.WriteString("unitLabel", labels.Unit(f.Unit));
            w.WriteString("reading", f.Reading(labels));
            if (f.Better is null) w.WriteNull("better"); else w.WriteString("better", f.Better);
            w.WriteNumber("baseline", b);
            if (WhatIfRaw is null) { w.WriteNull("whatIf"); w.WriteNull("difference"); }
            else
            {
                double x = f.Value(WhatIfRaw, Month, subgroup);
                w.WriteNumber("whatIf", x);
                w.WriteNumber("difference", x - b);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("changes");
        foreach (var c in Changes)
        {
            w.WriteStartObject();
            w.WriteNumber("month", c.Month);
            w.WriteString("branch", c.Branch);
            WriteLevers(w, "levers", c.Values);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("changesTotal", ChangesTotal);

        if (charts)
        {
            w.WriteStartArray("charts");
            foreach (var (id, svg) in WorkshopCharts.Render(this, subgroup, labels))
            {
                w.WriteStartObject();
                w.WriteString("id", id);
                w.WriteString("svg", svg);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteLevers(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, double> values)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in values)
        {
            w.WritePropertyName(k);
            LeverInput.WriteValue(w, ParameterRegistry.Get(k), v);
        }
        w.WriteEndObject();
    }

    /// <summary>The series so far as CSV: <c>branch, month, dimension, subgroup</c> and every output column, in the
    /// number format of timeseries.csv (so a <c>run</c> of the exported scenario compares field by field).</summary>
    public byte[] SeriesCsv()
    {
        var sb = new StringBuilder("branch,month,dimension,subgroup");
        foreach (var m in Metrics.All) sb.Append(',').Append(m.Name);
        sb.Append('\n');
        Append(sb, "baseline", BaselineRaw);
        if (WhatIfRaw is not null) Append(sb, "whatif", WhatIfRaw);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private void Append(StringBuilder sb, string branch, double[][] raw)
    {
        for (int month = 0; month <= Month; month++)
            for (int g = 0; g < Subgroups.Count; g++)
            {
                sb.Append(branch).Append(',').Append(month.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(Subgroups.All[g].Dimension).Append(',').Append(Subgroups.All[g].Name);
                foreach (var m in Metrics.All) sb.Append(',').Append(RunOutputs.Num(m.Compute(raw[month], g * Acc.Count)));
                sb.Append('\n');
            }
    }

    /// <summary>Readable name of a subgroup for the page, from the label catalogue: "whole caseload", "age 18–26",
    /// "single parents".</summary>
    public static string SubgroupLabel(int subgroup, Labels? labels = null) =>
        (labels ?? Labels.English).Subgroup(Subgroups.All[subgroup].Dimension, Subgroups.All[subgroup].Name);
}

/// <summary>The page's charts, OxyPlot models exported to SVG with the project's chart style. The x axis always spans
/// the whole horizon (future months are NaN and not drawn), so the axes stand still while the lines grow. Resilience
/// types keep their own colours; baseline (black, dashed) and what-if (indigo, solid with markers) theirs.</summary>
public static class WorkshopCharts
{
    public const int Width = 560, Height = 280;

    // From: the first month with a meaningful value (month 0 is the initial state: no costs paid yet). The title is
    // the catalogue's wchart.METRIC; the y axis the catalogue's axis title and unit.
    private static readonly (string Metric, string YTitle, string YUnit, bool Percent, int From)[] MetricCharts =
    [
        ("exits_to_work", "axis.exits", "people", false, 0),
        ("exits_lasting_6", "axis.exits", "people", false, 0),
        ("exits_lasting_18", "axis.exits", "people", false, 0),
        ("share_problematic_debt", "axis.share", "share", true, 0),
        ("mean_coach_trust", "axis.trust", "score", false, 0),
        ("cost_per_active_client", "axis.cost", "€ per month", false, 1),
    ];

    private static readonly (string Metric, string Name)[] Types =
        [("share_coping", "type.coping"), ("share_adaptive", "type.adaptive"), ("share_crisis", "type.crisis")];

    public static IEnumerable<(string Id, string Svg)> Render(Snapshot s, int subgroup, Labels? labels = null)
    {
        var L = labels ?? Labels.English;
        var culture = L.Culture;
        var x = Enumerable.Range(0, s.Months + 1).Select(m => (double)m).ToArray();
        int fork = s.ForkMonth ?? 0;
        var month = new AxisText(L.T("axis.time"), L.Unit("months"));
        var share = new AxisText(L.T("axis.share"), L.Unit("share"), Percent: true);

        Series Line(string name, double[][] raw, Figure f, int from, LineLook look) =>
            new(name, x, x.Select(m => m < from || m > s.Month ? double.NaN : f.Value(raw, (int)m, subgroup)).ToArray(), Look: look);

        string group = subgroup == 0 ? "" : $" — {Snapshot.SubgroupLabel(subgroup, L)}";
        var types = Types.Select(t => new Figure(t.Metric, "share")).ToArray();
        var names = Types.Select(t => L.T(t.Name)).ToArray();
        yield return ("types", Chart.Lines(L.T(s.Forked ? "wchart.typesBaseline" : "wchart.types") + group, month, share,
            types.Select((t, k) => Line(names[k], s.BaselineRaw, t, 0, ChartStyle.Types[k])).ToList(), culture, Width, Height, 0, 1, 0, s.Months));
        if (s.WhatIfRaw is not null)
        {
            yield return ("types-whatif", Chart.Lines(L.T("wchart.typesWhatIf") + group, month, share,
                types.Select((t, k) => Line(names[k], s.WhatIfRaw, t, 0, ChartStyle.Types[k] with { Dash = OxyPlot.LineStyle.Dash })).ToList(), culture, Width, Height, 0, 1, 0, s.Months));
            var diffs = types.Select((t, k) => new Series(names[k], x, x.Select(m => m < fork || m > s.Month ? double.NaN
                : t.Value(s.WhatIfRaw, (int)m, subgroup) - t.Value(s.BaselineRaw, (int)m, subgroup)).ToArray(), Look: ChartStyle.Types[k])).ToList();
            var finite = diffs.SelectMany(d => d.Y).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
            yield return ("difference", Chart.Lines(L.T("wchart.difference") + group, month, new AxisText(L.T("axis.difference"), L.Unit("share.effect"), Percent: true),
                diffs, culture, Width, Height, Math.Min(-0.01, finite.Min()), Math.Max(0.01, finite.Max()), 0, s.Months, reference: 0));
        }
        foreach (var (metric, yTitle, yUnit, percent, from) in MetricCharts)
        {
            var f = new Figure(metric, yUnit);
            var series = new List<Series> { Line(L.T("baseline"), s.BaselineRaw, f, from, ChartStyle.Baseline) };
            if (s.WhatIfRaw is not null) series.Add(Line(L.T("whatif"), s.WhatIfRaw, f, Math.Max(from, fork), ChartStyle.Scenario(0)));
            yield return (metric, Chart.Lines(L.T("wchart." + metric) + group, month, new AxisText(L.T(yTitle), L.Unit(yUnit), percent), series, culture,
                Width, Height, 0, null, 0, s.Months));
        }
    }
}

/// <summary>What the session says about its last step, rendered in each viewer's language: a label key of the "ui"
/// section with its arguments, and for a lever change the levers and values (shown with their labels).</summary>
public sealed record StatusMessage(string Key, object[] Args, IReadOnlyList<(ParamDef Def, double Value)>? Levers = null)
{
    public string Text(Labels labels)
    {
        if (Levers is null) return labels.T(Key, Args);
        string levers = string.Join(", ", Levers.Select(l => $"{labels.Lever(l.Def).Label} = {labels.LeverValue(l.Def, l.Value)}"));
        return labels.T(Key, [.. Args, levers]);
    }
}
