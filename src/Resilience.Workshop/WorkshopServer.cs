using System.Net;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Workshop;

/// <summary>How to serve a workshop session.</summary>
public sealed record WorkshopOptions(Scenario Scenario, string Token)
{
    public int? Clients { get; init; }
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = 5000;
    public int Threads { get; init; } = Environment.ProcessorCount;
    public double MonthsPerSecond { get; init; } = 2;
    public int MaxViewers { get; init; } = 1000;
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
    /// <summary>A connection must send a complete request within this time of opening (or of its previous
    /// response): Kestrel's defaults (130 s to the first byte, 30 s for the headers) let idle sockets pile up.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Host names (or <c>*.example.org</c>) the server answers to besides this machine's own names and
    /// addresses. The Host header is checked when listening on a non-loopback address, or when this is not empty.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
    /// <summary>Folder in which the session is saved when the server stops (<see cref="SessionArchive"/>); null: not saved.</summary>
    public string? SaveTo { get; init; }
    /// <summary>The clock of time-based limits (the wrong-token waits); tests set their own.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The page's language when the address does not say (<c>serve --lang</c>; a viewer's <c>?lang=</c>
    /// overrides it).</summary>
    public Labels Language { get; init; } = Labels.English;

    /// <summary>Finished policy searches whose Pareto sets the "suggest" action shows (<c>serve --search DIR</c>),
    /// read at start-up: the page only picks one by its position, it never names a path.</summary>
    public IReadOnlyList<Resilience.Analysis.SearchFolder> Searches { get; init; } = [];

    /// <summary>Shorter tokens are refused: the token is the only thing between a room and its session.</summary>
    public const int MinTokenLength = 16;

    /// <summary>A random 128-bit token, as 32 hexadecimal digits.</summary>
    public static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}

/// <summary>
/// The live workshop web host (Kestrel, minimal APIs): the page, the JSON API, server-sent events to viewers, and the
/// facilitator's token on every changing request. See README.md "Live workshop".
/// </summary>
public static class WorkshopServer
{
    public const int MaxBodyBytes = 64 * 1024;
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    /// <summary>Connections beyond the viewer limit: the facilitator, page loads and API calls.</summary>
    public const int ConnectionsBeyondViewers = 200;

