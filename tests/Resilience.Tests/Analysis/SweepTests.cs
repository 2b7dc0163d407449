using Resilience.Analysis;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Tests;

[Trait("Tier", "Fast")]
public class SweepTests
{
    private static readonly string Baseline = Path.Combine(TestSupport.RepoRoot, "scenarios", "baseline.json");

    private static int Sweep(string outDir, string? shard, string[] grid, string[]? lhs = null) =>
        Cli.SweepCommands.SweepBody(Baseline, grid, lhs ?? [], 5, "share_adaptive@final,exits_lasting_18", shard, 800, 12, 3, 2, 2, outDir, true, CancellationToken.None);

    [Fact]
    public void MergedShardsEqualOneUnshardedRunByteForByte()
    {
        string root = Path.Combine(Path.GetTempPath(), $"resilience-sweep-{Guid.NewGuid():N}");
        string[] grid = ["buffer.budgetPerCoachMonth=0,1000,3000", "earnings.autoSettlement=false,true"];
        try
        {
            Assert.Equal(0, Sweep(Path.Combine(root, "full"), null, grid));
            for (int i = 1; i <= 4; i++) Assert.Equal(0, Sweep(Path.Combine(root, $"s{i}"), $"{i}/4", grid));
            // Shards in a scrambled order: the merge sorts by point.
            Assert.Equal(0, Cli.SweepCommands.MergeBody([Path.Combine(root, "s3"), Path.Combine(root, "s1"), Path.Combine(root, "s4"), Path.Combine(root, "s2")],
                Path.Combine(root, "merged"), false));
            foreach (var f in new[] { "sweep.csv", "design.csv" })
                Assert.Equal(File.ReadAllBytes(Path.Combine(root, "full", f)), File.ReadAllBytes(Path.Combine(root, "merged", f)));
            Assert.Equal(1 + 6 * 2, File.ReadAllLines(Path.Combine(root, "full", "sweep.csv")).Length);
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(root, "merged", "charts"), "*.svg"));
        }
        finally { if (Directory.Exists(root)) Directory.Delete(root, true); }
    }

    [Fact]
    public void PointsThatShareAStartGiveWhatTheirOwnRunsGive()
    {
        // The points of a lever design share one synthesis and burn-in per replication; each must still give exactly
        // what a run of its own gives. Point 1 of the grid, both replications, run on their own here.
        var scenario = ScenarioLoader.Load(Baseline).With(800, 12, 3, 2);
        var design = new SweepDesign([SweepDesign.ParseFactor("buffer.budgetPerCoachMonth=0,1000", grid: true)], 0, 3);
        var outcome = Outcomes.Get("exits_lasting_6");
        var lines = Analysis.Sweep.Run(scenario, design, [0, 1], [outcome], 2, null, CancellationToken.None);
        var own = Enumerable.Range(0, 2).Select(r => outcome.Read(Engine.RunResult.Run(
            new Engine.RunSpec(Analysis.Sweep.PointParameters(scenario.ToParameters(), design, 1, null, r), 800, 12, 3, scenario.Schedule), r), 0)).ToList();
        var iv = Interval.Of(own);
        Assert.Equal($"1,1000,exits_lasting_6,{RunOutputs.Num(iv.Mean)},{RunOutputs.Num(iv.Low)},{RunOutputs.Num(iv.High)},2", lines.Single(l => l.Point == 1).Line);
    }

    [Fact]
    public void MergeRefusesIncompleteOrMixedShards()
    {
        string root = Path.Combine(Path.GetTempPath(), $"resilience-sweep-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, Sweep(Path.Combine(root, "a1"), "1/2", ["coach.duo=false,true"]));
            Assert.Equal(0, Sweep(Path.Combine(root, "b2"), "2/2", ["coach.noReferral=false,true"]));
            var err = new StringWriter();
            var old = Console.Error;
            Console.SetError(err);
            try
            {
                Assert.Equal(2, Cli.Cli.Guard(() => Cli.SweepCommands.MergeBody([Path.Combine(root, "a1")], Path.Combine(root, "m1"), false)));
                Assert.Equal(2, Cli.Cli.Guard(() => Cli.SweepCommands.MergeBody([Path.Combine(root, "a1"), Path.Combine(root, "b2")], Path.Combine(root, "m2"), false)));
            }
            finally { Console.SetError(old); }
            Assert.Contains("shard(s) 2 of 2 missing", err.ToString());
            Assert.Contains("belongs to a different design", err.ToString());
            Assert.False(Directory.Exists(Path.Combine(root, "m1")));
        }
        finally { if (Directory.Exists(root)) Directory.Delete(root, true); }
    }

    [Fact]
    public void LatinHypercubePutsOnePointInEveryStratumOfEveryFactor()
    {
        var f1 = SweepDesign.ParseFactor("buffer.budgetPerCoachMonth=0:3000", grid: false);
        var f2 = SweepDesign.ParseFactor("coach.turnoverPerYear=0:1", grid: false);
        var d = new SweepDesign([f1, f2], 40, 9);
        Assert.Equal(40, d.Points.Length);
        for (int k = 0; k < 2; k++)
        {
            var (lo, hi) = k == 0 ? (0.0, 3000.0) : (0.0, 1.0);
            var strata = d.Points.Select(p => (int)((p[k] - lo) / (hi - lo) * 40)).OrderBy(x => x).ToArray();
            Assert.Equal(Enumerable.Range(0, 40).ToArray(), strata);
        }
        Assert.Equal(d.Hash(), new SweepDesign([f1, f2], 40, 9).Hash());
        Assert.NotEqual(d.Hash(), new SweepDesign([f1, f2], 40, 10).Hash());
    }

    [Theory]
    [InlineData("coach.caseload=10,20", "expected a number from 30 to 400")]
    [InlineData("no.such.lever=1,2", "unknown lever or parameter")]
    [InlineData("coach.duo=maybe", "is not true or false")]
    public void BadFactorsAreRejectedWithTheReason(string factor, string expected)
    {
        var e = Assert.Throws<InputException>(() => SweepDesign.ParseFactor(factor, grid: true));
        Assert.Contains(expected, e.Message);
    }
}
