using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace Resilience.IO.Charts;

/// <summary>How one line looks: colour, dash and marker. Lines that may lie on top of each other differ in all three,
/// so that a hidden line is still seen (dash gaps, markers) and a reader without colour vision can tell them apart.</summary>
public sealed record LineLook(string Colour, LineStyle Dash = LineStyle.Solid, MarkerType Marker = MarkerType.None, double Thickness = 2.2);

/// <summary>
/// Fonts, sizes and the three palettes of every chart (reports and workshop alike), and the export of an OxyPlot
/// model to SVG. One colour meaning per page: resilience types have their own colours, scenarios and branches
/// another set, better/worse a third (blue/vermillion, safe for the common colour-vision deficiencies) — the sets
/// share no colour.
/// </summary>
public static partial class ChartStyle
{
    /// <summary>Font named in the SVG: Liberation Sans is on Debian and metric-compatible with Arial and Helvetica,
    /// whose widths OxyPlot's built-in text measurer knows, so what is measured is what the browser draws. OxyPlot's
    /// default ("Segoe UI") is absent on Linux and falls back to a serif font of other widths.</summary>
    public const string Font = "Liberation Sans, Arial, Helvetica, sans-serif";
    public const double FontSize = 13, TitleFontSize = 15, SmallFontSize = 11.5;
    public const string Ink = "#222222", Muted = "#666666", Grid = "#E6E6E6";

    // Resilience types (MODEL.md §3): their own colours, never used for anything else.
    public const string Coping = "#E69F00", Adaptive = "#009E73", Crisis = "#882255";

    // Better / worse / not clear (or too small to matter): Okabe–Ito blue and vermillion, and grey.
    public const string Better = "#0072B2", Worse = "#D55E00", Unclear = "#8C8C8C";

    /// <summary>The baseline (or the live branch before a fork): black, dashed.</summary>
    public static readonly LineLook Baseline = new("#000000", LineStyle.Dash, MarkerType.None, 2.4);

    /// <summary>Scenarios and what-if branches, in order: colours from Paul Tol's muted scheme (none shared with the
    /// type or better/worse colours), each with its own dash and marker.</summary>
    public static readonly LineLook[] Scenarios =
    [
        new("#332288", LineStyle.Solid, MarkerType.Circle),
        new("#44AA99", LineStyle.Solid, MarkerType.Square),
        new("#AA4499", LineStyle.DashDot, MarkerType.Triangle),
        new("#999933", LineStyle.LongDash, MarkerType.Diamond),
        new("#88CCEE", LineStyle.Solid, MarkerType.Cross),
        new("#117733", LineStyle.DashDotDot, MarkerType.Plus),
        new("#DDCC77", LineStyle.Solid, MarkerType.Star),
        new("#CC6677", LineStyle.Dot, MarkerType.Circle),
    ];

    public static LineLook Scenario(int k) => Scenarios[k % Scenarios.Length];

    public static readonly LineLook[] Types =
        [new(Coping, LineStyle.Solid, MarkerType.None), new(Adaptive, LineStyle.Solid, MarkerType.None), new(Crisis, LineStyle.Solid, MarkerType.None, 2.6)];

    /// <summary>Marks an axis of labelled rows or columns (no unit expected) in the chart's metadata.</summary>
    public const string CategoryAxisTag = "category";

    public static OxyColor Colour(string hex) => OxyColor.Parse(hex);

    /// <summary>An empty plot with the house style: title left-aligned, legend above the plot, light grid.</summary>
    public static PlotModel Model(string title, CultureInfo culture, string? subtitle = null) => new()
    {
        Title = title,
        Subtitle = subtitle,
        TitleHorizontalAlignment = TitleHorizontalAlignment.CenteredWithinView,
        DefaultFont = Font,
        DefaultFontSize = FontSize,
        TitleFontSize = TitleFontSize,
        TitleFontWeight = FontWeights.Bold,
        SubtitleFontSize = SmallFontSize,
        SubtitleColor = Colour(Muted),
        TextColor = Colour(Ink),
        PlotAreaBorderColor = OxyColors.Transparent,
        Background = OxyColors.White,
        Padding = new OxyThickness(8, 6, 16, 8),
        Culture = culture,
    };

    public static void AddLegend(PlotModel model, LegendPosition position = LegendPosition.TopLeft) => model.Legends.Add(new Legend
    {
        LegendPlacement = LegendPlacement.Outside,
        LegendPosition = position,
        LegendOrientation = LegendOrientation.Horizontal,
        LegendFontSize = FontSize - 0.5,
        LegendSymbolLength = 34,
        LegendItemSpacing = 18,
        LegendMargin = 4,
        LegendPadding = 2,
    });

