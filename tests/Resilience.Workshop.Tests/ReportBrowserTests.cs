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

    [Fact]
    public async Task TheDutchReportHasNoEnglishNoCodesInItsTablesAndNamesWhatAZeroMeans()
    {
        string outDir = Compare("nl");
        try
        {
            var page = await browser.OpenAsync("file://" + Path.Combine(outDir, "report.html"), 1200, 1000, ready: "#summary");
            // A readable title: the scenarios' Dutch titles, not their file names.
            Assert.Equal("Bufferbudget voor consulenten, Strenge sancties vergeleken met Huidig beleid", await page.TitleAsync());
            Assert.Contains("Bufferbudget voor consulenten", await page.InnerTextAsync("h1"));

            DutchPage.AssertNoEnglish(await DutchPage.VisibleTextWithoutCode(page));
            // Dutch explanations of the method's terms, in the method section and not in table captions.
            string method = await page.EvaluateAsync<string>("() => { let t = ''; for (let e = document.getElementById('method').nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) t += e.innerText + ' '; return t; }");
            Assert.Contains("gepaarde bootstrap", method);
            Assert.Contains("percentielinterval", method);
            Assert.Contains("dezelfde toevallige gebeurtenissen", method);
            Assert.Contains("--parameter-draws", method);
            Assert.DoesNotContain("bootstrap", await page.InnerTextAsync("#ce + p"));
            Assert.DoesNotContain("--", await page.InnerTextAsync("#caveats"));

            // Outcome and lever codes only in the folded researchers' table.
            foreach (var table in new[] { "#headline", "table.equity", "table.levers" })
                foreach (var t in await page.Locator(table).AllInnerTextsAsync())
                    Assert.DoesNotMatch(@"[a-z]+_[a-z_]+|@final|[a-z]+\.[a-z][A-Za-z]+", t);
            Assert.False(await page.Locator("#researchers").GetAttributeAsync("open") is not null, "the researchers' table starts folded");
            Assert.Contains("share_adaptive@final", await page.Locator("#researchers").TextContentAsync());

            // A subgroup cell that is exactly zero in every run says so in words, with the reason in a footnote.
            var cells = await page.Locator("td.num").AllInnerTextsAsync();
            Assert.DoesNotContain(cells, c => c.Contains("0,0 [0,0; 0,0]"));
            int none = await page.Locator("td.no-difference").CountAsync();
            Assert.True(none > 0, "this comparison (24 months) has groups no measure reached; expected cells saying so");
            Assert.All(await page.Locator("td.no-difference").AllInnerTextsAsync(), c => Assert.StartsWith("geen verschil in deze runs", c));
            Assert.Contains("dezelfde toevallige gebeurtenissen", await page.InnerTextAsync("#no-difference"));

            // Lasting exits over 24 months: the note beside the outcome and under its charts, whose first 18 months are shaded.
            Assert.Contains("Telt alleen uitstroom in maand 1–6", await page.InnerTextAsync("#headline"));
            Assert.Contains("de eerste 18 maanden", await page.InnerTextAsync("p.horizon"));
            await browser.CloseAsync(page);
        }
        finally { Directory.Delete(outDir, true); }
    }
}

