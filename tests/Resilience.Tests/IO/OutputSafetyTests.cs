using System.Diagnostics;
using System.Text.Json;
using CliApp = Resilience.Cli.Cli;
using Resilience.Analysis;
using Resilience.IO;

namespace Resilience.Tests;

/// <summary>
/// Nothing a user has is lost (issue 11): <c>--force</c> replaces only a folder this program wrote and nobody changed;
/// replacing is atomic; a full disk gives one message and no partial output; two runs cannot write one folder; the
/// temporary folders of killed runs are cleaned; the default folder can be refreshed by running again.
/// </summary>
[Collection(ConsoleCollection.Name)]
[Trait("Tier", "Fast")]
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "resilience-safety-" + Guid.NewGuid().ToString("N"));
    internal static string Good => Path.Combine(AppContext.BaseDirectory, "BadScenarios", "good", "sub", "small.json");

    public OutputSafetyTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        OutputFolder.BeforeReplaceStep = null;
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    internal static (int Code, string Stderr) Run(string outDir, bool force, string? scenario = null, int months = 12) =>
        Capture(() => CliApp.RunCommandBody(scenario ?? Good, 150, months, null, 1, 1, outDir, false, force, CancellationToken.None));

    internal static (int Code, string Stderr) Capture(Func<int> body)
    {
        var original = Console.Error;
        var originalOut = Console.Out;
        var err = new StringWriter();
        Console.SetError(err);
        Console.SetOut(new StringWriter());
        try { return (CliApp.Guard(body), err.ToString()); }
        finally { Console.SetError(original); Console.SetOut(originalOut); }
    }

    private static string ManifestStart(string dir) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json"))).RootElement.GetProperty("startTime").GetString()!;

    // ───────────────────────────── 1. --force replaces only the program's own folders ─────────────────────────────

    [Fact]
    public void ForceReplacesAFolderThisProgramWroteAndMarksIt()
    {
        string outDir = Path.Combine(_root, "out");
        Assert.Equal(0, Run(outDir, force: false).Code);
        string first = ManifestStart(outDir);
        Assert.True(File.Exists(Path.Combine(outDir, OutputFolder.MarkerFile)));

        Thread.Sleep(20);
        var (code, stderr) = Run(outDir, force: true);
        Assert.True(code == 0, stderr);
        Assert.NotEqual(first, ManifestStart(outDir));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName)); // nothing set aside is left
    }

    [Fact]
    public void ForceRefusesAUsersFolderAndLeavesItUntouched()
    {
        string docs = Path.Combine(_root, "docs");
        Directory.CreateDirectory(Path.Combine(docs, "sub"));
        File.WriteAllText(Path.Combine(docs, "thesis.txt"), "chapter 1");
        File.WriteAllText(Path.Combine(docs, "sub", "data.csv"), "a,b\n");

        var (code, stderr) = Run(docs, force: true);

        Assert.Equal(2, code);
        Assert.Contains("will not replace this folder", stderr);
        Assert.Equal("chapter 1", File.ReadAllText(Path.Combine(docs, "thesis.txt")));
        Assert.Equal("a,b\n", File.ReadAllText(Path.Combine(docs, "sub", "data.csv")));
        Assert.Equal(["docs"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void ForceRefusesTheProgramsFolderOnceAUserAddedOrChangedAFile()
    {
        string outDir = Path.Combine(_root, "out");
        Assert.Equal(0, Run(outDir, force: false).Code);
        File.WriteAllText(Path.Combine(outDir, "my-analysis.R"), "read.csv('timeseries.csv')");
        var (code, stderr) = Run(outDir, force: true);
        Assert.Equal(2, code);
        Assert.Contains("my-analysis.R, which this program did not write", stderr);
        Assert.True(File.Exists(Path.Combine(outDir, "my-analysis.R")));

        File.Delete(Path.Combine(outDir, "my-analysis.R"));
        File.AppendAllText(Path.Combine(outDir, "summary.csv"), "my,edit\n");
        (code, stderr) = Run(outDir, force: true);
        Assert.Equal(2, code);
        Assert.Contains("summary.csv was changed after the run", stderr);
        Assert.EndsWith("my,edit\n", File.ReadAllText(Path.Combine(outDir, "summary.csv")));
    }

    [Fact]
    public void ForceRefusesTheFolderHoldingTheScenarioEvenIfTheProgramWroteIt()
    {
        string outDir = Path.Combine(_root, "out");
        Assert.Equal(0, Run(outDir, force: false).Code);
        // A scenario saved inside an earlier result: replacing that folder would delete the run's own input.
        string scenario = Path.Combine(outDir, "again.json");
        File.WriteAllText(scenario, "{ \"clients\": 100, \"months\": 3, \"replications\": 1 }");
        var (code, stderr) = Run(outDir, force: true, scenario: scenario);
        Assert.Equal(2, code);
        Assert.Contains("an input of this run", stderr);
        Assert.True(File.Exists(scenario));
    }

    [Fact]
    public void ASymbolicLinkIsNotReplaced()
    {
        string real = Path.Combine(_root, "real"), link = Path.Combine(_root, "link");
        Assert.Equal(0, Run(real, force: false).Code);
        Directory.CreateSymbolicLink(link, real);
        var (code, stderr) = Run(link, force: true);
        Assert.Equal(2, code);
        Assert.Contains("symbolic link", stderr);
        Assert.True(File.Exists(Path.Combine(real, "manifest.json")));
    }

    [Fact]
    public void AnEmptyFolderTheUserMadeIsFilledWithoutForce()
    {
        string outDir = Path.Combine(_root, "made-by-hand");
        Directory.CreateDirectory(outDir);
        var (code, stderr) = Run(outDir, force: false);
        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(outDir, "manifest.json")));
    }

    // ───────────────────────────── 2. Atomic replacement ─────────────────────────────

    [Theory]
    [InlineData("move-aside")]
    [InlineData("move-in")]
    public void AFailureWhileReplacingKeepsThePreviousResultComplete(string failingStep)
    {
        string outDir = Path.Combine(_root, "out");
        Assert.Equal(0, Run(outDir, force: false).Code);
        string first = ManifestStart(outDir);
        var before = Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Select(f => (f, new FileInfo(f).Length)).ToList();

        OutputFolder.BeforeReplaceStep = step => { if (step == failingStep) throw new IOException($"simulated failure at {step}"); };
        var (code, stderr) = Run(outDir, force: true);
        OutputFolder.BeforeReplaceStep = null;

        Assert.Equal(3, code);
        Assert.Contains("simulated failure", stderr);
        Assert.Equal(first, ManifestStart(outDir));
        Assert.Equal(before, Directory.GetFiles(outDir, "*", SearchOption.AllDirectories).Select(f => (f, new FileInfo(f).Length)).ToList());
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName)); // the new result's temporary folder is gone
    }

    [Fact]
    public void AFailureToDeleteThePreviousResultKeepsTheNewOneAndALaterRunCleansUp()
    {
        string outDir = Path.Combine(_root, "out");
        Assert.Equal(0, Run(outDir, force: false).Code);
        string first = ManifestStart(outDir);
        Thread.Sleep(20);

        OutputFolder.BeforeReplaceStep = step => { if (step == "delete-old") throw new IOException("simulated failure at delete-old"); };
        var (code, stderr) = Run(outDir, force: true);
        OutputFolder.BeforeReplaceStep = null;

        Assert.True(code == 0, stderr);
        Assert.Contains("could not be removed", stderr);
        Assert.NotEqual(first, ManifestStart(outDir));
        var aside = Directory.GetDirectories(_root, ".out.old-*");
        Assert.Single(aside);
        Assert.Equal(first, ManifestStart(aside[0])); // the previous result is still complete, set aside

        // The process that set it aside is this one (still running); a set-aside folder of a process that has ended is
        // removed by the next run. Rename it to carry the id of a process that has ended.
        string dead = Path.Combine(_root, ".out.old-" + aside[0].Split(".old-")[1].Split('-')[0] + "-" + EndedProcessId() + "-" + Guid.NewGuid().ToString("N"));
        Directory.Move(aside[0], dead);
        Assert.Equal(0, Run(Path.Combine(_root, "other"), force: false).Code);
        Assert.False(Directory.Exists(dead));
    }

    // ───────────────────────────── 4. Two runs, one folder ─────────────────────────────

    [Fact]
    public void ASecondRunToTheSameFolderIsRefusedWhileTheFirstWrites()
    {
        string outDir = Path.Combine(_root, "out");
        using (var first = OutputFolder.Create(outDir, force: false))
        {
            var e = Assert.Throws<InputException>(() => OutputFolder.Create(outDir, force: true));
            Assert.Contains("another Resilience run is writing this output folder", e.Message);
            File.WriteAllText(first.PathOf("a.csv"), "x\n");
            first.Commit();
        }
        // Once the first has finished, the folder can be written again.
        using (var again = OutputFolder.Create(outDir, force: true)) { again.Commit(); }
    }

    [Fact]
    public void ASecondProcessToTheSameFolderIsRefused()
    {
        string outDir = Path.Combine(_root, "out");
        using var first = OutputFolder.Create(outDir, force: false);
        var (code, stderr) = BadInputCorpusTests.RunProcess(["run", Good, "--clients", "100", "--months", "12", "--out", outDir], _root);
        Assert.Equal(2, code);
        Assert.Contains("another Resilience run is writing this output folder", stderr);
        Assert.False(Directory.Exists(outDir));
    }

    // ───────────────────────────── 5. Temporary folders of killed runs ─────────────────────────────

    [Fact]
    public void TheTemporaryFolderOfAKilledRunIsRemovedByTheNextRun()
    {
        string outDir = Path.Combine(_root, "out");
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "Resilience.Cli"))
        {
            WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "run", Good, "--clients", "200000", "--months", "120", "--replications", "50", "--threads", "1", "--out", outDir }) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        string[] partial = [];
        for (int k = 0; k < 600 && partial.Length == 0; k++)
        {
            Thread.Sleep(50);
            partial = Directory.GetDirectories(_root, ".out.partial-*");
        }
        Assert.Single(partial);
        Process.Start("kill", ["-KILL", p.Id.ToString()])!.WaitForExit(); // no chance to clean up
        p.WaitForExit();
        Assert.True(Directory.Exists(partial[0]), "the killed run left its temporary folder");

        // A running process's temporary folder is never touched; an ended one's is removed by the next run there.
        var (code, stderr) = Run(Path.Combine(_root, "next"), force: false);
        Assert.True(code == 0, stderr);
        Assert.False(Directory.Exists(partial[0]));
        Assert.Equal(["next"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void TheTemporaryFolderOfARunningProcessOrOfAnotherMachineIsLeftAlone()
    {
        string live = Path.Combine(_root, $".x.partial-{OutputFolder.ProcessTag}-{Guid.NewGuid():N}");
        string other = Path.Combine(_root, $".x.partial-1-{Guid.NewGuid():N}");
        // A folder of another machine (a cluster node sharing this file system): its process cannot be checked from
        // here, so it is left alone even though no process of that id runs here.
        string remote = Path.Combine(_root, $".x.partial-othernode-{EndedProcessId()}-{Guid.NewGuid():N}");
        string endedHere = Path.Combine(_root, $".x.partial-{OutputFolder.ProcessTag.Split('-')[0]}-{EndedProcessId()}-{Guid.NewGuid():N}");
        foreach (var d in new[] { live, other, remote, endedHere }) Directory.CreateDirectory(d);
        Assert.Equal(0, Run(Path.Combine(_root, "next"), force: false).Code);
        Assert.True(Directory.Exists(live));
        Assert.True(Directory.Exists(other)); // pid 1 always runs
        Assert.True(Directory.Exists(remote));
        Assert.False(Directory.Exists(endedHere));
    }

    // ───────────────────────────── 6. The README's first command, twice ─────────────────────────────

    [Fact]
    public void TheDefaultOutputFolderIsRefreshedByRunningAgainWithoutForce()
    {
        // As `run` without --out from a fresh clone: output/<scenario>/ relative to the working folder.
        string work = Path.Combine(_root, "clone");
        Directory.CreateDirectory(Path.Combine(work, "scenarios"));
        File.WriteAllText(Path.Combine(work, "scenarios", "baseline.json"), "{ \"clients\": 100, \"months\": 3, \"replications\": 1 }");
        for (int time = 0; time < 2; time++)
        {
            var (code, stderr) = BadInputCorpusTests.RunProcess(["run"], work);
            Assert.True(code == 0, $"run {time + 1}: exit {code}: {stderr}");
            Assert.True(File.Exists(Path.Combine(work, "output", "baseline", "summary.csv")));
        }
        // A folder of the default name that a user changed is still refused.
        File.WriteAllText(Path.Combine(work, "output", "baseline", "notes.txt"), "mine");
        var (again, err) = BadInputCorpusTests.RunProcess(["run"], work);
        Assert.Equal(2, again);
        Assert.Contains("notes.txt, which this program did not write", err);
    }

    // ───────────────────────────── 14 and 16. compare's chart names and rerun command ─────────────────────────────

    [Fact]
    public void ChartFileNamesAreShortAndUniqueForAnyScenarioNames()
    {
        string[] names = ["x/y", "x_y", new string('n', 300), "x y", "ünïcode"];
        var files = names.Select((n, k) => ComparisonReport.TransitionChartName(k, n)).ToList();
        Assert.Equal(files.Count, files.Distinct().Count());
        Assert.All(files, f => Assert.True(f.Length <= 60 && f.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'), f));
    }

    [Fact]
    public void CompareWithLongAndCollidingNamesWritesOneChartPerScenario()
    {
        string a = Path.Combine(_root, "a.json"), b = Path.Combine(_root, "b.json"), c = Path.Combine(_root, "c.json");
        File.WriteAllText(a, $"{{ \"name\": \"{new string('L', 300)}\", \"extends\": \"{Good}\" }}");
        File.WriteAllText(b, $"{{ \"name\": \"x/y\", \"extends\": \"{Good}\", \"levers\": {{ \"coach.caseload\": 60 }} }}");
        File.WriteAllText(c, $"{{ \"name\": \"x_y\", \"extends\": \"{Good}\", \"levers\": {{ \"coach.caseload\": 200 }} }}");
        string outDir = Path.Combine(_root, "cmp");
        var (code, stderr) = Capture(() => CliApp.CompareBody(a, [b, c], 100, 12, null, 2, 1, outDir, false, CancellationToken.None, ["compare"]));
        Assert.True(code == 0, stderr);
        var charts = Directory.GetFiles(Path.Combine(outDir, "charts"), "transitions_*.svg");
        Assert.Equal(3, charts.Length);
        string html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("x/y", html);
        Assert.Contains("x_y", html);
    }

    [Fact]
    public void TheRecordedRerunCommandReproducesTheComparison()
    {
        string work = Path.Combine(_root, "work");
        Directory.CreateDirectory(work);
        string baseline = Path.Combine(work, "my baseline.json"), other = Path.Combine(work, "other.json");
        File.WriteAllText(baseline, "{ \"clients\": 150, \"months\": 6, \"replications\": 2, \"seed\": 5 }");
        File.WriteAllText(other, "{ \"extends\": \"my baseline.json\", \"levers\": { \"coach.caseload\": 60 } }");
        var (code, stderr) = BadInputCorpusTests.RunProcess(["compare", "my baseline.json", "other.json", "--out", "cmp", "--threads", "1"], work);
        Assert.True(code == 0, stderr);
        string recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "cmp", "manifest.json"))).RootElement.GetProperty("commandLine").GetString()!;
        Assert.StartsWith("dotnet run --project src/Resilience.Cli -c Release -- compare 'my baseline.json' other.json", recorded);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(recorded), File.ReadAllText(Path.Combine(work, "cmp", "report.html")));
        string effects = File.ReadAllText(Path.Combine(work, "cmp", "effects.csv"));
        Directory.Move(Path.Combine(work, "cmp"), Path.Combine(work, "first"));

        // Paste the recorded command into a shell; the program stands in for `dotnet run ... --`.
        string program = Path.Combine(AppContext.BaseDirectory, "Resilience.Cli");
        string pasted = recorded.Replace("dotnet run --project src/Resilience.Cli -c Release --", $"'{program}'");
        var sh = new ProcessStartInfo("sh", ["-c", pasted]) { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(sh)!;
        string err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err);
        Assert.Equal(effects, File.ReadAllText(Path.Combine(work, "cmp", "effects.csv")));
    }

    // ───────────────────────────── Helpers ─────────────────────────────

    /// <summary>The id of a process that has ended (a short-lived child, waited for).</summary>
    private static int EndedProcessId()
    {
        using var p = Process.Start("true")!;
        p.WaitForExit();
        return p.Id;
    }
}

