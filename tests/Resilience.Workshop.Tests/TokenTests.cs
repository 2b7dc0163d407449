using System.Net;
using System.Net.Sockets;
using Resilience.IO;

namespace Resilience.Workshop.Tests;

/// <summary>Issue 11 point 19: the facilitator's token and the Host header.</summary>
[Trait("Tier", "Fast")]
public class TokenTests
{
    private static Scenario Baseline => ScenarioLoader.Load(Path.Combine(Repo.Root, "scenarios", "baseline.json"));

    [Fact]
    public async Task TokensShorterThan16CharactersAreRefusedAndTheDefaultIsARandom128BitToken()
    {
        var e = Assert.Throws<InputException>(() => WorkshopServer.Build(new WorkshopOptions(Baseline, new string('x', 15)) { Port = 0, Clients = 100 }));
        Assert.Contains("--token: expected at least 16 characters", e.Message);
        Assert.Contains("got 15", e.Message);
        await using (var ok = WorkshopServer.Build(new WorkshopOptions(Baseline, new string('x', 16)) { Port = 0, Clients = 100 })) { }
        Assert.Equal(Cli.Cli.ExitInputError, Cli.Cli.Build().Parse(["serve", Path.Combine(Repo.Root, "scenarios", "baseline.json"),
            "--token", "fifteen-chars-x", "--port", "0"]).Invoke());

        var tokens = Enumerable.Range(0, 100).Select(_ => WorkshopOptions.NewToken()).ToList();
        Assert.All(tokens, t => Assert.Matches("^[0-9a-f]{32}$", t)); // 32 hex digits: 128 bits
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        // Every bit position varies over 100 tokens: random, not a counter or a timestamp.
        var bits = new int[128];
        foreach (var t in tokens)
            for (int i = 0; i < 128; i++) bits[i] += (Convert.ToInt32(t[i / 4].ToString(), 16) >> (3 - i % 4)) & 1;
        Assert.All(bits, b => Assert.InRange(b, 1, 99));
    }

