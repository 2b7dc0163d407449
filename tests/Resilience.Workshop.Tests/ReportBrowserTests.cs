using System.Text.Json;
using Microsoft.Playwright;

namespace Resilience.Workshop.Tests;

/// <summary>
/// The comparison report (compare's report.html) in real headless Chromium, in English and in Dutch: no script or
/// console errors; every chart has a title and axis titles (value axes with a unit); no two tick labels on an axis
/// read the same and every tick label the chart claims is drawn; no two texts of a chart overlap; the summary and
/// the caveats box are on the page, with the link to the sensitivity section.
/// </summary>
public class ReportBrowserTests(Browser browser) : IClassFixture<Browser>
{
    private static string Compare(string lang)
    {
        string outDir = Path.Combine(Path.GetTempPath(), $"resilience-report-{lang}-{Guid.NewGuid():N}");
        string root = Repo.Root;
        int code = Cli.Cli.Guard(() => Cli.Cli.CompareBody(Path.Combine(root, "scenarios", "baseline.json"),
            [Path.Combine(root, "scenarios", "buffer-budget.json"), Path.Combine(root, "scenarios", "sanctions-strict.json")],
            1500, 24, 3, 3, 2, outDir, false, CancellationToken.None, ["compare"], lang, caseload: 4000));
        Assert.Equal(0, code);
        return outDir;
    }

    [Theory]
    [InlineData("en", "In short", "What these numbers can and cannot tell")]
    [InlineData("nl", "In het kort", "Wat deze cijfers wel en niet zeggen")]
    public async Task TheReportRendersWithTitledChartsDistinctTicksASummaryAndCaveats(string lang, string summaryTitle, string caveatsTitle)
    {
        string outDir = Compare(lang);
        try
        {
            var page = await browser.OpenAsync("file://" + Path.Combine(outDir, "report.html"), 1200, 1000, ready: "#summary");
            Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));

            // The first screen: the summary (one item per scenario, in words) and the caveats, linking to sensitivity.
            Assert.Equal(summaryTitle, (await page.InnerTextAsync("#summary h2")).Trim());
            var items = await page.Locator("#summary li").AllInnerTextsAsync();
            Assert.Equal(2, items.Count);
            Assert.All(items, t => Assert.True(t.Length > 80, t));
            Assert.Contains(caveatsTitle, await page.InnerTextAsync("#caveats"));
            Assert.Equal(1, await page.Locator("#caveats a[href='#sensitivity']").CountAsync());
            Assert.Equal(1, await page.Locator("#sensitivity").CountAsync());
            var box = await page.Locator("#caveats").BoundingBoxAsync();
            Assert.True(box is not null && box.Y < 1400, $"the caveats box starts at y = {box?.Y}, below the first screens");

            var charts = await page.EvaluateAsync<JsonElement>(ChartChecks.ReadCharts);
            Assert.True(charts.GetArrayLength() >= 20, $"{charts.GetArrayLength()} charts");
            ChartChecks.AssertChartsReadable(charts);
            await browser.CloseAsync(page);
        }
        finally { Directory.Delete(outDir, true); }
    }
}

/// <summary>Checks of the charts on a page (reports and workshop).</summary>
public static class ChartChecks
{
    // Per chart: its title, its axes (from the chart's metadata) and the texts drawn, and every pair of overlapping
    // texts (bounding boxes intersecting by more than a pixel each way).
    public const string ReadCharts = """
        () => [...document.querySelectorAll('svg.chart')].map(svg => {
          const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim().length > 0);
          const boxes = texts.map(t => t.getBoundingClientRect());
          const overlaps = [];
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              if (w > 1 && h > 1) overlaps.push(texts[i].textContent + ' / ' + texts[j].textContent);
            }
          return { title: svg.getAttribute('data-title'), hasTitle: svg.querySelector('title') !== null,
                   axes: svg.getAttribute('data-axes'), texts: texts.map(t => t.textContent), overlaps };
        })
        """;

    /// <summary>Every chart read by <see cref="ReadCharts"/>: a title (also drawn), two axes with titles (value axes
    /// with a unit), at least two tick labels per axis, none repeated, each one drawn, and no overlapping texts.</summary>
    public static void AssertChartsReadable(JsonElement charts)
    {
        foreach (var chart in charts.EnumerateArray())
        {
            string title = chart.GetProperty("title").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(title));
            Assert.True(chart.GetProperty("hasTitle").GetBoolean(), title);
            var texts = chart.GetProperty("texts").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.Contains(title, texts);
            var axes = JsonDocument.Parse(chart.GetProperty("axes").GetString()!).RootElement;
            Assert.Equal(2, axes.GetArrayLength());
            foreach (var axis in axes.EnumerateArray())
            {
                string axisTitle = axis.GetProperty("title").GetString()!, unit = axis.GetProperty("unit").GetString()!;
                Assert.False(string.IsNullOrWhiteSpace(axisTitle), $"{title}: an axis without a title");
                if (axis.GetProperty("kind").GetString() == "value") Assert.False(string.IsNullOrWhiteSpace(unit), $"{title}: axis '{axisTitle}' has no unit");
                Assert.Contains(unit.Length > 0 ? $"{axisTitle} ({unit})" : axisTitle, texts);
                var ticks = axis.GetProperty("ticks").EnumerateArray().Select(t => t.GetString()!).ToList();
                Assert.True(ticks.Count >= 2, $"{title}: axis '{axisTitle}' has {ticks.Count} tick labels");
                Assert.True(ticks.Distinct().Count() == ticks.Count, $"{title}: axis '{axisTitle}' repeats a tick label: {string.Join(" | ", ticks)}");
                foreach (var tick in ticks) Assert.Contains(tick, texts);
            }
            Assert.True(chart.GetProperty("overlaps").GetArrayLength() == 0, $"{title}: overlapping texts: {chart.GetProperty("overlaps")}");
        }
    }
}
