using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text;

namespace Resilience.Workshop.Tests;

/// <summary>The real <c>serve</c> command in a process of its own (the CLI assembly beside the tests), on a free
/// loopback port, for tests that must not share the test process's thread pool with the server.</summary>
public sealed partial class ServeProcess : IAsyncDisposable
{
    public const string Token = LiveServer.Token;
    private readonly Process _process;
    private readonly StringBuilder _output;
    private readonly HttpClient _http;

    public IPEndPoint EndPoint { get; }
    public string Url => $"http://{EndPoint}";
    /// <summary>Everything the command printed so far (standard output and error).</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    private ServeProcess(Process process, StringBuilder output, IPEndPoint endPoint)
    {
        _process = process;
        _output = output;
        EndPoint = endPoint;
        _http = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(30) };
    }

    public static async Task<ServeProcess> StartAsync(string scenario, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Directory.CreateTempSubdirectory("workshop-serve-").FullName,
        };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "Resilience.Cli.dll"), "serve", scenario, "--port", "0", "--token", Token, .. args])
            start.ArgumentList.Add(a);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the serve command");
        var output = new StringBuilder();
        var url = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        string? first = null;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) { url.TrySetException(new InvalidOperationException("serve ended before it printed its address:\n" + output)); return; }
            lock (output) output.AppendLine(e.Data);
            var m = ViewerLine().Match(e.Data);
            if (m.Success) first ??= m.Groups[1].Value;
            if (e.Data.StartsWith("Press Ctrl+C", StringComparison.Ordinal) && first is not null) url.TrySetResult(first); // the last line at start
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ready = await Task.WhenAny(url.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (ready != url.Task)
        {
            process.Kill();
            throw new TimeoutException("serve did not print its address within 60 s:\n" + output);
        }
        var uri = new Uri(await url.Task);
        return new ServeProcess(process, output, new IPEndPoint(IPAddress.Parse(uri.Host), uri.Port));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"viewers \(read-only\): (http://\S+?)/?$")]
    private static partial System.Text.RegularExpressions.Regex ViewerLine();

    /// <summary>A request with the facilitator's token; the status and the body.</summary>
    public async Task<(int Status, string Body)> SendAsync(string method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sockets the server process holds open now (its listening socket included), from /proc.</summary>
    public int Sockets()
    {
        int n = 0;
        try
        {
            foreach (var fd in Directory.EnumerateFiles($"/proc/{_process.Id}/fd"))
                try { if (new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true) n++; }
                catch (IOException) { } // closed meanwhile
        }
        catch (DirectoryNotFoundException) { }
        return n;
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);

    /// <summary>Stop the server as Ctrl+C or a service manager would (SIGTERM); its exit code.</summary>
    public async Task<int> StopAsync()
    {
        const int SIGTERM = 15;
        if (!_process.HasExited) kill(_process.Id, SIGTERM);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
