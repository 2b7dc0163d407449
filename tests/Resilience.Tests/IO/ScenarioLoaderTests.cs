using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CliApp = Resilience.Cli.Cli;
using Resilience.IO;
using Resilience.Model;
using Xunit.Sdk;

namespace Resilience.Tests;

/// <summary>Tests that redirect the process-wide Console.Error run in this collection, never in parallel with
/// other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}

/// <summary>
/// The scenario loader and the CLI's handling of bad input: every file in BadScenarios/ must be rejected with exit
/// code 2, a message naming the file and the offending key, and no output folder (not even a temporary one).
/// </summary>
[Collection(ConsoleCollection.Name)]
[Trait("Tier", "Fast")]
public sealed partial class ScenarioLoaderTests
{
    private static readonly object ConsoleLock = new();

    private static string Fixtures => Path.Combine(AppContext.BaseDirectory, "BadScenarios");
    private static string GoodSmall => Path.Combine(Fixtures, "good", "sub", "small.json");

    // ───────────────────────────── Bad files ─────────────────────────────

    [Theory]
    [InlineData("unknown-lever.json", "levers.sanctions.strictnes", "did you mean 'sanctions.strictness'?")]
    [InlineData("unknown-top-level-key.json", "lever: unknown key")]
    [InlineData("parameter-under-levers.json", "levers.work.offerRate", "is a model parameter")]
    [InlineData("lever-under-parameters.json", "parameters.coach.caseload", "is a lever")]
    [InlineData("wrong-type-string-for-number.json", "levers.coach.caseload", "expected a number from 30 to 400, got \"120\"")]
    [InlineData("wrong-type-number-for-bool.json", "levers.coach.duo", "expected true or false, got 1")]
    [InlineData("wrong-type-unknown-choice.json", "levers.obligations.exemption", "got \"Everyone\"")]
    [InlineData("out-of-range.json", "levers.coach.caseload", "got 1000")]
    [InlineData("non-integer-lever.json", "levers.sanctions.months", "expected an integer from 0 to 12, got 1.5")]
    [InlineData("missing-extends-target.json", "extends: file not found", "no-such-base.json")]
    [InlineData("circular-a.json", "extends: circular chain", "circular-b.json")]
    [InlineData("circular-b.json", "extends: circular chain", "circular-a.json")]
    [InlineData("circular-self.json", "extends: circular chain", "circular-self.json -> ")]
    [InlineData("malformed-trailing-garbage.json", "malformed JSON", "line 5")]
    [InlineData("malformed-missing-brace.json", "malformed JSON")]
    [InlineData("schedule-beyond-horizon.json", "schedule: month 24", "horizon of 12 months")]
    [InlineData("schedule-unknown-key.json", "schedule[0].lever: unknown key")]
    [InlineData("negative-clients.json", "clients: expected an integer from 1", "got -5")]
    [InlineData("top-level-not-object.json", "expected a JSON object at the top level")]
    public void BadScenarioIsRejectedWithExitCode2AndNoOutput(string file, params string[] expected)
    {
        string path = Path.Combine(Fixtures, file);
        Assert.True(File.Exists(path), $"fixture missing: {path}");
        string root = FreshTempDir();
        try
        {
            string outDir = Path.Combine(root, "out");
            var (code, stderr) = RunCli(path, outDir, months: 3, force: false);

            Assert.Equal(2, code);
            Assert.StartsWith("error: ", stderr);
            Assert.Contains(file, stderr);
            foreach (var text in expected) Assert.Contains(text, stderr);
            Assert.False(Directory.Exists(outDir), "output folder was created");
            Assert.DoesNotContain(Directory.GetFileSystemEntries(root), e => Path.GetFileName(e).Contains(".partial-"));
            Assert.Empty(Directory.GetFileSystemEntries(root));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void EveryBadFixtureIsCoveredByTheTheory()
    {
        var covered = typeof(ScenarioLoaderTests).GetMethod(nameof(BadScenarioIsRejectedWithExitCode2AndNoOutput))!
            .GetCustomAttributes<InlineDataAttribute>()
            .SelectMany(a => a.GetData(null!))
            .Select(row => (string)row[0])
            .Order(StringComparer.Ordinal).ToList();
        var onDisk = Directory.GetFiles(Fixtures, "*.json", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileName).Cast<string>()
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(19, onDisk.Count);
        Assert.Equal(onDisk, covered);
    }

    [Fact]
    public void GoodFixtureRunsAndWritesOutput()
    {
        // Positive control for the harness above: the same call on a valid file succeeds.
        string root = FreshTempDir();
        try
        {
            string outDir = Path.Combine(root, "out");
            var (code, stderr) = RunCli(GoodSmall, outDir, months: 12, force: false);
            Assert.True(code == 0, $"exit code {code}: {stderr}");
            Assert.Equal("", stderr);
            Assert.True(File.Exists(Path.Combine(outDir, "manifest.json")));
            Assert.True(File.Exists(Path.Combine(outDir, "timeseries.csv")));
            Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void CommandLineHorizonShorterThanScheduleIsAnInputError()
    {
        string root = FreshTempDir();
        try
        {
            string outDir = Path.Combine(root, "out");
            var (code, stderr) = RunCli(GoodSmall, outDir, months: 3, force: false);
            Assert.Equal(2, code);
            Assert.Contains("small.json", stderr);
            Assert.Contains("schedule: month 5 lies beyond the horizon of 3 months", stderr);
            Assert.Empty(Directory.GetFileSystemEntries(root));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    // ───────────────────────────── Existing output folder ─────────────────────────────

    [Fact]
    public void ExistingOutputFolderWithoutForceIsRefusedAndLeftUntouched()
    {
        string root = FreshTempDir();
        try
        {
            string outDir = Path.Combine(root, "out");
            Directory.CreateDirectory(Path.Combine(outDir, "nested"));
            string keep = Path.Combine(outDir, "keep.txt"), nested = Path.Combine(outDir, "nested", "data.csv");
            File.WriteAllText(keep, "original result");
            File.WriteAllText(nested, "a,b\n1,2\n");
            var stamp = File.GetLastWriteTimeUtc(keep);

            var (code, stderr) = RunCli(GoodSmall, outDir, months: 12, force: false);

            Assert.Equal(2, code);
            Assert.Contains("output folder exists", stderr);
            Assert.Contains("--force", stderr);
            Assert.Equal("original result", File.ReadAllText(keep));
            Assert.Equal("a,b\n1,2\n", File.ReadAllText(nested));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(keep));
            Assert.Equal(["keep.txt", "nested"],
                Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));

            // Not even --force replaces a folder this program did not write (OutputSafetyTests covers what it does replace).
            var (forced, forcedErr) = RunCli(GoodSmall, outDir, months: 12, force: true);
            Assert.Equal(2, forced);
            Assert.Contains("will not replace this folder", forcedErr);
            Assert.Equal("original result", File.ReadAllText(keep));
            Assert.Equal(["out"], Directory.GetFileSystemEntries(root).Select(Path.GetFileName));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    // ───────────────────────────── titles and descriptions ─────────────────────────────

    [Fact]
    public void APlainDescriptionShowsAsWrittenInEveryLanguageAndAMissingTitleIsTheName()
    {
        var s = ScenarioLoader.Load(GoodSmall);
        Assert.Equal(s.Description, s.DescriptionIn("nl"));
        Assert.Equal(s.Description, s.DescriptionIn("en"));
        Assert.Equal("small", s.TitleIn("nl"));
    }

    [Fact]
    public void ADescriptionInOneLanguageIsShownInTheOtherAndATitleIsNotInherited()
    {
        string dir = FreshTempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir, "base.json"), """{ "name": "b", "title": "Base", "description": { "nl": "Alleen Nederlands." } }""");
            File.WriteAllText(Path.Combine(dir, "child.json"), """{ "name": "child", "extends": "base.json" }""");
            var b = ScenarioLoader.Load(Path.Combine(dir, "base.json"));
            Assert.Equal("Alleen Nederlands.", b.DescriptionIn("en"));
            Assert.Equal("Base", b.TitleIn("nl"));
            var child = ScenarioLoader.Load(Path.Combine(dir, "child.json"));
            Assert.Equal("Alleen Nederlands.", child.DescriptionIn("nl"));
            Assert.Equal("child", child.TitleIn("en"));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    // ───────────────────────────── extends and ToParameters ─────────────────────────────

    [Fact]
    public void ExtendsMergesBaseAndChild()
    {
        var s = ScenarioLoader.Load(GoodSmall);

        Assert.Equal("small", s.Name);
        Assert.StartsWith("Valid small scenario", s.Description);
        // Inherited from base.json (the relative path is resolved against the child file, not the working folder).
        Assert.Equal(7UL, s.Seed);
        Assert.Equal(12, s.Months);
        Assert.Equal(300, s.Clients);
        Assert.Equal(2, s.Replications);
        Assert.Equal(4, s.Levers["coach.contactsPerYear"]);
        Assert.Equal(0.09, s.ParameterValues["work.offerRate"]);
        // Overridden or added by the child.
        Assert.Equal(0.2, s.Levers["sanctions.strictness"]);
        Assert.Equal(1000, s.Levers["buffer.budgetPerCoachMonth"]);
        Assert.Equal((double)ExemptionPolicy.All, s.Levers["obligations.exemption"]);
        Assert.Equal(4, s.Levers.Count);
        Assert.Single(s.ParameterValues);

        // Schedules: base (months 9, 2) + child (month 5), sorted by month.
        Assert.Equal([2, 5, 9], s.Schedule.Select(c => c.Month));
        Assert.Equal(120, s.Schedule[0].Values["coach.caseload"]);
        Assert.Equal(1, s.Schedule[1].Values["coach.duo"]);
        Assert.Equal(0.8, s.Schedule[2].Values["labourMarket.demand"]);
    }

    [Fact]
    public void BaseFileOnItsOwnKeepsItsOwnValues()
    {
        var b = ScenarioLoader.Load(Path.Combine(Fixtures, "good", "base.json"));
        Assert.Equal("base", b.Name);
        Assert.Equal(0.8, b.Levers["sanctions.strictness"]);
        Assert.False(b.Levers.ContainsKey("buffer.budgetPerCoachMonth"));
        Assert.Equal([2, 9], b.Schedule.Select(c => c.Month));
    }

    [Fact]
    public void ExtendsChainListsTheChildAndItsBase()
    {
        var s = ScenarioLoader.Load(GoodSmall);
        Assert.Equal(2, s.ExtendsChain.Count);
        Assert.EndsWith("small.json", s.ExtendsChain[0]);
        Assert.EndsWith("base.json", s.ExtendsChain[1]);
    }

    [Fact]
    public void ToParametersAppliesLeversAndParameters()
    {
        var p = ScenarioLoader.Load(GoodSmall).ToParameters();
        var defaults = new Parameters();

        Assert.Equal(0.2, p.SanctionStrictness);
        Assert.Equal(4, p.CoachContactsPerYear);
        Assert.Equal(1000, p.BufferBudgetPerCoachMonth);
        Assert.Equal(ExemptionPolicy.All, p.Exemption);
        Assert.Equal(0.09, p.OfferRate);
        // Scheduled changes are not part of the month-0 parameters.
        Assert.Equal(defaults.CoachCaseload, p.CoachCaseload);
        Assert.False(p.CoachDuo);
        Assert.Equal(defaults.LabourDemand, p.LabourDemand);

        var changed = ParameterRegistry.Differences(defaults, p).Select(d => d.Def.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["buffer.budgetPerCoachMonth", "coach.contactsPerYear", "obligations.exemption", "sanctions.strictness", "work.offerRate"],
            changed);
    }

    // ───────────────────────────── Shipped scenarios ─────────────────────────────

    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(ScenariosDir, "*.json").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void AllExpectedScenariosAreShipped()
    {
        string[] expected =
        [
            "auto-settlement", "baseline", "buffer-budget", "coach-churn", "coach-continuity", "coach-continuity-more-contacts",
            "earnings-premium",
            "extra-attention", "fast-processing", "integrated-support", "recession", "sanctions-none",
            "sanctions-strict", "self-direction",
        ];
        var present = Directory.GetFiles(ScenariosDir, "*.json").Select(Path.GetFileNameWithoutExtension).ToHashSet();
        foreach (var name in expected) Assert.Contains(name, present);
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void ShippedScenarioLoadsAndIsDocumented(string file)
    {
        string path = Path.Combine(ScenariosDir, file);
        var s = ScenarioLoader.Load(path);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), s.Name);
        Assert.False(string.IsNullOrWhiteSpace(s.Description));
        Assert.Contains("[", s.Description);
        Assert.Matches(SeedCitation(), s.Description);

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        Assert.True(root.TryGetProperty("description", out _), "description must be set in the file itself, not inherited");
        // A Dutch and an English title and description, each its own text, both citing the seeds (issue 26 item 3).
        foreach (var lang in Labels.Languages)
        {
            Assert.True(s.Descriptions.ContainsKey(lang), $"no {lang} description");
            Assert.True(s.Titles.ContainsKey(lang), $"no {lang} title");
            Assert.Matches(SeedCitation(), s.DescriptionIn(lang));
            Assert.NotEqual(s.Name, s.TitleIn(lang));
        }
        Assert.NotEqual(s.DescriptionIn("en"), s.DescriptionIn("nl"));
        Assert.NotEqual(s.TitleIn("en"), s.TitleIn("nl"));
        Assert.Equal(s.DescriptionIn("en"), s.Description);
        if (file == "baseline.json") return;

        Assert.True(root.TryGetProperty("extends", out var ext), "every scenario extends the baseline");
        Assert.Equal("baseline.json", ext.GetString());
        var baseline = ScenarioLoader.Load(Path.Combine(ScenariosDir, "baseline.json"));
        Assert.True(
            ParameterRegistry.Differences(baseline.ToParameters(), s.ToParameters()).Any() || s.Schedule.Count > 0,
            "the scenario changes nothing relative to the baseline");
        Assert.Equal(baseline.Seed, s.Seed);
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void ShippedScenarioRuns(string file)
    {
        string path = Path.Combine(ScenariosDir, file);
        int months = Math.Max(3, ScenarioLoader.Load(path).Schedule.Select(c => c.Month).DefaultIfEmpty(0).Max());
        string root = FreshTempDir();
        try
        {
            string outDir = Path.Combine(root, "out");
            var (code, stderr) = RunCli(path, outDir, months, force: false);
            Assert.True(code == 0, $"exit code {code}: {stderr}");
            Assert.True(File.Exists(Path.Combine(outDir, "manifest.json")));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    /// <summary>Issue 23: a scenario measures one thing. <c>coach-continuity</c> keeps the baseline's contacts
    /// (continuity alone); the variant that adds contacts says so in its name and differs from it in contacts only.</summary>
    [Fact]
    public void CoachContinuityKeepsTheBaselineContacts()
    {
        var baseline = ScenarioLoader.Load(Path.Combine(ScenariosDir, "baseline.json")).ToParameters();
        var continuity = ScenarioLoader.Load(Path.Combine(ScenariosDir, "coach-continuity.json")).ToParameters();
        var more = ScenarioLoader.Load(Path.Combine(ScenariosDir, "coach-continuity-more-contacts.json")).ToParameters();
        Assert.Equal(baseline.CoachContactsPerYear, continuity.CoachContactsPerYear);
        Assert.True(more.CoachContactsPerYear > baseline.CoachContactsPerYear);
        Assert.Equal(["coach.contactsPerYear"], ParameterRegistry.Differences(continuity, more).Select(d => d.Def.Name));
    }

    [Fact]
    public void RecessionSchedulesTheDemandDipAndRecovery()
    {
        var s = ScenarioLoader.Load(Path.Combine(ScenariosDir, "recession.json"));
        Assert.Equal([24, 42], s.Schedule.Select(c => c.Month));
        Assert.Equal(0.7, s.Schedule[0].Values["labourMarket.demand"]);
        Assert.Equal(1.0, s.Schedule[1].Values["labourMarket.demand"]);
        Assert.Equal(1.0, s.ToParameters().LabourDemand);
    }

    // ───────────────────────────── Helpers ─────────────────────────────

    /// <summary>A citation of one of the seeds 000–004, e.g. "[003 Table 7]" or "[002 M3; 003]".</summary>
    [GeneratedRegex(@"\[00[0-4]\b")]
    private static partial Regex SeedCitation();

    private static (int Code, string Stderr) RunCli(string path, string outDir, int months, bool force)
    {
        lock (ConsoleLock)
        {
            var original = Console.Error;
            var err = new StringWriter();
            Console.SetError(err);
            try
            {
                int code = CliApp.Guard(() => CliApp.RunCommandBody(path, 200, months, null, 1, 1, outDir, false, force, CancellationToken.None));
                return (code, err.ToString());
            }
            finally { Console.SetError(original); }
        }
    }

    private static string FreshTempDir()
    {
        string dir = Path.Combine(Path.GetTempPath(), "resilience-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string ScenariosDir => Path.Combine(RepoRoot, "scenarios");

    /// <summary>The repository root: the first folder above the test binaries holding the solution file.</summary>
    private static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Simulation.sln")) || File.Exists(Path.Combine(dir.FullName, "Simulation.slnx")))
                    return dir.FullName;
            throw new InvalidOperationException($"No Simulation.sln(x) above {AppContext.BaseDirectory}");
        }
    }
}
