using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CliApp = Resilience.Cli.Cli;

namespace Resilience.Tests;

/// <summary>
/// The bad-input corpus (BadInput/cli-cases.json): every case is refused with its exit code and a message holding its
/// words, prints no stack trace, and leaves nothing behind — not an output folder, not a temporary one, and none of
/// the files it was given is changed. Cases that need another working folder run as a separate process (the real
/// program, as a user starts it).
/// </summary>
[Collection(ConsoleCollection.Name)]
[Trait("Tier", "Fast")]
public sealed class BadInputCorpusTests
{
    private static string CorpusFile => Path.Combine(TestSupport.RepoRoot, "tests", "Resilience.Tests", "BadInput", "cli-cases.json");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load()) data.Add(c.GetProperty("name").GetString()!);
        return data;
    }

    private static List<JsonElement> Load()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(CorpusFile));
        return [.. doc.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.Clone())];
    }

    [Fact]
    public void TheCorpusHasAtLeastSixtyCasesWithUniqueNames()
    {
        var names = Load().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.True(names.Count >= 60, $"{names.Count} cases");
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryBadInputIsRefusedClearlyAndLeavesNothingBehind(string name)
    {
        var c = Load().Single(x => x.GetProperty("name").GetString() == name);
        string dir = Path.Combine(Path.GetTempPath(), "resilience-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            if (c.TryGetProperty("dirs", out var dirs))
                foreach (var d in dirs.EnumerateArray()) Directory.CreateDirectory(Path.Combine(dir, d.GetString()!));
            if (c.TryGetProperty("files", out var files))
                foreach (var f in files.EnumerateObject()) WriteFixture(Path.Combine(dir, f.Name), f.Value);
            var before = Snapshot(dir);

            string Expand(string s) => s.Replace("{dir}", dir).Replace("{repo}", TestSupport.RepoRoot).Replace("{good}", GoodScenario);
            string[] args = [.. c.GetProperty("args").EnumerateArray().Select(a => Expand(a.GetString()!))];
            var (code, stderr) = c.TryGetProperty("cwd", out var cwd)
                ? RunProcess(args, Expand(cwd.GetString()!))
                : RunInProcess(args);

            Assert.True(c.GetProperty("exit").GetInt32() == code, $"exit code {code}, expected {c.GetProperty("exit").GetInt32()}; stderr: {stderr}");
            foreach (var e in c.GetProperty("expect").EnumerateArray()) Assert.Contains(Expand(e.GetString()!), stderr);
            if (c.TryGetProperty("forbid", out var forbid))
                foreach (var e in forbid.EnumerateArray()) Assert.DoesNotContain(e.GetString()!, stderr);
            Assert.StartsWith("error: ", stderr);
            Assert.DoesNotContain("   at ", stderr); // no stack trace
            Assert.DoesNotContain("Exception", stderr);
            Assert.Equal(before, Snapshot(dir)); // nothing added, removed or changed
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static string GoodScenario => Path.Combine(AppContext.BaseDirectory, "BadScenarios", "good", "sub", "small.json");

    private static void WriteFixture(string path, JsonElement spec)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (spec.ValueKind == JsonValueKind.String) File.WriteAllText(path, spec.GetString(), new UTF8Encoding(false));
        else if (spec.TryGetProperty("bytes", out var n)) File.WriteAllText(path, "{" + new string(' ', n.GetInt32()) + "}");
        else if (spec.TryGetProperty("latin1", out var text)) File.WriteAllBytes(path, Encoding.Latin1.GetBytes(text.GetString()!));
        else throw new InvalidOperationException($"fixture {path}: expected a string, {{bytes}} or {{latin1}}");
    }

    /// <summary>Every entry under <paramref name="dir"/> (hidden ones included) with its size and content hash.</summary>
    private static List<string> Snapshot(string dir) =>
        [.. Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => File.Exists(p)
                ? $"{Path.GetRelativePath(dir, p)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p)))}"
                : Path.GetRelativePath(dir, p) + "/")];

    private static (int Code, string Stderr) RunInProcess(string[] args)
    {
        var original = Console.Error;
        var originalOut = Console.Out;
        var err = new StringWriter();
        Console.SetError(err);
        Console.SetOut(new StringWriter());
        try { return (CliApp.Execute(args), err.ToString()); }
        finally
        {
            Console.SetError(original);
            Console.SetOut(originalOut);
        }
    }

    /// <summary>Run the program itself (the apphost beside the tests) in <paramref name="cwd"/>.</summary>
    internal static (int Code, string Stderr) RunProcess(string[] args, string cwd, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Resilience.Cli"))
        {
            WorkingDirectory = cwd, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"the program did not finish within {timeoutSeconds} s: {string.Join(' ', args)}");
        }
        p.WaitForExit();
        return (p.ExitCode, stderr.Result);
    }
}
