using System.Globalization;
using Resilience.Analysis;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>
/// <c>compare --uncertainty full --draws K</c> (issue 23 item 3): replication r of every scenario runs draw r of all
/// prior-bearing and calibrated parameters; uncertainty.csv holds per headline effect the mean and interval over the
/// draws and the probability of its sign, with a direction stated only from 0.9; acceptability.csv the acceptability
/// curve; drivers.csv the parameters that explain an effect beyond chance.
/// </summary>
[Trait("Tier", "Fast")]
public class FullUncertaintyTests
{
    [Fact]
    public void AFullUncertaintyComparisonWritesTheIntervalOverDrawsTheSignsProbabilityAndTheAcceptabilityCurve()
    {
        string dir = Path.Combine(Path.GetTempPath(), "resilience-psa-" + Guid.NewGuid().ToString("N"));
        try
        {
            string scenarios = Path.Combine(TestSupport.RepoRoot, "scenarios");
            int code = Resilience.Cli.Cli.CompareBody(Path.Combine(scenarios, "baseline.json"), [Path.Combine(scenarios, "buffer-budget.json")],
                clients: 500, months: 24, seed: 3, replications: null, threads: 2, outDir: dir, force: false, CancellationToken.None, ["compare"],
                parameterSet: Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "calibration-bootstrap.csv"), uncertainty: "full", fullDraws: 12);
            Assert.Equal(0, code);

            var rows = File.ReadAllLines(Path.Combine(dir, "uncertainty.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            Assert.Equal(ComparisonReport.Headline.Length, rows.Count);
            var effects = File.ReadAllLines(Path.Combine(dir, "effects.csv")).Skip(1).Select(l => l.Split(','))
                .Where(f => f[2] == "all").ToDictionary(f => f[1], f => double.Parse(f[6], CultureInfo.InvariantCulture));
            foreach (var f in rows)
            {
                // Columns: scenario, outcome, unit (quoted when it holds a comma), mean, low, high, probability, draws, statement, driver.
                var tail = f[^7..];
                double mean = double.Parse(tail[0], CultureInfo.InvariantCulture), low = double.Parse(tail[1], CultureInfo.InvariantCulture);
                double high = double.Parse(tail[2], CultureInfo.InvariantCulture), p = double.Parse(tail[3], CultureInfo.InvariantCulture);
                Assert.Equal(effects[f[1]], mean, 9);            // the mean over draws is the paired effect's estimate
                Assert.True(low <= mean && mean <= high, string.Join(",", f));
                Assert.InRange(p, 0, 1); // below 0.5 when a skewed few draws carry the mean
                Assert.Equal("12", tail[4]);
                Assert.Equal(p >= UncertaintyOutputs.Confident ? (mean > 0 ? "raises" : mean < 0 ? "lowers" : "no change") : "uncertain", tail[5]);
            }

            var curve = File.ReadAllLines(Path.Combine(dir, "acceptability.csv")).Skip(1).Select(l => l.Split(','))
                .Where(f => f[1] == "exits_lasting_18").Select(f => double.Parse(f[3], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(Uncertainty.WillingnessToPay.Length, curve.Count);
            Assert.All(curve, v => Assert.InRange(v, 0, 1));
            Assert.True(File.Exists(Path.Combine(dir, "drivers.csv")));

            // The report shows it: the section with every key effect's range over the draws and its chance, the
            // acceptability curve (also as charts/acceptability.svg) and the drivers of the effect on lasting exits.
            string html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains("id=\"all-uncertainty\"", html);
            Assert.Contains("With all uncertainty", html);
            Assert.Equal(ComparisonReport.Key.Length, System.Text.RegularExpressions.Regex.Matches(html, "<table class=\"full\">(.*?)</table>").Sum(m => System.Text.RegularExpressions.Regex.Matches(m.Value, "<tr><td").Count));
            Assert.True(File.Exists(Path.Combine(dir, "charts", "acceptability.svg")));
            Assert.Contains("Chance that a scenario is cost-effective per extra lasting exit", html);
            Assert.Contains("class=\"drivers\"", html);

            // The summary follows the draws: an effect the draws disagree on (chance below 0.9) is stated as uncertain,
            // with what it depends on, and never as better or worse; one they agree on is stated with the draws' range.
            string summary = System.Text.RegularExpressions.Regex.Match(html, "<section class=\"summary\".*?</section>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
            string uncertainPart = System.Text.RegularExpressions.Regex.Match(summary, "Uncertain in direction[^.]*\\.").Value;
            string statedPart = string.Concat(System.Text.RegularExpressions.Regex.Matches(summary, "(Better|Worse): .*?\\)\\.").Select(m => m.Value));
            var w = new Wording(Resilience.IO.Labels.English);
            foreach (var f in rows.Where(f => ComparisonReport.Key.Contains(f[1]) && f[1] != "cost_total"))
            {
                var tail = f[^7..];
                var o = Outcomes.Get(f[1]);
                var drawn = new DrawnEffect(double.Parse(tail[0], CultureInfo.InvariantCulture), double.Parse(tail[1], CultureInfo.InvariantCulture),
                    double.Parse(tail[2], CultureInfo.InvariantCulture), double.Parse(tail[3], CultureInfo.InvariantCulture), 12);
                string label = System.Net.WebUtility.HtmlEncode(w.Label(o).ToLowerInvariant());
                switch (Wording.Judge(o, drawn))
                {
                    case Verdict.Unclear:
                        Assert.Contains(label, uncertainPart);
                        Assert.DoesNotContain(label + " ", statedPart);
                        break;
                    case Verdict.Better or Verdict.Worse:
                        Assert.Contains(label + " ", statedPart);
                        Assert.DoesNotContain(label, uncertainPart);
                        break;
                }
            }
            if (statedPart.Length > 0) Assert.Contains("range of 95% of the draws", statedPart);

            // The forest plots share one legend above them (issue 26 item 7), none of their own.
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"forest-legend\""));
            string unclear = Resilience.IO.Labels.English.T("legend.unclearOrSmall");
            var forests = Directory.GetFiles(Path.Combine(dir, "charts"), "forest_*.svg");
            Assert.NotEmpty(forests);
            Assert.All(forests, f => Assert.DoesNotContain(unclear, File.ReadAllText(f)));
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void TheDutchReportShowsAllUncertaintyInDutch()
    {
        string dir = Path.Combine(Path.GetTempPath(), "resilience-psa-nl-" + Guid.NewGuid().ToString("N"));
        try
        {
            string scenarios = Path.Combine(TestSupport.RepoRoot, "scenarios");
            Assert.Equal(0, Resilience.Cli.Cli.CompareBody(Path.Combine(scenarios, "baseline.json"), [Path.Combine(scenarios, "sanctions-strict.json")],
                clients: 400, months: 24, seed: 5, replications: null, threads: 2, outDir: dir, force: false, CancellationToken.None, ["compare"],
                lang: "nl", parameterSet: Path.Combine(scenarios, "targets", "calibration-bootstrap.csv"), uncertainty: "full", fullDraws: 6));
            string html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains("Met alle onzekerheid", html);
            Assert.Contains("Kans op deze richting", html);
            Assert.Contains("Kans dat een scenario kosteneffectief is per extra duurzame uitstroom", html);
            Assert.DoesNotContain("With all uncertainty", html);
            Assert.DoesNotContain("Chance of this direction", html);
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void EveryReplicationRunsItsOwnDrawOfTheAssumedSizes()
    {
        var draws = ParameterDraws.Full(6, 9, calibrated: null);
        var baseline = new Parameters();
        var seen = Enumerable.Range(0, 6).Select(r => ParameterRegistry.Hash(draws.Apply(baseline, baseline, r))).ToHashSet();
        Assert.Equal(6, seen.Count);
        Assert.True(draws.IsFull);
    }
}
