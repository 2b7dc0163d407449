using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Resilience.IO;

namespace Resilience.Experiments;

/// <summary>What a command asks of the cluster (README "Running on a Slurm cluster").</summary>
public sealed record SlurmOptions
{
    public bool Submit { get; init; }
    public bool DryRun { get; init; }
    public bool Wait { get; init; }
    public bool Resume { get; init; }
    public int? Shards { get; init; }
    public string? Partition { get; init; }
    public string? Account { get; init; }
    public string? Time { get; init; }
    public string? Memory { get; init; }
    public int CpusPerTask { get; init; } = 1;
    public string[] SbatchOptions { get; init; } = [];
    public string? Bin { get; init; }
    public string? BinCache { get; init; }

    public bool Active => Submit || DryRun;
}

/// <summary>A sharded experiment as the cluster runs it: task i of a job array runs <c>shard JOB/slurm/experiment.json</c>
/// (<see cref="ShardArgs"/> and the file's path) with <c>--shard i/n --out JOB/shards/shard-i</c>; the merge job runs
/// <see cref="MergeCommand"/> on all shards with <c>--out JOB/result</c> and writes what one machine would.
/// <see cref="Experiment"/> is the serialised experiment (<see cref="Resilience.Experiments.Experiment"/>) the tasks read.</summary>
public sealed record SlurmPlan(string Command, IReadOnlyList<string> ShardArgs, string MergeCommand, int MaxShards, double ClientMonths, string Experiment)
{
    /// <summary>Options the merge takes besides the shards and --out (e.g. the report's language).</summary>
    public IReadOnlyList<string> MergeArgs { get; init; } = [];
}

/// <summary>
/// Makes the program a Slurm citizen: writes an sbatch script for a job array and one for a merge job that depends on
/// it (afterok), submits both with sbatch, waits if asked, reports failed shards from their logs, and resubmits only
/// the missing shards with <c>--resume</c>. Compute nodes run a self-contained build (no .NET SDK needed there).
/// </summary>
public static class Slurm
{
    /// <summary>Exit code when a cluster job did not complete (a shard or the merge failed).</summary>
    public const int ExitJobFailed = 4;

    /// <summary>Client-months one array task runs by default: about ten minutes on one core at the engine's measured
    /// 2 M client-months per second per core (benchmarks/README.md).</summary>
    public const double DefaultClientMonthsPerShard = 1.2e9;

    /// <summary>Most array tasks by default (many clusters cap arrays at 1,000 or a few thousand).</summary>
    public const int MaxDefaultShards = 1000;

    private const string JobFile = "job.json";

