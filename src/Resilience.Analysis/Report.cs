using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Resilience.Analysis.Calibration;
using Resilience.IO;

namespace Resilience.Analysis;

/// <summary>Small helpers for the analysis outputs: tidy CSV files and a self-contained HTML page (inline CSS and
/// SVG charts from <see cref="Resilience.IO.Charts.Chart"/>).</summary>
public static class Report
{
    public static string F(double v, string format = "0.####", CultureInfo? culture = null) =>
        double.IsFinite(v) ? v.ToString(format, culture ?? CultureInfo.InvariantCulture) : "–";

    public static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Write a CSV file (invariant culture, \n line ends) from a header and rows of already formatted
    /// fields.</summary>
    public static void Csv(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        foreach (var h in header) csv.WriteField(h);
        csv.EndRecord();
        foreach (var row in rows)
        {
            foreach (var f in row) csv.WriteField(f);
            csv.EndRecord();
        }
    }

    public static StringBuilder HtmlStart(string title, string language = "en")
    {
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html>\n<html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n<style>")
          .Append("body{font-family:'Liberation Sans',Arial,Helvetica,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}")
          .Append("table{border-collapse:collapse;margin:1em 0;font-size:13px}th,td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:right}")
          .Append("th:first-child,td:first-child,td.l,th.l{text-align:left}th{background:#f4f4f4}.no{color:#D55E00;font-weight:600}.yes{color:#0072B2}")
          .Append("figure{margin:1.2em 0}figcaption{font-size:13px;color:#555}code{background:#f4f4f4;padding:0 3px}svg.chart{max-width:100%;height:auto}")
          .Append("</style></head><body>\n<h1>").Append(E(title)).Append("</h1>\n");
        return sb;
    }

    public static void Table(StringBuilder sb, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, Func<int, string, string?>? cssClass = null)
    {
        sb.Append("<table><thead><tr>");
        foreach (var h in header) sb.Append("<th>").Append(E(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            for (int k = 0; k < row.Count; k++)
            {
                string? cls = cssClass?.Invoke(k, row[k]);
                sb.Append(cls is null ? "<td>" : $"<td class=\"{cls}\">").Append(E(row[k])).Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody></table>\n");
    }

    public static void Figure(StringBuilder sb, string svg, string caption) =>
        sb.Append("<figure>").Append(svg).Append("<figcaption>").Append(E(caption)).Append("</figcaption></figure>\n");

    /// <summary>A manifest's list of varied parameters with their bounds.</summary>
    public static Manifest Bounds(Manifest m, string property, IEnumerable<FreeParameter> parameters) =>
        m.Add(property, parameters, (o, f) => o.Add("name", f.Name).Add("low", f.Low).Add("high", f.High));

    public static string HtmlEnd(StringBuilder sb) => sb.Append("</body></html>\n").ToString();
}
