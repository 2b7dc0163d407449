using System.Text;
using System.Text.Json;

namespace Resilience.Workshop.Tests;

/// <summary>
/// The workshop API's part of the bad-input corpus (issue 11): every case in <c>bad-input/api-cases.json</c> is sent to
/// one running server, and must get its status and a JSON <c>{"error": ...}</c> that contains the expected text.
/// Afterwards the session must be exactly as it started: a refused request changes nothing.
/// </summary>
[Trait("Tier", "Fast")]
public class BadInputCorpusTests
{
    private sealed record Case(string Name, string Method, string Path, string? Body, int ExpectedStatus, string ExpectedMessageContains, string? Token);

    public static string CorpusFile => System.IO.Path.Combine(Repo.Root, "tests", "Resilience.Workshop.Tests", "bad-input", "api-cases.json");

    [Fact]
    public async Task EveryBadApiRequestInTheCorpusGetsItsStatusAndAClearMessageAndChangesNothing()
    {
        var cases = JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(CorpusFile), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.True(cases.Count >= 12, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        Assert.True(cases.Count(c => c.Token == "wrong") < TokenThrottle.FreeAttempts, "more wrong-token cases than the throttle lets through");

        await using var server = await LiveServer.StartAsync(clients: 300);
        var before = await server.State();
        var failures = new List<string>();
        foreach (var c in cases)
        {
            string? token = c.Token switch { null or "facilitator" => LiveServer.Token, "none" => null, "wrong" => "not-the-facilitator-token", _ => throw new InvalidDataException($"{c.Name}: token {c.Token}") };
            using var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path);
            if (c.Body is not null) request.Content = new StringContent(c.Body, Encoding.UTF8, "application/json");
            if (token is not null) request.Headers.Authorization = new("Bearer", token);
            using var response = await server.Http.SendAsync(request);
            string text = await response.Content.ReadAsStringAsync();
            string? error = null;
            try { error = JsonDocument.Parse(text).RootElement.GetProperty("error").GetString(); }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException) { }
            if ((int)response.StatusCode != c.ExpectedStatus || error is null || !error.Contains(c.ExpectedMessageContains, StringComparison.Ordinal))
                failures.Add($"{c.Name}: {c.Method} {c.Path} got {(int)response.StatusCode} {(text.Length > 300 ? text[..300] + "…" : text)}; expected {c.ExpectedStatus} with \"{c.ExpectedMessageContains}\"");
            else if (error.Contains("   at ", StringComparison.Ordinal) || error.Contains("Exception", StringComparison.Ordinal))
                failures.Add($"{c.Name}: the message shows program internals: {error}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        var after = await server.State();
        foreach (var key in new[] { "month", "changesTotal", "clients", "playing", "monthsPerSecond", "forkMonth", "levers" })
            Assert.Equal(before.GetProperty(key).GetRawText(), after.GetProperty(key).GetRawText());
    }
}