    /// <summary>Refuse cluster options given without <c>--slurm</c>, and contradictory ones.</summary>
    public static void Check(SlurmOptions o, string? shard)
    {
        if (!o.Active)
        {
            if (o.Wait || o.Resume || o.Shards is not null || o.Partition is not null || o.Account is not null || o.Time is not null || o.Memory is not null
                || o.SbatchOptions.Length > 0 || o.Bin is not null || o.BinCache is not null || o.CpusPerTask != 1)
                throw new InputException("--wait, --resume, --slurm-shards, --partition, --account, --time, --mem, --cpus-per-task, --sbatch-option and --slurm-bin need --slurm (or --slurm-dry-run)");
            return;
        }
        if (o.Submit && o.DryRun) throw new InputException("give --slurm or --slurm-dry-run, not both");
        if (shard is not null) throw new InputException("--shard: the cluster job chooses the shards; leave --shard out with --slurm");
        if (o.DryRun && (o.Wait || o.Resume)) throw new InputException("--slurm-dry-run only writes the scripts; --wait and --resume need --slurm");
        if (o.Shards is < 1) throw new InputException($"--slurm-shards: expected an integer of at least 1, got {o.Shards}");
        if (o.CpusPerTask is < 1 or > Engine.WorkerPool.MaxThreads) throw new InputException($"--cpus-per-task: expected an integer from 1 to {Engine.WorkerPool.MaxThreads}, got {o.CpusPerTask}");
        foreach (var (name, value) in new[] { ("--partition", o.Partition), ("--account", o.Account), ("--time", o.Time), ("--mem", o.Memory) })
            if (value is not null && (value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"' or '\\' or '$' or '`')))
                throw new InputException($"{name}: expected a Slurm value without spaces or quotes, got \"{value}\"");
        foreach (var extra in o.SbatchOptions)
            if (!extra.StartsWith("--", StringComparison.Ordinal) || extra.Any(c => c is '\n' or '\r'))
                throw new InputException($"--sbatch-option: expected an sbatch option such as --qos=short, got \"{extra}\"");
    }

    // ───────────────────────────── Submitting ─────────────────────────────

    /// <summary>Write the scripts under <paramref name="jobDir"/> and (unless a dry run) submit them.</summary>
    public static int Run(SlurmPlan plan, SlurmOptions o, string jobDir, ITerminal terminal)
    {
        string job = Path.GetFullPath(jobDir);
        CheckHeaderPath("--out", job);
        CheckHeaderPath("the working folder", Directory.GetCurrentDirectory());
        string slurmDir = Path.Combine(job, "slurm"), logs = Path.Combine(slurmDir, "logs"), shardsDir = Path.Combine(job, "shards");
        string result = Path.Combine(job, "result");
        int shards = ShardCount(plan, o);
        string experimentPath = Path.Combine(slurmDir, Pipeline.ExperimentFile);
        plan = plan with { ShardArgs = [.. plan.ShardArgs, experimentPath] };

        if (o.Resume)
        {
            if (!File.Exists(experimentPath) || File.ReadAllText(experimentPath) != plan.Experiment)
                throw new InputException($"{jobDir}: --resume: this job folder ran a different command (its {Path.Combine("slurm", Pipeline.ExperimentFile)} differs from this experiment)");
            var recorded = ReadJob(job);
            string[] expected = [.. recorded.GetProperty("shardCommand").EnumerateArray().Select(a => a.GetString()!)];
            if (!expected.SequenceEqual(plan.ShardArgs))
                throw new InputException($"{jobDir}: --resume: this job folder ran a different command:\n  {string.Join(' ', expected.Select(Shell.Quote))}\n" +
                                         $"now:\n  {string.Join(' ', plan.ShardArgs.Select(Shell.Quote))}");
            shards = recorded.GetProperty("shards").GetInt32();
            if (Directory.Exists(result)) { terminal.Line($"{jobDir}: complete; the result is in {result}"); return 0; }
            var queued = Queued(JobIds(recorded));
            if (queued.Count > 0) throw new InputException($"{jobDir}: --resume: jobs {string.Join(", ", queued)} of this folder are still queued or running; wait for them (slurm-status {jobDir})");
        }
        else
        {
            if (Directory.Exists(job) && Directory.EnumerateFileSystemEntries(job).Any())
                throw new InputException($"{jobDir}: the job folder exists; pass --resume to complete it, or choose another --out");
            if (File.Exists(job)) throw new InputException($"--out {jobDir}: exists and is a file");
        }

        string bin = o.DryRun && o.Bin is null ? BinaryPath(job, o) : EnsureBinary(job, o, terminal);
        Directory.CreateDirectory(logs);
        Directory.CreateDirectory(shardsDir);
        if (!o.Resume) File.WriteAllText(experimentPath, plan.Experiment, new UTF8Encoding(false));
        string cwd = Directory.GetCurrentDirectory();
        string version = RunOutputs.CodeVersion();
        var shardDirs = Enumerable.Range(1, shards).Select(i => Path.Combine(shardsDir, $"shard-{i}")).ToList();

        var header = new List<string> { $"#SBATCH --chdir={SbatchQuote(cwd)}", $"#SBATCH --cpus-per-task={o.CpusPerTask}" };
        if (o.Partition is not null) header.Add($"#SBATCH --partition={o.Partition}");
        if (o.Account is not null) header.Add($"#SBATCH --account={o.Account}");
        if (o.Time is not null) header.Add($"#SBATCH --time={o.Time}");
        if (o.Memory is not null) header.Add($"#SBATCH --mem={o.Memory}");
        header.AddRange(o.SbatchOptions.Select(x => "#SBATCH " + x));

        // Every value the scripts embed is quoted: single quotes for bash (a path may hold $(...), backticks, quotes,
        // spaces or line breaks, and runs as nothing), sbatch's own double quotes in #SBATCH lines; only Slurm's
        // variables stand outside the quotes. The comments name no path.
        string arrayScript = Script($"resilience-{plan.Command}", $"--array=1-{shards}", LogPattern(logs, "shard-%a.log"), header, version,
            $"Task i runs shard i of {shards}; each shard writes shards/shard-i of the job folder atomically (nothing if it fails).",
            string.Join(' ', new[] { bin }.Concat(plan.ShardArgs).Select(Shell.Quote)) +
            $" --shard \"${{SLURM_ARRAY_TASK_ID}}\"/{shards} --threads \"${{SLURM_CPUS_PER_TASK:-{o.CpusPerTask}}}\" --out {Shell.Quote(shardsDir + "/shard-")}\"${{SLURM_ARRAY_TASK_ID}}\"");
        string mergeScript = Script($"resilience-{plan.Command}-merge", null, LogPattern(logs, "merge.log"), header, version,
            "Runs after every array task succeeded (afterok); writes result/ of the job folder as one machine would.",
            string.Join(' ', new[] { bin, plan.MergeCommand }.Concat(shardDirs).Concat(["--out", result]).Concat(plan.MergeArgs).Select(Shell.Quote)));
        string arrayPath = Path.Combine(slurmDir, "array.sbatch"), mergePath = Path.Combine(slurmDir, "merge.sbatch");
        File.WriteAllText(arrayPath, arrayScript, new UTF8Encoding(false));
        File.WriteAllText(mergePath, mergeScript, new UTF8Encoding(false));

        var missing = Enumerable.Range(1, shards).Where(i => !ShardDone(shardDirs[i - 1])).ToList();
        if (o.DryRun)
        {
            WriteJob(job, plan, shards, bin, null);
            terminal.Line($"wrote {arrayPath} (array of {shards} tasks) and {mergePath}; submit with:");
            terminal.Line($"  a=$(sbatch --parsable {Shell.Quote(arrayPath)}) && sbatch --dependency=afterok:$a --kill-on-invalid-dep=yes {Shell.Quote(mergePath)}");
            if (o.Bin is null && !File.Exists(bin)) terminal.Line($"  (the tasks run {bin}: run the command with --slurm instead of --slurm-dry-run to build it there)");
            return 0;
        }

        string? arrayId = null;
        if (missing.Count > 0) arrayId = Sbatch(["--parsable", $"--array={Ranges(missing)}", arrayPath]);
        string mergeId = Sbatch(arrayId is null
            ? ["--parsable", mergePath]
            : ["--parsable", $"--dependency=afterok:{arrayId}", "--kill-on-invalid-dep=yes", mergePath]);
        WriteJob(job, plan, shards, bin, new Submission(DateTimeOffset.Now, arrayId, mergeId, missing));
        terminal.Line(arrayId is null
            ? $"submitted merge job {mergeId} (every shard already done)"
            : $"submitted array job {arrayId} ({missing.Count} of {shards} shards: {Ranges(missing)}) and merge job {mergeId} (afterok)");
        if (!o.Wait)
        {
            terminal.Line($"follow with: squeue -j {string.Join(',', new[] { arrayId, mergeId }.OfType<string>())}   or: slurm-status {jobDir}");
            terminal.Line($"logs: {logs}; the result will be in {result}");
            return 0;
        }
        WaitFor([.. new[] { arrayId, mergeId }.OfType<string>()]);
        return Status(jobDir, terminal);
    }

    private static int ShardCount(SlurmPlan plan, SlurmOptions o)
    {
        if (o.Shards is int n)
        {
            if (n > plan.MaxShards) throw new InputException($"--slurm-shards: this experiment has {plan.MaxShards} design point(s); expected at most {plan.MaxShards} shards, got {n}");
            return n;
        }
        int byWork = (int)Math.Ceiling(plan.ClientMonths / (DefaultClientMonthsPerShard * o.CpusPerTask));
        return Math.Clamp(byWork, 1, Math.Min(plan.MaxShards, MaxDefaultShards));
    }

    private static string Script(string name, string? array, string log, IReadOnlyList<string> header, string version, string about, string command)
    {
        var sb = new StringBuilder("#!/bin/bash\n");
        sb.Append($"#SBATCH --job-name={name}\n");
        if (array is not null) sb.Append($"#SBATCH {array}\n");
        sb.Append($"#SBATCH --output={SbatchQuote(log)}\n");
        foreach (var h in header) sb.Append(h).Append('\n');
        sb.Append("# Written by Resilience (README \"Running on a Slurm cluster\"). ").Append(about).Append('\n');
        sb.Append("set -euo pipefail\n");
        sb.Append($"export RESILIENCE_CODE_VERSION={Shell.Quote(version)}\n");
        sb.Append("exec ").Append(command).Append('\n');
        return sb.ToString();
    }

    /// <summary>A value in an #SBATCH line, in sbatch's own quoting: double quotes, with backslash before a double
    /// quote or a backslash. Inside them spaces, single quotes, <c>$(…)</c>, backticks and <c>#</c> are plain text
    /// (checked against slurm-wlm's sbatch: a log path holding all of them is written where it says).</summary>
    public static string SbatchQuote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>The log file pattern for <c>--output</c>: Slurm expands <c>%</c> in it (<c>%a</c>, the task), so a
    /// <c>%</c> in the folder is doubled to stay a <c>%</c>.</summary>
    private static string LogPattern(string logs, string file) => logs.Replace("%", "%%") + "/" + file;

    /// <summary>A path the scripts' #SBATCH lines must hold. A line break or other control character cannot stand in
    /// an #SBATCH line, and a backslash turns off Slurm's log patterns (and is dropped from the name), so such a path
    /// is refused before anything is written.</summary>
    private static void CheckHeaderPath(string what, string path)
    {
        int bad = path.AsSpan().IndexOfAnyInRange('\0', '\x1f');
        if (bad < 0) bad = path.IndexOf('\x7f');
        if (bad >= 0)
            throw new InputException($"{what} \"{Printable(path)}\": holds a control character (U+{(int)path[bad]:X4}) at position {bad + 1}; a Slurm job folder's path must not, because sbatch reads the log and working folders from one line of the script");
        if (path.Contains('\\'))
            throw new InputException($"{what} \"{path}\": holds a backslash; Slurm drops it from log paths and stops expanding %a there, so a Slurm job folder's path must not");
    }

    private static string Printable(string s) =>
        string.Concat(s.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    /// <summary>1-3,5,7-8: Slurm's array syntax for the given task numbers.</summary>
    public static string Ranges(IReadOnlyList<int> tasks)
    {
        var parts = new List<string>();
        for (int k = 0; k < tasks.Count;)
        {
            int j = k;
            while (j + 1 < tasks.Count && tasks[j + 1] == tasks[j] + 1) j++;
            parts.Add(j == k ? tasks[k].ToString(CultureInfo.InvariantCulture) : $"{tasks[k]}-{tasks[j]}");
            k = j + 1;
        }
        return string.Join(',', parts);
    }

    private static bool ShardDone(string dir) => File.Exists(Path.Combine(dir, OutputFolder.MarkerFile));

    private static string Sbatch(IReadOnlyList<string> args)
    {
        var (code, stdout, stderr) = Exec("sbatch", args);
        if (code == 127) throw new InputException("--slurm: sbatch not found; it needs Slurm's sbatch on PATH (--slurm-dry-run only writes the scripts)");
        if (code != 0) throw new InputException($"--slurm: sbatch refused the job: {stderr.Trim()}");
        return stdout.Trim().Split(';')[0];
    }

    private static (int Code, string Stdout, string Stderr) Exec(string program, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(start)!;
            var err = p.StandardError.ReadToEndAsync();
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, output, err.Result);
        }
        catch (System.ComponentModel.Win32Exception) { return (127, "", $"{program} not found"); }
    }

    // ───────────────────────────── Waiting and status ─────────────────────────────

    /// <summary>Job ids (array and merge) of this folder still in the queue (pending or running).</summary>
    private static List<string> Queued(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return [];
        var (code, stdout, _) = Exec("squeue", ["-h", "-o", "%i", "-j", string.Join(',', ids)]);
        if (code != 0) return [];
        return [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static void WaitFor(IReadOnlyList<string> ids)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (Queued(ids).Count > 0)
        {
            Thread.Sleep(delay);
            if (delay < TimeSpan.FromSeconds(15)) delay *= 1.5;
        }
    }

    /// <summary>What a job folder holds: shards done, shards that failed (with the end of their logs), and whether
    /// the merge wrote the result. Exit code 0 when complete or still running, 4 when something failed.</summary>
    public static int Status(string jobDir, ITerminal terminal)
    {
        string job = Path.GetFullPath(jobDir);
        var recorded = ReadJob(job);
        int shards = recorded.GetProperty("shards").GetInt32();
        string result = Path.Combine(job, "result"), logs = Path.Combine(job, "slurm", "logs");
        var done = Enumerable.Range(1, shards).Where(i => ShardDone(Path.Combine(job, "shards", $"shard-{i}"))).ToList();
        var queued = Queued(JobIds(recorded));
        terminal.Line($"{jobDir}: {done.Count} of {shards} shards done");
        if (Directory.Exists(result) && ShardDone(result))
        {
            terminal.Line($"complete: the result is in {result}");
            return 0;
        }
        if (queued.Count > 0)
        {
            terminal.Line($"still queued or running: job(s) {string.Join(", ", queued)}");
            return 0;
        }
        var failed = Enumerable.Range(1, shards).Except(done).ToList();
        if (failed.Count == 0)
        {
            terminal.Error($"error: every shard is done but the merge did not write {result}; its log: {Path.Combine(logs, "merge.log")}");
            Tail(Path.Combine(logs, "merge.log"), terminal);
            return ExitJobFailed;
        }
        terminal.Error($"error: {failed.Count} shard(s) failed or never ran: {Ranges(failed)}; the merge did not run. Their logs:");
        foreach (int i in failed.Take(10))
        {
            string log = Path.Combine(logs, $"shard-{i}.log");
            terminal.Error($"  shard {i}: {log}");
            Tail(log, terminal);
        }
        terminal.Error("Fix the cause, then rerun the same command with --resume: only these shards and the merge are submitted.");
        return ExitJobFailed;
    }

    private static void Tail(string log, ITerminal terminal)
    {
        if (!File.Exists(log)) { terminal.Error("    (no log: the task never started)"); return; }
        foreach (var line in File.ReadLines(log).TakeLast(5)) terminal.Error("    " + line);
    }

    // ───────────────────────────── The job record ─────────────────────────────

    private sealed record Submission(DateTimeOffset Time, string? ArrayJob, string MergeJob, IReadOnlyList<int> Shards);

    private static JsonElement ReadJob(string job)
    {
        string path = Path.Combine(job, "slurm", JobFile);
        if (!File.Exists(path)) throw new InputException($"{job}: not a --slurm job folder ({Path.Combine("slurm", JobFile)} missing)");
        try
        {
            using var doc = JsonDocument.Parse(InputFiles.ReadText(path, path, "job record", 1 << 20));
            var root = doc.RootElement.Clone();
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("shards", out var s) || s.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("shardCommand", out var c) || c.ValueKind != JsonValueKind.Array)
                throw new InputException($"{path}: not a job record written by this program (shards and shardCommand expected)");
            return root;
        }
        catch (JsonException e) { throw new InputException($"{path}: malformed JSON: {e.Message}"); }
    }

    private static IReadOnlyList<string> JobIds(JsonElement job) =>
        job.TryGetProperty("submissions", out var subs)
            ? [.. subs.EnumerateArray().SelectMany(s => new[] { s.GetProperty("arrayJob"), s.GetProperty("mergeJob") })
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    private static void WriteJob(string job, SlurmPlan plan, int shards, string bin, Submission? submission)
    {
        string path = Path.Combine(job, "slurm", JobFile);
        var previous = new List<JsonElement>();
        if (File.Exists(path))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (doc.RootElement.TryGetProperty("submissions", out var subs)) previous.AddRange(subs.EnumerateArray().Select(e => e.Clone()));
        }
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("tool", "Resilience");
            w.WriteString("command", plan.Command);
            w.WriteNumber("shards", shards);
            w.WriteStartArray("shardCommand");
            foreach (var a in plan.ShardArgs) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteString("mergeCommand", plan.MergeCommand);
            w.WriteString("program", bin);
            w.WriteStartArray("submissions");
            foreach (var e in previous) e.WriteTo(w);
            if (submission is not null)
            {
                w.WriteStartObject();
                w.WriteString("time", submission.Time.ToString("O", CultureInfo.InvariantCulture));
                if (submission.ArrayJob is null) w.WriteNull("arrayJob"); else w.WriteString("arrayJob", submission.ArrayJob);
                w.WriteString("mergeJob", submission.MergeJob);
                w.WriteStartArray("shards");
                foreach (var s in submission.Shards) w.WriteNumberValue(s);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        string temp = path + ".tmp";
        File.WriteAllBytes(temp, buffer.ToArray());
        File.Move(temp, path, overwrite: true);
    }

    // ───────────────────────────── The self-contained build ─────────────────────────────

    /// <summary>Where the self-contained build of this code lives: keyed by a hash of the program's own assemblies, so a
    /// changed program gets a new build and an unchanged one reuses it.</summary>
    private static string BinaryPath(string job, SlurmOptions o)
    {
        if (o.Bin is not null) return Path.GetFullPath(o.Bin);
        string cache = o.BinCache is not null ? Path.GetFullPath(o.BinCache) : Path.Combine(Path.GetDirectoryName(job)!, ".resilience-bin");
        return Path.Combine(cache, ProgramHash(), "Resilience.Cli");
    }

    private static string ProgramHash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "Resilience.*.dll").Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(sha.GetHashAndReset())[..16].ToLowerInvariant();
    }

