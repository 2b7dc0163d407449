using System.Text.Json;
using Resilience.Analysis;
using Resilience.IO;
using Resilience.Tests;

namespace Resilience.Workshop.Tests;

/// <summary>
/// The search report (issue 24) in real headless Chromium, as the comparison report: it renders without script or
/// console errors, the trade-off chart is visible and readable (titled, axes with units, distinct ticks, no
/// overlapping texts), the Pareto table has exactly the packages of front 1, and the Dutch page has no English.
/// </summary>
public class SearchReportBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData("en", "The question")]
    [InlineData("nl", "De vraag")]
    public async Task TheSearchReportRendersWithAVisibleTradeOffChartAndTheParetoSet(string lang, string question)
    {
        string dir = RepoFiles.CopySearchFixture("reachable");
        try
        {
            SearchReport.Write(dir, Labels.For(lang));
            var page = await browser.OpenAsync("file://" + Path.Combine(dir, "report.html"), 1200, 1000, ready: "#question");
            Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(question, (await page.InnerTextAsync("#question h2")).Trim());
            Assert.Equal(3, await page.Locator("#question li.goal, #question li.budget").CountAsync());

            // The trade-off chart is on the page, visible and of a readable size.
            var chart = page.Locator("#tradeoff ~ figure svg.chart").First;
            Assert.True(await chart.IsVisibleAsync());
            var box = await chart.BoundingBoxAsync();
            Assert.True(box is not null && box.Width > 600 && box.Height > 350, $"chart box {box?.Width} × {box?.Height}");
            // Every evaluated package is a point: circles (ellipses) and diamonds (polygons).
            Assert.True(await chart.Locator("ellipse, polygon").CountAsync() >= SearchFolder.Read(dir).Packages.Count, "the chart draws a point per package");
            var charts = await page.EvaluateAsync<JsonElement>(ChartChecks.ReadCharts);
            Assert.Equal(1, charts.GetArrayLength());
            ChartChecks.AssertChartsReadable(charts);

            // The Pareto table: one row per package of front 1.
            var rows = await page.Locator("#pareto tr.package").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.package)");
            Assert.Equal(RepoFiles.FrontOne(dir), rows.Order().ToList());
            Assert.True(await page.Locator("#pareto tr.meets").CountAsync() > 0);
            // Robustness, failure boxes and a rerun command per shown candidate.
            Assert.True(await page.Locator("#robust tr[data-package]").CountAsync() > 0);
            Assert.True(await page.Locator("li.box").CountAsync() > 0);
            Assert.Contains(" compare ", await page.InnerTextAsync("pre.cmd >> nth=0"));
            if (lang == "nl") DutchPage.AssertNoEnglish(await DutchPage.VisibleTextWithoutCode(page));
            await browser.CloseAsync(page);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task AnUnreachableGoalIsSaidOnTheFirstScreenWithTheClosestPackages(string lang)
    {
        string dir = RepoFiles.CopySearchFixture("unreachable");
        try
        {
            SearchReport.Write(dir, Labels.For(lang));
            var page = await browser.OpenAsync("file://" + Path.Combine(dir, "report.html"), 1200, 1000, ready: "#not-reachable");
            var box = await page.Locator("#not-reachable").BoundingBoxAsync();
            Assert.True(box is not null && box.Y < 1000, $"the 'not reachable' box starts at y = {box?.Y}, below the first screen");
            Assert.Equal(SearchReport.TopCandidates, await page.Locator("#not-reachable ol.closest li").CountAsync());
            if (lang == "nl") DutchPage.AssertNoEnglish(await DutchPage.VisibleTextWithoutCode(page));
            await browser.CloseAsync(page);
        }
        finally { Directory.Delete(dir, true); }
    }
}
