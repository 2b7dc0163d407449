using Resilience.Analysis;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Sensitivity;
using Resilience.Engine;
using Resilience.Model;
using AnalysisCli = Resilience.Cli.AnalysisCommands;
using CliApp = Resilience.Cli.Cli;

namespace Resilience.Tests;

/// <summary>Morris and Sobol against functions whose answers are known, then on the model (common random numbers
/// make a parameter that cannot act have an effect of exactly zero), and the command.</summary>
[Collection(ConsoleCollection.Name)]
[Trait("Tier", "Fast")]
public sealed class SensitivityTests
{
    // ───────────────────────────── Morris ─────────────────────────────

    [Fact]
    public void MorrisDesignStepsOneFactorAtATimeOnTheGrid()
    {
        var design = Morris.Design(5, 7, 4, new DesignRandom(3, 1));
        Assert.Equal(7 * 6, design.Points.Length);
        double delta = 4 / 6.0;
        for (int t = 0; t < 7; t++)
        {
            Assert.Equal([0, 1, 2, 3, 4], design.Order[t].Order());
            for (int s = 0; s < 5; s++)
            {
                var a = design.Points[t * 6 + s];
                var b = design.Points[t * 6 + s + 1];
                for (int i = 0; i < 5; i++)
                {
                    Assert.InRange(b[i], 0, 1);
                    if (i == design.Order[t][s]) Assert.Equal(delta, Math.Abs(b[i] - a[i]), 12);
                    else Assert.Equal(a[i], b[i]);
                }
            }
        }
    }

    /// <summary>f = Σ cᵢ xᵢ with xᵢ over its bounds: every elementary effect is cᵢ·(highᵢ − lowᵢ) per whole range,
    /// so μ* = |cᵢ|·range, μ = cᵢ·range and σ = 0 exactly.</summary>
    [Fact]
    public void MorrisOnALinearFunctionGivesItsSlopes()
    {
        double[] c = [3, -2, 0.5, 0, 20];
        double[] lo = [0, 1, -1, 0, 0.2], hi = [1, 3, 1, 5, 0.3];
        var design = Morris.Design(c.Length, 12, 4, new DesignRandom(11, 1));
        var y = design.Points.Select(u => c.Select((ci, i) => ci * (lo[i] + u[i] * (hi[i] - lo[i]))).Sum()).ToArray();
        var effects = Morris.Analyse(design, design.Points, y);
        for (int i = 0; i < c.Length; i++)
        {
            double slope = c[i] * (hi[i] - lo[i]);
            Assert.Equal(Math.Abs(slope), effects[i].MuStar, 9);
            Assert.Equal(slope, effects[i].Mu, 9);
            Assert.Equal(0, effects[i].Sigma, 9);
            Assert.Equal(12, effects[i].Effects);
        }
        Assert.Equal([1, 0, 4, 2, 3], effects.OrderByDescending(e => e.MuStar).Select(e => e.Factor));
    }

    /// <summary>f = x₁·x₂ + x₃: x₁ and x₂ interact (their effects vary, σ > 0), x₃ is linear (σ = 0, μ* = 1), x₄
    /// does nothing (μ* = 0).</summary>
    [Fact]
    public void MorrisSigmaFlagsInteractions()
    {
        var design = Morris.Design(4, 30, 4, new DesignRandom(5, 1));
        var y = design.Points.Select(u => u[0] * u[1] + u[2]).ToArray();
        var e = Morris.Analyse(design, design.Points, y);
        Assert.True(e[0].Sigma > 0.1 && e[1].Sigma > 0.1, $"σ₁ {e[0].Sigma}, σ₂ {e[1].Sigma}");
        Assert.Equal(1, e[2].MuStar, 9);
        Assert.Equal(0, e[2].Sigma, 9);
        Assert.Equal(0, e[3].MuStar, 12);
        // E|EE₁| = E[x₂] over the grid levels {0, 1/3, 2/3, 1} = 0.5 (up to sampling of 30 trajectories).
        Assert.InRange(e[0].MuStar, 0.35, 0.65);
        Assert.InRange(e[0].MuStarLow, 0, e[0].MuStar);
        Assert.InRange(e[0].MuStarHigh, e[0].MuStar, 1);
    }

    // ───────────────────────────── Sobol ─────────────────────────────

    private static double Ishigami(double[] u)
    {
        double x1 = -Math.PI + 2 * Math.PI * u[0], x2 = -Math.PI + 2 * Math.PI * u[1], x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.Sin(x1) + 7 * Math.Sin(x2) * Math.Sin(x2) + 0.1 * Math.Pow(x3, 4) * Math.Sin(x1);
    }