    private static string EnsureBinary(string job, SlurmOptions o, ITerminal terminal)
    {
        string bin = BinaryPath(job, o);
        if (o.Bin is not null)
        {
            if (!File.Exists(bin)) throw new InputException($"--slurm-bin {o.Bin}: not found");
            return bin;
        }
        string dir = Path.GetDirectoryName(bin)!, complete = Path.Combine(dir, ".complete");
        if (File.Exists(complete) && File.Exists(bin)) return bin;
        string root = RepositoryRoot() ?? throw new InputException(
            "--slurm: cannot make the self-contained build for the compute nodes: the source (Simulation.sln) is not above this program or the working folder; give a build with --slurm-bin");
        Directory.CreateDirectory(Path.GetDirectoryName(dir)!);
        string temp = dir + $".partial-{OutputFolder.ProcessTag}";
        terminal.Line($"making the self-contained build for the compute nodes in {dir} (dotnet publish, once per code version)");
        var (code, stdout, stderr) = Exec("dotnet", ["publish", Path.Combine(root, "src", "Resilience.Cli", "Resilience.Cli.csproj"), "-c", "Release",
            "-r", "linux-x64", "--self-contained", "-o", temp, "-v", "quiet", "-nologo"]);
        if (code != 0)
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
            throw new InputException($"--slurm: dotnet publish failed (exit {code}): {(stderr + stdout).Trim().Split('\n').LastOrDefault()}");
        }
        File.WriteAllText(Path.Combine(temp, ".complete"), DateTimeOffset.Now.ToString("O", CultureInfo.InvariantCulture));
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); // an incomplete earlier attempt
        Directory.Move(temp, dir);
        return bin;
    }

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Simulation.sln")) && File.Exists(Path.Combine(d.FullName, "src", "Resilience.Cli", "Resilience.Cli.csproj")))
                    return d.FullName;
        return null;
    }
}
