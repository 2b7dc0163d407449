using System.Text;
using Resilience.Analysis.Panel;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;
using AnalysisCli = Resilience.Cli.AnalysisCommands;
using CliApp = Resilience.Cli.Cli;

namespace Resilience.Tests;

/// <summary>
/// Panel input: every file in BadPanels/ is rejected with a message naming the file, the data row (and line) and the
/// column; lenient mode skips and counts; moments of a tiny hand-made panel equal hand-computed values; a panel
/// written by <c>run --panel</c> and read back gives exactly the moments computed straight from the simulation.
/// </summary>
[Collection(ConsoleCollection.Name)]
[Trait("Tier", "Fast")]
public sealed class PanelTests
{
    private static string Fixtures => Path.Combine(AppContext.BaseDirectory, "BadPanels");

    private static (MomentSet Moments, PanelReadReport Report) ReadText(string text, bool lenient = false) =>
        PanelReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.csv", lenient);

    // ───────────────────────────── Bad files ─────────────────────────────

    [Theory]
    [InlineData("missing-status-column.csv", "header: missing required column status", "found 'person_id', 'month', 'hours'")]
    [InlineData("missing-all-required.csv", "missing required columns person_id, month, status")]
    [InlineData("unknown-status.csv", "row 3 (line 4), column status: unknown status 'Working'", "expected one of Waiting, OnBenefit, PartTimeWithTopUp, ExitedToWork, ExitedOther, OnUnemploymentInsurance")]
    [InlineData("non-numeric-month.csv", "row 2 (line 3), column month: 'three' is not an integer")]
    [InlineData("fractional-month.csv", "row 2 (line 3), column month: '1.5' is not an integer")]
    [InlineData("negative-month.csv", "row 2 (line 3), column month: -1 is out of range")]
    [InlineData("duplicate-person-month.csv", "row 5 (line 6), column month: duplicate (person, month): person 1, month 1 was already given at row 3")]
    [InlineData("duplicate-earlier-month.csv", "row 4 (line 5), column month: duplicate (person, month): person 1, month 1 was already given")]
    [InlineData("gap.csv", "row 3 (line 4), column month: gap in months: person 7 jumps from month 1 to month 3 (month 2 missing)")]
    [InlineData("out-of-order.csv", "row 3 (line 4), column month: months out of order: person 7 has month 4 after month 6")]
    [InlineData("wrong-field-count.csv", "row 2 (line 3): 3 fields, but the header has 4")]
    [InlineData("empty-person.csv", "row 2 (line 3), column person_id: empty")]
    [InlineData("empty-month.csv", "row 2 (line 3), column month: empty; a value is required")]
    [InlineData("bad-hours.csv", "row 2 (line 3), column hours: 'abc' is not a number")]
    [InlineData("ladder-out-of-range.csv", "row 2 (line 3), column ladder_rung: 9 is out of range; expected an integer from 1 to 6")]
    [InlineData("unknown-resilience.csv", "row 2 (line 3), column resilience: unknown resilience 'Resilient'", "Coping, Adaptive, Crisis")]
    [InlineData("unknown-debt-status.csv", "row 2 (line 3), column debt_status: unknown debt_status 'Huge'")]
    [InlineData("bad-replication.csv", "row 2 (line 3), column replication: 'x' is not an integer")]
    [InlineData("duplicate-header.csv", "header: column 'month' appears twice")]
    [InlineData("header-only.csv", "no data rows after the header")]
    [InlineData("empty.csv", "empty, or not a regular file")]
    public void BadPanelIsRejectedWithRowAndColumn(string file, params string[] expected)
    {
        string path = Path.Combine(Fixtures, file);
        Assert.True(File.Exists(path), $"fixture missing: {path}");
        var e = Assert.Throws<InputException>(() => PanelReader.Read(path, lenient: false));
        Assert.StartsWith(path + ":", e.Message);
        foreach (var s in expected) Assert.Contains(s, e.Message);
    }

