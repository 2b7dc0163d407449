using System.CommandLine;
using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Resilience.IO;
using Resilience.Workshop;

namespace Resilience.Cli;

/// <summary><c>serve</c>: the live workshop (README.md "Live workshop").</summary>
public static class ServeCommand
{
    public static Command Build()
    {
        var scenario = new Argument<string>("SCENARIO")
        {
            Description = $"Scenario file (JSON) the session starts from.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Cli.DefaultScenario,
        };
        var port = new Option<int>("--port") { Description = "TCP port (0: any free port).", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (phones on the same network). " +
                $"A connection must send its request within 5 s; beyond {ConnectionGuard.IdlePerAddress} idle connections from one address, " +
                "its longest-idle one is closed, so idle sockets cannot lock the facilitator out.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var token = new Option<string?>("--token")
        {
            Description = $"The facilitator's token, at least {WorkshopOptions.MinTokenLength} characters (default: a random 128-bit one, printed at start-up). " +
                $"After {TokenThrottle.FreeAttempts} wrong tokens an address must wait, longer after each further one (429).",
        };
        var allowedHosts = new Option<string[]>("--allowed-hosts")
        {
            Description = "Host names the page may be opened by, besides this machine's own names and addresses (comma-separated; " +
                "*.example.org allowed). The Host header is checked when --host is not a loopback address, or when this is given.",
            AllowMultipleArgumentsPerToken = true,
        };
        var clients = new Option<int?>("--clients") { Description = $"Population size (overrides the scenario; at most {SessionCore.MaxClients:N0})." };
        var saveTo = new Option<string>("--save-to")
        {
            Description = "Folder in which the session is saved when the server stops (Ctrl+C or SIGTERM), in a new folder " +
                "workshop-SCENARIO-yyyyMMdd-HHmmss: the scenario file of each branch (run reproduces it) and the series as CSV.",
            DefaultValueFactory = _ => "output",
        };
        var lang = CommonOptions.Lang();
        var search = new Option<string[]>("--search")
        {
            Description = "A finished search folder (the output of `search`; repeat for several): the page's Suggest action shows its " +
                "Pareto set for the room's goal and lets the facilitator apply a package's levers to the live run.",
        };
        var cmd = new Command("serve", "Serve a live workshop session: a page for the big screen and phones, a JSON API, " +
            "lever changes and forks by the facilitator (token), read-only for everyone else.")
        {
            scenario, port, host, token, clients, allowedHosts, saveTo, lang, search,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => Serve(
            parse.GetValue(scenario)!, parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(token), parse.GetValue(clients), cancel,
            [.. (parse.GetValue(allowedHosts) ?? []).SelectMany(h => h.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))],
            parse.GetValue(saveTo)!, parse.GetValue(lang), parse.GetValue(search)))));
        return cmd;
    }

    public static int Serve(string scenarioPath, int port, string host, string? token, int? clients, CancellationToken cancel,
        IReadOnlyList<string>? allowedHosts = null, string saveTo = "output", string? lang = null, IReadOnlyList<string>? searches = null)
    {
        var language = Labels.For(lang);
        var scenario = ScenarioLoader.Load(scenarioPath);
        var searchResults = (searches ?? []).Select(d =>
        {
            try { return Resilience.Analysis.SearchFolder.Read(d); }
            catch (InputException e) { throw new InputException($"--search {d}: {e.Message}"); }
        }).ToList();
        var options = new WorkshopOptions(scenario, token ?? WorkshopOptions.NewToken())
        {
            Port = port, Host = host, Clients = clients, AllowedHosts = allowedHosts ?? [], SaveTo = saveTo, Language = language,
            Searches = searchResults,
        };
        WebApplication app = WorkshopServer.Build(options);
        try
        {
            try { app.StartAsync(cancel).GetAwaiter().GetResult(); }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException($"--port {port}: cannot listen on {host}:{port} ({e.Message}); choose another port with --port");
            }
            string url = WorkshopServer.Addresses(app).FirstOrDefault() ?? $"http://{host}:{port}";
            var session = app.Services.GetService(typeof(SessionCore)) as SessionCore;
            Console.WriteLine($"Resilience workshop: {scenario.Name}, {session?.Clients ?? scenario.Clients:N0} clients × {scenario.Months} months, seed {scenario.Seed}");
            foreach (var u in PublicUrls(url))
            {
                Console.WriteLine($"  viewers (read-only): {u}/");
                Console.WriteLine($"  facilitator:         {u}/#token={options.Token}");
            }
            Console.WriteLine($"  token: {options.Token}  (API: \"Authorization: Bearer <token>\")");
            if (WorkshopServer.ChecksHostHeader(options))
                Console.WriteLine("  pages opened by another host name than this machine's are refused" +
                    (options.AllowedHosts.Count > 0 ? $", except {string.Join(", ", options.AllowedHosts)}" : " (add names with --allowed-hosts)"));
            Console.WriteLine($"Press Ctrl+C to stop; the session is then saved in {Shown(saveTo)}{Path.DirectorySeparatorChar}.");
            Console.Out.Flush();
            app.WaitForShutdownAsync(cancel).GetAwaiter().GetResult();
            var archive = (SessionArchive)app.Services.GetService(typeof(SessionArchive))!;
            if (archive.Error is { } error)
            {
                Console.Error.WriteLine($"Workshop stopped; error: {error}");
                return 1;
            }
            Console.WriteLine($"Workshop stopped. Session saved to {Shown(archive.SavedTo!)}{Path.DirectorySeparatorChar} " +
                "(`run` on a scenario file there reproduces that branch).");
            return 0;
        }
        finally
        {
            ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static string Shown(string path) => OutputFolder.Shown(path);

    /// <summary>When listening on every interface, the addresses phones can use; else the bound address.</summary>
    private static IEnumerable<string> PublicUrls(string bound)
    {
        var uri = new Uri(bound);
        if (!IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) || !(ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)))
            return [bound.TrimEnd('/')];
        var list = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Where(a => a.Address.AddressFamily == AddressFamily.InterNetwork)
            .Select(a => $"http://{a.Address}:{uri.Port}")
            .ToList();
        return list.Count > 0 ? list : [bound.TrimEnd('/')];
    }
}
