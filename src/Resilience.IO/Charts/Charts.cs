using System.Globalization;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace Resilience.IO.Charts;

/// <summary>One line of a chart, with an optional uncertainty band (Low/High, same length as Y) and its look
/// (default: the scenario look of its position).</summary>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double>? Low = null, IReadOnlyList<double>? High = null, LineLook? Look = null);

/// <summary>One row of a forest plot: an estimate with its interval, and the colour of its class (better, worse,
/// not clear; or one neutral colour).</summary>
public sealed record Estimate(string Label, double Value, double Low, double High, string Colour = ChartStyle.Ink);

/// <summary>A group of points of a scatter chart (e.g. every evaluated package, or the Pareto set): its legend name,
/// colour, marker and size; groups later in the list are drawn on top.</summary>
public sealed record PointGroup(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, string Colour,
    MarkerType Marker = MarkerType.Circle, double Size = 4);

/// <summary>A labelled threshold across a chart (a goal, a budget): vertical at an x value, else horizontal at a y value.</summary>
public sealed record Threshold(string Label, double Value, bool Vertical, string Colour = ChartStyle.Ink);

/// <summary>What an axis shows: its title and unit (both printed, "title (unit)"), and whether values are shares
/// (0–1) to print as percent.</summary>
public sealed record AxisText(string Title, string Unit, bool Percent = false);

