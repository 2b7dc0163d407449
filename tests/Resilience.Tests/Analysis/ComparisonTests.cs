using System.Diagnostics;
using System.Xml.Linq;
using Resilience.Analysis;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Tests;

[Trait("Tier", "Fast")]
public class ComparisonTests
{
    private static Scenario Load(string name) => TestSupport.LoadScenario(name, 2000, 24, 77, 4);

    [Fact]
    public void ComparingAScenarioWithItselfGivesExactlyZeroEffects()
    {
        var b = Load("baseline");
        var c = Comparison.Run(b, [b with { Name = "baseline-again" }], 2, null, CancellationToken.None);
        var rows = Comparison.EffectRows(c).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal(0.0, r.Effect.Estimate);
            Assert.Equal(0.0, r.Effect.Low);
            Assert.Equal(0.0, r.Effect.High);
        });
    }

    [Fact]
    public void CommonRandomNumbersNarrowTheIntervals()
    {
        var c = Comparison.Run(Load("baseline"), [Load("coach-churn")], 2, null, CancellationToken.None);
        Assert.True(ComparisonReport.MedianCrnGain(c) > 1.5, $"gain {ComparisonReport.MedianCrnGain(c)}");
    }

    [Fact]
    public void PairedIntervalsCoverTheTrueDifferenceAboutNinetyFivePercentOfTheTime()
    {
        // Simulated paired data with a known difference 0.3: shared noise (as common random numbers give) plus
        // scenario-specific noise. 4,000 trials; the coverage of a 95% interval must lie in [0.94, 0.96]
        // (binomial standard error 0.0034, so this band is about ±3 SE).
        var rng = new Random(12345);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
        int covered = 0, trials = 4000;
        for (int t = 0; t < trials; t++)
        {
            var b = new double[10]; var s = new double[10];
            for (int i = 0; i < 10; i++)
            {
                double shared = 2 * Gauss();
                b[i] = 5 + shared + 0.5 * Gauss();
                s[i] = 5.3 + shared + 0.5 * Gauss();
            }
            var e = Effects.Paired(b, s);
            if (e.Low <= 0.3 && 0.3 <= e.High) covered++;
        }
        Assert.InRange(covered / (double)trials, 0.94, 0.96);
    }

    [Fact]
    public void WelchIntervalIsWiderThanPairedWhenNoiseIsShared()
    {
        double[] b = [1, 2, 3, 4, 5, 6], s = [1.5, 2.4, 3.6, 4.5, 5.4, 6.6];
        Assert.True(Effects.Independent(b, s).Width > 3 * Effects.Paired(b, s).Width);
    }
}

/// <summary>The compare command's report rendered in Debian's chromium: a browser test, kept out of the fast tier.</summary>
public class ComparisonReportBrowserTests
{
    [Fact]
    public void CompareCommandWritesAReportThatRendersInChromium()
    {
        string outDir = Path.Combine(Path.GetTempPath(), $"resilience-compare-{Guid.NewGuid():N}");
        string root = TestSupport.RepoRoot;
        int code = Cli.Cli.Guard(() => Cli.Cli.CompareBody(Path.Combine(root, "scenarios", "baseline.json"),
            [Path.Combine(root, "scenarios", "buffer-budget.json")], 1500, 18, 3, 3, 2, outDir, false, CancellationToken.None, ["compare"]));
        Assert.Equal(0, code);
        try
        {
            foreach (var f in new[] { "effects.csv", "crn.csv", "report.html", "manifest.json" }) Assert.True(File.Exists(Path.Combine(outDir, f)), f);
            var svgs = Directory.GetFiles(Path.Combine(outDir, "charts"), "*.svg");
            Assert.True(svgs.Length >= 20);
            foreach (var svg in svgs) XDocument.Parse(File.ReadAllText(svg)); // well-formed XML
            var header = File.ReadLines(Path.Combine(outDir, "effects.csv")).First();
            Assert.Equal("scenario,outcome,subgroup,month,baseline,value,effect,ci_low,ci_high,replications,unit", header);

            Assert.True(File.Exists("/usr/bin/chromium"), "Debian's chromium is needed (.ci/run installs it)");
            string png = Path.Combine(outDir, "report.png");
            var psi = new ProcessStartInfo("/usr/bin/chromium",
                ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", $"--user-data-dir={Path.Combine(outDir, "chromium-profile")}", "--window-size=1200,3000",
                 $"--screenshot={png}", "file://" + Path.Combine(outDir, "report.html")])
            { RedirectStandardError = true, RedirectStandardOutput = true };
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            p.StandardError.ReadToEnd();
            Assert.True(p.WaitForExit(60_000), "chromium timed out");
            Assert.Equal(0, p.ExitCode);
            Assert.True(new FileInfo(png).Length > 50_000, "screenshot looks empty");
        }
        finally { Directory.Delete(outDir, true); }
    }
}
