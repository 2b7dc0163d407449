using System.Net;
using System.Text.Json;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;
using static Resilience.Workshop.Tests.Reproduce;

namespace Resilience.Workshop.Tests;

/// <summary>The JSON API against a real Kestrel server on loopback.</summary>
[Trait("Tier", "Fast")]
public class ApiTests
{
    [Fact]
    public async Task StateHasMonthEveryLeverByItsDottedNameAndTheFigures()
    {
        await using var server = await LiveServer.StartAsync();
        var s = await server.State();
        Assert.Equal(0, Int(s, "month"));
        Assert.Equal(2000, Int(s, "clients"));
        var levers = s.GetProperty("levers");
        foreach (var def in ParameterRegistry.Levers) Assert.True(levers.TryGetProperty(def.Name, out _), def.Name);
        Assert.Equal(JsonValueKind.True, levers.GetProperty("benefit.costSharerRule").ValueKind);
        Assert.Equal("Fragile", levers.GetProperty("obligations.exemption").GetString());
        Assert.Equal(0.5, levers.GetProperty("sanctions.strictness").GetDouble());
        Assert.InRange(Figure(s, "share_adaptive"), 0.3, 0.8);
        Assert.Equal(JsonValueKind.Null, s.GetProperty("forkMonth").ValueKind);
        Assert.False(s.TryGetProperty("charts", out _));
        var withCharts = JsonDocument.Parse(await server.Http.GetStringAsync("/api/state?charts=1")).RootElement;
        Assert.Contains("<svg", withCharts.GetProperty("charts")[0].GetProperty("svg").GetString());
    }

    [Fact]
    public async Task ChangingRequestsWithoutTheTokenGet401AndWithAWrongTokenGet403()
    {
        await using var server = await LiveServer.StartAsync();
        foreach (var (path, json) in new[] { ("/api/levers", "{\"sanctions.strictness\": 0.9}"), ("/api/control", "{\"action\": \"step\"}") })
        {
            using var none = await server.Http.SendAsync(server.Request(HttpMethod.Post, path, json, token: null));
            Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
            using var wrong = await server.Http.SendAsync(server.Request(HttpMethod.Post, path, json, token: "not-the-token"));
            Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
            Assert.Contains("not the facilitator's token", await wrong.Content.ReadAsStringAsync());
        }
        var s = await server.State();
        Assert.Equal(0, Int(s, "month"));
        Assert.Equal(0.5, s.GetProperty("levers").GetProperty("sanctions.strictness").GetDouble());

        var role = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/role"));
        Assert.Contains("facilitator", await role.Content.ReadAsStringAsync());
        Assert.Contains("viewer", await server.Http.GetStringAsync("/api/role"));
    }

    [Theory]
    [InlineData("{\"sanctions.strictnes\": 0.7}", "levers.sanctions.strictnes: unknown lever; did you mean 'sanctions.strictness'?")]
    [InlineData("{\"sanctions.strictness\": 1.5}", "levers.sanctions.strictness: expected a number from 0 to 1, got 1.5")]
    [InlineData("{\"sanctions.strictness\": \"high\"}", "levers.sanctions.strictness: expected a number from 0 to 1, got \"high\"")]
    [InlineData("{\"sanctions.months\": 2.5}", "levers.sanctions.months: expected an integer from 0 to 12, got 2.5")]
    [InlineData("{\"coach.duo\": 1}", "levers.coach.duo: expected true or false, got 1")]
    [InlineData("{\"obligations.exemption\": \"Some\"}", "levers.obligations.exemption: expected one of \"None\", \"Fragile\", \"All\", got \"Some\"")]
    [InlineData("{\"work.offerRate\": 0.1}", "levers.work.offerRate: a model parameter, not a lever")]
    [InlineData("{\"labourMarket.demand\": null}", "levers.labourMarket.demand: expected a number from 0.3 to 1.7, got null")]
    [InlineData("{}", "request body: no levers given")]
    [InlineData("[1, 2]", "request body: expected a JSON object of lever name → value")]
    [InlineData("{\"sanctions.strictness\": 0.7", "request body: malformed JSON")]
    public async Task InvalidLeverRequestsGet400NamingTheLeverAndWhatIsAllowed(string body, string expected)
    {
        await using var server = await LiveServer.StartAsync();
        var (status, error) = await server.PostAsync("/api/levers", body);
        Assert.Equal(400, status);
        Assert.Contains(expected, error.GetProperty("error").GetString());
        // Nothing was applied, and the session goes on.
        var s = await server.Control("step");
        Assert.Equal(1, Int(s, "month"));
        Assert.Empty(s.GetProperty("changes").EnumerateArray());
    }

