using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Resilience.Workshop.Tests;

/// <summary>
/// Bounded load test on loopback: 100 viewers on server-sent events while the facilitator plays 10,000-client,
/// 60-month sessions one after another (fork at month 20, reset at the horizon) and changes a lever twice a second. Asserts correctness only (no request fails, no viewer is dropped,
/// every viewer receives every state and every month); the latencies are reported, not asserted (ENGINEERING.md:
/// speed belongs in measurements). Duration: WORKSHOP_LOAD_SECONDS (default 15; the README figures come from 60).
/// </summary>
[Trait("Category", "Load")]
[Trait("Kind", "Load")]
public partial class LoadTests(ITestOutputHelper output)
{
    private const int Viewers = 100;
    private const double MonthsPerSecond = 8;

    [GeneratedRegex("^\\{\"seq\":(\\d+),\"month\":(\\d+),\"t\":([0-9.]+),")]
    private static partial Regex Head();

    private sealed record Received(long Seq, int Month, double LatencyMs, int Bytes);

    [Fact]
    public async Task HundredViewersReceiveEveryMonthWhileTheFacilitatorChangesLevers()
    {
        int seconds = int.TryParse(Environment.GetEnvironmentVariable("WORKSHOP_LOAD_SECONDS"), out int s) && s > 0 ? s : 15;
        await using var server = await LiveServer.StartAsync(clients: 10_000);
        var host = server.App.Services.GetRequiredService<SessionHost>();
        using var stop = new CancellationTokenSource();
        using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = Timeout.InfiniteTimeSpan };

