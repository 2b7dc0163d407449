using Resilience.Analysis;
using Resilience.Cli;
using Resilience.Engine;
using Resilience.IO;
using CliApp = Resilience.Cli.Cli;

namespace Resilience.Tests;

/// <summary>
/// What <c>run</c>, <c>compare</c> and <c>sweep</c> print for a person at a terminal (issue 26 items 1–3): the run in
/// words first, then the targets by label with a note for each one outside its band; counts said as "of every
/// 1,000 clients"; under <c>--lang nl</c> no English line.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class TerminalOutputTests
{
    private static string Scenario(string name) => Path.Combine(TestSupport.RepoRoot, "scenarios", name + ".json");

    /// <summary>The printed output (stdout) of a command body, which must succeed.</summary>
    private static string Printed(Func<int> body)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var printed = new StringWriter();
        var errors = new StringWriter();
        Console.SetOut(printed);
        Console.SetError(errors);
        int code;
        try { code = CliApp.Guard(body); }
        finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
        Assert.True(code == 0, $"exit {code}: {errors}");
        return printed.ToString();
    }

    private static string Run(string lang)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"terminal-run-{lang}-{Guid.NewGuid():N}");
        try { return Printed(() => CliApp.RunCommandBody(Scenario("baseline"), 600, 40, 5, 1, 2, dir, false, false, CancellationToken.None, lang: lang)); }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("en", "of every 1,000 clients left for work that lasted 18 months", "Calibration targets:", "superseded", "no", "wrote ")]
    [InlineData("nl", "Van elke 1.000 cliënten vonden er", "Doelcijfers voor de afstemming:", "vervangen", "nee", "geschreven naar ")]
    public void RunPrintsTheSummaryFirstThenEveryTargetByItsLabelWithANoteForEachOneOutside(string lang, string summary, string targets,
        string superseded, string no, string wrote)
    {
        var L = Labels.For(lang);
        var lines = Run(lang).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int summaryAt = lines.FindIndex(l => l.Contains(summary, StringComparison.Ordinal));
        int targetsAt = lines.FindIndex(l => l.StartsWith(targets, StringComparison.Ordinal));
        Assert.True(summaryAt >= 0 && targetsAt > summaryAt, $"summary at line {summaryAt}, targets at line {targetsAt}");
        Assert.StartsWith(wrote, lines.Last(l => l.Length > 0));
        Assert.All(lines, l => Assert.True(l.Length <= Terminal.Width, $"{l.Length} columns: {l}"));

        // Labels, not codes: no target's code name appears; each target's label starts a row.
        foreach (var t in Targets.All)
        {
            Assert.DoesNotContain(lines, l => l.Contains(t.Name, StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("  " + L.Target(t.Name).Label[..Math.Min(30, L.Target(t.Name).Label.Length)], StringComparison.Ordinal));
        }
        // The superseded 2009 exemption share reads "superseded", never a bare "no" beside the 2020 figure's "yes".
        string exempt = lines.Single(l => l.StartsWith("  " + L.Target("exempt_share").Label, StringComparison.Ordinal));
        Assert.Contains($" {superseded} (", exempt);
        Assert.DoesNotContain($" {no} (", exempt);
        // Every row outside its band carries a note number, and each number has its note under the table.
        var marks = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, $@" (?:{no}|{superseded}) \((\d+)\)$"))
            .Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(marks);
        foreach (var k in marks) Assert.Contains(lines, l => l.StartsWith($"({k}) ", StringComparison.Ordinal));
        // Targets from a treated sample (issue 23 item 5) come after a heading that names the treatment, below the
        // other seed targets and above the national ones.
        var treated = Targets.All.Where(t => t.Treated).ToList();
        Assert.NotEmpty(treated);
        string heading = L.T("targets.treated", treated[0].Treatment!)[..30];
        int headAt = lines.FindIndex(l => l.StartsWith(heading, StringComparison.Ordinal));
        int nationalAt = lines.FindIndex(l => l == L.T("targets.national"));
        int Row(Target t) => lines.FindIndex(l => l.StartsWith("  " + L.Target(t.Name).Label, StringComparison.Ordinal));
        Assert.True(headAt > 0 && nationalAt > headAt, $"treated heading at {headAt}, national at {nationalAt}");
        Assert.All(treated, t => Assert.InRange(Row(t), headAt + 1, nationalAt - 1));
        Assert.All(Targets.Seed.Where(t => !t.Treated), t => Assert.InRange(Row(t), targetsAt + 1, headAt - 1));
        // The count of targets inside agrees with the rows.
        int yes = lines.Count(l => l.StartsWith("  ", StringComparison.Ordinal) && l.EndsWith(" " + L.T("targets.yes"), StringComparison.Ordinal));
        int fittedYes = Targets.All.Where(t => t.Fitted).Count(t => lines[Row(t)].EndsWith(" " + L.T("targets.yes"), StringComparison.Ordinal));
        // (wrapped at the terminal's width: continuation lines are indented)
        string count = string.Join(" ", lines.Skip(targetsAt).TakeWhile((l, i) => i == 0 || l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()));
        Assert.Equal(L.T("targets.count", yes, Targets.All.Length, fittedYes, Targets.All.Count(t => t.Fitted)), count);
    }

    [Fact]
    public void EveryTargetHasALabelAndEachSupersededTargetOrKnownMissAShortNoteInBothLanguages()
    {
        foreach (var L in new[] { Labels.English, Labels.Dutch })
            foreach (var t in Targets.All)
            {
                var label = L.Target(t.Name);
                Assert.NotEqual(t.Name, label.Label);
                Assert.True(label.Label.Length <= 42, $"{L.Language} {t.Name}: '{label.Label}' is too long for the table");
                if (t.Superseded is not null || t.KnownMiss is not null)
                    Assert.False(string.IsNullOrWhiteSpace(label.Description), $"{L.Language} {t.Name}: no note why it is outside its band");
                else Assert.Null(label.Description);
            }
        // The Dutch labels are Dutch, not the English fallback.
        Assert.All(Targets.All, t => Assert.NotEqual(Labels.English.Target(t.Name).Label, Labels.Dutch.Target(t.Name).Label));
    }

    [Theory]
    [InlineData("en", "{0} of every 1,000 clients left for work that lasted 18 months; {1} of every 1,000 left for work at all.")]
    [InlineData("nl", "Van elke 1.000 cliënten vonden er {0} werk dat 18 maanden standhield; in totaal vonden {1} van elke 1.000 werk.")]
    public void TheRunSummarySaysCountsAsOfEvery1000ClientsWithTheRealFigures(string lang, string sentence)
    {
        var w = new Wording(Labels.For(lang));
        var run = TestSupport.Run(new Resilience.Model.Parameters(), clients: 800, months: 36, seed: 3);
        string lasting = w.Number(Outcomes.Get("exits_lasting_18").Read(run, 0), "0"), all = w.Number(Outcomes.Get("exits_to_work").Read(run, 0), "0");
        Assert.NotEqual("0", lasting);
        Assert.NotEqual(lasting, all);
        string text = string.Join(" ", Terminal.RunSummary([run], w).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        Assert.Contains(string.Format(sentence, lasting, all), text);
        Assert.DoesNotContain("per 1,000", text);
    }

    [Fact]
    public void TheTopLevelHelpShowsOptionalArgumentsAsOptionalWithoutRepeatingDefaults()
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var printed = new StringWriter();
        Console.SetOut(printed);
        Console.SetError(TextWriter.Null);
        int code;
        try { code = CliApp.Execute(["--help"]); }
        finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
        Assert.Equal(0, code);
        string help = printed.ToString();
        string commands = help[help.IndexOf("Commands:", StringComparison.Ordinal)..];
        foreach (var optional in new[] { "run [SCENARIO]", "serve [SCENARIO]", "sensitivity [SCENARIO]", "calibrate-coverage [SCENARIO]" })
            Assert.Contains("  " + optional + " ", commands);
        Assert.Contains("  compare <BASELINE> <SCENARIO> ", commands);
        Assert.DoesNotContain("[default:", commands);
        Assert.DoesNotContain("<SCENARIO>  Run", commands);
    }

    /// <summary>A command's --help answers even though its required arguments and options are missing, for every
    /// command (it used to fail with "Required argument missing" for compare, sweep, search, shard and others).</summary>
    [Fact]
    public void EveryCommandsHelpAnswersWithoutItsRequiredArguments()
    {
        foreach (var command in CliApp.Build().Subcommands)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            var (printed, errors) = (new StringWriter(), new StringWriter());
            Console.SetOut(printed);
            Console.SetError(errors);
            int code;
            try { code = CliApp.Execute([command.Name, "--help"]); }
            finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
            Assert.True(code == 0, $"{command.Name} --help exited {code}: {errors}");
            Assert.Contains("Usage:", printed.ToString());
            Assert.Contains(command.Name, printed.ToString());
        }
    }

    [Fact]
    public void NoOptionOrArgumentSaysItsDefaultBesideTheOneSystemCommandLinePrints()
    {
        var bad = new List<string>();
        void Walk(System.CommandLine.Command command)
        {
            foreach (var o in command.Options)
                if (o.HasDefaultValue && (o.Description ?? "").Contains("default:", StringComparison.OrdinalIgnoreCase)) bad.Add($"{command.Name} {o.Name}");
            foreach (var a in command.Arguments)
                if (a.HasDefaultValue && (a.Description ?? "").Contains("default:", StringComparison.OrdinalIgnoreCase)) bad.Add($"{command.Name} {a.Name}");
            foreach (var sub in command.Subcommands) Walk(sub);
        }
        Walk(CliApp.Build());
        Assert.Empty(bad);
    }

    /// <summary>English words that must not appear in Dutch console output (command and file names aside).</summary>
    private static readonly string[] EnglishWords = ["wrote", "clients", "months", "replications", "merged", "common random numbers", "scenario(s) vs", "points", "shard"];

    [Fact]
    public void UnderLangNlRunCompareAndSweepPrintNoEnglish()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"terminal-nl-{Guid.NewGuid():N}");
        try
        {
            string compare = Printed(() => CliApp.CompareBody(Scenario("baseline"), [Scenario("buffer-budget")], 400, 12, 3, 2, 2,
                Path.Combine(dir, "compare"), false, CancellationToken.None, ["compare"], "nl"));
            string sweep = Printed(() => SweepCommands.SweepBody(Scenario("baseline"), ["coach.contactsPerYear=3,6"], [], 20, null, null, 300, 12, 3, 2, 2,
                Path.Combine(dir, "sweep"), false, CancellationToken.None, lang: "nl"));
            foreach (var (name, text) in new[] { ("run", Run("nl")), ("compare", compare), ("sweep", sweep) })
                foreach (var word in EnglishWords)
                    Assert.False(text.Replace(dir, "").Contains(word, StringComparison.OrdinalIgnoreCase), $"{name} --lang nl prints '{word}':\n{text}");
            Assert.Contains("gelijk toeval", compare);
        }
        finally { if (Directory.Exists(dir)) Directory.Delete(dir, true); }
    }
}
