using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using static Resilience.Workshop.Tests.Reproduce;

namespace Resilience.Workshop.Tests;

/// <summary>A minimal server-sent-events reader: yields (event, data) pairs.</summary>
public sealed class EventReader : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventReader(HttpResponseMessage response, Stream stream)
    {
        _response = response;
        _reader = new StreamReader(stream);
    }

    public static async Task<EventReader> OpenAsync(HttpClient http, string path, CancellationToken cancel = default)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancel);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventReader(response, await response.Content.ReadAsStreamAsync(cancel));
    }

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<(string Event, string Data)?> NextAsync(CancellationToken cancel = default)
    {
        string? name = null, data = null;
        while (await _reader.ReadLineAsync(cancel) is { } line)
        {
            if (line.Length == 0)
            {
                if (data is not null) return (name ?? "message", data);
                name = null;
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
        }
        return null;
    }

    public async Task<JsonElement> NextStateAsync(CancellationToken cancel = default)
    {
        var e = await NextAsync(cancel) ?? throw new EndOfStreamException("the event stream ended");
        Assert.Equal("state", e.Event);
        return JsonDocument.Parse(e.Data).RootElement.Clone();
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}

[Trait("Tier", "Fast")]
public class EventStreamTests
{
    private static CancellationToken Soon => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [Fact]
    public async Task AViewerGetsTheWholeStateAtOnceThenEveryChange()
    {
        await using var server = await LiveServer.StartAsync(clients: 800);
        await server.Control("step");
        await using var viewer = await EventReader.OpenAsync(server.Http, "/api/events", Soon);
        var first = await viewer.NextStateAsync(Soon);
        Assert.Equal(1, Int(first, "month"));
        Assert.True(first.GetProperty("charts").GetArrayLength() >= 7);

        await server.Control("step");
        var second = await viewer.NextStateAsync(Soon);
        Assert.Equal(2, Int(second, "month"));
        Assert.Equal(first.GetProperty("seq").GetInt64() + 1, second.GetProperty("seq").GetInt64());

        await server.Control("fork");
        var forked = await viewer.NextStateAsync(Soon);
        Assert.Equal(2, Int(forked, "forkMonth"));
        var ids = forked.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("types-whatif", ids);
        Assert.Contains("difference", ids);
    }

    [Fact]
    public async Task AReconnectingViewerLosesNothingAndSubgroupsAreServedPerViewer()
    {
        await using var server = await LiveServer.StartAsync(clients: 800);
        await server.Control("step");
        await server.Control("fork");
        await server.Levers("{\"coach.contactsPerYear\": 10}");
        await server.Control("step");
        // A viewer that (re)connects now gets the same full state as one that watched all along.
        await using var late = await EventReader.OpenAsync(server.Http, "/api/events?subgroup=2", Soon);
        var s = await late.NextStateAsync(Soon);
        Assert.Equal(2, Int(s, "month"));
        Assert.Equal(1, Int(s, "forkMonth"));
        Assert.Equal(10, s.GetProperty("levers").GetProperty("coach.contactsPerYear").GetDouble());
        Assert.Equal(2, Int(s, "subgroup"));
        Assert.Equal("age 27–49", s.GetProperty("subgroupName").GetString());
        Assert.NotEqual(Figure(await server.State(0), "caseload"), Figure(s, "caseload"));
        Assert.Equal(Figure(await server.State(2), "caseload"), Figure(s, "caseload"));

        using var bad = await server.Http.GetAsync("/api/events?subgroup=99");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task ViewersBeyondTheLimitAreTurnedAwayPolitely()
    {
        await using var server = await LiveServer.StartAsync(clients: 300, maxViewers: 2);
        await using var a = await EventReader.OpenAsync(server.Http, "/api/events", Soon);
        await using var b = await EventReader.OpenAsync(server.Http, "/api/events", Soon);
        await a.NextStateAsync(Soon);
        await b.NextStateAsync(Soon);
        using var third = await server.Http.GetAsync("/api/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
    }

    [Fact]
    public async Task ShutdownIsGracefulWhileViewersWatchAndTheSessionPlays()
    {
        var server = await LiveServer.StartAsync(clients: 800);
        var viewers = new List<EventReader>();
        for (int k = 0; k < 5; k++) viewers.Add(await EventReader.OpenAsync(server.Http, "/api/events", Soon));
        foreach (var v in viewers) await v.NextStateAsync(Soon);
        await server.PostAsync("/api/control", "{\"action\": \"speed\", \"monthsPerSecond\": 30}");
        await server.Control("play");
        // The viewers keep reading while the server stops, as browsers do: the server may wait for them to take
        // what it is writing, so reading only after the stop would be a deadlock of the test's own making.
        var lastEvents = viewers.Select(v => Task.Run(() => LastEventAsync(v))).ToList();
        await Task.Delay(200);

        var stop = server.App.StopAsync();
        Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(20)))); // a hang, not a speed check
        await stop;
        foreach (var last in lastEvents) Assert.Equal("shutdown", await last); // each viewer is told, then the stream closes
        foreach (var v in viewers) await v.DisposeAsync();
        await server.App.DisposeAsync();
    }

    /// <summary>Issue 11 point 8: the test above once failed with "Connection reset by peer" on a busy machine. The
    /// race: a viewer that had not yet read what the server was writing (its connection full) at the moment the
    /// server stopped; the stop cancelled the pending write, and Kestrel aborts a connection whose write is cancelled.
    /// Here that moment is made certain: a viewer with a small receive buffer that does not read until its queue
    /// on the server backs up, then the stop, then it reads. It must get every byte and the shutdown event.</summary>
    [Fact]
    public async Task AViewerWhoseConnectionIsFullWhenTheServerStopsStillGetsTheShutdownEvent()
    {
        // A long horizon, so that the session plays on until the queue backs up.
        var server = await LiveServer.StartAsync(Repo.TempScenario("{\"extends\": \"BASELINE\", \"months\": 600}"), clients: 300);
        var host = server.App.Services.GetRequiredService<SessionHost>();
        using var slow = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancel) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = 4096 };
                await socket.ConnectAsync(context.DnsEndPoint, cancel);
                return new NetworkStream(socket, ownsSocket: true);
            },
        }) { BaseAddress = new Uri(server.Url) };
        var viewer = await EventReader.OpenAsync(slow, "/api/events", Soon);
        await viewer.NextStateAsync(Soon);
        await server.PostAsync("/api/control", "{\"action\": \"speed\", \"monthsPerSecond\": 30}");
        await server.Control("play");
        var until = DateTime.UtcNow.AddSeconds(60);
        while (host.MostQueued < 40 && DateTime.UtcNow < until) await Task.Delay(50); // 40 KB a month at 30 months/s
        Assert.True(host.MostQueued >= 40, "the viewer's connection never filled up");

        var stop = server.App.StopAsync();
        var last = await LastEventAsync(viewer);
        Assert.Same(stop, await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(20)))); // a hang, not a speed check
        await stop;
        Assert.Equal("shutdown", last);
        await viewer.DisposeAsync();
        await server.App.DisposeAsync();
    }

    /// <summary>Read a viewer's stream to its end; the name of its last event.</summary>
    private static async Task<string?> LastEventAsync(EventReader viewer)
    {
        string? last = null;
        (string Event, string Data)? e;
        while ((e = await viewer.NextAsync(Soon)) is not null) last = e.Value.Event;
        return last;
    }
}