/// <summary>
/// The report of <c>compare --uncertainty full</c> (issue 23 item 3) in real Chromium, English and Dutch: the section
/// "With all uncertainty" with a table per scenario and the acceptability chart, readable like every chart; the
/// summary states each effect with the range of the draws, and calls an effect whose direction the draws do not agree
/// on uncertain; the headline table gives the range over the draws; the Dutch page holds no English words.
/// </summary>
public class FullUncertaintyReportBrowserTests(Browser browser) : IClassFixture<Browser>
{
    [Theory]
    [InlineData("en", "With all uncertainty", "range of 95% of the draws", "Uncertain in direction")]
    [InlineData("nl", "Met alle onzekerheid", "95% van de trekkingen tussen", "Richting onzeker")]
    public async Task TheFullUncertaintySectionTheSummaryAndTheHeadlineUseTheDraws(string lang, string title, string range, string uncertain)
    {
        string outDir = Path.Combine(Path.GetTempPath(), $"resilience-report-full-{lang}-{Guid.NewGuid():N}");
        string root = Repo.Root;
        Assert.Equal(0, Cli.Cli.Guard(() => Cli.Cli.CompareBody(Path.Combine(root, "scenarios", "baseline.json"),
            [Path.Combine(root, "scenarios", "buffer-budget.json"), Path.Combine(root, "scenarios", "sanctions-strict.json")],
            800, 36, 3, null, 2, outDir, false, CancellationToken.None, ["compare"], lang,
            parameterSet: Path.Combine(root, "scenarios", "targets", "calibration-bootstrap.csv"), uncertainty: "full", fullDraws: 16)));
        try
        {
            var page = await browser.OpenAsync("file://" + Path.Combine(outDir, "report.html"), 1200, 1000, ready: "#all-uncertainty");
            Assert.Equal(title, (await page.InnerTextAsync("#all-uncertainty h2")).Trim());
            Assert.Equal(2, await page.Locator("#all-uncertainty table.full").CountAsync());
            Assert.True(await page.Locator("#all-uncertainty svg").First.IsVisibleAsync(), "the acceptability chart is drawn");
            var charts = await page.EvaluateAsync<JsonElement>(ChartChecks.ReadCharts);
            ChartChecks.AssertChartsReadable(charts);

            // Every summary item gives the draws' range for what it states; an effect the draws disagree on is called
            // uncertain, never better or worse (the uncertainty table marks it so).
            var items = await page.Locator("#summary li").AllInnerTextsAsync();
            Assert.Equal(2, items.Count);
            int uncertainRows = await page.Locator("#all-uncertainty table.full td.unclear").CountAsync();
            foreach (var item in items) Assert.True(item.Contains(range) || item.Contains(uncertain), item);
            if (uncertainRows > 0) Assert.Contains(items, i => i.Contains(uncertain));
            // The headline's cells give the range over the draws, as the uncertainty tables do.
            string headline = await page.InnerTextAsync("#headline");
            string tables = await page.InnerTextAsync("#all-uncertainty");
            foreach (var cell in await page.Locator("#headline td.num .muted").AllInnerTextsAsync())
                if (cell.StartsWith('[')) Assert.Contains(cell.Trim(), tables + headline);

            if (lang == "nl")
            {
                string text = await page.EvaluateAsync<string>("() => document.getElementById('summary').innerText + ' ' + document.getElementById('all-uncertainty').innerText");
                foreach (var word in new[] { "the", "and", "with", "depends", "uncertain", "draws", "range", "chance", "rises", "falls" })
                    Assert.DoesNotMatch($@"(?i)(?<![\p{{L}}\-]){word}(?![\p{{L}}\-])", text);
            }
            await browser.CloseAsync(page);
        }
        finally { Directory.Delete(outDir, true); }
    }
}

/// <summary>Checks that a Dutch page (the comparison and the search report) is in Dutch.</summary>
public static class DutchPage
{
    /// <summary>English words that must not appear in the Dutch report's text (codes, file names and the rerun command,
    /// which are not words, are left out of the check: they stand in &lt;code&gt;, the researchers' table and the
    /// rerun table).</summary>
    public static readonly string[] EnglishWords =
    [
        "the", "and", "with", "for", "from", "which", "seed", "random", "numbers", "baseline", "scenario(s)", "wrote",
        "clients", "months", "exits", "lasting", "people", "cost", "share", "paired", "percentile", "interval is", "effects",
        "outcome", "caseload", "compared", "current", "policy", "sanctions", "strict", "coach",
    ];

    /// <summary>The page's text without what is not words: code, the researchers' table and the rerun table.</summary>
    public static Task<string> VisibleTextWithoutCode(Microsoft.Playwright.IPage page) => page.EvaluateAsync<string>("""
        () => { const hidden = [...document.querySelectorAll('code, pre, #researchers, #reproduce-table')];
                hidden.forEach(e => e.style.display = 'none');
                const text = document.body.innerText;
                hidden.forEach(e => e.style.display = '');
                return text; }
        """);

    /// <summary>Fails naming the first English word of <see cref="EnglishWords"/> found in a Dutch page's text.</summary>
    public static void AssertNoEnglish(string text)
    {
        foreach (var word in EnglishWords)
        {
            var hit = System.Text.RegularExpressions.Regex.Match(text, $@"(?<![\p{{L}}\-]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\p{{L}}\-])",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            Assert.False(hit.Success, $"English '{word}' in the Dutch page: …{(hit.Success ? text.Substring(Math.Max(0, hit.Index - 60), Math.Min(120, text.Length - Math.Max(0, hit.Index - 60))) : "")}…");
        }
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
