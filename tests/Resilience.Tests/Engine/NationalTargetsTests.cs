using System.Globalization;
using CsvHelper;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>The national statistics (issue 14) as the model reads them: every row of the shipped file is either
/// read from a run or declared not comparable with a reason, and the readings obey the identities of their
/// definitions (shares that partition exits add up to one; rates are ratios of the right totals).</summary>
[Trait("Tier", "Fast")]
public class NationalTargetsTests
{
    private static string FilePath => Path.Combine(TestSupport.RepoRoot, "scenarios", "targets", "national-targets.csv");

    private static Target T(string name) => Targets.All.Single(t => t.Name == name);

    [Fact]
    public void EveryRowOfTheShippedFileIsReadOrSetAsideWithAReason()
    {
        using var stream = File.OpenRead(FilePath);
        using var csv = CsvReader.Create(stream, new CsvReaderOptions { FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        var names = new List<string>();
        while (csv.Read()) names.Add(csv.GetString(0));
        Assert.True(names.Count >= 12, $"{names.Count} national rows");
        var compared = Targets.All.Where(t => t.Set == TargetSet.National).Select(t => t.Name).ToList();
        Assert.Equal(names.Where(n => !NationalTargets.NotCompared.ContainsKey(n)), compared);
        foreach (var (name, why) in NationalTargets.NotCompared)
        {
            Assert.Contains(name, names);
            Assert.False(string.IsNullOrWhiteSpace(why));
        }
        // The embedded copy is the shipped file: same values and bands.
        foreach (var row in NationalTargets.Rows.Where(r => compared.Contains(r.Moment)))
        {
            var t = T(row.Moment);
            Assert.Equal((row.Value, row.Low, row.High), (t.Value, t.Low, t.High));
            Assert.NotNull(t.Year);
        }
    }

    [Fact]
    public void ReadingsOfARunObeyTheIdentitiesOfTheirDefinitions()
    {
        var run = TestSupport.Run(new Parameters(), clients: 3000, months: 48, seed: 5);
        double V(string name) => T(name).Evaluate(run.Raw);
        foreach (var t in Targets.All.Where(t => t.Set == TargetSet.National))
            Assert.True(double.IsFinite(t.Evaluate(run.Raw)), t.Name);
        // The three spell bands partition the exits.
        Assert.Equal(1, V("nat_exit_share_spell_lt1y") + V("nat_exit_share_spell_1to3y") + V("nat_exit_share_spell_ge3y"), 12);
        // Back on bijstand and off bijstand 18 months after an exit to work partition the exits of then.
        Assert.Equal(1, V("nat_post_exit_back_on_bijstand_18m") + V("nat_post_exit_off_bijstand_18m"), 12);
        // Exits to work per caseload-year ÷ exits per caseload-year = exits to work ÷ exits.
        Assert.Equal(V("nat_work_share_of_exits"), V("nat_exit_to_work_share_of_stock") / V("nat_exit_rate_per_year"), 12);
        // Working off bijstand is part of off bijstand.
        Assert.True(V("nat_post_exit_working_no_benefit_18m") + V("nat_post_exit_not_working_off_bijstand_18m") <= V("nat_post_exit_off_bijstand_18m") + 1e-12);
        Assert.True(V("nat_stock_share_spell_lt6m") <= V("nat_stock_share_spell_lt1y"));
    }

    [Fact]
    public void AnnualRatesAreTwelveTimesTheMonthlyTotalsOverTheStockFromMonthTwelve()
    {
        int months = 24;
        var raw = Enumerable.Range(0, months + 1).Select(_ => new double[Acc.Count]).ToArray();
        int caseload = Acc.IndexOf(Rule.Count(Is.Caseload)), left = Acc.IndexOf(Rule.Count(Is.Left));
        for (int m = 0; m <= months; m++)
        {
            raw[m][caseload] = 1000;
            raw[m][left] = m < NationalTargets.From ? 500 : 10; // the settling-in months are not counted
        }
        Assert.Equal(0.12, T("nat_exit_rate_per_year").Evaluate(raw), 12);
    }

    [Fact]
    public void PensionExitsAreNotCountedAsExitsButAsPensionAge()
    {
        var p = new Parameters();
        var c = new Client { Status = Status.ExitedOther, Events = MonthEvents.ExitOther, AgeMonths = (short)(Ages.StatePension * Units.MonthsPerYear) };
        Span<double> m = stackalloc double[ClientFacts.Measures];
        var facts = ClientFacts.Of(ref c, p, 30, m);
        Assert.True(facts.HasFlag(Is.PensionAge));
        Assert.False(facts.HasFlag(Is.Left));
        c.AgeMonths -= 1;
        facts = ClientFacts.Of(ref c, p, 30, m);
        Assert.True(facts.HasFlag(Is.Left));
        Assert.False(facts.HasFlag(Is.PensionAge));
    }
}