    [Fact]
    public void EveryBadPanelFixtureIsCovered()
    {
        var covered = typeof(PanelTests).GetMethod(nameof(BadPanelIsRejectedWithRowAndColumn))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).First()[0]).ToHashSet();
        var files = Directory.GetFiles(Fixtures).Select(f => Path.GetFileName(f)).ToList();
        Assert.All(files, f => Assert.True(covered.Contains(f), $"{f} has no test case"));
    }

    [Fact]
    public void MomentsCommandRejectsABadPanelWithExitCode2AndWritesNothing()
    {
        string dir = Directory.CreateTempSubdirectory("panel-test-").FullName;
        try
        {
            string outFile = Path.Combine(dir, "moments.csv");
            var error = new StringWriter();
            var old = Console.Error;
            Console.SetError(error);
            int code;
            try { code = CliApp.Guard(() => AnalysisCli.Moments(Path.Combine(Fixtures, "unknown-status.csv"), outFile, false, false, CancellationToken.None)); }
            finally { Console.SetError(old); }
            Assert.Equal(CliApp.ExitInputError, code);
            Assert.Contains("row 3 (line 4), column status", error.ToString());
            Assert.Empty(Directory.GetFileSystemEntries(dir));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void LenientModeSkipsBadRowsAndCountsThemByReason()
    {
        const string text = """
            person_id,month,status,ladder_rung
            1,0,OnBenefit,1
            1,1,Working,1
            1,2,OnBenefit,2
            2,0,OnBenefit,x
            2,1,OnBenefit,3
            2,1,OnBenefit,3
            3,0,OnBenefit,2
            3,2,ExitedToWork,6
            3,3,ExitedToWork,6
            """;
        var (moments, report) = ReadText(text, lenient: true);
        Assert.Equal(9, report.Rows);
        Assert.Equal(6, report.Accepted);
        Assert.Equal(1, report.SkippedByReason["unknown status"]);
        Assert.Equal(1, report.SkippedByReason["not an integer"]);
        Assert.Equal(1, report.SkippedByReason["duplicate (person, month)"]);
        Assert.Equal(2, report.SkippedByReason[PanelReader.ReasonGap]); // persons 1 and 3: kept, history restarted
        Assert.Equal(2, report.HistoriesRestarted);
        Assert.Contains(report.Lines(), l => l.Contains("test.csv: row 2 (line 3), column status: unknown status 'Working'"));
        // Person 1 (0 → 2) and person 3 (0 → 2) have gaps, and person 2's history starts at month 1: the only linked
        // step is person 3's 2 → 3, after the exit. So no exit to work is counted, and one month at risk of re-entry.
        Assert.Equal(new Ratio(0, 0), moments[new MomentKey(PanelMoments.ExitHazard, null, "<12")]);
        Assert.Equal(new Ratio(0, 1), moments[new MomentKey(PanelMoments.ReentryHazard, null, "work")]);
        Assert.Equal(new Ratio(1, 2), moments[new MomentKey(PanelMoments.StatusShare, 2, "ExitedToWork")]);
        Assert.Equal(new Ratio(2, 4), moments[new MomentKey(PanelMoments.LadderShare, null, "2")]); // caseload rows: 1@0 rung 1, 1@2 rung 2, 2@1 rung 3, 3@0 rung 2
    }

    // ───────────────────────────── Moments by hand ─────────────────────────────

    /// <summary>Four people (see the comments for what happens to each); person-major order.</summary>
    private static string HandPanel()
    {
        var sb = new StringBuilder("person_id,month,status,hours,resilience,debt_status,ladder_rung\n");
        void Row(string id, int m, string status, int hours, string type, string debt, int rung) =>
            sb.Append($"{id},{m},{status},{hours},{type},{debt},{rung}\n");
        // a: on benefit 0–1, part-time 2, exit to work at 3 (20 h), off until 9: still off 6 months later; 18 censored.
        Row("a", 0, "OnBenefit", 0, "Coping", "None", 1);
        Row("a", 1, "OnBenefit", 0, "Adaptive", "Problematic", 2);
        Row("a", 2, "PartTimeWithTopUp", 12, "Adaptive", "Problematic", 5);
        for (int m = 3; m <= 9; m++) Row("a", m, "ExitedToWork", 20, "Adaptive", "None", 6);
        // b: exit to work at 1 (32 h), back (Waiting) at 3 — a failed exit, observed until 8 ≥ 1+6, not until 1+18.
        Row("b", 0, "OnBenefit", 0, "Coping", "Arrears", 1);
        Row("b", 1, "ExitedToWork", 32, "Coping", "None", 6);
        Row("b", 2, "ExitedToWork", 32, "Coping", "None", 6);
        Row("b", 3, "Waiting", 0, "Coping", "Arrears", 1);
        for (int m = 4; m <= 8; m++) Row("b", m, "OnBenefit", 0, "Coping", "Arrears", 2);
        // c: exit to work at 1 (16 h), off until 19: still off 6 and 18 months later.
        Row("c", 0, "OnBenefit", 0, "Adaptive", "None", 3);
        for (int m = 1; m <= 19; m++) Row("c", m, "ExitedToWork", 16, "Adaptive", "None", 6);
        // d: enters at 2, adaptive → coping at 3, leaves for other reasons at 4.
        Row("d", 2, "OnBenefit", 0, "Adaptive", "Stuck", 4);
        Row("d", 3, "OnBenefit", 0, "Coping", "Stuck", 4);
        Row("d", 4, "ExitedOther", 0, "Coping", "None", 3);
        return sb.ToString();
    }

    private static void AssertHandMoments(MomentSet m)
    {
        void Eq(double events, double n, string name, int? month = null, string? band = null)
        {
            var r = m[new MomentKey(name, month, band)];
            Assert.True(r.Events == events && r.N == n, $"{new MomentKey(name, month, band)}: expected {events}/{n}, got {r.Events}/{r.N}");
        }
        Eq(3, 3, PanelMoments.StatusShare, 0, "OnBenefit");
        Eq(1, 3, PanelMoments.StatusShare, 1, "OnBenefit");
        Eq(2, 3, PanelMoments.StatusShare, 1, "ExitedToWork");
        Eq(2, 4, PanelMoments.StatusShare, 3, "ExitedToWork");
        Eq(1, 4, PanelMoments.StatusShare, 3, "Waiting");
        Eq(1, 4, PanelMoments.StatusShare, 3, "OnBenefit");
        Eq(2, 2, PanelMoments.ResilienceShare, 2, "Adaptive"); // caseload at 2: a (part-time), d
        Eq(2, 2, PanelMoments.ResilienceShare, 3, "Coping");   // caseload at 3: b (waiting), d
        Eq(1, 1, PanelMoments.ProblematicDebtShare, 1);
        Eq(1, 2, PanelMoments.ProblematicDebtShare, 3);
        Eq(4, 13, PanelMoments.ProblematicDebtShare);          // a at 1–2, d at 2–3, of 13 caseload months
        // From OnBenefit: a 0→1 (stays), 1→2 (part-time); b 0→1 (work), 4→5 … 7→8 (stays); c 0→1 (work); d 2→3, 3→4 (other).
        Eq(6, 10, PanelMoments.StatusTransition, null, "OnBenefit>OnBenefit");
        Eq(1, 10, PanelMoments.StatusTransition, null, "OnBenefit>PartTimeWithTopUp");
        Eq(2, 10, PanelMoments.StatusTransition, null, "OnBenefit>ExitedToWork");
        Eq(1, 10, PanelMoments.StatusTransition, null, "OnBenefit>ExitedOther");
        Eq(1, 1, PanelMoments.StatusTransition, null, "Waiting>OnBenefit");
        Eq(1, 26, PanelMoments.StatusTransition, null, "ExitedToWork>Waiting");
        Eq(0, 0, PanelMoments.StatusTransition, null, "ExitedOther>OnBenefit");
        // At risk: a 0→1, 1→2, 2→3 (exit); b 0→1 (exit), 3→4 … 7→8; c 0→1 (exit); d 2→3, 3→4 (other exit).
        Eq(3, 12, PanelMoments.ExitHazard, null, "<12");
        Eq(0, 0, PanelMoments.ExitHazard, null, "12-36");
        Eq(2, 3, PanelMoments.OffAfterExit, null, "6");        // a, c still off; b back
        Eq(1, 1, PanelMoments.OffAfterExit, null, "18");       // c; a and b not observed that long
        Eq(1, 26, PanelMoments.ReentryHazard, null, "work");   // months after a work exit: a 6, b 2, c 18
        Eq(0, 0, PanelMoments.ReentryHazard, null, "other");
        Eq(1, 6, PanelMoments.TypeTransition, null, "coping_to_adaptive"); // a 0→1; b 3→4 … 7→8
        Eq(1, 2, PanelMoments.TypeTransition, null, "adaptive_to_coping"); // a 1→2 stays; d 2→3
        Eq(0, 28, PanelMoments.HoursAfterExit, null, "0");
        Eq(19, 28, PanelMoments.HoursAfterExit, null, "12-16");
        Eq(7, 28, PanelMoments.HoursAfterExit, null, "17-31");
        Eq(2, 28, PanelMoments.HoursAfterExit, null, "32+");
        Eq(3, 13, PanelMoments.LadderShare, null, "1");
        Eq(6, 13, PanelMoments.LadderShare, null, "2");
        Eq(1, 13, PanelMoments.LadderShare, null, "3");
        Eq(2, 13, PanelMoments.LadderShare, null, "4");
        Eq(1, 13, PanelMoments.LadderShare, null, "5");
        Eq(9, 13, PanelMoments.Ladder12BySpell, null, "<12");
    }

    [Fact]
    public void MomentsOfAHandMadePanelEqualHandComputedValues()
    {
        var (moments, report) = ReadText(HandPanel());
        Assert.Equal(4, report.People);
        Assert.Equal(PanelColumns.All & ~PanelColumns.SpellMonths, report.Columns);
        AssertHandMoments(moments);
    }

    [Fact]
    public void MonthMajorOrderGivesTheSameMoments()
    {
        var lines = HandPanel().TrimEnd('\n').Split('\n');
        var sorted = lines.Skip(1).OrderBy(l => int.Parse(l.Split(',')[1])).ThenBy(l => l.Split(',')[0], StringComparer.Ordinal);
        var (moments, _) = ReadText(string.Join('\n', sorted.Prepend(lines[0])) + "\n");
        AssertHandMoments(moments);
    }

    [Fact]
    public void MissingOptionalColumnsAreNotUsed()
    {
        var (moments, report) = ReadText("person_id,month,status\n1,0,OnBenefit\n1,1,ExitedToWork\n");
        Assert.Equal(PanelColumns.None, report.Columns);
        Assert.DoesNotContain(moments.Keys, k => k.Name is PanelMoments.ResilienceShare or PanelMoments.HoursAfterExit or PanelMoments.LadderShare);
        Assert.Equal(1, moments[new MomentKey(PanelMoments.ExitHazard, null, "<12")].Value);
    }

    [Fact]
    public void SpellColumnPlacesHazardsInItsBand()
    {
        var (moments, _) = ReadText("person_id,month,status,spell_months\n1,0,OnBenefit,40\n1,1,OnBenefit,41\n1,2,ExitedToWork,\n2,0,OnBenefit,20\n2,1,OnBenefit,21\n");
        Assert.Equal(new Ratio(1, 2), moments[new MomentKey(PanelMoments.ExitHazard, null, ">36")]);
        Assert.Equal(new Ratio(0, 1), moments[new MomentKey(PanelMoments.ExitHazard, null, "12-36")]);
    }

    // ───────────────────────────── Simulated panels ─────────────────────────────

    [Fact]
    public void PanelFileOfARunGivesTheSameMomentsAsTheRunItself()
    {
        var spec = new RunSpec(new Parameters(), 600, 30, 42, []) { Threads = 1 };
        string dir = Directory.CreateTempSubdirectory("panel-test-").FullName;
        try
        {
            string path = Path.Combine(dir, "panel.csv");
            var direct = new MomentSet();
            using (var writer = PanelWriter.Create(path))
                for (int rep = 0; rep < 2; rep++)
                {
                    var moments = new PanelMoments(PanelColumns.All);
                    RunResult.Run(spec, rep, default, sim => { writer.WriteMonth(sim); SimulatedPanel.AddMonth(sim, moments); });
                    direct.AddAll(moments.Result());
                }
            var (read, report) = PanelReader.Read(path, lenient: false);
            Assert.Equal(0, report.Skipped);
            Assert.Equal(PanelColumns.All, report.Columns);
            Assert.Equal(direct.Keys, read.Keys);
            foreach (var k in direct.Keys) Assert.Equal(direct[k], read[k]);
            Assert.True(direct[new MomentKey(PanelMoments.OffAfterExit, null, "6")].N > 10, "the run has exits observed for 6 months");
        }
        finally { Directory.Delete(dir, true); }
    }
}
