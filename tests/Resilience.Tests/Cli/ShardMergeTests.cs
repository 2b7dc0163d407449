namespace Resilience.Tests;

/// <summary>
/// Issue 25 item 1: each analysis run locally, and run as two shards (<c>--shard i/2</c>) merged by its merge
/// command, writes the same outputs byte for byte — the protocol between submitter, shard and merge without Slurm
/// (SlurmTests check the same through a real job array). Manifests and reports may differ only in their times, elapsed
/// seconds, thread counts and, for compare, the command line it records (the local one as typed, the merged one as the
/// shards ran it).
/// </summary>
public sealed class ShardMergeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "resilience-shards-" + Guid.NewGuid().ToString("N"));

    public ShardMergeTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "small.json"), "{ \"clients\": 300, \"months\": 12, \"replications\": 2, \"seed\": 7 }");
        File.WriteAllText(Path.Combine(_dir, "other.json"), "{ \"name\": \"other\", \"extends\": \"small.json\", \"levers\": { \"coach.caseload\": 60 } }");
        File.Copy(Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "seed-targets.csv"), Path.Combine(_dir, "targets.csv"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    public static TheoryData<string, string[]> Experiments => new()
    {
        { "compare-merge", ["compare", "small.json", "other.json", "--replications", "4"] },
        // All uncertainty drawn (issue 23): the draws are made from the design, so a shard makes the same draws.
        { "compare-merge", ["compare", "small.json", "other.json", "--uncertainty", "full", "--draws", "4",
            "--parameter-set", Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "calibration-bootstrap.csv")] },
        { "sweep-merge", ["sweep", "small.json", "--grid", "coach.caseload=60,90,120", "--grid", "coach.duo=false,true", "--replications", "2"] },
        { "sensitivity-merge", ["sensitivity", "small.json", "--params", "work.offerRate,coach.caseload,sanctions.strictness",
            "--outcomes", "exits_lasting_18,share_adaptive", "--trajectories", "4"] },
        { "calibrate-merge", ["calibrate", "small.json", "--targets", "targets.csv", "--free", "work.offerRate=0.04:0.14", "--free", "coach.leadRate=0.01:0.08",
            "--budget", "12", "--bootstrap", "4", "--bootstrap-budget", "6", "--clients", "300", "--months", "24", "--replications", "1"] },
        // The trials are the units of work: shard 1 of 2 runs trials 0 and 2, shard 2 runs trial 1.
        { "merge", ["calibrate-coverage", "small.json", "--free", "work.offerRate=0.04:0.14", "--truth", "work.offerRate=0.09", "--trials", "3",
            "--budget", "6", "--bootstrap", "2", "--bootstrap-budget", "3", "--clients", "200", "--months", "12", "--starts", "1"] },
    };

    private void Cli(params string[] args)
    {
        var (code, stderr) = BadInputCorpusTests.RunProcess(args, _dir, timeoutSeconds: 300);
        Assert.True(code == 0, $"{string.Join(' ', args)}: exit {code}: {stderr}");
    }

    [Theory]
    [MemberData(nameof(Experiments))]
    public void TwoShardsMergedGiveTheLocalOutputsByteForByte(string merge, string[] experiment)
    {
        Cli([.. experiment, "--out", "local"]);
        Cli([.. experiment, "--shard", "1/2", "--out", "shard-1"]);
        Cli([.. experiment, "--shard", "2/2", "--out", "shard-2"]);
        Cli(merge, "shard-1", "shard-2", "--out", "merged");
        AssertSameOutputs(Path.Combine(_dir, "local"), Path.Combine(_dir, "merged"), commandLineDiffers: merge == "compare-merge");
        if (!OnPipeline.Contains(experiment[0])) return;
        // The one merge command merges any experiment's shards (the kind is in their experiment.json) …
        Cli("merge", "shard-2", "shard-1", "--out", "merged-by-merge");
        AssertSameOutputs(Path.Combine(_dir, "merged"), Path.Combine(_dir, "merged-by-merge"), commandLineDiffers: false);
        // … and a shard run from the experiment file alone (as a Slurm task runs it) is the shard the command line ran.
        Cli("shard", Path.Combine("shard-1", "experiment.json"), "--shard", "2/2", "--out", "shard-2-from-file");
        AssertSameShard(Path.Combine(_dir, "shard-2"), Path.Combine(_dir, "shard-2-from-file"));
    }

    /// <summary>The commands that run through the experiment pipeline (Pipeline.Execute): their shards carry experiment.json.</summary>
    private static readonly string[] OnPipeline = ["compare", "sweep", "sensitivity", "calibrate", "calibrate-coverage"];

    private static void AssertSameShard(string a, string b)
    {
        foreach (var f in Directory.GetFiles(a).Select(Path.GetFileName))
        {
            if (f is ".resilience-output.json" or null) continue;
            static IEnumerable<string> Lines(string path) => File.ReadLines(path).Where(l => !l.Contains("Time\"") && !l.Contains("\"elapsedSeconds\"") && !l.Contains("\"threads\""));
            if (f == "manifest.json") Assert.Equal(Lines(Path.Combine(a, f)), Lines(Path.Combine(b, f)));
            else Assert.True(File.ReadAllBytes(Path.Combine(a, f)).SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), $"{f} differs");
        }
    }

    /// <summary>Every file of <paramref name="a"/> equals the one of <paramref name="b"/>, byte for byte, but for the
    /// folder marker and the provenance lines of manifest.json and the HTML report.</summary>
    private static void AssertSameOutputs(string a, string b, bool commandLineDiffers)
    {
        static List<string> Files(string root) =>
            [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
        var files = Files(a);
        Assert.Equal(files, Files(b));
        Assert.True(files.Count >= 5);
        static bool Provenance(string line) =>
            line.Contains("Time\"") || line.Contains("\"elapsedSeconds\"") || line.Contains("\"threads\"") || line.Contains("\"commandLine\"");
        foreach (var f in files)
        {
            string x = Path.Combine(a, f), y = Path.Combine(b, f);
            if (f == ".resilience-output.json") continue;
            if (f == "manifest.json")
                Assert.Equal(File.ReadLines(x).Where(l => !Provenance(l)), File.ReadLines(y).Where(l => !Provenance(l)));
            else if (f.EndsWith(".html", StringComparison.Ordinal))
            {
                if (commandLineDiffers) continue; // the report prints the command that reruns it
                // The report states how long the experiment took ("…, 3 s."): the same text but for that number.
                static string WithoutElapsed(string path) => System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), @"[0-9,]+ s\.</p>", "# s.</p>");
                Assert.Equal(WithoutElapsed(x), WithoutElapsed(y));
            }
            else Assert.True(File.ReadAllBytes(x).SequenceEqual(File.ReadAllBytes(y)), $"{f} differs");
        }
    }
}
