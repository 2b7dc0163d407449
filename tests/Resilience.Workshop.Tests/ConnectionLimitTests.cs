using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Resilience.Workshop.Tests;

/// <summary>
/// Issue 11 point 17, as a bounded load test on loopback: someone holds 1,150 idle TCP sockets to the server (they
/// never send a byte, and each one the server closes is opened again a second later) for 20 s; meanwhile the
/// facilitator, on the same address (127.0.0.1), sends a POST with the token every second on a new connection, and a
/// viewer reads the state. Before the fix the facilitator was locked out (Kestrel refused every connection above
/// 1,100) for 130 s. Every loop is bounded in count and time; every socket is closed at the end.
/// </summary>
/// <remarks>A load test (<c>Kind=Load</c>, never in the fast tier): it asserts a time, the functional bound of issue 11
/// that the facilitator is answered within a second (<see cref="Answered"/>). Tolerance: that second itself, on every
/// one of the 20 requests (no retry, no margin); it needs a quiet machine, which is why scripts/test.sh runs the test
/// projects one after the other.</remarks>
[Trait("Kind", "Load")]
public class ConnectionLimitTests(ITestOutputHelper output)
{
    private const int IdleSockets = 1150;
    private const int Requests = 20; // one a second while the sockets are held
    private const int MaxOpens = 40_000; // the attacker's connections in all, reconnections included
    private static readonly TimeSpan ReconnectPause = TimeSpan.FromSeconds(1);
    /// <summary>The functional bound of the issue: the facilitator's request is answered within a second.</summary>
    private static readonly TimeSpan Answered = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task TheFacilitatorIsAnsweredWithinASecondWhile1150IdleSocketsAreHeldFromTheSameAddress()
    {
        // Each attacker socket is a file descriptor of this process (the server side of most is closed at once).
        // .NET raises the soft limit to the hard one at start-up; on this machine and CI both are 20,000.
        int files = OpenFileLimit();
        int sockets = Math.Min(IdleSockets, files - 1000);
        output.WriteLine($"open-file limit of the test process: {files}; idle sockets: {sockets}");
        Assert.True(sockets >= 2 * ConnectionGuard.IdlePerAddress, $"the open-file limit ({files}) is too low for a meaningful test");

        // The server runs as the real `serve` command in a process of its own, as in a workshop: in this process the
        // attacker's thousands of socket operations would share the server's thread pool, and the test would
        // measure its own attacker rather than the server.
        var scenario = Repo.TempScenario("{\"extends\": \"BASELINE\", \"months\": 120}");
        await using var server = await ServeProcess.StartAsync(scenario, "--clients", "300");
        var target = server.EndPoint;
        await server.SendAsync("POST", "/api/control", "{\"action\": \"pause\"}"); // the facilitator's page is open before the attack

        using var holding = new CancellationTokenSource();
        var held = new ConcurrentDictionary<Socket, byte>();
        long opened = 0, connected = 0, closedByServer = 0;
        async Task HoldOne()
        {
            while (!holding.IsCancellationRequested && Interlocked.Increment(ref opened) <= MaxOpens)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                held[socket] = 0;
                try
                {
                    await socket.ConnectAsync(target, holding.Token);
                    Interlocked.Increment(ref connected);
                    // Never send a byte; the receive ends when the server closes the connection.
                    await socket.ReceiveAsync(new byte[1], SocketFlags.None, holding.Token);
                    Interlocked.Increment(ref closedByServer);
                }
                catch (OperationCanceledException) { }
                catch (SocketException) { Interlocked.Increment(ref closedByServer); }
                finally
                {
                    socket.Dispose();
                    held.TryRemove(socket, out _);
                }
                try { await Task.Delay(ReconnectPause, holding.Token); } catch (OperationCanceledException) { }
            }
        }
        var attackers = Enumerable.Range(0, sockets).Select(_ => Task.Run(HoldOne)).ToArray();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Interlocked.Read(ref connected) < sockets && DateTime.UtcNow < until) await Task.Delay(100);

        // The facilitator and the viewer are plain blocking sockets on a thread of their own, as a browser on its own
        // device would be: in this one process, the attacker's 1,150 sockets would otherwise delay them on the
        // shared thread pool, and the test would measure its own attacker rather than the server.
        var facilitator = new List<(int Status, double Ms)>();
        var viewer = new List<(int Status, double Ms)>();
        var failures = new List<string>();
        string control = "{\"action\": \"step\"}";
        int mostServerSockets = 0;
        var samples = new List<int>();
        var sampling = Task.Run(async () =>
        {
            while (!holding.IsCancellationRequested)
            {
                int now = server.Sockets();
                mostServerSockets = Math.Max(mostServerSockets, now);
                samples.Add(now);
                try { await Task.Delay(500, holding.Token); } catch (OperationCanceledException) { }
            }
        });
        var people = new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < Requests; i++)
            {
                var due = TimeSpan.FromSeconds(i) - clock.Elapsed;
                if (due > TimeSpan.Zero) Thread.Sleep(due);
                Measure(facilitator, "facilitator", $"POST /api/control HTTP/1.1\r\nHost: {target}\r\nAuthorization: Bearer {ServeProcess.Token}\r\n" +
                    $"Content-Type: application/json\r\nContent-Length: {control.Length}\r\nConnection: close\r\n\r\n{control}");
                Measure(viewer, "viewer", $"GET /api/state HTTP/1.1\r\nHost: {target}\r\nConnection: close\r\n\r\n");
            }
        }) { IsBackground = true, Name = "facilitator and viewer" };
        people.Start();
        Assert.True(await Task.Run(() => people.Join(TimeSpan.FromSeconds(Requests + 60))), "the facilitator's requests did not end");
        int heldAtEnd = held.Count;
        int serverSockets = server.Sockets();

        holding.Cancel();
        var all = Task.WhenAll(attackers.Append(sampling));
        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Empty(held); // every socket closed
        string Ms(IEnumerable<(int Status, double Ms)> r) => string.Create(CultureInfo.InvariantCulture,
            $"median {Median(r.Select(x => x.Ms)):F1} ms, max {r.Max(x => x.Ms):F1} ms");
        output.WriteLine($"attacker: {sockets} sockets held for {Requests} s, {Interlocked.Read(ref opened) - sockets:N0} reconnections, " +
            $"{Interlocked.Read(ref closedByServer):N0} closed by the server; sockets still open at the end of the hold: {heldAtEnd}; " +
            $"sockets the server held then: {serverSockets}, at most {mostServerSockets}, median {Median(samples.Select(x => (double)x)):F0} (sampled every 0.5 s)");
        output.WriteLine($"facilitator POST /api/control (new connection each): {Ms(facilitator)}; viewer GET /api/state: {Ms(viewer)}");
        foreach (var f in failures) output.WriteLine(f);
        output.WriteLine("facilitator ms: " + string.Join(" ", facilitator.Select(x => x.Ms.ToString("F0", CultureInfo.InvariantCulture))));

        Assert.Empty(failures);
        Assert.All(facilitator, r => Assert.Equal(200, r.Status));
        Assert.All(viewer, r => Assert.Equal(200, r.Status));
        Assert.All(facilitator, r => Assert.True(r.Ms <= Answered.TotalMilliseconds, $"the facilitator waited {r.Ms:F0} ms"));
        Assert.Equal(Requests, Reproduce.Int(JsonDocument.Parse((await server.SendAsync("GET", "/api/state")).Body).RootElement, "month")); // every step was carried out
        Assert.True(closedByServer >= sockets - ConnectionGuard.IdlePerAddress, $"only {closedByServer} sockets closed by the server: was the attack real?");
        // The server holds one address's idle allowance (plus its listening socket and the facilitator's), where
        // before the fix it held 1,100 of the attacker's sockets. While a wave of reconnections is being closed it
        // briefly holds more: one sample in CI reached 947 while the median stays near the allowance, so the bound is
        // on the median of the samples (an unfixed server's would be about 1,150), and the peak is reported.
        Assert.InRange(serverSockets, 1, ConnectionGuard.IdlePerAddress + 20);
        Assert.InRange(Median(samples.Select(x => (double)x)), 1, 2 * ConnectionGuard.IdlePerAddress);
        Assert.Equal(0, await server.StopAsync()); // and stops cleanly

        // One request on a new connection (as a fresh page or phone would open), answered with "Connection: close".
        void Measure(List<(int, double)> into, string who, string request)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
                    { NoDelay = true, SendTimeout = 10_000, ReceiveTimeout = 10_000 };
                socket.Connect(target);
                socket.Send(Encoding.ASCII.GetBytes(request));
                var answer = new MemoryStream();
                var buffer = new byte[16 * 1024];
                for (int n; (n = socket.Receive(buffer)) > 0;) answer.Write(buffer, 0, n);
                string head = Encoding.ASCII.GetString(answer.GetBuffer(), 0, (int)Math.Min(answer.Length, 64));
                int status = head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(head[9..12], CultureInfo.InvariantCulture) : 0;
                lock (into) into.Add((status, watch.Elapsed.TotalMilliseconds));
            }
            catch (SocketException e)
            {
                lock (failures) failures.Add($"{who}: {e.SocketErrorCode}: {e.Message} after {watch.Elapsed.TotalMilliseconds:F0} ms");
            }
        }
    }

    /// <summary>The policy behind the test above, connection by connection: beyond an address's allowance of idle
    /// connections its longest-idle one is closed; a busy connection (a viewer's event stream) never is, and other
    /// addresses (127.0.0.2 here, also loopback) are not touched.</summary>
    [Fact]
    public async Task BeyondAnAddressesIdleAllowanceItsLongestIdleConnectionsAreClosedAndBusyOnesNever()
    {
        // Idle connections are not closed by Kestrel's timeout during this test, only by the guard.
        await using var server = await LiveServer.StartAsync(clients: 300, configure: o => o with { RequestTimeout = TimeSpan.FromMinutes(2) });
        var guard = server.App.Services.GetRequiredService<ConnectionGuard>();
        var target = new IPEndPoint(IPAddress.Loopback, new Uri(server.Url).Port);
        await using var viewer = await EventReader.OpenAsync(server.Http, "/api/events", Soon);
        await viewer.NextStateAsync(Soon);

        const int Extra = 10;
        var first = new List<Socket>();
        var other = new List<Socket>();
        try
        {
            for (int i = 0; i < ConnectionGuard.IdlePerAddress + Extra; i++)
            {
                first.Add(await ConnectAsync(target, IPAddress.Loopback));
                if (i < ConnectionGuard.IdlePerAddress) await WaitForAsync(() => guard.Open == i + 2); // in this order
            }
            for (int i = 0; i < Extra; i++) other.Add(await ConnectAsync(target, IPAddress.Parse("127.0.0.2")));
            await WaitForAsync(() => guard.ClosedIdle == Extra && guard.Open == ConnectionGuard.IdlePerAddress + Extra + 1);

            for (int i = 0; i < Extra; i++) Assert.True(await ClosedByServerAsync(first[i]), $"socket {i} is open");
            for (int i = Extra; i < first.Count; i++) Assert.False(ClosedAlready(first[i]), $"socket {i} was closed");
            Assert.DoesNotContain(other, ClosedAlready);
            Assert.Equal(ConnectionGuard.IdlePerAddress, guard.MostIdleFromOneAddress);
            await server.Control("step");
            Assert.Equal(1, Reproduce.Int(await viewer.NextStateAsync(Soon), "month")); // the busy viewer was not touched
        }
        finally
        {
            foreach (var s in first.Concat(other)) s.Dispose();
        }
    }

    private static CancellationToken Soon => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    private static async Task<Socket> ConnectAsync(IPEndPoint target, IPAddress from)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(from, 0));
        await socket.ConnectAsync(target);
        return socket;
    }

    /// <summary>Whether the server has closed the connection: the socket reads end of stream (waiting up to 2 s).</summary>
    private static async Task<bool> ClosedByServerAsync(Socket s)
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try { return await s.ReceiveAsync(new byte[1], SocketFlags.None, wait.Token) == 0; }
        catch (OperationCanceledException) { return false; }
        catch (SocketException) { return true; }
    }

    /// <summary>Whether the server has closed the connection by now (readable with nothing to read: end of stream).</summary>
    private static bool ClosedAlready(Socket s) => s.Poll(0, SelectMode.SelectRead) && s.Available == 0;

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < until) await Task.Delay(1);
        Assert.True(condition(), "timed out waiting for the server's connection count");
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToArray();
        return v.Length == 0 ? double.NaN : v[v.Length / 2];
    }

    /// <summary>The soft limit on open files of this process (/proc/self/limits), or int.MaxValue where unknown.</summary>
    private static int OpenFileLimit()
    {
        const string path = "/proc/self/limits";
        if (!File.Exists(path)) return int.MaxValue;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var soft = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3];
        return int.TryParse(soft, out int n) ? n : int.MaxValue;
    }
}