    /// <summary>A value axis whose tick labels follow the data's scale (<see cref="TickLabel"/>): two ticks never read
    /// the same. <paramref name="percent"/> shows a share (0–1) as percent.</summary>
    public static LinearAxis Axis(AxisPosition position, string title, string unit, CultureInfo culture, bool percent = false, double? min = null, double? max = null)
    {
        var axis = new LinearAxis
        {
            Position = position,
            Title = title,
            Unit = unit,
            TitleFormatString = unit.Length > 0 ? "{0} ({1})" : "{0}",
            MajorGridlineStyle = LineStyle.Solid,
            MajorGridlineColor = Colour(Grid),
            MinorTickSize = 0,
            TicklineColor = Colour(Muted),
            AxislineStyle = LineStyle.Solid,
            AxislineColor = Colour(Muted),
            AxisTitleDistance = 8,
            TitleFontSize = FontSize,
            MaximumPadding = 0.04,
            MinimumPadding = 0.04,
            IntervalLength = 45, // pixels between ticks (OxyPlot's 60 left short effect panels with two ticks)
            IsPanEnabled = false,
            IsZoomEnabled = false,
        };
        if (min is not null) { axis.Minimum = min.Value; axis.MinimumPadding = 0; }
        if (max is not null) { axis.Maximum = max.Value; axis.MaximumPadding = 0; }
        axis.LabelFormatter = v => TickLabel(percent ? 100 * v : v, percent ? 100 * axis.ActualMajorStep : axis.ActualMajorStep, culture);
        return axis;
    }