    /// <summary>Build the host (not started). Input errors (population cap, host name) throw InputException.</summary>
    public static WebApplication Build(WorkshopOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Token) || options.Token.Any(c => c <= ' ' || c > '~'))
            throw new InputException("--token: expected printable ASCII characters without spaces");
        if (options.Token.Length < WorkshopOptions.MinTokenLength)
            throw new InputException($"--token: expected at least {WorkshopOptions.MinTokenLength} characters so that it cannot be guessed, " +
                $"got {options.Token.Length}; leave --token out for a random 128-bit token");
        if (options.Port is < 0 or > 65535) throw new InputException($"--port: expected an integer from 0 to 65535, got {options.Port}");
        var address = ParseHost(options.Host);
        var allowedHosts = AllowedHostsFor(address, options.AllowedHosts);
        var archive = new SessionArchive(options.SaveTo);
        var core = new SessionCore(options.Scenario, options.Clients, options.Threads, options.MonthsPerSecond);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(options.LogLevel);
        // A failure to start (e.g. the port is taken) is reported by the caller in one line, not as a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton(sp => new ConnectionGuard(options.MaxViewers + ConnectionsBeyondViewers, sp.GetService<ILogger<ConnectionGuard>>()));
        // A longer queue of connections not yet accepted (default 512; the kernel caps it at net.core.somaxconn), so
        // that a burst of connections does not make the facilitator's wait for a retransmitted SYN (1 s).
        builder.WebHost.UseSockets(o => o.Backlog = 4096);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // No Kestrel MaxConcurrentConnections: at its limit Kestrel refuses every new connection, the
            // facilitator's too; the guard makes room by closing idle connections instead.
            var guard = k.ApplicationServices.GetRequiredService<ConnectionGuard>();
            k.Listen(address, options.Port, listen => listen.Use(guard.OnConnectionAsync));
            k.Limits.MaxRequestBodySize = MaxBodyBytes;
            k.Limits.KeepAliveTimeout = options.RequestTimeout;
            k.Limits.RequestHeadersTimeout = options.RequestTimeout;
            k.AddServerHeader = false;
        });
        if (allowedHosts is not null)
            builder.Services.AddHostFiltering(o => { o.AllowedHosts = [.. allowedHosts]; o.IncludeFailureMessage = true; });
        builder.Services.AddSingleton(new TokenThrottle(options.Time));
        builder.Services.AddSingleton(archive);
        builder.Services.AddSingleton(core);
        builder.Services.AddSingleton<SessionHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SessionHost>());

        var app = builder.Build();
        Map(app, options, checkHost: allowedHosts is not null);
        return app;
    }

    /// <summary>The host names the server answers to (ASP.NET's host filtering: a request whose Host header names
    /// anything else gets 400, which stops DNS-rebinding pages from reaching the session), or null when the Host
    /// header is not checked: listening on loopback only, without <paramref name="extra"/> names.</summary>
    public static IReadOnlyList<string>? AllowedHostsFor(IPAddress listen, IReadOnlyList<string> extra)
    {
        foreach (var h in extra)
            if (string.IsNullOrWhiteSpace(h) || h.Contains("://") || h.Contains('/') || h.Any(char.IsWhiteSpace) ||
                (h.Contains(':') && !(h.StartsWith('[') && h.EndsWith(']'))))
                throw new InputException($"--allowed-hosts: expected host names such as workshop.example.org or *.example.org " +
                    $"(no scheme, port or path; an IPv6 address in brackets), got \"{h}\"");
        if (IPAddress.IsLoopback(listen) && extra.Count == 0) return null;
        var names = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        string host = Dns.GetHostName();
        names.AddRange([host, host + ".local"]);
        try { names.AddRange(Dns.GetHostEntry(host).Aliases); } catch (System.Net.Sockets.SocketException) { } // no resolver
        if (!listen.Equals(IPAddress.Any) && !listen.Equals(IPAddress.IPv6Any)) names.Add(HostText(listen));
        foreach (var n in System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces())
            foreach (var a in n.GetIPProperties().UnicastAddresses)
                names.Add(HostText(a.Address));
        names.AddRange(extra);
        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Whether a server built with these options refuses requests for other host names.</summary>
    public static bool ChecksHostHeader(WorkshopOptions options) => AllowedHostsFor(ParseHost(options.Host), options.AllowedHosts) is not null;

    /// <summary>An address as it appears in a Host header: IPv6 in brackets, without a zone.</summary>
    private static string HostText(IPAddress a)
    {
        if (a.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return a.ToString();
        var plain = new IPAddress(a.GetAddressBytes());
        return $"[{plain}]";
    }

    private static IPAddress ParseHost(string host)
    {
        if (host == "localhost") return IPAddress.Loopback;
        if (IPAddress.TryParse(host, out var ip)) return ip;
        throw new InputException($"--host: expected an IP address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network interface), got \"{host}\"");
    }

    /// <summary>The addresses the server listens on, once started.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    private static void Map(WebApplication app, WorkshopOptions options, bool checkHost)
    {
        var host = app.Services.GetRequiredService<SessionHost>();
        var throttle = app.Services.GetRequiredService<TokenThrottle>();
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var token = Encoding.UTF8.GetBytes(options.Token);
        var guard = app.Services.GetRequiredService<ConnectionGuard>();

        app.Use(async (ctx, next) =>
        {
            guard.RequestStarted(ctx.Connection.Id); // a busy connection is never closed to make room
            try { await next(ctx); }
            finally { guard.RequestEnded(ctx.Connection.Id); }
        });
        if (checkHost) app.UseHostFiltering();
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h["X-Frame-Options"] = "DENY";
            h["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
            try { await next(ctx); }
            catch (BadHttpRequestException e) when (!ctx.Response.HasStarted)
            {
                await Error(e.StatusCode, e.StatusCode == 413 ? $"request body: larger than {MaxBodyBytes / 1024} KB" : e.Message).ExecuteAsync(ctx);
            }
        });
        // Requests no endpoint answers get the same kind of answer as any other refusal: JSON naming what was wrong.
        app.UseStatusCodePages(async status =>
        {
            var http = status.HttpContext;
            int code = http.Response.StatusCode;
            string message = code switch
            {
                404 => $"{http.Request.Path}: no such page or API request; the API is GET /api/state, /api/events, /api/meta, /api/role, " +
                    "/api/export/scenario, /api/export/series.csv, /api/suggest and POST /api/levers, /api/control (docs/workshop.md)",
                405 => $"{http.Request.Method} {http.Request.Path}: not allowed" +
                    (http.Response.Headers.Allow.Count > 0 ? $"; use {string.Join(", ", http.Response.Headers.Allow.ToArray())}" : ""),
                _ => $"{http.Request.Method} {http.Request.Path}: {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code)}",
            };
            await Error(code, message).ExecuteAsync(http);
        });

        foreach (var (path, resource, type) in new[]
        {
            ("/", "index.html", "text/html; charset=utf-8"),
            ("/app.js", "app.js", "text/javascript; charset=utf-8"),
            ("/app.css", "app.css", "text/css; charset=utf-8"),
        })
        {
            byte[] bytes = Resource(resource);
            app.MapGet(path, (HttpContext ctx) =>
            {
                ctx.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(bytes, type);
            });
        }
        app.MapGet("/favicon.ico", () => Results.NoContent());

        app.MapGet("/api/meta", (HttpContext ctx) =>
            Language(ctx, options) is { } labels ? Results.Bytes(Meta(labels, options.Searches.Count), "application/json") : LanguageError(ctx));

        // The Pareto sets of the searches given at start-up, in the page's language (read-only, for every viewer).
        app.MapGet("/api/suggest", (HttpContext ctx) =>
            Language(ctx, options) is { } labels ? Results.Bytes(Suggestions.Json(options.Searches, labels), "application/json") : LanguageError(ctx));

        app.MapGet("/api/state", (HttpContext ctx) =>
        {
            if (!TryQuery(ctx, out int subgroup, out var error)) return error!;
            if (Language(ctx, options) is not { } labels) return LanguageError(ctx);
            bool charts = ctx.Request.Query["charts"] is var c && (c == "1" || c == "true");
            return Results.Bytes(host.Current.StateJson(subgroup, charts, labels), "application/json");
        });

        // Answers whether a token is right, so it counts wrong tokens like any changing request (and answers 429
        // to an address that is shut out); without a token it is a plain "viewer".
        app.MapGet("/api/role", (HttpContext ctx) =>
        {
            if (ctx.Request.Headers.Authorization.Count == 0) return Results.Json(new { role = "viewer" });
            var denied = Authorize(ctx, token, throttle);
            return denied is IStatusCodeHttpResult { StatusCode: 429 } ? denied
                : Results.Json(new { role = denied is null ? "facilitator" : "viewer" });
        });

        app.MapGet("/api/events", (HttpContext ctx) => Events(ctx, host, lifetime, options));

        app.MapPost("/api/levers", async (HttpContext ctx) =>
        {
            if (Authorize(ctx, token, throttle) is { } denied) return denied;
            return await Handle(ctx, Language(ctx, options) ?? options.Language, body =>
            {
                var values = LeverInput.ParseLevers(body);
                return host.Run(core => core.SetLevers(values));
            });
        });

        app.MapPost("/api/control", async (HttpContext ctx) =>
        {
            if (Authorize(ctx, token, throttle) is { } denied) return denied;
            return await Handle(ctx, Language(ctx, options) ?? options.Language, body =>
            {
                var request = LeverInput.ParseControl(body);
                return host.Run(core => request.Action switch
                {
                    "play" => core.Play(),
                    "pause" => core.Pause(),
                    "step" => core.Step(),
                    "reset" => core.Reset(request.Clients),
                    "fork" => core.Fork(),
                    _ => core.SetSpeed(request.MonthsPerSecond!.Value),
                });
            });
        });

        app.MapGet("/api/export/scenario", async (HttpContext ctx) =>
        {
            string branch = ctx.Request.Query["branch"].FirstOrDefault() ?? (host.Current.Forked ? "whatif" : "baseline");
            if (Language(ctx, options) is not { } labels) return LanguageError(ctx);
            try
            {
                var (bytes, name) = await host.Run(core => ((Snapshot?)null, (core.ExportScenario(branch, labels), core.Scenario.Name)));
                return Results.File(bytes, "application/json", $"{name}-workshop-{(branch == "baseline" ? "baseline" : "whatif")}.json");
            }
            catch (InputException e) { return Error(400, e.Message); }
            catch (SessionConflictException e) { return Error(409, e.Message); }
        });

        app.MapGet("/api/export/series.csv", () =>
        {
            var s = host.Current;
            return Results.File(s.SeriesCsv(), "text/csv; charset=utf-8", $"{s.ScenarioName}-workshop-series.csv");
        });
    }

    /// <summary>Parse the JSON body, run the command, and map errors: 400 for invalid input (naming the lever and
    /// the allowed values), 409 for a request the session's state does not allow, 503 when shutting down. The state
    /// it answers with is in the page's language (<c>?lang=</c>, else <c>serve --lang</c>).</summary>
    private static async Task<IResult> Handle(HttpContext ctx, Labels labels, Func<JsonElement, Task<Snapshot>> command)
    {
        JsonDocument doc;
        try { doc = await JsonDocument.ParseAsync(ctx.Request.Body, default, ctx.RequestAborted); }
        catch (JsonException e) { return Error(400, $"request body: malformed JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}"); }
        using (doc)
        {
            try
            {
                var snapshot = await command(doc.RootElement);
                return Results.Bytes(snapshot.StateJson(0, charts: false, labels), "application/json");
            }
            catch (InputException e) { return Error(400, e.Message); }
            catch (SessionConflictException e) { return Error(409, e.Message); }
            catch (OperationCanceledException) { return Error(503, "The session is shutting down."); }
        }
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    /// <summary>Null when the request carries the facilitator's token; else 401 (no token), 403 (a wrong one) or
    /// 429 (too many wrong tokens from this address lately: <see cref="TokenThrottle"/>).</summary>
    private static IResult? Authorize(HttpContext ctx, byte[] token, TokenThrottle throttle)
    {
        string? header = ctx.Request.Headers.Authorization;
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(header) || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.Headers.WWWAuthenticate = "Bearer";
            return Error(401, "This request changes the session: only the facilitator may do that. Send the facilitator's token as \"Authorization: Bearer <token>\".");
        }
        var address = ConnectionGuard.Normal(ctx.Connection.RemoteIpAddress);
        if (throttle.ShutOutFor(address) is { } wait)
        {
            int seconds = (int)Math.Ceiling(wait.TotalSeconds);
            ctx.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(429, $"Too many wrong tokens from this address: try again in {seconds} s.");
        }
        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        if (CryptographicOperations.FixedTimeEquals(given, token))
        {
            throttle.RightToken(address);
            return null;
        }
        throttle.WrongToken(address);
        return Error(403, "The token is not the facilitator's token: viewers can watch the session but not change it.");
    }

    /// <summary>The language of <c>?lang=</c>, else the session's; null for a language there is no catalogue for.</summary>
    private static Labels? Language(HttpContext ctx, WorkshopOptions options)
    {
        var text = ctx.Request.Query["lang"].FirstOrDefault();
        return text is null ? options.Language : Labels.Languages.Contains(text) ? Labels.For(text) : null;
    }

    private static IResult LanguageError(HttpContext ctx) =>
        Error(400, $"lang: expected one of {string.Join(", ", Labels.Languages)}, got \"{ctx.Request.Query["lang"]}\"");

    private static bool TryQuery(HttpContext ctx, out int subgroup, out IResult? error)
    {
        error = null;
        subgroup = 0;
        var text = ctx.Request.Query["subgroup"].FirstOrDefault();
        if (text is null) return true;
        if (int.TryParse(text, out subgroup) && subgroup >= 0 && subgroup < Subgroups.Count) return true;
        error = Error(400, $"subgroup: expected an integer from 0 to {Subgroups.Count - 1} (see /api/meta), got \"{text}\"");
        return false;
    }

    /// <summary>Server-sent events: the full current state at once, then every new state. Each event is complete,
    /// so a viewer that reconnects (or reloads) loses nothing.</summary>
    private static async Task Events(HttpContext ctx, SessionHost host, IHostApplicationLifetime lifetime, WorkshopOptions options)
    {
        int maxViewers = options.MaxViewers;
        if (!TryQuery(ctx, out int subgroup, out var error)) { await error!.ExecuteAsync(ctx); return; }
        if (Language(ctx, options) is not { } labels) { await LanguageError(ctx).ExecuteAsync(ctx); return; }
        if (host.ViewerCount >= maxViewers)
        {
            await Error(503, $"This session already has {maxViewers} viewers.").ExecuteAsync(ctx);
            return;
        }
        ctx.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        ctx.Response.ContentType = "text/event-stream";
        ctx.Response.Headers.CacheControl = "no-cache";
        ctx.Response.Headers["X-Accel-Buffering"] = "no";
        var viewer = host.Subscribe(subgroup);
        // Two tokens on purpose. Writes stop only when the viewer goes away: a write cancelled by a token makes
        // Kestrel abort the connection, so cancelling one at shutdown reset the connection of a viewer who had not
        // yet read the last state. Waiting for the next state also ends when the server stops.
        var gone = ctx.RequestAborted;
        using var goneOrStopping = CancellationTokenSource.CreateLinkedTokenSource(gone, lifetime.ApplicationStopping);
        var body = ctx.Response.Body;
        try
        {
            await body.WriteAsync("retry: 2000\n\n"u8.ToArray(), gone);
            var first = host.Current;
            await body.WriteAsync(await first.EventFor(subgroup, labels), gone);
            await body.FlushAsync(gone);
            long last = first.Seq;
            var reader = viewer.Queue.Reader;
            Task<bool>? waiting = null;
            while (!goneOrStopping.IsCancellationRequested)
            {
                waiting ??= reader.WaitToReadAsync(goneOrStopping.Token).AsTask();
                if (await Task.WhenAny(waiting, Task.Delay(KeepAlive, goneOrStopping.Token)) != waiting)
                {
                    if (goneOrStopping.IsCancellationRequested) break;
                    await body.WriteAsync(": keep-alive\n\n"u8.ToArray(), gone);
                    await body.FlushAsync(gone);
                    continue;
                }
                bool open = await waiting;
                waiting = null;
                if (!open) break; // dropped for lagging, or shutting down
                while (reader.TryRead(out var snapshot))
                {
                    if (snapshot.Seq <= last) continue;
                    await body.WriteAsync(await snapshot.EventFor(subgroup, labels), gone);
                    last = snapshot.Seq;
                }
                await body.FlushAsync(gone);
            }
        }
        catch (OperationCanceledException) { }
        catch (IOException) { } // the viewer went away mid-write
        finally { host.Unsubscribe(viewer); }
        if (lifetime.ApplicationStopping.IsCancellationRequested && !gone.IsCancellationRequested)
        {
            // Kestrel ends this request at its shutdown timeout if the viewer never reads this.
            try
            {
                await body.WriteAsync("event: shutdown\ndata: {}\n\n"u8.ToArray(), gone);
                await body.FlushAsync(gone);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException) { }
        }
    }

    /// <summary>What the page needs to build itself, in a language: levers (with labels, descriptions and units from
    /// the label catalogue), subgroups, actions and the page's texts (the catalogue's <c>ui</c> section).</summary>
    private static byte[] Meta(Labels labels, int searches)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Snapshot.JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("language", labels.Language);
            w.WriteNumber("searches", searches);
            w.WriteStartArray("languages");
            foreach (var l in Labels.Languages) w.WriteStringValue(l);
            w.WriteEndArray();
            w.WriteStartObject("ui");
            foreach (var (key, text) in labels.Section("ui")) w.WriteString(key, text);
            w.WriteEndObject();
            w.WriteStartArray("levers");
            foreach (var d in LeverInput.Levers)
            {
                w.WriteStartObject();
                w.WriteString("name", d.Name);
                w.WriteString("kind", d.Kind.ToString().ToLowerInvariant());
                w.WritePropertyName("default");
                LeverInput.WriteValue(w, d, d.Meta.Default);
                w.WriteNumber("min", d.Meta.Min);
                w.WriteNumber("max", d.Meta.Max);
                var lever = labels.Lever(d);
                w.WriteString("label", lever.Label);
                w.WriteString("unit", lever.Unit ?? d.Meta.Unit);
                w.WriteString("source", labels.Source(d.Meta.Source));
                w.WriteString("description", lever.Description ?? d.Meta.Description);
                w.WriteString("allowed", d.AllowedText);
                w.WriteStartArray("choices");
                foreach (var c in d.Choices) w.WriteStringValue(c);
                w.WriteEndArray();
                w.WriteStartArray("choiceLabels");
                for (int i = 0; i < d.Choices.Count; i++) w.WriteStringValue(labels.LeverValue(d, i));
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("subgroups");
            for (int g = 0; g < Subgroups.Count; g++)
            {
                w.WriteStartObject();
                w.WriteNumber("index", g);
                w.WriteString("dimension", Subgroups.All[g].Dimension);
                w.WriteString("name", Subgroups.All[g].Name);
                w.WriteString("label", Snapshot.SubgroupLabel(g, labels));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("actions");
            foreach (var a in LeverInput.Actions) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteNumber("maxClients", SessionCore.MaxClients);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static byte[] Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"Embedded page file wwwroot/{name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