        var received = Enumerable.Range(0, Viewers).Select(_ => new List<Received>()).ToArray();
        var errors = new List<string>();
        var connected = new CountdownEvent(Viewers);
        var readers = Enumerable.Range(0, Viewers).Select(k => Task.Run(async () =>
        {
            int subgroup = k < 80 ? 0 : k % Engine.Subgroups.Count; // most watch everyone; some a subgroup
            try
            {
                await using var events = await EventReader.OpenAsync(http, $"/api/events?subgroup={subgroup}", stop.Token);
                bool first = true;
                while (await events.NextAsync(stop.Token) is { } e)
                {
                    double now = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
                    var m = Head().Match(e.Data);
                    if (e.Event != "state" || !m.Success) { lock (errors) errors.Add($"viewer {k}: unexpected event {e.Event}"); continue; }
                    lock (received[k]) received[k].Add(new Received(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                        now - double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), e.Data.Length));
                    if (first) { first = false; connected.Signal(); }
                }
                if (!stop.IsCancellationRequested) lock (errors) errors.Add($"viewer {k}: stream ended early");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception ex) { lock (errors) errors.Add($"viewer {k}: {ex.GetType().Name}: {ex.Message}"); }
        })).ToArray();
        Assert.True(connected.Wait(TimeSpan.FromSeconds(60)), "not every viewer got the first state");

        await server.PostAsync("/api/control", $"{{\"action\": \"speed\", \"monthsPerSecond\": {MonthsPerSecond}}}");
        await server.Control("play");
        // The facilitator runs 60-month sessions one after another: fork at month 20, a lever change every half
        // second, and at the horizon a reset and play again.
        int leverRequests = 0, failures = 0, sessions = 1, resent = 0;
        var until = DateTime.UtcNow.AddSeconds(seconds);
        var rng = new Random(7);
        while (DateTime.UtcNow < until)
        {
            await Task.Delay(500);
            var state = await server.State();
            if (state.GetProperty("finished").GetBoolean())
            {
                await server.Control("reset");
                await server.Control("play");
                sessions++;
                continue;
            }
            if (state.GetProperty("forkMonth").ValueKind == JsonValueKind.Null && state.GetProperty("month").GetInt32() >= 20)
            {
                // 409: the horizon was reached since the state was read (a finished session cannot fork).
                var (forked, answer) = await server.PostAsync("/api/control", "{\"action\": \"fork\"}");
                Assert.True(forked is 200 or 409, $"fork: {forked} {answer}");
            }
            string body = (leverRequests % 3) switch
            {
                0 => $"{{\"sanctions.strictness\": {Math.Round(rng.NextDouble(), 2).ToString(CultureInfo.InvariantCulture)}}}",
                1 => $"{{\"coach.contactsPerYear\": {rng.Next(1, 13)}}}",
                _ => $"{{\"buffer.budgetPerCoachMonth\": {rng.Next(0, 50) * 100}, \"coach.duo\": {(rng.Next(2) == 1 ? "true" : "false")}}}",
            };
            int status;
            try { (status, _) = await server.PostAsync("/api/levers", body); }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ResponseEnded && resent == 0)
            {
                // A connection that ends without any response is what a browser sends again, once, on a new
                // connection. CI saw it once in this loop, on two cores shared with the browser tests; a second
                // one fails the test.
                resent++;
                output.WriteLine($"lever request {leverRequests}: the connection ended without a response ({e.InnerException?.Message}); sent again");
                (status, _) = await server.PostAsync("/api/levers", body);
            }
            leverRequests++;
            if (status != 200 && status != 409) failures++; // 409: the horizon was reached meanwhile
        }
        var final = await server.Control("pause");
        long finalSeq = final.GetProperty("seq").GetInt64();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && received.Any(r => { lock (r) return r.Count == 0 || r[^1].Seq < finalSeq; }))
            await Task.Delay(50);
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.Empty(errors);
        Assert.Equal(0, failures);
        Assert.Equal(0, host.DroppedViewers);
        int monthsStepped = received[0].Zip(received[0].Skip(1)).Count(p => p.Second.Month == p.First.Month + 1);
        Assert.True(monthsStepped > 0, "the host never stepped a month"); // how fast belongs in benchmarks, not tests
        for (int k = 0; k < Viewers; k++)
        {
            var r = received[k];
            Assert.Equal(finalSeq, r[^1].Seq);
            for (int i = 1; i < r.Count; i++) Assert.True(r[i].Seq == r[i - 1].Seq + 1, $"viewer {k} missed state {r[i - 1].Seq + 1}");
            // Months advance one at a time (or start again at 0 after a reset): no month is ever skipped.
            for (int i = 1; i < r.Count; i++)
                Assert.True(r[i].Month == r[i - 1].Month || r[i].Month == r[i - 1].Month + 1 || r[i].Month == 0,
                    $"viewer {k} went from month {r[i - 1].Month} to {r[i].Month}");
        }

        // Latency of the month updates that arrived while the session played (the first, connect-time state excluded).
        var latencies = received.SelectMany(r => r.Skip(1)).Select(x => x.LatencyMs).Order().ToArray();
        double P(double q) => latencies[(int)Math.Min(latencies.Length - 1, Math.Floor(q * latencies.Length))];
        // Where the slowest updates were: by the session's month (they bunch up while the server is still warming up).
        foreach (var g in received.SelectMany(r => r.Skip(1)).GroupBy(x => x.Seq).OrderByDescending(g => g.Max(x => x.LatencyMs)).Take(5))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  slowest: state {g.Key} (month {g.First().Month}): max {g.Max(x => x.LatencyMs):F0} ms"));
        double megabytes = received.Sum(r => r.Sum(x => (double)x.Bytes)) / 1e6;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load test: {Viewers} viewers, {seconds} s, 10,000 clients at {MonthsPerSecond} months/s, {sessions} sessions of 60 months forked at month 20; " +
            $"{monthsStepped} months stepped, {finalSeq} states, {leverRequests} lever changes (0 failed, {resent} sent again), {latencies.Length} updates received, " +
            $"{megabytes:F0} MB; every viewer received every state and month; update latency median {P(0.5):F1} ms, p95 {P(0.95):F1} ms, max {latencies[^1]:F1} ms"));
    }
}