    [Theory]
    [InlineData("{\"action\": \"rewind\"}", "action: expected one of \"play\" | \"pause\" | \"step\" | \"reset\" | \"fork\" | \"speed\", got \"rewind\"")]
    [InlineData("{\"action\": 3}", "action: expected one of")]
    [InlineData("{\"verb\": \"play\"}", "verb: unknown key")]
    [InlineData("{\"action\": \"speed\"}", "monthsPerSecond: missing")]
    [InlineData("{\"action\": \"speed\", \"monthsPerSecond\": 1000}", "monthsPerSecond: expected a number from 0.25 to 30, got 1000")]
    [InlineData("{\"action\": \"reset\", \"clients\": 250000}", "clients: the live workshop runs at most 200,000 clients")]
    [InlineData("{\"action\": \"reset\", \"clients\": 0}", "clients: expected an integer from 1 to 200,000, got 0")]
    [InlineData("\"play\"", "request body: expected a JSON object {\"action\":")]
    public async Task InvalidControlRequestsGet400(string body, string expected)
    {
        await using var server = await LiveServer.StartAsync();
        var (status, error) = await server.PostAsync("/api/control", body);
        Assert.Equal(400, status);
        Assert.Contains(expected, error.GetProperty("error").GetString());
        Assert.Equal(2000, Int(await server.State(), "clients"));
    }

