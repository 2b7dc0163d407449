using System.Text.Json;
using Microsoft.Playwright;

namespace Resilience.Workshop.Tests;

/// <summary>The workshop page for a room, in English and Dutch: the projector view shows the key figures and its
/// three main charts on a 1920×1080 screen without scrolling; every chart is readable (titles, axis titles with
/// units, distinct tick labels, no overlapping text); the page's texts follow the language; the levers lock at the
/// horizon with the reason shown; the note that one run is one possible course is on the page.</summary>
public class WorkshopViewTests(Browser browser) : IClassFixture<Browser>
{
    private static Task WaitForMonth(IPage page, int month) =>
        page.WaitForFunctionAsync($"() => Number(document.getElementById('month').textContent) >= {month}");

    [Theory]
    [InlineData("en", "facilitator", "Adaptive share of the caseload", "Resilience types")]
    [InlineData("nl", "gespreksleider", "Aandeel adaptief in het bestand", "Veerkrachttypen")]
    public async Task TheProjectorViewFitsTheKeyFiguresAndThreeChartsOnA1920x1080Screen(string lang, string facilitator, string figure, string chartTitle)
    {
        await using var server = await LiveServer.StartAsync(clients: 3000);
        var page = await browser.OpenAsync($"{server.Url}/?view=projector&lang={lang}#token={LiveServer.Token}", 1920, 1080);
        await page.WaitForFunctionAsync($"() => document.getElementById('role').textContent === '{facilitator}'");
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        Assert.Contains(figure, await page.InnerTextAsync("#figures"));
        Assert.Contains(chartTitle, await page.TextContentAsync("#chart-types"));

        // The months are stepped, not played: a session playing at 16 months a second on a busy machine can reach
        // its horizon (60) before a click lands, and a finished session cannot fork (CI saw #fork stay disabled).
        await server.StepTo(12);
        await WaitForMonth(page, 12);
        await page.ClickAsync("#fork");
        await page.WaitForFunctionAsync("() => document.body.classList.contains('forked')");
        await server.Levers("{\"buffer.budgetPerCoachMonth\": 3000, \"coach.duo\": true}");
        await server.StepTo(30);
        await WaitForMonth(page, 30);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#charts figure.chart.key').length === 3 && document.getElementById('chart-difference') !== null");

        // The three key charts and the figures are inside the screen; the other charts and the levers are not shown.
        var boxes = await page.EvaluateAsync<JsonElement>("""
            () => ({
              key: [...document.querySelectorAll('#charts figure.chart')].filter(f => getComputedStyle(f).display !== 'none')
                     .map(f => { const r = f.getBoundingClientRect(), svg = f.querySelector('svg').getBoundingClientRect();
                                 return { id: f.id, bottom: r.bottom, right: r.right, width: svg.width, height: svg.height }; }),
              figures: document.getElementById('figures').getBoundingClientRect().bottom,
              levers: getComputedStyle(document.querySelector('aside.levers')).display,
              scrollY: window.scrollY,
            })
            """);
        var key = boxes.GetProperty("key").EnumerateArray().ToList();
        Assert.Equal(["chart-difference", "chart-exits_lasting_18", "chart-share_problematic_debt"], key.Select(k => k.GetProperty("id").GetString()!).Order().ToList());
        foreach (var k in key)
        {
            Assert.True(k.GetProperty("bottom").GetDouble() <= 1080, $"{k.GetProperty("id")} ends at y = {k.GetProperty("bottom")}, below the screen");
            Assert.True(k.GetProperty("right").GetDouble() <= 1920);
            Assert.True(k.GetProperty("width").GetDouble() >= 500 && k.GetProperty("height").GetDouble() >= 250,
                $"{k.GetProperty("id")} is drawn {k.GetProperty("width")} × {k.GetProperty("height")} px");
        }
        Assert.True(boxes.GetProperty("figures").GetDouble() <= 1080, "the key figures run below the screen");
        Assert.Equal("none", boxes.GetProperty("levers").GetString());
        Assert.Equal(0, boxes.GetProperty("scrollY").GetDouble());
        Assert.True(await page.Locator("#one-course").IsVisibleAsync());

        ChartChecks.AssertChartsReadable(await page.EvaluateAsync<JsonElement>(ChartChecks.ReadCharts));
        if (Environment.GetEnvironmentVariable("WORKSHOP_SCREENSHOTS") is { Length: > 0 } dir)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetFullPath(dir, Repo.Root), $"workshop-projector-{lang}.png") });
        await browser.CloseAsync(page);
    }

    [Fact]
    public async Task AtTheHorizonTheLeversAreLockedAndThePageSaysWhy()
    {
        string scenario = Repo.TempScenario("{ \"extends\": \"BASELINE\", \"months\": 6 }");
        await using var server = await LiveServer.StartAsync(scenario, clients: 800);
        var page = await browser.OpenAsync($"{server.Url}/#token={LiveServer.Token}");
        await page.WaitForFunctionAsync("() => document.getElementById('role').textContent === 'facilitator'");
        Assert.False(await page.Locator("#lever-buffer-budgetPerCoachMonth-n").IsDisabledAsync());
        await page.SelectOptionAsync("#speed", "16");
        await page.ClickAsync("#play");
        await page.WaitForFunctionAsync("() => document.getElementById('month').textContent === '6'");
        await page.WaitForFunctionAsync("() => document.getElementById('lever-buffer-budgetPerCoachMonth-n').disabled");
        Assert.True(await page.Locator("#lever-coach-duo").IsDisabledAsync());
        Assert.True(await page.Locator("#lever-obligations-exemption").IsDisabledAsync());
        Assert.Contains("horizon (month 6)", await page.InnerTextAsync("#levers-note"));
        await browser.CloseAsync(page);
    }

    [Fact]
    public async Task TheLanguageSwitchReloadsThePageInDutchWithLeverLabelsAndCodeNamesSecond()
    {
        await using var server = await LiveServer.StartAsync(clients: 800);
        var page = await browser.OpenAsync(server.Url + "/");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Buffer budget per coach", await page.InnerTextAsync(".lever[data-lever='buffer.budgetPerCoachMonth'] label"));
        await page.SelectOptionAsync("#lang", "nl");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'nl' && document.querySelector('#figures tbody tr') !== null");
        Assert.Contains("lang=nl", page.Url);
        var lever = page.Locator(".lever[data-lever='buffer.budgetPerCoachMonth']");
        Assert.Equal("Bufferbudget per consulent", await lever.Locator("label").InnerTextAsync());
        Assert.Contains("buffer.budgetPerCoachMonth", await lever.Locator(".help code").InnerTextAsync());
        Assert.Equal("Beleidsknoppen", await page.InnerTextAsync("#levers-box h2"));
        Assert.Contains("kijker", await page.InnerTextAsync("#role"));
        Assert.Contains("Eén run is één mogelijk verloop", await page.InnerTextAsync("#one-course"));
        ChartChecks.AssertChartsReadable(await page.EvaluateAsync<JsonElement>(ChartChecks.ReadCharts));
        await browser.CloseAsync(page);
    }
}
