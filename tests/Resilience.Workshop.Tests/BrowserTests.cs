using Microsoft.Playwright;
using static Resilience.Workshop.Tests.Reproduce;

namespace Resilience.Workshop.Tests;

/// <summary>One headless Debian chromium (no browser download) shared by the browser tests of a class.</summary>
public sealed class Browser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    public IBrowser Instance { get; private set; } = null!;
    private readonly Dictionary<IPage, List<string>> _errors = [];

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install it with `apt-get install -y chromium` (.ci/run does).");
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task<IPage> OpenAsync(string url, int width = 1400, int height = 1000, string ready = "#figures tbody tr")
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error" && !m.Text.Contains("401") && !m.Text.Contains("403")) errors.Add(m.Text); };
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync($"() => document.querySelector('{ready}') !== null");
        _errors[page] = errors;
        return page;
    }

    /// <summary>Close the page after checking that its script raised no error (401/403 answers are expected).</summary>
    public async Task CloseAsync(IPage page)
    {
        Assert.Empty(_errors[page]);
        await page.Context.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        await Instance.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>The workshop page in real headless Chromium against a real server.</summary>
public class BrowserTests(Browser browser) : IClassFixture<Browser>
{
    private static Task WaitForMonth(IPage page, int month) =>
        page.WaitForFunctionAsync($"() => Number(document.getElementById('month').textContent) >= {month}");

    /// <summary>Click the page's step button once for each month from <paramref name="from"/> to <paramref name="to"/>,
    /// each time waiting until the page shows that month.</summary>
    private static async Task StepInThePage(IPage page, int from, int to)
    {
        for (int m = from; m <= to; m++)
        {
            await page.ClickAsync("#step");
            await WaitForMonth(page, m);
        }
    }

    private static Task<string> Text(IPage page, string selector) => page.Locator(selector).InnerTextAsync();

    [Fact]
    public async Task FacilitatorPlaysMovesALeverForksAndSeesTheChartsAndFiguresChange()
    {
        await using var server = await LiveServer.StartAsync(clients: 2000);
        var page = await browser.OpenAsync($"{server.Url}/#token={LiveServer.Token}");
        await page.WaitForFunctionAsync("() => document.getElementById('role').textContent === 'facilitator'");
        Assert.DoesNotContain("token", page.Url); // taken out of the address bar
        Assert.Equal("0", await Text(page, "#month"));
        string chartBefore = await page.Locator("#chart-exits_to_work").InnerHTMLAsync();
        string exitsBefore = await Text(page, "tr[data-metric=exits_to_work] td.base");

        // Played slowly and paused before the fork: on a busy machine a fast session can reach its horizon (60)
        // before a click lands, and a finished session cannot fork.
        await page.SelectOptionAsync("#speed", "4");
        await page.ClickAsync("#play");
        await WaitForMonth(page, 4);
        Assert.Contains("Pause", await Text(page, "#play"));
        Assert.NotEqual(chartBefore, await page.Locator("#chart-exits_to_work").InnerHTMLAsync());
        Assert.NotEqual(exitsBefore, await Text(page, "tr[data-metric=exits_to_work] td.base"));
        await page.ClickAsync("#play"); // pause
        await page.WaitForFunctionAsync("() => document.getElementById('play').textContent.includes('Play')");

        // Move a lever: the server takes it from the next month.
        await page.FillAsync("#lever-sanctions-strictness-n", "0.9");
        await page.PressAsync("#lever-sanctions-strictness-n", "Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('.lever[data-lever=\"sanctions.strictness\"] .value').textContent === '0.9'");
        Assert.Equal(0.9, (await server.State()).GetProperty("levers").GetProperty("sanctions.strictness").GetDouble());

        // Fork: the what-if column and charts appear; a lever moved now changes only the what-if branch.
        await page.ClickAsync("#fork");
        await page.WaitForFunctionAsync("() => document.body.classList.contains('forked')");
        int forkMonth = Int(await server.State(), "forkMonth");
        Assert.True(await page.Locator("#chart-types-whatif").IsVisibleAsync());
        Assert.True(await page.Locator("#chart-difference").IsVisibleAsync());
        await page.CheckAsync("#lever-coach-duo");
        await page.FillAsync("#lever-coach-contactsPerYear-n", "12");
        await page.PressAsync("#lever-coach-contactsPerYear-n", "Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('.lever[data-lever=\"coach.contactsPerYear\"]').classList.contains('changed')");
        Assert.Equal("baseline 3", await Text(page, ".lever[data-lever=\"coach.contactsPerYear\"] .base"));
        await StepInThePage(page, forkMonth + 1, forkMonth + 8);

        string trustDiff = await Text(page, "tr[data-metric=mean_coach_trust] td:nth-child(4)");
        Assert.StartsWith("+", trustDiff); // more contacts and duos: more trust in the what-if branch
        Assert.NotEqual(await Text(page, "tr[data-metric=mean_coach_trust] td.base"), await Text(page, "tr[data-metric=mean_coach_trust] td.wi"));
        Assert.Contains("what-if", await page.Locator("#chart-mean_coach_trust").InnerHTMLAsync());
        Assert.Contains("(what-if)", await Text(page, "#changes"));
        await browser.CloseAsync(page);
    }

    [Fact]
    public async Task AViewerWithoutTheTokenWatchesLiveButCannotChangeALever()
    {
        await using var server = await LiveServer.StartAsync(clients: 1000);
        var page = await browser.OpenAsync(server.Url + "/");
        Assert.Equal("viewer (read-only)", await Text(page, "#role"));
        Assert.True(await page.Locator("#play").IsDisabledAsync());
        Assert.True(await page.Locator("#fork").IsDisabledAsync());
        Assert.True(await page.Locator("#lever-sanctions-strictness").IsDisabledAsync());
        Assert.True(await page.Locator("#lever-coach-duo").IsDisabledAsync());

        // The facilitator's changes reach the viewer live.
        await server.Control("step");
        await server.Levers("{\"coach.caseload\": 90}");
        await WaitForMonth(page, 1);
        await page.WaitForFunctionAsync("() => document.querySelector('.lever[data-lever=\"coach.caseload\"] .value').textContent === '90'");

        // Even a control forced open in the page is refused by the server.
        await page.EvalOnSelectorAsync("#lever-sanctions-strictness-n",
            "el => { el.disabled = false; el.value = '0.95'; el.dispatchEvent(new Event('change')); }");
        await page.WaitForFunctionAsync("() => !document.getElementById('error').hidden");
        Assert.Contains("only the facilitator", await Text(page, "#error"));
        int status = await page.EvaluateAsync<int>(
            "async () => (await fetch('/api/levers', { method: 'POST', headers: { Authorization: 'Bearer guess' }, body: '{\"sanctions.strictness\": 0.95}' })).status");
        Assert.Equal(403, status);
        var s = await server.State();
        Assert.Equal(0.5, s.GetProperty("levers").GetProperty("sanctions.strictness").GetDouble());
        Assert.Equal(1, Int(s, "month"));
        await browser.CloseAsync(page);

        var wrong = await browser.OpenAsync($"{server.Url}/#token=not-the-token");
        await wrong.WaitForFunctionAsync("() => !document.getElementById('error').hidden");
        Assert.Contains("read-only", await Text(wrong, "#error"));
        Assert.True(await wrong.Locator("#step").IsDisabledAsync());
        await browser.CloseAsync(wrong);
    }

    /// <summary>Issue 11 point 18: the server sends only the latest lever changes and the count of all; the page
    /// lists those, numbered on from the earlier ones, and says how many earlier ones it does not list.</summary>
    [Fact]
    public async Task ThePageListsTheLatestLeverChangesAndSaysHowManyEarlierOnesItLeavesOut()
    {
        await using var server = await LiveServer.StartAsync(clients: 500);
        var page = await browser.OpenAsync(server.Url + "/");
        Assert.Equal("none yet", await Text(page, "#changes"));
        Assert.False(await page.Locator("#changes-earlier").IsVisibleAsync());
        for (int i = 1; i <= SessionCore.ChangesShown + 5; i++)
            await server.Levers($"{{\"sanctions.strictness\": {Num(i / 100.0)}}}");
        await page.WaitForFunctionAsync($"() => document.querySelector('#changes li:last-child')?.textContent.includes('= {Num((SessionCore.ChangesShown + 5) / 100.0)}')");
        Assert.Equal(SessionCore.ChangesShown, await page.Locator("#changes li").CountAsync());
        Assert.Equal("6", await page.Locator("#changes").GetAttributeAsync("start"));
        Assert.Contains("= 0.06", await Text(page, "#changes li:first-child"));
        Assert.Equal("5 earlier changes not listed (all are in the exported scenario).", await Text(page, "#changes-earlier"));
        await browser.CloseAsync(page);
    }

    [Fact]
    public async Task ExportFromThePageThenRunOfTheExportedScenarioReproducesTheSessionExactly()
    {
        await using var server = await LiveServer.StartAsync(clients: 1500);
        var page = await browser.OpenAsync($"{server.Url}/#token={LiveServer.Token}");
        await page.WaitForFunctionAsync("() => document.getElementById('role').textContent === 'facilitator'");
        await page.ClickAsync("#step");
        await WaitForMonth(page, 1);
        await page.SelectOptionAsync("#lever-obligations-exemption", "All");
        await page.WaitForFunctionAsync("() => document.querySelector('.lever[data-lever=\"obligations.exemption\"] .value').textContent === 'everyone exempt'");
        await page.ClickAsync("#step");
        await WaitForMonth(page, 2);
        await page.ClickAsync("#fork");
        await page.WaitForFunctionAsync("() => document.body.classList.contains('forked')");
        await page.FillAsync("#lever-buffer-budgetPerCoachMonth-n", "2200");
        await page.PressAsync("#lever-buffer-budgetPerCoachMonth-n", "Enter");
        await page.CheckAsync("#lever-buffer-entryAdvance");
        await page.WaitForFunctionAsync("() => document.querySelector('.lever[data-lever=\"buffer.entryAdvance\"] .value').textContent === 'yes'");
        await StepInThePage(page, 3, 6);

        var dir = Directory.CreateTempSubdirectory("workshop-export-").FullName;
        var scenarioDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-scenario"));
        var scenarioFile = Path.Combine(dir, scenarioDownload.SuggestedFilename);
        await scenarioDownload.SaveAsAsync(scenarioFile);
        var csvDownload = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-csv"));
        var csvFile = Path.Combine(dir, csvDownload.SuggestedFilename);
        await csvDownload.SaveAsAsync(csvFile);
        Assert.EndsWith("whatif.json", scenarioFile);

        int rows = AssertSameFigures(scenarioFile, await File.ReadAllTextAsync(csvFile), "whatif");
        Assert.Equal(7 * Engine.Subgroups.Count, rows); // months 0..6, every subgroup
        var baselineFile = Path.Combine(dir, "baseline.json");
        await File.WriteAllBytesAsync(baselineFile, await server.Http.GetByteArrayAsync("/api/export/scenario?branch=baseline"));
        AssertSameFigures(baselineFile, await File.ReadAllTextAsync(csvFile), "baseline");
        await browser.CloseAsync(page);
    }

    /// <summary>The screenshots in docs/ come from here: set WORKSHOP_SCREENSHOTS=docs to write them there.</summary>
    [Fact]
    public async Task ScreenshotsOfThePageWhileTheBaselineRunsAndAfterAFork()
    {
        string dir = Environment.GetEnvironmentVariable("WORKSHOP_SCREENSHOTS") is { Length: > 0 } d
            ? Path.GetFullPath(d, Repo.Root) : Directory.CreateTempSubdirectory("workshop-shots-").FullName;
        Directory.CreateDirectory(dir);
        await using var server = await LiveServer.StartAsync(clients: 10_000);
        var page = await browser.OpenAsync($"{server.Url}/#token={LiveServer.Token}", 1600, 1000);
        await page.WaitForFunctionAsync("() => document.getElementById('role').textContent === 'facilitator'");
        // The months up to the fork and after it are stepped, not played: on a busy machine a playing session can
        // reach its horizon (60) before a click lands, and a finished session can neither fork nor pause.
        await server.StepTo(18);
        await WaitForMonth(page, 18);
        await page.ClickAsync("#fork");
        await page.WaitForFunctionAsync("() => document.body.classList.contains('forked')");
        var viewer = await browser.OpenAsync(server.Url + "/", 390, 844);

        await page.FillAsync("#lever-buffer-budgetPerCoachMonth-n", "3000");
        await page.PressAsync("#lever-buffer-budgetPerCoachMonth-n", "Enter");
        await page.CheckAsync("#lever-coach-duo");
        await page.FillAsync("#lever-coach-contactsPerYear-n", "8");
        await page.PressAsync("#lever-coach-contactsPerYear-n", "Enter");
        await page.WaitForFunctionAsync("() => ['buffer.budgetPerCoachMonth', 'coach.duo', 'coach.contactsPerYear']" +
            ".every(l => document.querySelector(`.lever[data-lever=\"${l}\"]`).classList.contains('changed'))");
        await server.StepTo(44);
        await WaitForMonth(page, 44);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "workshop-fork.png"), FullPage = true });
        await viewer.WaitForFunctionAsync("() => Number(document.getElementById('month').textContent) >= 44");
        await viewer.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "workshop-phone.png"), FullPage = false });

        await browser.CloseAsync(page);
        await browser.CloseAsync(viewer);

        // The baseline running, from a fresh session.
        await server.Control("reset");
        var fresh = await browser.OpenAsync($"{server.Url}/#token={LiveServer.Token}", 1600, 1000);
        await fresh.SelectOptionAsync("#speed", "2");
        await server.StepTo(29);
        await fresh.ClickAsync("#play");
        await WaitForMonth(fresh, 30);
        await fresh.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "workshop-baseline.png"), FullPage = false });
        await server.Control("pause");
        await browser.CloseAsync(fresh);

        foreach (var name in new[] { "workshop-baseline.png", "workshop-fork.png", "workshop-phone.png" })
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(dir, name));
            Assert.True(bytes.Length > 20_000, $"{name} is suspiciously small");
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        }
    }
}
