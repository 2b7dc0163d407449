using System.Diagnostics;

namespace Resilience.Tests;

/// <summary>Shared by the Slurm tests: they submit to the one-node cluster of <c>scripts/local-slurm.sh</c> (started by
/// <c>scripts/test.sh</c>), one at a time so that their arrays do not queue behind each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SlurmCollection
{
    public const string Name = "Slurm";
}

/// <summary>
/// <c>--slurm</c> (issue 16): a sweep and a Morris design run as job arrays on a real (local) Slurm give the outputs of
/// one machine byte for byte; a failing task leaves the merge unrun, is reported by shard with its log, and
/// <c>--resume</c> completes the run; <c>--slurm-dry-run</c> writes scripts that need no Slurm and that, run by hand,
/// give the same result.
/// </summary>
[Collection(SlurmCollection.Name)]
public sealed class SlurmTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "resilience-slurm-" + Guid.NewGuid().ToString("N"));
    private static string Program => Path.Combine(AppContext.BaseDirectory, "Resilience.Cli");

    /// <summary>The self-contained builds for the tests: made once per code version, reused after.</summary>
    private static readonly string BinCache = Path.Combine(Path.GetTempPath(), "resilience-slurm-bin");

    public SlurmTests()
    {
        Directory.CreateDirectory(_dir);
        // A small scenario beside the job folders; tasks start in this folder, as they start in the submitting one.
        File.WriteAllText(Path.Combine(_dir, "small.json"), "{ \"clients\": 300, \"months\": 12, \"replications\": 2, \"seed\": 7 }");
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static readonly string[] Sweep =
        ["sweep", "small.json", "--grid", "coach.caseload=60,90,120,150", "--grid", "coach.duo=false,true", "--replications", "2"];

    private static readonly string[] Morris =
        ["sensitivity", "small.json", "--params", "work.offerRate,coach.caseload,sanctions.strictness", "--outcomes", "exits_lasting_18,share_adaptive",
         "--trajectories", "4"];

    private (int Code, string Stderr) Cli(params string[] args) => BadInputCorpusTests.RunProcess(args, _dir, timeoutSeconds: 300);

    private void RequireSlurm()
    {
        var p = Process.Start(new ProcessStartInfo("sinfo", ["-h", "-o", "%t"]) { RedirectStandardOutput = true, RedirectStandardError = true });
        string state = p?.StandardOutput.ReadToEnd() ?? "";
        p?.WaitForExit();
        Assert.True(p is not null && p.ExitCode == 0 && state.Contains("idle"),
            "these tests need the local Slurm cluster: `bash scripts/local-slurm.sh start` (scripts/test.sh starts it)");
    }

    /// <summary>Every file of <paramref name="a"/> equals the one of <paramref name="b"/>, byte for byte, except the
    /// marker (file times) and, where an output records them, the times in manifest.json and the report.</summary>
    private static void AssertSameOutputs(string a, string b, bool manifestHasTimes)
    {
        var files = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal));
        Assert.True(files.Count >= 4);
        foreach (var f in files)
        {
            if (f == ".resilience-output.json") continue;
            if (f == "manifest.json" && manifestHasTimes)
            {
                static IEnumerable<string> WithoutTimes(string path) => File.ReadLines(path).Where(l => !l.Contains("Time\"") && !l.Contains("elapsedSeconds"));
                Assert.Equal(WithoutTimes(Path.Combine(a, f)), WithoutTimes(Path.Combine(b, f)));
                continue;
            }
            if (f.EndsWith(".html", StringComparison.Ordinal) && manifestHasTimes)
            {
                // The report states how long the experiment took ("…, 3 s."): the same text but for that number.
                static string WithoutElapsed(string path) => System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), @"[0-9,]+ s\.</p>", "# s.</p>");
                Assert.Equal(WithoutElapsed(Path.Combine(a, f)), WithoutElapsed(Path.Combine(b, f)));
                continue;
            }
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), $"{f} differs");
        }
    }

    [Fact]
    public void ASweepAsAFourTaskArrayGivesTheSingleMachineOutputsByteForByte()
    {
        RequireSlurm();
        var (single, err) = Cli([.. Sweep, "--out", "single"]);
        Assert.True(single == 0, err);
        // The default program: a self-contained build made for the compute nodes (dotnet publish), in the cache.
        var (code, stderr) = Cli([.. Sweep, "--slurm", "--slurm-shards", "4", "--slurm-bin-cache", BinCache, "--wait", "--out", "job"]);
        Assert.True(code == 0, stderr);
        string array = File.ReadAllText(Path.Combine(_dir, "job", "slurm", "array.sbatch"));
        Assert.Contains("#SBATCH --array=1-4", array);
        // The tasks run the self-contained build, not this test's program.
        string bin = array.Split('\n').Single(l => l.StartsWith("exec ", StringComparison.Ordinal)).Split(' ')[1];
        Assert.StartsWith(BinCache, bin);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(bin)!, "libcoreclr.so")), "the build is self-contained");
        Assert.Equal(4, Directory.GetDirectories(Path.Combine(_dir, "job", "shards")).Length);
        AssertSameOutputs(Path.Combine(_dir, "single"), Path.Combine(_dir, "job", "result"), manifestHasTimes: false);
    }

    [Fact]
    public void AMorrisDesignAsAnArrayGivesTheSingleMachineOutputs()
    {
        RequireSlurm();
        var (single, err) = Cli([.. Morris, "--out", "single"]);
        Assert.True(single == 0, err);
        var (code, stderr) = Cli([.. Morris, "--slurm", "--slurm-shards", "3", "--slurm-bin", Program, "--wait", "--out", "job"]);
        Assert.True(code == 0, stderr);
        AssertSameOutputs(Path.Combine(_dir, "single"), Path.Combine(_dir, "job", "result"), manifestHasTimes: true);
    }

    [Fact]
    public void ACoverageStudysTrialsAsAnArrayGiveTheSingleMachineCoverage()
    {
        RequireSlurm();
        string[] coverage = ["calibrate-coverage", "small.json", "--free", "work.offerRate=0.04:0.14", "--truth", "work.offerRate=0.09", "--trials", "3",
            "--budget", "6", "--bootstrap", "2", "--bootstrap-budget", "3", "--clients", "200", "--months", "12", "--starts", "1"];
        // One thread, as the merge records: the manifest then differs only in its times.
        var (single, err) = Cli([.. coverage, "--threads", "1", "--out", "single"]);
        Assert.True(single == 0, err);
        var (code, stderr) = Cli([.. coverage, "--slurm", "--slurm-shards", "3", "--slurm-bin", Program, "--wait", "--out", "job"]);
        Assert.True(code == 0, stderr);
        Assert.Equal(3, Directory.GetDirectories(Path.Combine(_dir, "job", "shards")).Length);
        AssertSameOutputs(Path.Combine(_dir, "single"), Path.Combine(_dir, "job", "result"), manifestHasTimes: true);
    }

    [Fact]
    public void AComparisonSplitByReplicationGivesTheSingleMachineEffects()
    {
        RequireSlurm();
        File.WriteAllText(Path.Combine(_dir, "other.json"), "{ \"name\": \"other\", \"extends\": \"small.json\", \"levers\": { \"coach.caseload\": 60 } }");
        string[] compare = ["compare", "small.json", "other.json", "--replications", "4"];
        var (single, err) = Cli([.. compare, "--out", "single"]);
        Assert.True(single == 0, err);
        var (code, stderr) = Cli([.. compare, "--slurm", "--slurm-shards", "3", "--slurm-bin", Program, "--wait", "--out", "job"]);
        Assert.True(code == 0, stderr);
        string a = Path.Combine(_dir, "single"), b = Path.Combine(_dir, "job", "result");
        // The results, byte for byte; manifest.json and report.html differ only in the provenance (command line, threads, times).
        foreach (var f in Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)))
            if (f is not (".resilience-output.json" or "manifest.json" or "report.html"))
                Assert.True(File.ReadAllBytes(Path.Combine(a, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), $"{f} differs");
        Assert.True(File.Exists(Path.Combine(b, "effects.csv")) && File.Exists(Path.Combine(b, "crn.csv")));
        Assert.Contains("compare small.json other.json --clients 300 --months 12 --seed 7 --replications 4", File.ReadAllText(Path.Combine(b, "report.html")));
    }

    [Fact]
    public void ASearchsBatchesAsArraysGiveTheSingleMachineParetoSetAndResume()
    {
        RequireSlurm();
        File.Copy(Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "calibration-bootstrap.csv"), Path.Combine(_dir, "boot.csv"));
        string[] search = ["search", "small.json", "--levers", "coach.caseload=60:150", "--levers", "coach.duo=false|true", "--goal", "crisis_share<=0%",
            "--goal", "lasting_exits>=-50", "--generations", "1", "--population", "4", "--draws", "4", "--parameter-set", "boot.csv"];
        var (single, err) = Cli([.. search, "--out", "single"]);
        Assert.True(single == 0, err);
        var (code, stderr) = Cli([.. search, "--slurm", "--slurm-shards", "2", "--slurm-bin", Program, "--wait", "--out", "job"]);
        Assert.True(code == 0, stderr);
        // Generation 0 and 1 at cheap fidelity, the front at full fidelity, the front over the draws: four arrays of two tasks.
        Assert.Equal(["batch-001-cheap", "batch-002-cheap", "batch-003-full", "batch-004-worlds"],
            Directory.GetDirectories(Path.Combine(_dir, "job")).Select(Path.GetFileName).Where(d => d!.StartsWith("batch-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(_dir, "job", "batch-001-cheap", "shards")).Length);
        foreach (var f in new[] { "pareto.csv", "robustness.csv", "discovery.csv" })
            Assert.True(File.ReadAllBytes(Path.Combine(_dir, "single", f)).SequenceEqual(File.ReadAllBytes(Path.Combine(_dir, "job", "result", f))), $"{f} differs");
        // Resumable: with the last batch's result and the outputs gone, --resume reads the completed batches back and
        // reruns only the last one, to the same pareto.csv.
        Directory.Delete(Path.Combine(_dir, "job", "batch-004-worlds", "result"), true);
        Directory.Delete(Path.Combine(_dir, "job", "result"), true);
        (code, stderr) = Cli([.. search, "--slurm", "--slurm-shards", "2", "--slurm-bin", Program, "--wait", "--resume", "--out", "job"]);
        Assert.True(code == 0, stderr);
        foreach (var f in new[] { "pareto.csv", "robustness.csv" })
            Assert.True(File.ReadAllBytes(Path.Combine(_dir, "single", f)).SequenceEqual(File.ReadAllBytes(Path.Combine(_dir, "job", "result", f))), $"{f} differs after --resume");
    }

    [Fact]
    public void ACalibrationsBootstrapRefitsAsAnArrayGiveTheSingleMachineFitAndIntervals()
    {
        RequireSlurm();
        File.Copy(Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "seed-targets.csv"), Path.Combine(_dir, "targets.csv"));
        string[] calibrate = ["calibrate", "small.json", "--targets", "targets.csv", "--free", "work.offerRate=0.04:0.14", "--free", "coach.leadRate=0.01:0.08",
            "--budget", "12", "--bootstrap", "4", "--bootstrap-budget", "6", "--clients", "300", "--months", "36", "--replications", "1"];
        var (single, err) = Cli([.. calibrate, "--out", "single"]);
        Assert.True(single == 0, err);
        var (code, stderr) = Cli([.. calibrate, "--slurm", "--slurm-shards", "2", "--slurm-bin", Program, "--wait", "--out", "job"]);
        Assert.True(code == 0, stderr);
        // Each shard ran two of the four refits.
        foreach (var shard in new[] { "shard-1", "shard-2" })
            Assert.Equal(3, File.ReadAllLines(Path.Combine(_dir, "job", "shards", shard, "bootstrap-shard.csv")).Length);
        // The estimates, intervals, fit, trace and refits are those of one machine, byte for byte.
        foreach (var f in new[] { "fitted-parameters.csv", "fit.csv", "trace.csv", "bootstrap.csv" })
            Assert.True(File.ReadAllBytes(Path.Combine(_dir, "single", f)).SequenceEqual(File.ReadAllBytes(Path.Combine(_dir, "job", "result", f))), $"{f} differs");
    }

    [Fact]
    public void AFailingTaskLeavesTheMergeUnrunIsReportedByShardAndResumeCompletesTheRun()
    {
        RequireSlurm();
        string[] job = [.. Sweep, "--slurm-shards", "4", "--slurm-bin", Program, "--out", "job"];
        Assert.Equal(0, Cli([.. job, "--slurm-dry-run"]).Code);
        // Shard 3 cannot write its result: a file stands where its folder must go.
        string blocker = Path.Combine(_dir, "job", "shards", "shard-3");
        File.WriteAllText(blocker, "in the way");

        var (failed, report) = Cli([.. job, "--slurm", "--resume", "--wait"]);
        Assert.Equal(4, failed);
        Assert.Contains("1 shard(s) failed or never ran: 3; the merge did not run", report);
        Assert.Contains("shard-3.log", report);
        Assert.Contains("exists and is a file", report); // the end of the failed task's log
        Assert.False(Directory.Exists(Path.Combine(_dir, "job", "result")));
        var (statusCode, statusErr) = Cli("slurm-status", "job");
        Assert.Equal(4, statusCode);
        Assert.Contains("failed or never ran: 3", statusErr);

        File.Delete(blocker);
        var (resumed, err) = Cli([.. job, "--slurm", "--resume", "--wait"]);
        Assert.True(resumed == 0, err);
        string record = File.ReadAllText(Path.Combine(_dir, "job", "slurm", "job.json"));
        Assert.Contains("\"shards\": [\n        3\n      ]", record.Replace("\r", "")); // only the missing shard was resubmitted
        var (single, serr) = Cli([.. Sweep, "--out", "single"]);
        Assert.True(single == 0, serr);
        AssertSameOutputs(Path.Combine(_dir, "single"), Path.Combine(_dir, "job", "result"), manifestHasTimes: false);
    }

    [Fact]
    public void ResumeRefusesAnotherCommandThanTheJobFolderRan()
    {
        Assert.Equal(0, Cli([.. Sweep, "--slurm-dry-run", "--slurm-shards", "2", "--slurm-bin", Program, "--out", "job"]).Code);
        var (code, stderr) = Cli([.. Sweep, "--months", "6", "--slurm", "--resume", "--slurm-bin", Program, "--out", "job"]);
        Assert.Equal(2, code);
        Assert.Contains("this job folder ran a different command", stderr);
    }

    [Fact]
    public void TheDryRunScriptsNeedNoSlurmAndRunByHandGiveTheSingleMachineResult()
    {
        // Works on a machine without Slurm: the scripts are written, not submitted.
        var (code, stderr) = Cli([.. Sweep, "--slurm-dry-run", "--slurm-shards", "3", "--partition", "short", "--account", "proj42",
            "--time", "00:20:00", "--mem", "2G", "--cpus-per-task", "2", "--sbatch-option=--qos=test", "--slurm-bin", Program, "--out", "job"]);
        Assert.True(code == 0, stderr);
        string array = File.ReadAllText(Path.Combine(_dir, "job", "slurm", "array.sbatch"));
        string merge = File.ReadAllText(Path.Combine(_dir, "job", "slurm", "merge.sbatch"));
        foreach (var line in new[] { "#SBATCH --array=1-3", "#SBATCH --partition=short", "#SBATCH --account=proj42", "#SBATCH --time=00:20:00",
                     "#SBATCH --mem=2G", "#SBATCH --cpus-per-task=2", "#SBATCH --qos=test", $"#SBATCH --chdir=\"{_dir}\"" })
            Assert.Contains(line, array);
        Assert.Contains("sweep-merge", merge);
        Assert.DoesNotContain("--array", merge);
        foreach (var script in new[] { "array.sbatch", "merge.sbatch" })
        {
            var syntax = Process.Start(new ProcessStartInfo("bash", ["-n", Path.Combine(_dir, "job", "slurm", script)]) { RedirectStandardError = true })!;
            syntax.WaitForExit();
            Assert.True(syntax.ExitCode == 0, $"{script}: {syntax.StandardError.ReadToEnd()}");
        }

        // Run the scripts as Slurm would: each task with its SLURM_ARRAY_TASK_ID, then the merge.
        for (int task = 1; task <= 3; task++) RunScript("array.sbatch", task);
        RunScript("merge.sbatch", null);
        var (single, serr) = Cli([.. Sweep, "--out", "single"]);
        Assert.True(single == 0, serr);
        AssertSameOutputs(Path.Combine(_dir, "single"), Path.Combine(_dir, "job", "result"), manifestHasTimes: false);
    }

    [Fact]
    public void ClusterOptionsWithoutSlurmAndAShardWithSlurmAreRefused()
    {
        var (code, stderr) = Cli([.. Sweep, "--partition", "short", "--out", "x"]);
        Assert.Equal(2, code);
        Assert.Contains("need --slurm", stderr);
        (code, stderr) = Cli([.. Sweep, "--slurm-dry-run", "--shard", "1/2", "--out", "x"]);
        Assert.Equal(2, code);
        Assert.Contains("leave --shard out with --slurm", stderr);
        (code, stderr) = Cli([.. Sweep, "--slurm-dry-run", "--slurm-shards", "9", "--slurm-bin", Program, "--out", "x"]);
        Assert.Equal(2, code);
        Assert.Contains("this experiment has 8 design point(s)", stderr);
        Assert.False(Directory.Exists(Path.Combine(_dir, "x")));
    }

    // ───────── Quoting: a job folder, a scenario or a program path that holds shell syntax runs as nothing ─────────

    /// <summary>Shell syntax in every kind of path the scripts embed: a command substitution, backticks, both quotes,
    /// a space, a comment sign and a percent sign (a Slurm log pattern). Running it would create a file pwned-* in the
    /// working folder.</summary>
    private const string Hostile = " $(touch pwned-dollar) `touch pwned-tick` \"dq\" 'sq' #h %a;touch pwned-semi";

    /// <summary>A stand-in for the program: records its arguments, NUL-separated, in record.TASK beside the test's
    /// folder, and prints one line to its log. It lives in a folder whose name holds a line break as well.</summary>
    private string WriteRecorder()
    {
        string dir = Path.Combine(_dir, "bin" + Hostile + "\nline two");
        Directory.CreateDirectory(dir);
        string recorder = Path.Combine(dir, "recorder");
        File.WriteAllText(recorder, "#!/bin/bash\nprintf '%s\\0' \"$@\" > " + Resilience.Experiments.Shell.Quote(Path.Combine(_dir, "record.")) + "\"${SLURM_ARRAY_TASK_ID:-merge}\"\necho recorded\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(recorder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return recorder;
    }


    private string[] Recorded(string task) => File.ReadAllText(Path.Combine(_dir, "record." + task)).TrimEnd('\0').Split('\0');

    private void AssertNothingElseRan() =>
        Assert.Empty(Directory.GetFiles(_dir, "pwned-*", SearchOption.AllDirectories));

    /// <summary>What the scripts must run: task i the recorded shard command with its shard, threads and folder; the
    /// merge the merge command on every shard into result/.</summary>
    private void AssertArgumentsPassedUnchanged(string job, int shards)
    {
        string full = Path.Combine(_dir, job);
        using var record = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(full, "slurm", "job.json")));
        string[] shardCommand = [.. record.RootElement.GetProperty("shardCommand").EnumerateArray().Select(e => e.GetString()!)];
        // The tasks read the experiment from the job folder (whose path holds the shell syntax); the scenario's path,
        // shell syntax and all, is a field of it.
        string experiment = Path.Combine(full, "slurm", "experiment.json");
        Assert.Equal(["shard", experiment], shardCommand);
        using (var e = System.Text.Json.JsonDocument.Parse(File.ReadAllText(experiment)))
            Assert.Equal("scenario" + Hostile + ".json", e.RootElement.GetProperty("scenario").GetString());
        for (int task = 1; task <= shards; task++)
            Assert.Equal([.. shardCommand, "--shard", $"{task}/{shards}", "--threads", "1", "--out", Path.Combine(full, "shards", $"shard-{task}")],
                Recorded(task.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["merge", .. Enumerable.Range(1, shards).Select(i => Path.Combine(full, "shards", $"shard-{i}")), "--out", Path.Combine(full, "result"), "--lang", "en"],
            Recorded("merge"));
        AssertNothingElseRan();
    }

    [Fact]
    public void ScriptsPassPathsHoldingShellSyntaxThroughUnchangedAndRunNothingElse()
    {
        string recorder = WriteRecorder();
        File.Copy(Path.Combine(_dir, "small.json"), Path.Combine(_dir, "scenario" + Hostile + ".json"));
        string job = "job" + Hostile;
        var (code, stderr) = Cli(["sweep", "scenario" + Hostile + ".json", "--grid", "coach.duo=false,true", "--replications", "2",
            "--slurm-dry-run", "--slurm-shards", "2", "--slurm-bin", recorder, "--out", job]);
        Assert.True(code == 0, stderr);
        foreach (var script in new[] { "array.sbatch", "merge.sbatch" })
        {
            string path = Path.Combine(_dir, job, "slurm", script);
            var syntax = Process.Start(new ProcessStartInfo("bash", ["-n", path]) { RedirectStandardError = true })!;
            syntax.WaitForExit();
            Assert.True(syntax.ExitCode == 0, $"{script}: {syntax.StandardError.ReadToEnd()}");
            // sbatch reads the log path from a double-quoted #SBATCH line: the folder's % doubled, its quote escaped.
            string text = File.ReadAllText(path);
            Assert.Contains("#SBATCH --output=\"" + Path.Combine(_dir, job).Replace("%", "%%").Replace("\"", "\\\"") + "/slurm/logs/", text);
        }
        RunScript("array.sbatch", 1, job);
        RunScript("array.sbatch", 2, job);
        RunScript("merge.sbatch", null, job);
        AssertArgumentsPassedUnchanged(job, 2);
    }

    [Fact]
    public void OnTheClusterAJobFolderHoldingShellSyntaxGetsItsLogsAndItsArgumentsUnchanged()
    {
        RequireSlurm();
        string recorder = WriteRecorder();
        File.Copy(Path.Combine(_dir, "small.json"), Path.Combine(_dir, "scenario" + Hostile + ".json"));
        string job = "job" + Hostile;
        var (code, stderr) = Cli(["sweep", "scenario" + Hostile + ".json", "--grid", "coach.duo=false,true", "--replications", "2",
            "--slurm", "--wait", "--slurm-shards", "2", "--slurm-bin", recorder, "--out", job]);
        // The recorder writes no shard, so the job reports both shards as missing: what matters is what ran, and where.
        Assert.True(code == Resilience.Experiments.Slurm.ExitJobFailed, stderr);
        foreach (var log in new[] { "shard-1.log", "shard-2.log", "merge.log" })
            Assert.Equal("recorded", File.ReadAllText(Path.Combine(_dir, job, "slurm", "logs", log)).Trim());
        AssertArgumentsPassedUnchanged(job, 2);
    }

    [Theory]
    [InlineData("job\nsecond line", "U+000A")]
    [InlineData("job\rcr", "U+000D")]
    [InlineData("job\\back", "backslash")]
    public void AJobFolderThatAnSbatchLineCannotHoldIsRefusedBeforeAnythingIsWritten(string job, string expect)
    {
        var (code, stderr) = Cli([.. Sweep, "--slurm-dry-run", "--slurm-bin", Program, "--out", job]);
        Assert.Equal(2, code);
        Assert.Contains(expect, stderr);
        Assert.Contains("--out", stderr);
        Assert.Equal(new[] { "small.json" }, Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName));
    }

    private void RunScript(string script, int? task, string job = "job")
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(_dir, job, "slurm", script)])
        {
            WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        if (task is int t) start.Environment["SLURM_ARRAY_TASK_ID"] = t.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var p = Process.Start(start)!;
        string err = p.StandardError.ReadToEnd();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{script} task {task}: {err}");
    }
}