    [Fact]
    public async Task OversizedBodiesAreRefusedAndTheSessionSurvives()
    {
        await using var server = await LiveServer.StartAsync();
        string huge = "{\"x\": \"" + new string('a', WorkshopServer.MaxBodyBytes + 10) + "\"}";
        using var response = await server.Http.SendAsync(server.Request(HttpMethod.Post, "/api/levers", huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(1, Int(await server.Control("step"), "month"));
    }

    [Fact]
    public async Task StepForkLeversAndReset()
    {
        await using var server = await LiveServer.StartAsync();
        await server.Control("step");
        var changed = await server.Levers("{\"sanctions.strictness\": 0.8}");
        Assert.Equal(0.8, changed.GetProperty("levers").GetProperty("sanctions.strictness").GetDouble());
        Assert.Equal(2, Int(changed.GetProperty("changes")[0], "month")); // from the next month
        await server.Control("step");
        var forked = await server.Control("fork");
        Assert.Equal(2, Int(forked, "forkMonth"));
        Assert.Equal(0.0, Figure(forked, "share_adaptive", "difference"));

        var s = await server.Levers("{\"buffer.budgetPerCoachMonth\": 4000, \"coach.duo\": true, \"obligations.exemption\": \"All\"}");
        Assert.Equal(4000, s.GetProperty("levers").GetProperty("buffer.budgetPerCoachMonth").GetDouble());
        Assert.Equal(0, s.GetProperty("baselineLevers").GetProperty("buffer.budgetPerCoachMonth").GetDouble());
        Assert.Equal(0.8, s.GetProperty("baselineLevers").GetProperty("sanctions.strictness").GetDouble());
        Assert.Equal("what-if", s.GetProperty("changes")[1].GetProperty("branch").GetString());
        for (int m = 0; m < 6; m++) s = await server.Control("step");
        Assert.Equal(8, Int(s, "month"));
        Assert.NotEqual(0.0, Figure(s, "mean_coach_trust", "difference"));

        var again = await server.Control("fork"); // a new what-if from the baseline, here
        Assert.Equal(8, Int(again, "forkMonth"));
        Assert.Equal(0, again.GetProperty("levers").GetProperty("buffer.budgetPerCoachMonth").GetDouble());
        Assert.Single(again.GetProperty("changes").EnumerateArray());

        var reset = await server.PostAsync("/api/control", "{\"action\": \"reset\", \"clients\": 1500}");
        Assert.Equal(200, reset.Status);
        Assert.Equal(0, Int(reset.Body, "month"));
        Assert.Equal(1500, Int(reset.Body, "clients"));
        Assert.Equal(JsonValueKind.Null, reset.Body.GetProperty("forkMonth").ValueKind);
        Assert.Equal(0.5, reset.Body.GetProperty("levers").GetProperty("sanctions.strictness").GetDouble());
    }

    /// <summary>Issue 11 point 18: every state carried every live lever change, so a long session's events grew
    /// without bound. Now a state carries the latest ones and the count of all; the export keeps all of them.</summary>
    [Fact]
    public async Task AStateCarriesOnlyTheLatestLeverChangesAndTheCountOfAll()
    {
        await using var server = await LiveServer.StartAsync(clients: 500);
        int shown = SessionCore.ChangesShown;
        for (int i = 1; i <= shown; i++) await server.Levers($"{{\"sanctions.strictness\": {Num(i / 1000.0)}}}");
        int sizeAtLimit = (await server.Http.GetStringAsync("/api/state")).Length;
        for (int i = shown + 1; i <= 200; i++) await server.Levers($"{{\"sanctions.strictness\": {Num(i / 1000.0)}}}");

        var s = await server.State();
        var changes = s.GetProperty("changes");
        Assert.Equal(shown, changes.GetArrayLength());
        Assert.Equal(200, Int(s, "changesTotal"));
        Assert.Equal((201 - shown) / 1000.0, changes[0].GetProperty("levers").GetProperty("sanctions.strictness").GetDouble());
        Assert.Equal(0.2, changes[shown - 1].GetProperty("levers").GetProperty("sanctions.strictness").GetDouble());
        Assert.InRange((await server.Http.GetStringAsync("/api/state")).Length, sizeAtLimit - 50, sizeAtLimit + 50); // no longer grows
        var file = Path.Combine(Directory.CreateTempSubdirectory("workshop-test-").FullName, "export.json");
        await File.WriteAllBytesAsync(file, await server.Http.GetByteArrayAsync("/api/export/scenario"));
        Assert.Equal(0.2, ScenarioLoader.Load(file).Schedule[^1].Values["sanctions.strictness"]); // every change is exported

        // The count follows forks: a new what-if branch discards the previous one's changes.
        await server.Control("step");
        await server.Control("fork");
        for (int i = 1; i <= 3; i++) await server.Levers($"{{\"coach.contactsPerYear\": {i}}}");
        s = await server.State();
        Assert.Equal(203, Int(s, "changesTotal"));
        Assert.Equal("what-if", s.GetProperty("changes")[shown - 1].GetProperty("branch").GetString());
        s = await server.Control("fork");
        Assert.Equal(200, Int(s, "changesTotal"));
        Assert.Equal(shown - 3, s.GetProperty("changes").GetArrayLength());
        Assert.Equal(0, Int(await server.Control("reset"), "changesTotal"));
    }

    [Fact]
    public async Task AtTheHorizonLeverChangesAndForksAreRefusedWith409()
    {
        var file = Repo.TempScenario("{\"extends\": \"BASELINE\", \"months\": 3}");
        await using var server = await LiveServer.StartAsync(file, clients: 500);
        for (int m = 0; m < 3; m++) await server.Control("step");
        foreach (var (path, body) in new[] { ("/api/levers", "{\"coach.duo\": true}"), ("/api/control", "{\"action\": \"step\"}"),
                     ("/api/control", "{\"action\": \"fork\"}"), ("/api/control", "{\"action\": \"play\"}") })
        {
            var (status, error) = await server.PostAsync(path, body);
            Assert.Equal(409, status);
            Assert.Contains("horizon of 3 months", error.GetProperty("error").GetString());
        }
        Assert.Equal(0, Int(await server.Control("reset"), "month"));
    }

    [Fact]
    public async Task PlayRunsMonthsAtTheChosenSpeedUntilPaused()
    {
        // A long horizon: at 30 months a second a 60-month session could finish before the test sees month 3 on a busy
        // machine, and a finished session no longer plays.
        await using var server = await LiveServer.StartAsync(Repo.TempScenario("{\"extends\": \"BASELINE\", \"months\": 600}"), clients: 500);
        var (status, _) = await server.PostAsync("/api/control", "{\"action\": \"speed\", \"monthsPerSecond\": 30}");
        Assert.Equal(200, status);
        await server.Control("play");
        JsonElement s;
        do { await Task.Delay(50); s = await server.State(); } while (Int(s, "month") < 3);
        Assert.True(s.GetProperty("playing").GetBoolean());
        await server.Control("pause");
        int paused = Int(await server.State(), "month");
        await Task.Delay(300);
        Assert.Equal(paused, Int(await server.State(), "month"));
    }

    [Fact]
    public async Task ExportedScenarioReproducesBothBranchesThroughTheCli()
    {
        // The served scenario has its own schedule; the export is taken before its change at month 5 is reached.
        var file = Repo.TempScenario("{\"extends\": \"BASELINE\", \"months\": 9, \"levers\": {\"coach.contactsPerYear\": 4}," +
            "\"schedule\": [{\"month\": 5, \"levers\": {\"labourMarket.demand\": 0.6}}]}");
        await using var server = await LiveServer.StartAsync(file, clients: 1200);
        await server.Control("step");
        await server.Levers("{\"sanctions.strictness\": 0.9, \"benefit.processingMonths\": 0}");
        await server.Control("step");
        await server.Control("fork");
        await server.Levers("{\"buffer.budgetPerCoachMonth\": 2500, \"earnings.autoSettlement\": true}");
        await server.Control("step");
        await server.Levers("{\"labourMarket.demand\": 1.4}"); // same month as the scenario's own change: applied first
        await server.Control("step");

        var dir = Path.GetDirectoryName(file)!;
        var whatIfFile = Path.Combine(dir, "whatif.json");
        var baselineFile = Path.Combine(dir, "baseline-branch.json");
        await File.WriteAllBytesAsync(whatIfFile, await server.Http.GetByteArrayAsync("/api/export/scenario?branch=whatif"));
        await File.WriteAllBytesAsync(baselineFile, await server.Http.GetByteArrayAsync("/api/export/scenario?branch=baseline"));
        var exported = ScenarioLoader.Load(whatIfFile);
        Assert.Contains(exported.Schedule, c => c.Month == 5 && c.Values.ContainsKey("labourMarket.demand"));
        Assert.Equal(1200, exported.Clients);
        Assert.StartsWith("Live workshop session exported at month 4", exported.Description);
        Assert.Contains("forked from the baseline at month 2", exported.Description);

        // The file's own words are in the session's language (the served scenario's description stays as written).
        var dutchFile = Path.Combine(dir, "whatif-nl.json");
        await File.WriteAllBytesAsync(dutchFile, await server.Http.GetByteArrayAsync("/api/export/scenario?branch=whatif&lang=nl"));
        var dutch = ScenarioLoader.Load(dutchFile);
        Assert.StartsWith("Live workshopsessie, geëxporteerd in maand 4", dutch.Description);
        Assert.Contains("afgesplitst van de basis in maand 2", dutch.Description);
        Assert.DoesNotContain("exported", dutch.Description);
        Assert.EndsWith(ScenarioLoader.Load(file).DescriptionIn("nl"), dutch.Description);
        Assert.Equal(exported.Schedule.Count, dutch.Schedule.Count);
        using var badLanguage = await server.Http.GetAsync("/api/export/scenario?branch=whatif&lang=xx");
        Assert.Equal(HttpStatusCode.BadRequest, badLanguage.StatusCode);

        while (!Int(await server.State(), "month").Equals(9)) await server.Control("step"); // the room watches on
        var csv = await server.Http.GetStringAsync("/api/export/series.csv");
        Assert.Equal(10 * Subgroups.Count, AssertSameFigures(whatIfFile, csv, "whatif"));
        Assert.Equal(10 * Subgroups.Count, AssertSameFigures(baselineFile, csv, "baseline"));

        await server.Control("reset");
        using var noBranch = await server.Http.GetAsync("/api/export/scenario?branch=whatif");
        Assert.Equal(HttpStatusCode.Conflict, noBranch.StatusCode);
    }

    [Fact]
    public async Task ThePopulationIsCappedWithAClearMessage()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", "baseline.json"));
        var e = Assert.Throws<InputException>(() => WorkshopServer.Build(new WorkshopOptions(scenario, LiveServer.Token) { Clients = 200_001, Port = 0 }));
        Assert.Contains("at most 200,000 clients", e.Message);
        Assert.Contains("`run`", e.Message);

        int exit = Cli.Cli.Build().Parse(["serve", Path.Combine(Repo.Root, "scenarios", "baseline.json"), "--clients", "250000", "--port", "0"]).Invoke();
        Assert.Equal(Cli.Cli.ExitInputError, exit);
        Assert.Equal(Cli.Cli.ExitInputError, Cli.Cli.Build().Parse(["serve", Path.Combine(Repo.Root, "scenarios", "baseline.json"), "--token", "short", "--port", "0"]).Invoke());
        Assert.Equal(Cli.Cli.ExitInputError, Cli.Cli.Build().Parse(["serve", Path.Combine(Repo.Root, "scenarios", "baseline.json"), "--host", "example.org", "--port", "0"]).Invoke());
    }
}
