using System.Text.Json;
using Microsoft.Playwright;
using Resilience.Analysis;
using Resilience.IO;
using Resilience.Tests;

namespace Resilience.Workshop.Tests;

/// <summary>
/// The workshop's "suggest" action (issue 24) in real headless Chromium against a real server started with a
/// finished search folder (the hand-made fixture): the Pareto set for the room's goal (every package of front 1, its
/// levers, effects and share of plausible worlds meeting every goal, the trade-off chart), and the facilitator
/// applying a package's levers to the live run. Without a search the action is not offered; a viewer cannot apply.
/// </summary>
public class SuggestTests(Browser browser) : IClassFixture<Browser>
{
    private static Task<LiveServer> Serve(string searchDir) =>
        LiveServer.StartAsync(clients: 2000, configure: o => o with { Searches = [SearchFolder.Read(searchDir)] });

    [Fact]
    public async Task TheFacilitatorSeesTheParetoSetForTheGoalAndAppliesAPackageToTheLiveRun()
    {
        string dir = RepoFiles.CopySearchFixture("reachable");
        try
        {
            await using var server = await Serve(dir);
            var page = await browser.OpenAsync($"{server.Url}/#token={LiveServer.Token}", 1600, 1000);
            await page.WaitForFunctionAsync("() => document.getElementById('role').textContent === 'facilitator'");
            Assert.True(await page.Locator("#suggest").IsHiddenAsync());
            await page.ClickAsync("#suggest-toggle");
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#suggest-table tbody tr').length > 0");

            // The room's goal in words, the chart, and one row per package of front 1, those meeting every goal first.
            var goals = await page.Locator("#suggest-goals li").AllInnerTextsAsync();
            Assert.Contains(goals, g => g.Contains("−20% of today's level"));
            Assert.True(await page.Locator("#suggest-chart svg.chart").IsVisibleAsync());
            // A few rows for the room first, every package of front 1 on request.
            Assert.Equal(6, await page.Locator("#suggest-table tbody tr").CountAsync());
            await page.Locator("#suggest-table tbody tr").First.Locator("td").First.ScrollIntoViewIfNeededAsync();
            await page.Locator("#suggest").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ShotDir(), "workshop-suggest.png") });
            await page.ClickAsync("#suggest-more");
            var rows = await page.Locator("#suggest-table tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.package)");
            Assert.Equal(RepoFiles.FrontOne(dir), rows.Order().ToList());
            var results = SearchFolder.Read(dir);
            int meets = results.Front.Count(p => p.MeetsGoals);
            Assert.True(meets > 0);
            Assert.All(rows.Take(meets), name => Assert.True(results.Packages.First(p => p.Name == name).MeetsGoals, name));
            string first = await page.Locator("#suggest-table tbody tr").First.InnerTextAsync();
            Assert.Contains("Buffer budget", first);
            Assert.Contains("%", first); // the share of plausible worlds meeting every goal

            // Apply the first package: its levers are the live run's from the next month.
            var package = results.Packages.First(p => p.Name == rows[0]);
            await page.Locator("#suggest-table tbody tr").First.Locator("button.apply").ClickAsync();
            await page.WaitForFunctionAsync("() => document.getElementById('changes').textContent.includes('from month 1')");
            var state = await server.State();
            foreach (var (def, value) in package.Levers.Where(l => l.Def.IsLever))
                Assert.Equal(def.Kind switch
                {
                    Resilience.Model.ParamKind.Choice => def.Format(value),
                    Resilience.Model.ParamKind.Boolean => (value != 0).ToString().ToLowerInvariant(),
                    _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                }, LeverJson(state.GetProperty("levers").GetProperty(def.Name)));
            await browser.CloseAsync(page);
        }
        finally { Directory.Delete(dir, true); }
    }

    private static string LeverJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => e.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>docs/ when WORKSHOP_SCREENSHOTS=docs (as the other workshop screenshots), else a temporary folder.</summary>
    private static string ShotDir()
    {
        string dir = Environment.GetEnvironmentVariable("WORKSHOP_SCREENSHOTS") is { Length: > 0 } d
            ? Path.GetFullPath(d, Repo.Root) : Directory.CreateTempSubdirectory("workshop-shots-").FullName;
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public async Task AViewerSeesTheSuggestionsInDutchButCannotApplyThem()
    {
        string dir = RepoFiles.CopySearchFixture("unreachable");
        try
        {
            await using var server = await Serve(dir);
            var page = await browser.OpenAsync($"{server.Url}/?lang=nl", 1400, 1000);
            await page.ClickAsync("#suggest-toggle");
            await page.WaitForFunctionAsync("() => document.querySelectorAll('#suggest-table tbody tr').length > 0");
            Assert.Contains("geen enkel pakket haalde elk doel", await page.InnerTextAsync("#suggest-note"));
            Assert.Equal("Toepassen", (await page.Locator("button.apply").First.InnerTextAsync()).Trim());
            Assert.True(await page.Locator("button.apply:not([disabled])").CountAsync() == 0, "a viewer cannot apply a package");
            DutchPage.AssertNoEnglish(await page.EvaluateAsync<string>(
                "() => { const p = document.getElementById('suggest'); const c = [...p.querySelectorAll('code')]; c.forEach(e => e.style.display = 'none'); const t = p.innerText; c.forEach(e => e.style.display = ''); return t; }"));
            await browser.CloseAsync(page);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public async Task WithoutASearchTheActionIsNotOfferedAndTheApiListsNone()
    {
        await using var server = await LiveServer.StartAsync(clients: 2000);
        var page = await browser.OpenAsync(server.Url + "/", 1400, 1000);
        Assert.True(await page.Locator("#suggest-toggle").IsHiddenAsync());
        var body = JsonDocument.Parse(await server.Http.GetStringAsync("/api/suggest")).RootElement;
        Assert.Equal(0, body.GetProperty("searches").GetArrayLength());
        await browser.CloseAsync(page);
    }
}