/// <summary>
/// Nothing a user has is lost on a full or read-only disk (issue 11, continued from <see cref="OutputSafetyTests"/>):
/// these tests mount a small tmpfs, which needs root, so they are not in the fast tier.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class FullDiskTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "resilience-safety-" + Guid.NewGuid().ToString("N"));

    public FullDiskTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    // ───────────────────────────── 3. Disk full ─────────────────────────────

    [Fact]
    public void AFullDiskGivesOneMessageExitCode3AndNoPartialOutput()
    {
        // A real full disk: a 256 KiB tmpfs.
        string mount = MountTmpfs("size=256k");
        try
        {
            string outDir = Path.Combine(mount, "out");
            var (code, stderr) = OutputSafetyTests.Capture(() => CliApp.RunCommandBody(OutputSafetyTests.Good, 2000, 24, null, 3, 1, outDir, true, false, CancellationToken.None));
            Assert.Equal(3, code);
            Assert.Contains("the disk is full", stderr);
            Assert.DoesNotContain("   at ", stderr);
            Assert.Single(stderr.Trim().Split('\n'));
            Assert.Empty(Directory.GetFileSystemEntries(mount)); // neither the result nor its temporary folder
        }
        finally { Unmount(mount); }
    }

    [Fact]
    public void AFullDiskWhileWritingMomentsLeavesNoPartialFile()
    {
        string panel = Path.Combine(_root, "panel.csv");
        File.WriteAllText(panel, "person_id,month,status\n1,0,OnBenefit\n1,1,OnBenefit\n2,0,OnBenefit\n");
        string mount = MountTmpfs("size=64k");
        try
        {
            // Fill the disk to the last byte, then ask for the moments there.
            using (var filler = File.Create(Path.Combine(mount, "filler")))
            {
                var block = new byte[4096];
                try { while (true) { filler.Write(block); filler.Flush(); } }
                catch (IOException) { }
            }
            string outFile = Path.Combine(mount, "moments.csv");
            var (code, stderr) = OutputSafetyTests.Capture(() => Resilience.Cli.AnalysisCommands.Moments(panel, outFile, false, false, CancellationToken.None));
            Assert.Equal(3, code);
            Assert.Contains("the disk is full", stderr);
            Assert.Equal(["filler"], Directory.GetFileSystemEntries(mount).Select(Path.GetFileName));
        }
        finally { Unmount(mount); }
    }

    [Fact]
    public void AReadOnlyFileSystemIsRefusedWithAClearMessage()
    {
        string mount = MountTmpfs("size=64k,ro");
        try
        {
            var (code, stderr) = OutputSafetyTests.Run(Path.Combine(mount, "out"), force: false);
            Assert.Equal(2, code);
            Assert.Contains($"--out {Path.Combine(mount, "out")}: cannot write in {mount}", stderr);
            Assert.Contains("Read-only file system", stderr);
            Assert.DoesNotContain("   at ", stderr);
        }
        finally { Unmount(mount); }
    }

    /// <summary>A small tmpfs under this test's folder (root can mount one, as on the project machines and CI).</summary>
    private string MountTmpfs(string options)
    {
        string mount = Path.Combine(_root, "fs-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(mount);
        var m = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", options, "tmpfs", mount]) { RedirectStandardError = true })!;
        m.WaitForExit();
        Assert.True(m.ExitCode == 0, "this test mounts a small tmpfs and needs root: " + m.StandardError.ReadToEnd());
        return mount;
    }

    private static void Unmount(string mount) => Process.Start("umount", ["-l", mount])!.WaitForExit();
}
