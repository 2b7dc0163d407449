using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.Extensions.Logging;

namespace Resilience.Workshop;

/// <summary>
/// Keeps the workshop reachable when someone holds many connections open without using them (without it, about
/// 1,100 sockets that never sent a byte locked out the facilitator and every viewer for 130 s).
/// <para>A connection is <em>idle</em> while no request is in progress on it: before its first request is complete
/// (including one that never sends a byte, or sends its headers slowly) and between keep-alive requests. Idle
/// connections are what such an attack is made of, and the only ones closed to make room:</para>
/// <list type="bullet">
/// <item>at most <see cref="IdlePerAddress"/> idle connections per client address: a new connection from an address
/// that has that many closes the address's longest-idle one;</item>
/// <item>at most <c>maxConnections</c> in all: at the limit a new connection closes the longest-idle connection of any
/// address, and is refused only when every connection is busy with a request.</item>
/// </list>
/// So a new connection is never turned away because of idle ones, and a facilitator on the same address as the
/// attacker (both on 127.0.0.1, say) gets through: its connection is the newest, and it sends its request at once.
/// Kestrel's own limits do the rest: a connection must send a complete request within a few seconds.
/// </summary>
public sealed class ConnectionGuard(int maxConnections, ILogger<ConnectionGuard>? log = null)
{
    /// <summary>Far more than a browser keeps (about six per server), enough for a room of phones behind one NAT
    /// address, and large because it is also the facilitator's margin when an attacker shares the address: the
    /// attacker must open this many new connections in the moment between the facilitator's connection being
    /// accepted and its request arriving, to close it before it is used.</summary>
    public const int IdlePerAddress = 256;

    private sealed class Entry(ConnectionContext connection, IPAddress address)
    {
        public readonly ConnectionContext Connection = connection;
        public readonly Socket? Socket = connection.Features.Get<IConnectionSocketFeature>()?.Socket;
        public readonly IPAddress Address = address;
        public int Requests;
        public bool Closed;
        public LinkedListNode<Entry>? InAll, InAddress; // set while idle
    }

    private readonly object _lock = new();
    private readonly Dictionary<string, Entry> _open = [];
    private readonly LinkedList<Entry> _idle = new(); // longest idle first
    private readonly Dictionary<IPAddress, LinkedList<Entry>> _idleByAddress = [];
    private long _closedIdle, _refused;
    private int _mostIdleFromOneAddress;

    public int MaxConnections { get; } = maxConnections;

    /// <summary>Connections open now (idle or busy).</summary>
    public int Open { get { lock (_lock) return _open.Count; } }
    /// <summary>Idle connections closed to make room for new ones, since start.</summary>
    public long ClosedIdle => Interlocked.Read(ref _closedIdle);
    /// <summary>Connections refused because every connection was busy with a request.</summary>
    public long Refused => Interlocked.Read(ref _refused);
    /// <summary>The most idle connections from one address at any moment (never above <see cref="IdlePerAddress"/>).</summary>
    public int MostIdleFromOneAddress { get { lock (_lock) return _mostIdleFromOneAddress; } }

    /// <summary>Kestrel connection middleware (<c>ListenOptions.Use</c>).</summary>
    public async Task OnConnectionAsync(ConnectionContext connection, Func<Task> next)
    {
        var address = Normal((connection.RemoteEndPoint as IPEndPoint)?.Address);
        var entry = new Entry(connection, address);
        var toClose = new List<Entry>(2);
        bool refused = false;
        lock (_lock)
        {
            if (_idleByAddress.TryGetValue(address, out var mine) && mine.Count >= IdlePerAddress) toClose.Add(CloseIdle(LongestSilent(mine)!));
            if (_open.Count >= MaxConnections)
            {
                if (LongestSilent(_idle) is { } oldest) toClose.Add(CloseIdle(oldest));
                else refused = true;
            }
            if (!refused)
            {
                _open[connection.ConnectionId] = entry;
                BecomeIdle(entry);
            }
        }
        foreach (var e in toClose)
            Close(e, e.Address.Equals(address) ? $"more than {IdlePerAddress} idle from that address" : $"{MaxConnections} connections open");
        if (refused)
        {
            Interlocked.Increment(ref _refused);
            log?.LogWarning("Refused a connection from {Address}: all {Max} connections are busy.", address, MaxConnections);
            return; // Kestrel closes the connection
        }
        try { await next(); }
        finally
        {
            lock (_lock)
            {
                if (!entry.Closed)
                {
                    Unlink(entry);
                    _open.Remove(connection.ConnectionId);
                    entry.Closed = true;
                }
            }
        }
    }