    /// <summary>The Ishigami function (a = 7, b = 0.1), the standard test of Sobol estimators. Analytic indices:
    /// S = (0.3139, 0.4424, 0), S_T = (0.5576, 0.4424, 0.2437). With N = 2¹⁴ pseudo-random base samples
    /// (81,920 evaluations) the estimates must lie within ±0.03 and inside their bootstrap intervals.</summary>
    [Fact]
    public void SobolOnTheIshigamiFunctionGivesTheKnownIndices()
    {
        const double a = 7, b = 0.1;
        double v = a * a / 8 + b * Math.Pow(Math.PI, 4) / 5 + b * b * Math.Pow(Math.PI, 8) / 18 + 0.5;
        double v1 = 0.5 * Math.Pow(1 + b * Math.Pow(Math.PI, 4) / 5, 2), v2 = a * a / 8;
        double v13 = b * b * Math.Pow(Math.PI, 8) * (1.0 / 18 - 1.0 / 50);
        double[] first = [v1 / v, v2 / v, 0], total = [(v1 + v13) / v, v2 / v, v13 / v];
        Assert.Equal(0.3139, first[0], 4);
        Assert.Equal(0.2437, total[2], 4);

        var design = Sobol.Design(3, 1 << 14, new DesignRandom(2026, 1));
        var y = design.Points.Select(Ishigami).ToArray();
        var s = Sobol.Analyse(design, y, bootstrap: 200);
        for (int i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(s[i].First - first[i]) < 0.03, $"S{i + 1} = {s[i].First:0.####}, expected {first[i]:0.####}");
            Assert.True(Math.Abs(s[i].Total - total[i]) < 0.03, $"ST{i + 1} = {s[i].Total:0.####}, expected {total[i]:0.####}");
            Assert.InRange(first[i], s[i].FirstLow, s[i].FirstHigh);
            Assert.InRange(total[i], s[i].TotalLow, s[i].TotalHigh);
        }
    }

    /// <summary>For an additive f = Σ cᵢ xᵢ (uniform xᵢ) first-order and total indices are both cᵢ² / Σ c².</summary>
    [Fact]
    public void SobolOnALinearFunctionGivesSquaredWeights()
    {
        double[] c = [1, 2, 3];
        var design = Sobol.Design(3, 4096, new DesignRandom(8, 1));
        var y = design.Points.Select(u => c[0] * u[0] + c[1] * u[1] + c[2] * u[2]).ToArray();
        var s = Sobol.Analyse(design, y, bootstrap: 100);
        for (int i = 0; i < 3; i++)
        {
            double expected = c[i] * c[i] / 14;
            Assert.True(Math.Abs(s[i].First - expected) < 0.03, $"S{i + 1} = {s[i].First}, expected {expected}");
            Assert.True(Math.Abs(s[i].Total - expected) < 0.03, $"ST{i + 1} = {s[i].Total}, expected {expected}");
        }
    }

    // ───────────────────────────── On the model ─────────────────────────────

    /// <summary>debtHelp.costPerMonth only prices restructuring months: under common random numbers it cannot
    /// move the adaptive share at all (μ* exactly 0), while the adaptive threshold must; and it does move the cost
    /// of debt help.</summary>
    [Fact]
    public void MorrisOnTheModelSeparatesAnInertParameterExactly()
    {
        var factors = new[] { "psych.adaptiveUpper", "debtHelp.costPerMonth" }
            .Select(n => FreeParameter.Around(ParameterRegistry.Get(n), 0.5)).ToList();
        var outcomes = new[] { "share_adaptive", "cost_debt_help" }.Select(SensitivityOutcome.Parse).ToList();
        var settings = new SensitivitySettings { Trajectories = 3, Replications = 1, Seed = 4, Threads = 2 };
        var r = SensitivityAnalysis.Run(new RunSpec(new Parameters(), 400, 24, 4, []), factors, outcomes, settings);
        var adaptive = r.MorrisEffects[0];
        Assert.True(adaptive[0].MuStar > 0.05, $"adaptiveUpper μ* {adaptive[0].MuStar}");
        Assert.Equal(0, adaptive[1].MuStar);
        Assert.True(r.MorrisEffects[1][1].MuStar > 0, "costPerMonth prices debt help");
        Assert.Equal("psych.adaptiveUpper", r.Factors[r.RankedMorris(0).First().Factor].Name);
    }

    [Fact]
    public void ScreeningCoversEveryParameterWhoseSizeIsAssumed()
    {
        var names = SensitivityAnalysis.ScreeningParameters().Select(d => d.Name).ToHashSet();
        Assert.Contains("work.offerRate", names);
        Assert.Contains("psych.adaptiveUpper", names);
        Assert.Contains("work.partTimeOfferShare", names); // [003, 004 §2.2] give the direction, not the 0.6
        Assert.DoesNotContain("work.employerCeilingShare", names); // [003: 41%] is the number itself
        // The responsiveness set and the sanction margins of issue 23 are assumed sizes, so they are screened.
        foreach (var n in new[] { "pressure.responsive.intercept", "pressure.responsive.agency", "pressure.responsive.mentalHealth",
                                  "pressure.responsive.language", "pressure.stressedShareOfOthers", "sanctions.deterrence",
                                  "sanctions.referencePenalty", "obligations.feltShare" })
            Assert.Contains(n, names);
        foreach (var d in ParameterRegistry.All.Where(d => d.Kind is ParamKind.Number or ParamKind.Integer))
            Assert.True(names.Contains(d.Name) == (d.Meta.Evidence is Evidence.Direction or Evidence.Assumption or Evidence.Calibrated), d.Name);
        Assert.DoesNotContain("sanctions.strictness", names); // a policy lever: what scenarios set, not an assumption
    }

    // ───────────────────────────── The command ─────────────────────────────

    private static AnalysisCli.SensitivityArgs Args(string outDir, string method = "morris", string[]? parameters = null) => new(
        Path.Combine(TestSupport.RepoRoot, "scenarios", "baseline.json"), method, parameters ?? ["work.offerRate,psych.adaptiveUpper", "work.jobLossRate=0.005:0.02"],
        false, ["share_adaptive", "exits_lasting_18", "adaptive_share"], 2, 4, 8, 1, 300, 24, 1, null, 2, outDir, false);

    [Fact]
    public void SensitivityCommandWritesRankedTablesAndAChartPerOutcome()
    {
        string dir = Directory.CreateTempSubdirectory("sensitivity-test-").FullName;
        try
        {
            string morris = Path.Combine(dir, "morris"), sobol = Path.Combine(dir, "sobol");
            Assert.Equal(0, AnalysisTestSupport.Quiet(() => AnalysisCli.Sensitivity(Args(morris), CancellationToken.None)));
            var rows = File.ReadAllLines(Path.Combine(morris, "morris.csv"));
            Assert.Equal(1 + 3 * 3, rows.Length);
            Assert.StartsWith("share_adaptive,mean over months 12–end,1,", rows[1]);
            foreach (var o in new[] { "share_adaptive", "exits_lasting_18", "adaptive_share" })
                Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(morris, $"morris-{o}.svg")));
            Assert.Equal(1 + 2 * 4, File.ReadAllLines(Path.Combine(morris, "samples.csv")).Length);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(morris, "sensitivity-report.html")));

            Assert.Equal(0, AnalysisTestSupport.Quiet(() => AnalysisCli.Sensitivity(Args(sobol, "sobol"), CancellationToken.None)));
            Assert.Equal(1 + 3 * 3, File.ReadAllLines(Path.Combine(sobol, "sobol.csv")).Length);
            Assert.Equal(1 + 8 * 5, File.ReadAllLines(Path.Combine(sobol, "samples.csv")).Length);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void SensitivityRejectsBadArgumentsAndLeavesNoOutputWhenCancelled()
    {
        string dir = Directory.CreateTempSubdirectory("sensitivity-test-").FullName;
        try
        {
            string outDir = Path.Combine(dir, "out");
            Assert.Equal(CliApp.ExitInputError, AnalysisTestSupport.Quiet(() => AnalysisCli.Sensitivity(Args(outDir, "sobol", []), CancellationToken.None)));
            Assert.Equal(CliApp.ExitInputError, AnalysisTestSupport.Quiet(() => AnalysisCli.Sensitivity(Args(outDir, "fast"), CancellationToken.None)));
            Assert.Equal(CliApp.ExitInputError, AnalysisTestSupport.Quiet(() => AnalysisCli.Sensitivity(Args(outDir, parameters: ["work.offerRat"]), CancellationToken.None)));
            Assert.Equal(CliApp.ExitInputError, AnalysisTestSupport.Quiet(() => AnalysisCli.Sensitivity(Args(outDir) with { Outcomes = ["no_such_metric"] }, CancellationToken.None)));
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            Assert.Equal(CliApp.ExitCancelled, AnalysisTestSupport.Quiet(() => AnalysisCli.Sensitivity(Args(outDir), cancel.Token)));
            Assert.Empty(Directory.GetFileSystemEntries(dir));
        }
        finally { Directory.Delete(dir, true); }
    }
}
