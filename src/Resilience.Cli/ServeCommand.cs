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
            Description = $"Scenario file (JSON) the session starts from. Default: {Cli.DefaultScenario}.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Cli.DefaultScenario,
        };
        var port = new Option<int>("--port") { Description = "TCP port (0: any free port).", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on: 127.0.0.1 (this machine only) or 0.0.0.0 (phones on the same network).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var token = new Option<string?>("--token") { Description = "The facilitator's token (default: a random one, printed at start-up)." };
        var clients = new Option<int?>("--clients") { Description = $"Population size (overrides the scenario; at most {SessionCore.MaxClients:N0})." };
        var lang = CommonOptions.Lang();
        var cmd = new Command("serve", "Serve a live workshop session: a page for the big screen and phones, a JSON API, " +
            "lever changes and forks by the facilitator (token), read-only for everyone else.")
        {
            scenario, port, host, token, clients, lang,
        };
        cmd.SetAction((parse, cancel) => Task.FromResult(Cli.Guard(() => Serve(
            parse.GetValue(scenario)!, parse.GetValue(port), parse.GetValue(host)!, parse.GetValue(token), parse.GetValue(clients), cancel,
            parse.GetValue(lang)))));
        return cmd;
    }

    public static int Serve(string scenarioPath, int port, string host, string? token, int? clients, CancellationToken cancel, string? lang = null)
    {
        var language = Labels.For(lang);
        var scenario = ScenarioLoader.Load(scenarioPath);
        var options = new WorkshopOptions(scenario, token ?? WorkshopOptions.NewToken()) { Port = port, Host = host, Clients = clients, Language = language };
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
            Console.WriteLine("Press Ctrl+C to stop.");
            Console.Out.Flush();
            app.WaitForShutdownAsync(cancel).GetAwaiter().GetResult();
            Console.WriteLine("Workshop stopped.");
            return 0;
        }
        finally
        {
            ((IAsyncDisposable)app).DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

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
