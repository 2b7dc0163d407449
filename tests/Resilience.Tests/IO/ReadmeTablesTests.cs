using CliApp = Resilience.Cli.Cli;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Tests;

/// <summary>The README's tables of figures are generated from the outputs of the documented commands
/// (scripts/readme-tables.sh → `tables --update README.md`), so they cannot drift from the code.</summary>
[Collection(ConsoleCollection.Name)]
[Trait("Tier", "Fast")]
public sealed class ReadmeTablesTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "resilience-tables-" + Guid.NewGuid().ToString("N"));

    public ReadmeTablesTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Scenario(string name) => Path.Combine(TestSupport.RepoRoot, "scenarios", name + ".json");

    [Fact]
    public void TheTablesAreMadeFromTheOutputsOfRunAndCompareAndReplaceOnlyTheirBlocks()
    {
        var err = new StringWriter();
        var (oldErr, oldOut) = (Console.Error, Console.Out);
        Console.SetError(err);
        Console.SetOut(new StringWriter());
        try
        {
            Assert.Equal(0, CliApp.Guard(() => CliApp.RunCommandBody(Scenario("baseline"), 800, 24, 5, 2, 2, Path.Combine(_dir, "run"), false, false, CancellationToken.None)));
            Assert.Equal(0, CliApp.Guard(() => CliApp.CompareBody(Scenario("baseline"), [Scenario("buffer-budget"), Scenario("sanctions-strict")], 800, 24, 5, 2, 2,
                Path.Combine(_dir, "cmp"), false, CancellationToken.None, ["compare"])));
        }
        finally { Console.SetError(oldErr); Console.SetOut(oldOut); }
        Assert.Equal("", err.ToString());

        string targets = ReadmeTables.Targets(Path.Combine(_dir, "run", "summary.csv"));
        foreach (var t in Targets.All) Assert.Contains($"| `{t.Name}` |", targets);
        Assert.Matches(@"\d+ of " + Targets.All.Count() + @" targets inside their band \(\d+ of the " + Targets.All.Count(t => t.Fitted) + " that the calibration fits\\)", targets);
        string effects = ReadmeTables.Effects(Path.Combine(_dir, "cmp", "effects.csv"));
        // Both kinds of interval side by side; the same file twice gives intervals of the same width.
        string both = ReadmeTables.Uncertainty(Path.Combine(_dir, "cmp", "effects.csv"), Path.Combine(_dir, "cmp", "effects.csv"));
        Assert.Contains("| buffer-budget |", both);
        Assert.Contains("a median 1.0× as wide", both);
        Assert.Contains("| buffer-budget |", effects);
        Assert.Contains("| sanctions-strict |", effects);
        Assert.Contains("Replications: 2.", effects);

        string doc = "intro\n" + MarkdownBlocks.Begin(ReadmeTables.TargetsCommand) + "\nSTALE-BLOCK-TEXT\n" + MarkdownBlocks.End(ReadmeTables.TargetsCommand) + "\noutro\n";
        string updated = MarkdownBlocks.Replace(doc, ReadmeTables.TargetsCommand, targets);
        Assert.StartsWith("intro\n", updated);
        Assert.EndsWith("\noutro\n", updated);
        Assert.DoesNotContain("STALE-BLOCK-TEXT", updated);
        Assert.Equal(targets.TrimEnd('\n'), MarkdownBlocks.Read(updated, ReadmeTables.TargetsCommand));
        Assert.Throws<InputException>(() => MarkdownBlocks.Replace("no blocks here", ReadmeTables.EffectsCommand, effects));
    }

    [Fact]
    public void TheReadmeCarriesBothGeneratedTablesFilledIn()
    {
        string readme = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "README.md"));
        string? targets = MarkdownBlocks.Read(readme, ReadmeTables.TargetsCommand);
        string? effects = MarkdownBlocks.Read(readme, ReadmeTables.EffectsCommand);
        string? both = MarkdownBlocks.Read(readme, ReadmeTables.UncertaintyCommand);
        Assert.NotNull(both);
        Assert.Contains("with parameter uncertainty", both);
        Assert.Contains("| integrated-support |", both);
        Assert.NotNull(targets);
        Assert.NotNull(effects);
        Assert.Contains("targets inside their band", targets);
        foreach (var t in Targets.All) Assert.Contains($"| `{t.Name}` |", targets);
        foreach (var s in new[] { "sanctions-strict", "sanctions-none", "buffer-budget", "coach-continuity", "coach-churn", "extra-attention",
                     "self-direction", "earnings-premium", "auto-settlement", "fast-processing", "integrated-support" })
            Assert.Contains($"| {s} |", effects);
        string? full = MarkdownBlocks.Read(readme, ReadmeTables.FullUncertaintyCommand);
        Assert.NotNull(full);
        Assert.Contains("interval with all uncertainty", full);
        Assert.Contains("P(sign)", full);
        Assert.Contains("| integrated-support |", full);
        // The table was made with the number of draws the script asks for (a rerun after changing one updates both).
        string script = File.ReadAllText(Path.Combine(TestSupport.RepoRoot, "scripts", "readme-tables.sh"));
        var draws = System.Text.RegularExpressions.Regex.Match(script, @"--uncertainty full --draws (\d+)");
        Assert.True(draws.Success, "scripts/readme-tables.sh runs no `--uncertainty full --draws N`");
        Assert.Contains($"Draws: {draws.Groups[1].Value}.", full);
    }

    [Fact]
    public void TheFullUncertaintyTableShowsTheIntervalOverDrawsTheSignsProbabilityAndTheDrivers()
    {
        string u = Path.Combine(_dir, "uncertainty.csv"), d = Path.Combine(_dir, "drivers.csv");
        var lines = new List<string> { "scenario,outcome,unit,mean,low,high,probability_of_sign,draws,statement,depends_most_on" };
        foreach (var o in new[] { "exits_lasting_18", "share_crisis@final", "share_problematic_debt@final", "cost_total" })
            lines.Add($"strict,{o},x,{(o == "cost_total" ? "-800,-1400,-300,1" : "1.5,-0.5,4.2,0.72")},200,{(o == "cost_total" ? "lowers" : "uncertain")},work.offerRate");
        File.WriteAllLines(u, lines);
        File.WriteAllLines(d, ["scenario,outcome,rank,parameter,evidence,share_of_variance", "strict,exits_lasting_18,1,sanctions.deterrence,direction (size assumed),0.31"]);
        string table = ReadmeTables.FullUncertainty(u, d);
        Assert.Contains("| strict | +1.5 [−0.5, +4.2] | 0.72 (uncertain) |", table);
        Assert.Contains("−800 [−1,400, −300] | 1.00 |", table);
        Assert.Contains("`sanctions.deterrence` (direction (size assumed), 31%)", table);
        Assert.Contains("Draws: 200", table);
    }
}
