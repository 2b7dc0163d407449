using System.Text.RegularExpressions;
using Resilience.Analysis;
using Resilience.IO;
using Xunit;

namespace Resilience.Tests;

/// <summary>The search report (issue 24 item 4) on hand-made search folders in the format <c>search</c> writes
/// (SearchFixture/, made by make-fixture.py): the question in words, the trade-off chart, the Pareto table with every
/// package of front 1, robustness, failure boxes, a rerun command that works, an honest page when no package
/// reaches the goal, and bad search folders refused with the file and field named.</summary>
[Trait("Tier", "Fast")]
public class SearchReportTests
{
    private static string Fixture(string name) => RepoFiles.CopySearchFixture(name);

    private static List<string> FrontOne(string dir) => RepoFiles.FrontOne(dir);

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void TheReportAsksTheQuestionDrawsTheTradeOffAndListsEveryParetoPackage(string lang)
    {
        string dir = Fixture("reachable");
        try
        {
            SearchReport.Write(dir, Labels.For(lang));
            string html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains($"<html lang=\"{lang}\"", html);
            Assert.Contains("id=\"question\"", html);
            Assert.Contains("id=\"answer\"", html);
            Assert.DoesNotContain("id=\"not-reachable\"", html);
            // The goals in words, with the budget and caseload in the language's number format.
            string text = System.Net.WebUtility.HtmlDecode(html);
            Assert.Contains(lang == "nl" ? "−20% van het huidige niveau" : "−20% of today's level", text);
            Assert.Contains(lang == "nl" ? "hoogstens €\u00a02.500.000 per jaar voor een bestand van 12.000 cliënten" : "at most €2,500,000 a year for a caseload of 12,000 clients", text);
            // Every package of front 1 is a row of the Pareto table, and no other package is.
            var rows = Regex.Matches(html[html.IndexOf("id=\"pareto\"", StringComparison.Ordinal)..html.IndexOf("id=\"robustness\"", StringComparison.Ordinal)],
                "<tr class=\"package[^\"]*\" data-package=\"(p\\d+)\"").Select(m => m.Groups[1].Value).Order().ToList();
            Assert.Equal(FrontOne(dir), rows);
            // The trade-off chart: an OxyPlot SVG with both axes titled and the budget line labelled.
            string svg = File.ReadAllText(Path.Combine(dir, "charts", "tradeoff.svg"));
            Assert.Contains("class=\"chart\"", svg);
            Assert.Contains(lang == "nl" ? ">budget<" : ">budget<", svg);
            Assert.Contains(svg, html);
            // Robustness and the failure boxes, with coverage and density in words.
            Assert.Contains("id=\"robust\"", html);
            Assert.Contains(lang == "nl" ? "dekking" : "coverage", html);
            Assert.Contains("<code>work.offerRate</code>", html);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void EachCandidateGetsAScenarioFileThatCompareLoadsWithThePackagesLevers()
    {
        string dir = Fixture("reachable");
        try
        {
            SearchReport.Write(dir, Labels.English);
            var r = SearchFolder.Read(dir);
            var candidates = SearchReport.Candidates(r);
            Assert.Equal(FrontOne(dir).Count(), candidates.Count);
            string html = File.ReadAllText(Path.Combine(dir, "report.html"));
            foreach (var p in candidates)
            {
                var s = ScenarioLoader.Load(Path.Combine(dir, SearchReport.CandidatesFolder, p.Name + ".json"));
                var parameters = s.ToParameters();
                foreach (var (def, value) in p.Levers) Assert.Equal(value, def.Get(parameters));
                Assert.Equal("Package " + p.Name + " from the policy search", s.TitleIn("en"));
                // The rerun command names the baseline and this file, at the search's size and seed.
                string command = SearchReport.RerunCommand(r, p, dir, Labels.English);
                Assert.Contains($" compare {r.Baseline} ", command);
                Assert.Contains($"/{SearchReport.CandidatesFolder}/{p.Name}.json --clients 5000 --months 60 --replications 10 --seed 42 --caseload 12000", command);
                Assert.Contains(System.Net.WebUtility.HtmlEncode(command), html);
            }
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void AReportWrittenInTheTemporaryFolderNamesTheFinalOne()
    {
        string parent = Path.Combine(Path.GetTempPath(), "resilience-final-test");
        string temp = Path.Combine(parent, $".search-x.partial-host-123-{Guid.NewGuid():N}");
        Assert.Equal(Path.Combine(parent, "search-x"), OutputFolder.Final(temp));
        Assert.Equal(Path.Combine(parent, "search-x"), OutputFolder.Final(Path.Combine(parent, "search-x")));
    }

    [Theory]
    [InlineData("en", "No package reaches every goal")]
    [InlineData("nl", "Geen enkel pakket haalt elk doel")]
    public void AnUnreachableGoalGetsAnHonestPageWithTheClosestPackages(string lang, string heading)
    {
        string dir = Fixture("unreachable");
        try
        {
            SearchReport.Write(dir, Labels.For(lang));
            string html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains("id=\"not-reachable\"", html);
            Assert.Contains(heading, html);
            Assert.DoesNotContain("id=\"answer\"", html);
            var closest = Regex.Matches(html[html.IndexOf("class=\"closest\"", StringComparison.Ordinal)..], "<li><b>(p\\d+)</b>").Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(SearchReport.TopCandidates, closest.Count);
            // The closest is the one with the smallest shortfall from the goals.
            var r = SearchFolder.Read(dir);
            Assert.Equal(r.Packages.MinBy(r.Shortfall)!.Name, closest[0]);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("search.json", "\"minimise\": \"cost_total\"", "\"minimise\": \"cost\"", "search.json: minimise: unknown outcome 'cost'")]
    [InlineData("search.json", "\"outcome\": \"exits_lasting_18\"", "\"outcome\": \"exits\"", "search.json: goals[1].outcome: unknown outcome 'exits'")]
    [InlineData("search.json", "\"name\": \"coach.contactsPerYear\"", "\"name\": \"coach.contacts\"", "search.json: levers[1].name: unknown parameter 'coach.contacts'")]
    [InlineData("pareto.csv", "sanctions.strictness=0.39", "sanctions.strictness=3", "pareto.csv: line 2, column levers: ")]
    [InlineData("pareto.csv", ",2,false,full,", ",0,false,full,", "pareto.csv: line 2, column front: ")]
    [InlineData("robustness.csv", ",200,", ",200,x", "robustness.csv: line 2, column share_meeting_goals: ")]
    public void ABadSearchFolderIsRefusedNamingTheFileAndField(string file, string from, string to, string message)
    {
        string dir = Fixture("reachable");
        try
        {
            string path = Path.Combine(dir, file);
            string text = File.ReadAllText(path);
            int at = text.IndexOf(from, StringComparison.Ordinal);
            Assert.True(at >= 0, from);
            File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
            var e = Assert.Throws<InputException>(() => SearchReport.Write(dir, Labels.English));
            Assert.Contains(message, e.Message);
            Assert.False(File.Exists(Path.Combine(dir, "report.html")));
        }
        finally { Directory.Delete(dir, true); }
    }
}