/// <summary>
/// The charts of the reports and the workshop, as OxyPlot models exported to SVG (<see cref="ChartStyle.Svg"/>):
/// lines with bands, forest plots and labelled matrices (heat maps drawn as vector rectangles). Every chart has a
/// title and axis titles with units; tick labels follow the data's scale.
/// </summary>
public static class Chart
{
    /// <summary>Lines with optional shaded bands. Bands are drawn first, then lines in reverse order, so the first
    /// series (the baseline) lies on top and is never hidden.</summary>
    public static string Lines(string title, AxisText x, AxisText y, IReadOnlyList<Series> series, CultureInfo culture,
        int width = 720, int height = 360, double? yMin = null, double? yMax = null, double? xMin = null, double? xMax = null,
        string? subtitle = null, double? reference = null, int markerEvery = 6, (double Low, double High)? shade = null)
    {
        var model = ChartStyle.Model(title, culture, subtitle);
        // Shaded x range: e.g. the months in which an outcome cannot be seen yet (the report's caption says which).
        if (shade is { } band)
            model.Annotations.Add(new RectangleAnnotation
            {
                MinimumX = band.Low, MaximumX = band.High, Fill = ChartStyle.Colour("#EDEDED"), Layer = AnnotationLayer.BelowSeries,
            });
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Bottom, x.Title, x.Unit, culture, x.Percent, xMin, xMax));
        var yAxis = ChartStyle.Axis(AxisPosition.Left, y.Title, y.Unit, culture, y.Percent, yMin, yMax);
        model.Axes.Add(yAxis);
        if (reference is not null)
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Horizontal, Y = reference.Value, Color = ChartStyle.Colour(ChartStyle.Muted), StrokeThickness = 1, LineStyle = LineStyle.Solid, Layer = AnnotationLayer.BelowSeries });
        var looks = series.Select((s, k) => s.Look ?? ChartStyle.Scenario(k)).ToList();
        for (int k = 0; k < series.Count; k++)
            if (series[k].Low is { } low && series[k].High is { } high)
                model.Series.Add(ChartStyle.Band(series[k].X, low, high, looks[k].Colour));
        var lines = series.Select((s, k) => ChartStyle.Line(s.Name, s.X, s.Y, looks[k], markerEvery)).ToList();
        for (int k = series.Count - 1; k >= 0; k--) ChartStyle.Add(model, lines[k]);
        // Legend order as given (the series were added in reverse so that the first is drawn last, on top).
        if (series.Count > 1) { ChartStyle.AddLegend(model); model.Legends[0].LegendItemOrder = LegendItemOrder.Reverse; }
        return ChartStyle.Svg(model, width, height);
    }

    /// <summary>Points in groups (a legend entry each) with labelled threshold lines: a trade-off between two outcomes,
    /// e.g. cost against the goal outcome with the goal and the budget drawn.</summary>
    public static string Points(string title, AxisText x, AxisText y, IReadOnlyList<PointGroup> groups, IReadOnlyList<Threshold> thresholds,
        CultureInfo culture, int width = 720, int height = 440, string? subtitle = null)
    {
        var model = ChartStyle.Model(title, culture, subtitle);
        // Thresholds inside the axes' range, so that a goal line is never off the chart.
        var xs = groups.SelectMany(g => g.X).Concat(thresholds.Where(t => t.Vertical).Select(t => t.Value)).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        var ys = groups.SelectMany(g => g.Y).Concat(thresholds.Where(t => !t.Vertical).Select(t => t.Value)).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        static (double, double) Span(List<double> v) { double lo = v.Min(), hi = v.Max(), pad = Math.Max(1e-9, (hi - lo) * 0.08); return (lo - pad, hi + pad); }
        var (x0, x1) = Span(xs);
        var (y0, y1) = Span(ys);
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Bottom, x.Title, x.Unit, culture, x.Percent, x0, x1));
        model.Axes.Add(ChartStyle.Axis(AxisPosition.Left, y.Title, y.Unit, culture, y.Percent, y0, y1));
        foreach (var t in thresholds)
            model.Annotations.Add(new LineAnnotation
            {
                Type = t.Vertical ? LineAnnotationType.Vertical : LineAnnotationType.Horizontal,
                X = t.Vertical ? t.Value : 0, Y = t.Vertical ? 0 : t.Value,
                Color = ChartStyle.Colour(t.Colour), StrokeThickness = 1.6, LineStyle = LineStyle.Dash, Layer = AnnotationLayer.BelowSeries,
                Text = t.Label, TextColor = ChartStyle.Colour(t.Colour), FontSize = ChartStyle.SmallFontSize,
                TextHorizontalAlignment = t.Vertical ? HorizontalAlignment.Right : HorizontalAlignment.Left,
                TextOrientation = AnnotationTextOrientation.Horizontal,
                TextLinePosition = t.Vertical ? 0.98 : 0.01, TextMargin = 4,
            });
        foreach (var g in groups)
        {
            var dots = new ScatterSeries
            {
                Title = g.Name, MarkerType = g.Marker, MarkerSize = g.Size, MarkerFill = ChartStyle.Colour(g.Colour),
                MarkerStroke = OxyColors.White, MarkerStrokeThickness = 1,
            };
            for (int i = 0; i < g.X.Count; i++)
                if (double.IsFinite(g.X[i]) && double.IsFinite(g.Y[i])) dots.Points.Add(new ScatterPoint(g.X[i], g.Y[i]));
            model.Series.Add(dots);
        }
        if (groups.Count > 1) ChartStyle.AddLegend(model);
        return ChartStyle.Svg(model, width, height);
    }

    /// <summary>Forest plot: one row per estimate (top to bottom) with its interval and a reference line at zero.
    /// <paramref name="legend"/> names what the colours mean.</summary>
    public static string Forest(string title, AxisText x, AxisText rowAxis, IReadOnlyList<Estimate> rows, CultureInfo culture,
        IReadOnlyList<(string Label, string Colour)>? legend = null, int width = 720, int rowHeight = 24, double? reference = 0,
        string? subtitle = null, double? xMin = null, double? xMax = null, (double Low, double High)? shade = null)
    {
        var model = ChartStyle.Model(title, culture, subtitle);
        var xAxis = ChartStyle.Axis(AxisPosition.Bottom, x.Title, x.Unit, culture, x.Percent, xMin, xMax);
        if (shade is { } band)
            model.Annotations.Add(new RectangleAnnotation
            {
                MinimumX = band.Low, MaximumX = band.High, Fill = ChartStyle.Colour("#EDEDED"), Layer = AnnotationLayer.BelowSeries,
            });
        var yAxis = RowAxis(rows.Select(r => r.Label).ToList(), AxisPosition.Left, rowAxis);
        model.Axes.Add(xAxis);
        model.Axes.Add(yAxis);
        if (reference is not null)
            model.Annotations.Add(new LineAnnotation { Type = LineAnnotationType.Vertical, X = reference.Value, Color = ChartStyle.Colour(ChartStyle.Muted), StrokeThickness = 1.2, Layer = AnnotationLayer.BelowSeries });
        // One series per colour: the legend's colours first and in its order (also those no row has, so that the
        // legend reads the same on every chart of a page), then any others.
        var colours = (legend ?? []).Select(l => l.Colour).Concat(rows.Select(r => r.Colour)).Distinct().ToList();
        foreach (var key in colours)
        {
            var colour = ChartStyle.Colour(key);
            var whiskers = new LineSeries { Color = colour, StrokeThickness = 2.4, RenderInLegend = false };
            var dots = new ScatterSeries { MarkerType = MarkerType.Circle, MarkerSize = 5, MarkerFill = colour, MarkerStroke = OxyColors.White, MarkerStrokeThickness = 1 };
            var name = legend?.FirstOrDefault(l => l.Colour == key).Label;
            dots.Title = name;
            dots.RenderInLegend = name is not null;
            for (int i = 0; i < rows.Count; i++)
            {
                var r = rows[i];
                if (r.Colour != key) continue;
                if (double.IsFinite(r.Low) && double.IsFinite(r.High))
                {
                    whiskers.Points.Add(new DataPoint(r.Low, RowAt(i, rows.Count)));
                    whiskers.Points.Add(new DataPoint(r.High, RowAt(i, rows.Count)));
                    whiskers.Points.Add(DataPoint.Undefined);
                }
                if (double.IsFinite(r.Value)) dots.Points.Add(new ScatterPoint(r.Value, RowAt(i, rows.Count)));
            }
            model.Series.Add(whiskers);
            model.Series.Add(dots);
        }
        if (legend is { Count: > 0 }) ChartStyle.AddLegend(model);
        int height = 110 + (subtitle is null ? 0 : 16) + (legend is { Count: > 0 } ? 22 : 0) + rowHeight * Math.Max(1, rows.Count);
        return ChartStyle.Svg(model, width, height);
    }

    /// <summary>A labelled matrix (heat map as vector rectangles): values[row, column], a grey ramp from low to high,
    /// and the value written in each cell (<paramref name="cell"/> formats it). Used for transition flows and for
    /// response surfaces over two levers.</summary>
    public static string Matrix(string title, AxisText columns, IReadOnlyList<string> columnLabels, AxisText rowsAxis,
        IReadOnlyList<string> rowLabels, double[,] values, Func<double, string> cell, string scaleTitle, CultureInfo culture,
        int width = 720, int? height = null, string? subtitle = null)
    {
        int nr = rowLabels.Count, nc = columnLabels.Count;
        var model = ChartStyle.Model(title, culture, subtitle);
        var xAxis = RowAxis(columnLabels, AxisPosition.Bottom, columns);
        var yAxis = RowAxis(rowLabels, AxisPosition.Left, rowsAxis);
        model.Axes.Add(xAxis);
        model.Axes.Add(yAxis);
        var finite = values.Cast<double>().Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        double lo = finite.Min(), hi = finite.Max();
        if (hi - lo < 1e-12) hi = lo + 1;
        var palette = OxyPalette.Interpolate(64, ChartStyle.Colour("#F4F4F4"), ChartStyle.Colour("#B0B0B0"), ChartStyle.Colour("#3A3A3A"));
        model.Axes.Add(new LinearColorAxis { Position = AxisPosition.Right, Palette = palette, Minimum = lo, Maximum = hi, IsAxisVisible = false, Key = "colour", InvalidNumberColor = OxyColors.White });
        var data = new double[nc, nr];
        for (int r = 0; r < nr; r++) for (int c = 0; c < nc; c++) data[c, RowAt(r, nr)] = values[r, c];
        model.Series.Add(new HeatMapSeries
        {
            X0 = 0, X1 = nc - 1, Y0 = 0, Y1 = nr - 1, Data = data, ColorAxisKey = "colour",
            CoordinateDefinition = HeatMapCoordinateDefinition.Center, RenderMethod = HeatMapRenderMethod.Rectangles, Interpolate = false,
        });
        for (int r = 0; r < nr; r++)
            for (int c = 0; c < nc; c++)
            {
                double t = (values[r, c] - lo) / (hi - lo);
                model.Annotations.Add(new TextAnnotation
                {
                    Text = double.IsFinite(values[r, c]) ? cell(values[r, c]) : "–", TextPosition = new DataPoint(c, RowAt(r, nr)),
                    TextHorizontalAlignment = HorizontalAlignment.Center, TextVerticalAlignment = VerticalAlignment.Middle,
                    Stroke = OxyColors.Transparent, Background = OxyColors.Transparent, FontSize = ChartStyle.FontSize,
                    TextColor = double.IsFinite(t) && t > 0.55 ? OxyColors.White : ChartStyle.Colour(ChartStyle.Ink),
                });
            }
        model.Subtitle = subtitle is null ? scaleTitle : $"{subtitle} · {scaleTitle}";
        // Tall enough for the rotated row-axis title (about 7 px a character at the axis font size).
        int h = height ?? Math.Max(120 + 40 * nr, 110 + 7 * (rowsAxis.Title.Length + rowsAxis.Unit.Length + 3));
        return ChartStyle.Svg(model, width, h);
    }

    /// <summary>Where row <paramref name="i"/> of <paramref name="n"/> sits on a row axis: the first row at the top.</summary>
    private static int RowAt(int i, int n) => n - 1 - i;

    /// <summary>An axis of labelled rows (left, first row at the top) or columns (bottom, first at the left) at
    /// 0, 1, 2, ….</summary>
    private static LinearAxis RowAxis(IReadOnlyList<string> labels, AxisPosition position, AxisText text)
    {
        var axis = new LinearAxis
        {
            Title = text.Title,
            Unit = text.Unit,
            TitleFormatString = text.Unit.Length > 0 ? "{0} ({1})" : "{0}",
            Tag = ChartStyle.CategoryAxisTag,
            Position = position,
            Minimum = -0.5,
            Maximum = labels.Count - 0.5,
            MajorStep = 1,
            MinorStep = 1,
            MajorTickSize = 0,
            MinorTickSize = 0,
            AxislineStyle = LineStyle.None,
            MajorGridlineStyle = position == AxisPosition.Left ? LineStyle.Solid : LineStyle.None,
            MajorGridlineColor = ChartStyle.Colour("#F2F2F2"),
            IsPanEnabled = false,
            IsZoomEnabled = false,
            AxisTitleDistance = 8,
            LabelFormatter = v =>
            {
                int i = (int)Math.Round(v);
                if (Math.Abs(v - i) > 1e-6 || i < 0 || i >= labels.Count) return "";
                return labels[position == AxisPosition.Left ? labels.Count - 1 - i : i];
            },
        };
        return axis;
    }
}
