using System.Globalization;
using System.Net;
using System.Text;

namespace Resilience.IO.Charts;

/// <summary>One line of a chart, with an optional uncertainty band (Low/High, same length as Y).</summary>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double>? Low = null, IReadOnlyList<double>? High = null, bool Dashed = false);

/// <summary>One row of a forest plot or bar chart: an estimate with its interval.</summary>
public sealed record Estimate(string Label, double Value, double Low, double High, string? Group = null);

/// <summary>
/// The project's small SVG chart module (no plotting library is served here; see ENGINEERING.md): line charts with
/// confidence bands, stacked areas of state shares, bars with error bars, forest plots and heatmaps. Each function
/// returns a self-contained &lt;svg&gt; element as a string, used by the HTML report and the workshop page alike. The
/// interface is deliberately narrow so that a plotting library can replace it.
/// </summary>
public static class SvgChart
{
    /// <summary>Colour-blind-safe palette (Okabe–Ito).</summary>
    public static readonly string[] Palette =
    [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#B8A100",
        "#7F3C8D", "#11A579", "#E73F74", "#3969AC", "#80BA5A", "#A5AA99",
    ];

    private const int Left = 64, Right = 16, Top = 34, Bottom = 46;

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static StringBuilder Open(int width, int height, string title)
    {
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{E(title)}\" font-family=\"system-ui, sans-serif\" font-size=\"12\">");
        sb.Append($"<title>{E(title)}</title><rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>");
        sb.Append($"<text x=\"{Left}\" y=\"20\" font-size=\"14\" font-weight=\"600\">{E(title)}</text>");
        return sb;
    }

    /// <summary>Round bounds and 4–6 tick positions covering [lo, hi].</summary>
    public static (double Lo, double Hi, double[] Ticks) NiceScale(double lo, double hi, int target = 5)
    {
        if (!double.IsFinite(lo) || !double.IsFinite(hi)) (lo, hi) = (0, 1);
        if (hi - lo < 1e-12) { hi = lo + (Math.Abs(lo) > 0 ? Math.Abs(lo) * 0.1 : 1); lo -= Math.Abs(lo) > 0 ? Math.Abs(lo) * 0.1 : 0; }
        double raw = (hi - lo) / target, mag = Math.Pow(10, Math.Floor(Math.Log10(raw))), norm = raw / mag;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
        double a = Math.Floor(lo / step) * step, b = Math.Ceiling(hi / step) * step;
        var ticks = new List<double>();
        for (double t = a; t <= b + step / 2; t += step) ticks.Add(Math.Round(t / step) * step);
        return (a, b, ticks.ToArray());
    }

    private static string Tick(double v)
    {
        double a = Math.Abs(v);
        return a >= 1e6 ? (v / 1e6).ToString("0.#", CultureInfo.InvariantCulture) + "M"
            : a >= 1e4 ? (v / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + "k"
            : v.ToString("0.###", CultureInfo.InvariantCulture);
    }

    private static void Axes(StringBuilder sb, int w, int h, (double Lo, double Hi, double[] Ticks) xs, (double Lo, double Hi, double[] Ticks) ys,
        string xLabel, string yLabel, Func<double, double> px, Func<double, double> py, bool xTicks = true)
    {
        foreach (var t in ys.Ticks)
        {
            double y = py(t);
            sb.Append($"<line x1=\"{Left}\" x2=\"{w - Right}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"#e5e5e5\"/>");
            sb.Append($"<text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" fill=\"#444\">{Tick(t)}</text>");
        }
        if (xTicks)
            foreach (var t in xs.Ticks)
            {
                double x = px(t);
                sb.Append($"<line x1=\"{F(x)}\" x2=\"{F(x)}\" y1=\"{h - Bottom}\" y2=\"{h - Bottom + 4}\" stroke=\"#888\"/>");
                sb.Append($"<text x=\"{F(x)}\" y=\"{h - Bottom + 17}\" text-anchor=\"middle\" fill=\"#444\">{Tick(t)}</text>");
            }
        sb.Append($"<line x1=\"{Left}\" x2=\"{w - Right}\" y1=\"{h - Bottom}\" y2=\"{h - Bottom}\" stroke=\"#888\"/>");
        sb.Append($"<line x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{h - Bottom}\" stroke=\"#888\"/>");
        sb.Append($"<text x=\"{(Left + w - Right) / 2}\" y=\"{h - 8}\" text-anchor=\"middle\" fill=\"#222\">{E(xLabel)}</text>");
        sb.Append($"<text transform=\"translate(14 {(Top + h - Bottom) / 2}) rotate(-90)\" text-anchor=\"middle\" fill=\"#222\">{E(yLabel)}</text>");
    }

    private static double LegendWidth(string name) => 28 + 7 * name.Length;

    /// <summary>Rows the legend needs below the plot (0 when it fits in one row beside the title).</summary>
    private static int LegendRows(int w, IReadOnlyList<string> names)
    {
        double titleRoom = w - Right - 360;
        if (names.Sum(LegendWidth) <= titleRoom) return 0;
        int rows = 1;
        double x = Left;
        foreach (var n in names)
        {
            if (x + LegendWidth(n) > w - Right) { rows++; x = Left; }
            x += LegendWidth(n);
        }
        return rows;
    }

    private static void Legend(StringBuilder sb, int w, int plotBottom, IReadOnlyList<string> names, IReadOnlyList<string> colours, IReadOnlyList<bool>? dashed = null)
    {
        int rows = LegendRows(w, names);
        double x = rows == 0 ? w - Right - names.Sum(LegendWidth) : Left, y = rows == 0 ? 27 : plotBottom + 8;
        for (int k = 0; k < names.Count; k++)
        {
            if (rows > 0 && x + LegendWidth(names[k]) > w - Right) { x = Left; y += 16; }
            string dash = dashed is not null && dashed[k] ? " stroke-dasharray=\"4 3\"" : "";
            sb.Append($"<line x1=\"{F(x)}\" x2=\"{F(x + 14)}\" y1=\"{F(y + 2)}\" y2=\"{F(y + 2)}\" stroke=\"{colours[k]}\" stroke-width=\"3\"{dash}/>");
            sb.Append($"<text x=\"{F(x + 18)}\" y=\"{F(y + 6)}\" fill=\"#222\">{E(names[k])}</text>");
            x += LegendWidth(names[k]);
        }
    }

    /// <summary>Lines with optional shaded bands (e.g. 95% intervals over replications).</summary>
    public static string Lines(string title, string xLabel, string yLabel, IReadOnlyList<Series> series,
        int width = 720, int height = 360, double? yMin = null, double? yMax = null)
    {
        int plotHeight = height;
        height += 16 * LegendRows(width, series.Select(s => s.Name).ToList()) + (LegendRows(width, series.Select(s => s.Name).ToList()) > 0 ? 8 : 0);
        var all = series.SelectMany(s => s.Y.Concat(s.Low ?? []).Concat(s.High ?? [])).Where(double.IsFinite).ToList();
        var xsAll = series.SelectMany(s => s.X).ToList();
        var xs = NiceScale(xsAll.Count > 0 ? xsAll.Min() : 0, xsAll.Count > 0 ? xsAll.Max() : 1);
        xs = (xsAll.Count > 0 ? xsAll.Min() : 0, xsAll.Count > 0 ? Math.Max(xsAll.Max(), xsAll.Min() + 1) : 1, xs.Ticks.Where(t => xsAll.Count == 0 || (t >= xsAll.Min() && t <= xsAll.Max())).ToArray());
        var ys = NiceScale(yMin ?? (all.Count > 0 ? Math.Min(0, all.Min()) : 0), yMax ?? (all.Count > 0 ? all.Max() : 1));
        double Px(double v) => Left + (v - xs.Lo) / (xs.Hi - xs.Lo) * (width - Left - Right);
        double Py(double v) => plotHeight - Bottom - (v - ys.Lo) / (ys.Hi - ys.Lo) * (plotHeight - Top - Bottom);
        var sb = Open(width, height, title);
        Axes(sb, width, plotHeight, xs, ys, xLabel, yLabel, Px, Py);
        for (int k = 0; k < series.Count; k++)
        {
            var s = series[k];
            string c = Palette[k % Palette.Length];
            if (s.Low is not null && s.High is not null && s.X.Count > 0)
            {
                var pts = Enumerable.Range(0, s.X.Count).Select(i => $"{F(Px(s.X[i]))},{F(Py(s.High[i]))}")
                    .Concat(Enumerable.Range(0, s.X.Count).Reverse().Select(i => $"{F(Px(s.X[i]))},{F(Py(s.Low[i]))}"));
                sb.Append($"<polygon points=\"{string.Join(' ', pts)}\" fill=\"{c}\" fill-opacity=\"0.18\" stroke=\"none\"/>");
            }
            var line = Enumerable.Range(0, s.X.Count).Where(i => double.IsFinite(s.Y[i])).Select(i => $"{F(Px(s.X[i]))},{F(Py(s.Y[i]))}");
            sb.Append($"<polyline points=\"{string.Join(' ', line)}\" fill=\"none\" stroke=\"{c}\" stroke-width=\"2\"{(s.Dashed ? " stroke-dasharray=\"6 4\"" : "")}><title>{E(s.Name)}</title></polyline>");
        }
        Legend(sb, width, plotHeight, series.Select(s => s.Name).ToList(), series.Select((_, k) => Palette[k % Palette.Length]).ToList(), series.Select(s => s.Dashed).ToList());
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Stacked areas of shares over time (e.g. coping / adaptive / crisis).</summary>
    public static string StackedArea(string title, string xLabel, IReadOnlyList<double> x,
        IReadOnlyList<(string Name, IReadOnlyList<double> Values)> layers, int width = 720, int height = 360)
    {
        double maxTotal = Enumerable.Range(0, x.Count).Select(i => layers.Sum(l => l.Values[i])).DefaultIfEmpty(1).Max();
        var xs = NiceScale(x.Count > 0 ? x[0] : 0, x.Count > 0 ? x[^1] : 1);
        xs = (x.Count > 0 ? x[0] : 0, x.Count > 1 ? x[^1] : 1, xs.Ticks.Where(t => x.Count == 0 || (t >= x[0] && t <= x[^1])).ToArray());
        var ys = NiceScale(0, Math.Max(maxTotal, 1e-9));
        double Px(double v) => Left + (v - xs.Lo) / (xs.Hi - xs.Lo) * (width - Left - Right);
        double Py(double v) => height - Bottom - (v - ys.Lo) / (ys.Hi - ys.Lo) * (height - Top - Bottom);
        var sb = Open(width, height, title);
        Axes(sb, width, height, xs, ys, xLabel, "share", Px, Py);
        var lower = new double[x.Count];
        for (int k = 0; k < layers.Count; k++)
        {
            var upper = Enumerable.Range(0, x.Count).Select(i => lower[i] + layers[k].Values[i]).ToArray();
            var pts = Enumerable.Range(0, x.Count).Select(i => $"{F(Px(x[i]))},{F(Py(upper[i]))}")
                .Concat(Enumerable.Range(0, x.Count).Reverse().Select(i => $"{F(Px(x[i]))},{F(Py(lower[i]))}"));
            sb.Append($"<polygon points=\"{string.Join(' ', pts)}\" fill=\"{Palette[k % Palette.Length]}\" fill-opacity=\"0.75\" stroke=\"white\" stroke-width=\"0.5\"><title>{E(layers[k].Name)}</title></polygon>");
            lower = upper;
        }
        Legend(sb, width, height, layers.Select(l => l.Name).ToList(), layers.Select((_, k) => Palette[k % Palette.Length]).ToList());
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Forest plot: one row per estimate with its interval and a reference line at zero.</summary>
    public static string Forest(string title, string xLabel, IReadOnlyList<Estimate> rows, int width = 720, int rowHeight = 22)
    {
        int labelWidth = Math.Min(320, 20 + 7 * rows.Select(r => r.Label.Length).DefaultIfEmpty(10).Max());
        int height = Top + Bottom + rowHeight * Math.Max(1, rows.Count);
        var vals = rows.SelectMany(r => new[] { r.Low, r.High, r.Value }).Where(double.IsFinite).Append(0).ToList();
        var xs = NiceScale(vals.Min(), vals.Max());
        int left = labelWidth;
        double Px(double v) => left + (v - xs.Lo) / (xs.Hi - xs.Lo) * (width - left - Right);
        var sb = Open(width, height, title);
        foreach (var t in xs.Ticks)
        {
            sb.Append($"<line x1=\"{F(Px(t))}\" x2=\"{F(Px(t))}\" y1=\"{Top}\" y2=\"{height - Bottom}\" stroke=\"{(t == 0 ? "#888" : "#eee")}\"/>");
            sb.Append($"<text x=\"{F(Px(t))}\" y=\"{height - Bottom + 17}\" text-anchor=\"middle\" fill=\"#444\">{Tick(t)}</text>");
        }
        sb.Append($"<text x=\"{(left + width - Right) / 2}\" y=\"{height - 8}\" text-anchor=\"middle\">{E(xLabel)}</text>");
        string? group = null;
        int colour = -1;
        for (int k = 0; k < rows.Count; k++)
        {
            var r = rows[k];
            if (r.Group != group) { group = r.Group; colour++; }
            string c = Palette[Math.Max(0, colour) % Palette.Length];
            double y = Top + rowHeight * (k + 0.5);
            sb.Append($"<text x=\"{left - 8}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{E(r.Label)}</text>");
            if (double.IsFinite(r.Low) && double.IsFinite(r.High))
                sb.Append($"<line x1=\"{F(Px(r.Low))}\" x2=\"{F(Px(r.High))}\" y1=\"{F(y)}\" y2=\"{F(y)}\" stroke=\"{c}\" stroke-width=\"2\"/>");
            sb.Append($"<circle cx=\"{F(Px(r.Value))}\" cy=\"{F(y)}\" r=\"4\" fill=\"{c}\"><title>{E(r.Label)}: {F(r.Value)} [{F(r.Low)}, {F(r.High)}]</title></circle>");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Vertical bars with error bars.</summary>
    public static string Bars(string title, string yLabel, IReadOnlyList<Estimate> bars, int width = 720, int height = 360)
    {
        var vals = bars.SelectMany(b => new[] { b.Value, b.Low, b.High }).Where(double.IsFinite).Append(0).ToList();
        var ys = NiceScale(vals.Min(), vals.Max());
        double Py(double v) => height - Bottom - (v - ys.Lo) / (ys.Hi - ys.Lo) * (height - Top - Bottom);
        var sb = Open(width, height, title);
        Axes(sb, width, height, (0, 1, []), ys, "", yLabel, v => v, Py, xTicks: false);
        double slot = (double)(width - Left - Right) / Math.Max(1, bars.Count), bw = slot * 0.6;
        for (int k = 0; k < bars.Count; k++)
        {
            var b = bars[k];
            double x = Left + slot * k + (slot - bw) / 2, y0 = Py(0), y1 = Py(b.Value);
            sb.Append($"<rect x=\"{F(x)}\" y=\"{F(Math.Min(y0, y1))}\" width=\"{F(bw)}\" height=\"{F(Math.Abs(y0 - y1))}\" fill=\"{Palette[k % Palette.Length]}\"><title>{E(b.Label)}: {F(b.Value)}</title></rect>");
            if (double.IsFinite(b.Low) && double.IsFinite(b.High) && b.High > b.Low)
            {
                double cx = x + bw / 2;
                sb.Append($"<path d=\"M{F(cx)} {F(Py(b.Low))}V{F(Py(b.High))}M{F(cx - 5)} {F(Py(b.Low))}h10M{F(cx - 5)} {F(Py(b.High))}h10\" stroke=\"#222\" fill=\"none\"/>");
            }
            sb.Append($"<text x=\"{F(x + bw / 2)}\" y=\"{height - Bottom + 15}\" text-anchor=\"middle\" font-size=\"11\">{E(b.Label)}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Heatmap of a response surface: values[iy, ix] at (xs[ix], ys[iy]); blue (low) to orange (high).</summary>
    public static string Heatmap(string title, string xLabel, string yLabel, IReadOnlyList<double> xs, IReadOnlyList<double> ys,
        double[,] values, int width = 720, int height = 420)
    {
        var finite = values.Cast<double>().Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        double lo = finite.Min(), hi = finite.Max();
        var sb = Open(width, height, title);
        int plotW = width - Left - Right - 70, plotH = height - Top - Bottom;
        double cw = (double)plotW / Math.Max(1, xs.Count), ch = (double)plotH / Math.Max(1, ys.Count);
        for (int iy = 0; iy < ys.Count; iy++)
            for (int ix = 0; ix < xs.Count; ix++)
            {
                double v = values[iy, ix], t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
                double x = Left + ix * cw, y = Top + (ys.Count - 1 - iy) * ch;
                sb.Append($"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(cw + 0.5)}\" height=\"{F(ch + 0.5)}\" fill=\"{Ramp(t)}\"><title>{E(xLabel)} {Tick(xs[ix])}, {E(yLabel)} {Tick(ys[iy])}: {F(v)}</title></rect>");
                if (cw > 34 && ch > 16)
                    sb.Append($"<text x=\"{F(x + cw / 2)}\" y=\"{F(y + ch / 2 + 4)}\" text-anchor=\"middle\" font-size=\"10\" fill=\"{(t > 0.8 || t < 0.2 ? "white" : "#111")}\">{Tick(v)}</text>");
            }
        for (int ix = 0; ix < xs.Count; ix++)
            sb.Append($"<text x=\"{F(Left + (ix + 0.5) * cw)}\" y=\"{height - Bottom + 15}\" text-anchor=\"middle\" fill=\"#444\">{Tick(xs[ix])}</text>");
        for (int iy = 0; iy < ys.Count; iy++)
            sb.Append($"<text x=\"{Left - 6}\" y=\"{F(Top + (ys.Count - 0.5 - iy) * ch + 4)}\" text-anchor=\"end\" fill=\"#444\">{Tick(ys[iy])}</text>");
        sb.Append($"<text x=\"{(Left + Left + plotW) / 2}\" y=\"{height - 8}\" text-anchor=\"middle\">{E(xLabel)}</text>");
        sb.Append($"<text transform=\"translate(14 {(Top + height - Bottom) / 2}) rotate(-90)\" text-anchor=\"middle\">{E(yLabel)}</text>");
        int lx = Left + plotW + 20;
        for (int k = 0; k < 20; k++)
            sb.Append($"<rect x=\"{lx}\" y=\"{F(Top + plotH * (1 - (k + 1) / 20.0))}\" width=\"14\" height=\"{F(plotH / 20.0 + 0.5)}\" fill=\"{Ramp(k / 19.0)}\"/>");
        sb.Append($"<text x=\"{lx + 18}\" y=\"{Top + 10}\" font-size=\"10\">{Tick(hi)}</text><text x=\"{lx + 18}\" y=\"{Top + plotH}\" font-size=\"10\">{Tick(lo)}</text>");
        return sb.Append("</svg>").ToString();
    }

    private static string Ramp(double t)
    {
        t = Math.Clamp(t, 0, 1);
        (int r, int g, int b) a = (0x2c, 0x7b, 0xb6), m = (0xf7, 0xf7, 0xf7), z = (0xd7, 0x30, 0x1f);
        var (p, q, u) = t < 0.5 ? (a, m, t * 2) : (m, z, (t - 0.5) * 2);
        return $"#{(int)(p.r + (q.r - p.r) * u):x2}{(int)(p.g + (q.g - p.g) * u):x2}{(int)(p.b + (q.b - p.b) * u):x2}";
    }

    /// <summary>Transition flows between resilience types: one arrow per (from, to) with width ∝ count.</summary>
    public static string Flows(string title, IReadOnlyList<string> states, double[,] counts, int width = 520, int height = 300)
    {
        var sb = Open(width, height, title);
        int n = states.Count;
        double max = counts.Cast<double>().DefaultIfEmpty(1).Max();
        double Cx(int k) => 70 + k * (width - 140.0) / Math.Max(1, n - 1);
        double cy = height / 2.0 + 10;
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#555\"/></marker></defs>");
        for (int a = 0; a < n; a++)
            for (int b = 0; b < n; b++)
            {
                if (a == b || counts[a, b] <= 0) continue;
                double w = 1 + 12 * counts[a, b] / Math.Max(1, max);
                double x1 = Cx(a), x2 = Cx(b), bend = (b > a ? -1 : 1) * (40 + 20 * Math.Abs(b - a));
                double mx = (x1 + x2) / 2, my = cy + bend;
                sb.Append($"<path d=\"M{F(x1)} {F(cy + (b > a ? -18 : 18))} Q{F(mx)} {F(my)} {F(x2)} {F(cy + (b > a ? -18 : 18))}\" fill=\"none\" stroke=\"#555\" stroke-opacity=\"0.6\" stroke-width=\"{F(w)}\" marker-end=\"url(#arrow)\"><title>{E(states[a])} → {E(states[b])}: {F(counts[a, b])}</title></path>");
                sb.Append($"<text x=\"{F(mx)}\" y=\"{F(my + (b > a ? 10 : -4))}\" text-anchor=\"middle\" font-size=\"11\">{Tick(counts[a, b])}</text>");
            }
        for (int k = 0; k < n; k++)
        {
            sb.Append($"<circle cx=\"{F(Cx(k))}\" cy=\"{F(cy)}\" r=\"18\" fill=\"{Palette[k % Palette.Length]}\"/>");
            sb.Append($"<text x=\"{F(Cx(k))}\" y=\"{F(cy + 36)}\" text-anchor=\"middle\" font-weight=\"600\">{E(states[k])}</text>");
        }
        return sb.Append("</svg>").ToString();
    }
}
