using System.Net;

namespace Resilience.Workshop;

/// <summary>
/// Slows down guessing of the facilitator's token, per client address. The first
/// <see cref="FreeAttempts"/> wrong tokens from an address are answered at once (a mistyped token is an honest
/// mistake); from the last of those on, each wrong token shuts the address out for
/// <see cref="FirstWait"/>, then twice as long, and so on up to <see cref="LongestWait"/>. While an address is shut
/// out, every request from it that carries a token is answered 429 without the token being looked at: otherwise a
/// guesser would learn from the answer which guess was right. A right token (when not shut out) clears the address;
/// other addresses are never affected. An address is forgotten <see cref="ForgetAfter"/> after its last wrong token.
/// </summary>
public sealed class TokenThrottle(TimeProvider? time = null)
{
    public const int FreeAttempts = 5;
    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(1), LongestWait = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(15);
    /// <summary>Addresses remembered at most; beyond, the ones whose last wrong token is oldest are forgotten.</summary>
    public const int MaxAddresses = 10_000;

    private readonly record struct Record(int Failures, DateTimeOffset ShutOutUntil, DateTimeOffset LastFailure);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly object _lock = new();
    private readonly Dictionary<IPAddress, Record> _addresses = [];

    /// <summary>How long the address is still shut out, or null when it may try a token now.</summary>
    public TimeSpan? ShutOutFor(IPAddress address)
    {
        lock (_lock)
        {
            if (!_addresses.TryGetValue(address, out var r)) return null;
            var left = r.ShutOutUntil - _time.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    public void WrongToken(IPAddress address)
    {
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (!_addresses.TryGetValue(address, out var r) || now - r.LastFailure > ForgetAfter) r = default;
            int failures = r.Failures + 1;
            var until = failures < FreeAttempts ? now
                : now + TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstWait.Ticks << Math.Min(failures - FreeAttempts, 16)));
            if (!_addresses.ContainsKey(address) && _addresses.Count >= MaxAddresses) Forget(now);
            _addresses[address] = new Record(failures, until, now);
        }
    }

    public void RightToken(IPAddress address)
    {
        lock (_lock) _addresses.Remove(address);
    }

    /// <summary>Drop addresses not heard from for <see cref="ForgetAfter"/>; if that frees too little, the oldest half.</summary>
    private void Forget(DateTimeOffset now)
    {
        foreach (var (a, r) in _addresses.ToList())
            if (now - r.LastFailure > ForgetAfter) _addresses.Remove(a);
        if (_addresses.Count < MaxAddresses) return;
        foreach (var (a, _) in _addresses.OrderBy(kv => kv.Value.LastFailure).Take(_addresses.Count / 2).ToList())
            _addresses.Remove(a);
    }
}