    [Fact]
    public async Task RepeatedWrongTokensFromAnAddressAreSlowedDownWhileOtherAddressesAreNot()
    {
        var clock = new ManualClock(); // the waits pass when the test says so, however busy the machine
        await using var server = await LiveServer.StartAsync(clients: 300, configure: o => o with { Time = clock });
        const string step = "{\"action\": \"step\"}";
        for (int i = 1; i <= TokenThrottle.FreeAttempts; i++)
            Assert.Equal(403, (await server.PostAsync("/api/control", step, token: $"wrong-token-number-{i}")).Status);

        // Shut out for 1 s: a wrong token, and the right one too (it is not even looked at), get 429 with Retry-After.
        var (status, retryAfter, error) = await Send(server.Http, server, "wrong-token-number-6");
        Assert.Equal(429, status);
        Assert.Equal(1, retryAfter);
        Assert.Contains("Too many wrong tokens from this address: try again in 1 s", error);
        Assert.Equal(429, (await Send(server.Http, server, LiveServer.Token)).Status);
        using (var role = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/role", token: "guess-whether-this-is-it")))
            Assert.Equal(HttpStatusCode.TooManyRequests, role.StatusCode); // /api/role would tell a right guess too
        Assert.Contains("viewer", await server.Http.GetStringAsync("/api/role")); // no token: not affected

        // The facilitator on another address is not affected.
        using var other = FromAddress(server.Url, IPAddress.Parse("127.0.0.2"));
        Assert.Equal(200, (await Send(other, server, LiveServer.Token)).Status);

        // After the wait, each further wrong token doubles it.
        clock.Advance(TimeSpan.FromSeconds(1.1));
        Assert.Equal(403, (await Send(server.Http, server, "wrong-token-number-7")).Status);
        (status, retryAfter, _) = await Send(server.Http, server, "wrong-token-number-8");
        Assert.Equal(429, status);
        Assert.Equal(2, retryAfter);

        // The right token after the wait is accepted and clears the address's record.
        clock.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Equal(429, (await Send(server.Http, server, LiveServer.Token)).Status);
        clock.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Equal(200, (await Send(server.Http, server, LiveServer.Token)).Status);
        Assert.Equal(403, (await Send(server.Http, server, "wrong-token-number-9")).Status);
        Assert.Equal(2, Reproduce.Int(await server.State(), "month")); // only the right tokens' steps were carried out

        static async Task<(int Status, int? RetryAfter, string Body)> Send(HttpClient http, LiveServer server, string token)
        {
            using var response = await http.SendAsync(server.Request(HttpMethod.Post, "/api/control", step, token));
            return ((int)response.StatusCode, response.Headers.RetryAfter?.Delta is { } d ? (int)d.TotalSeconds : null, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public void ThrottleWaitsDoubleUpToAMinuteAndAreForgottenAfterAQuarterOfAnHour()
    {
        var clock = new ManualClock();
        var throttle = new TokenThrottle(clock);
        var a = IPAddress.Parse("192.0.2.7");
        var waits = new List<double?>();
        for (int i = 0; i < 12; i++)
        {
            throttle.WrongToken(a);
            waits.Add(throttle.ShutOutFor(a)?.TotalSeconds);
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Equal([null, null, null, null, 1, 2, 4, 8, 16, 32, 60, 60], waits);
        Assert.Null(throttle.ShutOutFor(IPAddress.Parse("192.0.2.8")));
        clock.Advance(TokenThrottle.ForgetAfter);
        throttle.WrongToken(a);
        Assert.Null(throttle.ShutOutFor(a)); // a fresh start: the first wrong tokens are free again
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }

    [Fact]
    public async Task WithAllowedHostsTheHostHeaderMustNameThisMachineOrAnAllowedHost()
    {
        await using var server = await LiveServer.StartAsync(clients: 300, configure: o => o with { AllowedHosts = ["workshop.example.org", "*.lan.example"] });
        int port = new Uri(server.Url).Port;
        foreach (var (hostHeader, expected) in new[]
        {
            ($"workshop.example.org:{port}", 200), ($"room-3.lan.example:{port}", 200), ($"127.0.0.1:{port}", 200),
            ($"localhost:{port}", 200), ($"{Dns.GetHostName()}:{port}", 200),
            ($"attacker.example:{port}", 400), ($"workshop.example.org.attacker.example:{port}", 400),
        })
        {
            using var request = server.Request(HttpMethod.Post, "/api/control", "{\"action\": \"pause\"}");
            request.Headers.Host = hostHeader;
            using var response = await server.Http.SendAsync(request);
            Assert.True(expected == (int)response.StatusCode, $"Host: {hostHeader} got {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void ANonLoopbackHostChecksTheHostHeaderAgainstThisMachinesNamesAndAddresses()
    {
        Assert.Null(WorkshopServer.AllowedHostsFor(IPAddress.Loopback, [])); // this machine only: not checked
        var all = WorkshopServer.AllowedHostsFor(IPAddress.Any, ["workshop.example.org"])!;
        Assert.Contains("localhost", all);
        Assert.Contains(Dns.GetHostName(), all);
        Assert.Contains("workshop.example.org", all);
        Assert.Contains(all, h => IPAddress.TryParse(h, out var ip) && !IPAddress.IsLoopback(ip)); // this machine's own address
        Assert.DoesNotContain("*", all);
        Assert.True(WorkshopServer.ChecksHostHeader(new WorkshopOptions(Baseline, LiveServer.Token) { Host = "0.0.0.0" }));
        Assert.False(WorkshopServer.ChecksHostHeader(new WorkshopOptions(Baseline, LiveServer.Token) { Host = "127.0.0.1" }));

        foreach (var bad in new[] { "http://workshop.example.org", "workshop.example.org:5000", "a b", "" })
        {
            var e = Assert.Throws<InputException>(() => WorkshopServer.AllowedHostsFor(IPAddress.Any, [bad]));
            Assert.Contains("--allowed-hosts: expected host names", e.Message);
        }
        Assert.Equal(Cli.Cli.ExitInputError, Cli.Cli.Build().Parse(["serve", Path.Combine(Repo.Root, "scenarios", "baseline.json"),
            "--allowed-hosts", "http://workshop.example.org", "--port", "0"]).Invoke());
    }

    /// <summary>An HTTP client whose connections come from <paramref name="from"/> (a loopback address).</summary>
    private static HttpClient FromAddress(string url, IPAddress from) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancel) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        },
    }) { BaseAddress = new Uri(url) };
}