    /// <summary>A request began on the connection (HTTP middleware): it is busy, not to be closed to make room.</summary>
    public void RequestStarted(string connectionId)
    {
        lock (_lock)
            if (_open.TryGetValue(connectionId, out var e) && !e.Closed && e.Requests++ == 0) Unlink(e);
    }

    /// <summary>A request ended; the connection is idle again (keep-alive) unless another request is in progress.</summary>
    public void RequestEnded(string connectionId)
    {
        Entry? toClose = null;
        lock (_lock)
        {
            if (!_open.TryGetValue(connectionId, out var e) || e.Closed || --e.Requests > 0) return;
            if (_idleByAddress.TryGetValue(e.Address, out var mine) && mine.Count >= IdlePerAddress) toClose = CloseIdle(LongestSilent(mine)!);
            BecomeIdle(e);
        }
        if (toClose is not null) Close(toClose, $"more than {IdlePerAddress} idle from that address");
    }

    private void Close(Entry e, string reason)
    {
        Interlocked.Increment(ref _closedIdle);
        log?.LogInformation("Closed an idle connection from {Address} to make room ({Reason}).", e.Address, reason);
        e.Connection.Abort(new ConnectionAbortedException("Closed to make room: idle while the server was full."));
    }

    private void BecomeIdle(Entry e)
    {
        e.InAll = _idle.AddLast(e);
        if (!_idleByAddress.TryGetValue(e.Address, out var mine)) _idleByAddress[e.Address] = mine = new LinkedList<Entry>();
        e.InAddress = mine.AddLast(e);
        _mostIdleFromOneAddress = Math.Max(_mostIdleFromOneAddress, mine.Count);
    }

    private void Unlink(Entry e)
    {
        if (e.InAll is not null) { _idle.Remove(e.InAll); e.InAll = null; }
        if (e.InAddress is not null)
        {
            var mine = e.InAddress.List!;
            mine.Remove(e.InAddress);
            e.InAddress = null;
            if (mine.Count == 0) _idleByAddress.Remove(e.Address);
        }
    }

    /// <summary>The idle connection to close: the longest idle whose request has not already arrived. Under a flood
    /// of new connections the server may accept many of them before it reads a request that is waiting in the
    /// kernel (the facilitator's, on the attacker's address); such a connection is passed over.</summary>
    private static Entry? LongestSilent(LinkedList<Entry> idle)
    {
        for (var node = idle.First; node is not null; node = node.Next)
            if (!HasUnreadBytes(node.Value)) return node.Value;
        return idle.First?.Value;
    }

    private static bool HasUnreadBytes(Entry e)
    {
        try { return e.Socket is { } s && s.Available > 0; }
        catch (Exception x) when (x is ObjectDisposedException or SocketException) { return false; }
    }

    /// <summary>Take an idle connection out of the books (under the lock); the caller aborts it outside the lock.</summary>
    private Entry CloseIdle(Entry e)
    {
        Unlink(e);
        _open.Remove(e.Connection.ConnectionId);
        e.Closed = true;
        return e;
    }

    /// <summary>A client's address as limits count it: an IPv4 client on a dual-stack socket appears as
    /// ::ffff:a.b.c.d, and is a.b.c.d; an unknown one is <see cref="IPAddress.None"/>.</summary>
    public static IPAddress Normal(IPAddress? a) => a is null ? IPAddress.None : a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a;
}