    /// <summary>A tick label with as many decimals as the tick step needs and no more: steps of 0.25 give two
    /// decimals, of 0.001 three, of 500 none (with a thousands separator), so neighbouring ticks always differ.</summary>
    public static string TickLabel(double v, double step, CultureInfo culture)
    {
        if (Math.Abs(v) < step * 1e-9) v = 0;
        int decimals = 0;
        if (step > 0 && double.IsFinite(step))
            while (decimals < 10 && Math.Abs(step * Math.Pow(10, decimals) - Math.Round(step * Math.Pow(10, decimals))) > 1e-6 * step * Math.Pow(10, decimals)) decimals++;
        string s = v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);
        return s.Replace('-', '−');
    }

    /// <summary>A band (e.g. a 95% interval) as a filled area without outline or legend entry.</summary>
    public static AreaSeries Band(IReadOnlyList<double> x, IReadOnlyList<double> low, IReadOnlyList<double> high, string colour, double opacity = 0.16)
    {
        var band = new AreaSeries
        {
            Color = OxyColors.Transparent,
            Color2 = OxyColors.Transparent,
            Fill = OxyColor.FromAColor((byte)(255 * opacity), Colour(colour)),
            StrokeThickness = 0,
            RenderInLegend = false,
        };
        for (int i = 0; i < x.Count; i++)
            if (double.IsFinite(low[i]) && double.IsFinite(high[i]))
            {
                band.Points.Add(new DataPoint(x[i], high[i]));
                band.Points2.Add(new DataPoint(x[i], low[i]));
            }
        return band;
    }

    public static LineSeries Line(string title, IReadOnlyList<double> x, IReadOnlyList<double> y, LineLook look, int markerEvery = 6)
    {
        var line = new LineSeries
        {
            Title = title,
            Color = Colour(look.Colour),
            StrokeThickness = look.Thickness,
            LineStyle = look.Dash,
            MarkerType = look.Marker,
            MarkerSize = 3.5,
            MarkerFill = Colour(look.Colour),
            MarkerStroke = Colour(look.Colour),
            MarkerStrokeThickness = 1.2,
            CanTrackerInterpolatePoints = false,
        };
        for (int i = 0; i < x.Count; i++) line.Points.Add(double.IsFinite(y[i]) ? new DataPoint(x[i], y[i]) : DataPoint.Undefined);
        if (look.Marker != MarkerType.None && markerEvery > 1)
        {
            // Markers on every n-th point (a marker per month would hide the line); the same points carry them in
            // the legend symbol.
            var marks = new LineSeries
            {
                Color = OxyColors.Transparent, MarkerType = look.Marker, MarkerSize = 4, MarkerFill = Colour(look.Colour),
                MarkerStroke = Colour(look.Colour), MarkerStrokeThickness = 1.4, RenderInLegend = false,
            };
            for (int i = 0; i < x.Count; i += markerEvery) if (double.IsFinite(y[i])) marks.Points.Add(new DataPoint(x[i], y[i]));
            line.MarkerType = MarkerType.None;
            line.Tag = marks;
        }
        return line;
    }

    /// <summary>Adds a line and, if it has one, its marker series.</summary>
    public static void Add(PlotModel model, LineSeries line)
    {
        model.Series.Add(line);
        if (line.Tag is LineSeries marks) model.Series.Add(marks);
    }

    /// <summary>
    /// The chart as a self-contained &lt;svg&gt; element. Text is measured with OxyPlot's built-in Helvetica metrics
    /// scaled from points to pixels (OxyPlot's PDF measurer answers in points, 3/4 of the pixels the browser draws,
    /// which lets an axis title overlap its tick labels). The root carries the chart's title and, per axis, its
    /// title and the tick labels drawn, so that tests and screen readers can read them.
    /// </summary>
    public static string Svg(PlotModel model, double width, double height)
    {
        var exporter = new SvgExporter { Width = width, Height = height, IsDocument = false, TextMeasurer = new PixelTextMeasurer(), UseVerticalTextAlignmentWorkaround = false };
        string svg = exporter.ExportToString(model);
        // OxyPlot numbers its clip paths clipPath1, clipPath2, … in every chart; on a page with several charts the
        // ids would collide and a chart would be clipped by another's rectangles. Prefix them with a hash of the
        // chart (deterministic: the same chart gives the same bytes).
        string prefix = "c" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(svg)))[..10].ToLowerInvariant();
        svg = svg.Replace("id=\"clipPath", $"id=\"{prefix}clipPath").Replace("url(#clipPath", $"url(#{prefix}clipPath");
        // Smaller for the workshop, which sends every chart to every viewer each month: the font named once on the
        // root instead of on every text, and coordinates to a tenth of a pixel (OxyPlot writes four decimals).
        svg = svg.Replace($" font-family=\"{Font}\"", "");
        svg = Geometry().Replace(svg, m => m.Groups[1].Value + "=\"" + Tenths(m.Groups[2].Value) + "\"");
        var meta = new StringBuilder();
        meta.Append($" role=\"img\" class=\"chart\" font-family=\"{Font}\"");
        meta.Append($" aria-label=\"{WebUtility.HtmlEncode(model.Title ?? "")}\"");
        meta.Append($" data-title=\"{WebUtility.HtmlEncode(model.Title ?? "")}\"");
        var axes = new List<object>();
        foreach (var axis in model.Axes)
        {
            if (!axis.IsAxisVisible || axis is LinearColorAxis) continue;
            axis.GetTickValues(out var major, out _, out _);
            var labels = major.Where(v => v >= axis.ActualMinimum - 1e-9 * Math.Abs(axis.ActualMaximum - axis.ActualMinimum)
                                       && v <= axis.ActualMaximum + 1e-9 * Math.Abs(axis.ActualMaximum - axis.ActualMinimum))
                .Select(v => axis.FormatValue(v)).Where(s => s.Length > 0).ToList();
            axes.Add(new
            {
                position = axis.Position.ToString().ToLowerInvariant(), kind = axis.Tag as string ?? "value",
                title = axis.Title ?? "", unit = axis.Unit ?? "", ticks = labels,
            });
        }
        meta.Append($" data-axes=\"{WebUtility.HtmlEncode(JsonSerializer.Serialize(axes))}\"");
        int at = svg.IndexOf("<svg", StringComparison.Ordinal);
        int end = svg.IndexOf('>', at);
        string body = svg[(end + 1)..];
        // A <title> for browsers' tooltips and screen readers; viewBox so the chart scales with the page.
        return svg[..end].Substring(at) + $" viewBox=\"0 0 {width.ToString(CultureInfo.InvariantCulture)} {height.ToString(CultureInfo.InvariantCulture)}\"" + meta + ">"
            + $"<title>{WebUtility.HtmlEncode(model.Title ?? "")}</title>" + body;
    }

    /// <summary>An attribute holding coordinates (not text, not the chart's metadata).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\s)(points|x|y|x1|x2|y1|y2|cx|cy|rx|ry|width|height|transform)=""([^""]*)""")]
    private static partial System.Text.RegularExpressions.Regex Geometry();

    /// <summary>Every number in <paramref name="value"/> cut to one decimal.</summary>
    private static string Tenths(string value)
    {
        var sb = new StringBuilder(value.Length);
        int decimals = -1; // -1: not in the decimals of a number
        foreach (char ch in value)
        {
            if (char.IsAsciiDigit(ch)) { if (decimals < 0 || decimals++ < 1) sb.Append(ch); continue; }
            if (ch == '.' && decimals < 0 && sb.Length > 0 && char.IsAsciiDigit(sb[^1])) { decimals = 0; sb.Append(ch); continue; }
            decimals = -1;
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>OxyPlot's built-in (PDF, Helvetica) metrics converted from points to pixels.</summary>
    private sealed class PixelTextMeasurer : PdfRenderContext
    {
        public PixelTextMeasurer() : base(100, 100, OxyColors.White) { }

        public override OxySize MeasureText(string text, string fontFamily, double fontSize, double fontWeight)
        {
            // The built-in metrics cover Latin-1 only: measure other characters (→, −, μ, ≥) as a wide letter rather
            // than as nothing.
            var latin = string.Concat(text.Select(ch => ch < 256 ? ch : ch == '\u2212' ? '0' : 'M'));
            var size = base.MeasureText(latin, fontFamily, fontSize, fontWeight);
            return new OxySize(size.Width * 96 / 72, size.Height * 96 / 72);
        }
    }
}
