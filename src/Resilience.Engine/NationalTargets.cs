using System.Globalization;
using Resilience.Model;

namespace Resilience.Engine;

/// <summary>Age limits of the CBS figures (the model's own bands are in <see cref="Ages"/>).</summary>
public static class NationalAges
{
    /// <summary>CBS's youngest band is 15–24 (the model's caseload starts at 18).</summary>
    public const int Under25 = 25;
    public const int Under35 = 35;
    public const int From45 = 45;
}

/// <summary>
/// The descriptive national statistics of <c>scenarios/targets/national-targets.csv</c> (CBS, Divosa, ESB; issue
/// 14) as targets the model is read against. The file is the one source of every value, band and source (it is
/// embedded in this assembly); here each row gets how the model produces it. Flows are summed and stocks are summed
/// over months 12–end before dividing, so a figure is a ratio of totals, like the national ones (a year's outflow
/// over the mean stock). Rows the model cannot produce are declared with the reason (<see cref="NotCompared"/>).
/// </summary>
public static class NationalTargets
{
    /// <summary>First month counted: as for the seed targets, the first year settles the synthesised state.</summary>
    public const int From = Reading.SettledFrom;

    /// <summary>Resource name of the embedded <c>national-targets.csv</c>.</summary>
    public const string Resource = "national-targets.csv";

    /// <summary>One row of the targets file: the figure, its band and where it comes from.</summary>
    public sealed record Row(string Moment, double Value, double Low, double High, string Source, int Year, string Publisher, string Notes);

    public static readonly IReadOnlyList<Row> Rows = ReadRows();

    private static IReadOnlyList<Row> ReadRows()
    {
        double N(EmbeddedCsv.Row f, string column) => double.Parse(f[column], CultureInfo.InvariantCulture);
        return [.. EmbeddedCsv.Read(Resource).Select(f => new Row(f["moment"], N(f, "value"), N(f, "low"), N(f, "high"), f["source"],
            int.Parse(f["year"], CultureInfo.InvariantCulture), f["publisher"], f["notes"]))];
    }

    /// <summary>Rows of the file that the model does not produce, and why (README lists them).</summary>
    public static readonly IReadOnlyDictionary<string, string> NotCompared = new Dictionary<string, string>
    {
        ["nat_stock_persons_under_aow"] = "a scale, not a rate: the model simulates a caseload of any size",
        ["nat_post_exit_continuous_work_18m"] = "the model does not follow uninterrupted employment across jobs after an exit",
        ["nat_municipal_debt_share"] = "a claim of the municipality (recovered benefit, loans, fines) is not a state of the model: a clawback is settled when it falls due",
    };

    private static readonly Rule Caseload = Rule.Count(Is.Caseload);
    private static readonly Rule Entries = Rule.Happened(MonthEvents.Entered), ReEntries = Rule.Happened(MonthEvents.ReEntry);
    /// <summary>Applications withdrawn before a first payment: CBS counts benefits granted, so the inflow the model
    /// compares is reports (entries and re-entries) less withdrawals.</summary>
    private static readonly Rule Withdrawals = Rule.Happened(MonthEvents.Withdrawal);
    private static readonly Rule ReEntriesWithinYear = Rule.Count(Is.ExitedWithinYear, MonthEvents.ReEntry);
    private static readonly Rule Left = Rule.Count(Is.Left);
    private static readonly Rule ToWork = Rule.Happened(MonthEvents.ExitToWork);
    private static Rule ToWorkWhen(Is when) => Rule.Count(when, MonthEvents.ExitToWork);
    private static Rule In(Is when) => Rule.Count(Is.Caseload | when);
    private static Rule LeftWith(Is when) => Rule.Count(Is.Left | when);
    private static readonly Rule Exit6 = Rule.Count(Is.WorkExit6MonthsAgo), Exit18 = Rule.Count(Is.WorkExit18MonthsAgo);

    /// <summary>How the model produces each compared row: a reading in words, the accumulators it sums over months
    /// <see cref="From"/>–end, and the figure from those sums (in the order of the accumulators).</summary>
    private static readonly (string Moment, string Reading, Rule[] Reads, Func<double[], double> Figure)[] Readings =
    [
        ("nat_inflow_rate_per_year", "12 × (entries + re-entries − withdrawals) ÷ caseload", [Entries, ReEntries, Withdrawals, Caseload],
            s => Units.MonthsPerYear * D(s[0] + s[1] - s[2], s[3])),
        ("nat_exit_rate_per_year", "12 × exits other than at pension age ÷ caseload", [Left, Caseload],
            s => Units.MonthsPerYear * D(s[0], s[1])),
        ("nat_reentry_share_of_inflow", "re-entries within 12 months of an exit ÷ (entries + re-entries − withdrawals)", [ReEntriesWithinYear, Entries, ReEntries, Withdrawals],
            s => D(s[0], s[1] + s[2] - s[3])),
        ("nat_exit_to_work_share_of_stock", "12 × exits to work ÷ caseload", [ToWork, Caseload],
            s => Units.MonthsPerYear * D(s[0], s[1])),
        ("nat_work_share_of_exits", "exits to work ÷ exits other than at pension age", [ToWork, Left],
            s => D(s[0], s[1])),
        ("nat_exit_to_work_ratio_male_female", "exit-to-work rate of men ÷ that of women (rate = exits to work ÷ caseload)",
            [ToWork, Caseload, ToWorkWhen(Is.Female), In(Is.Female)],
            s => D(D(s[0] - s[2], s[1] - s[3]), D(s[2], s[3]))),
        ("nat_exit_to_work_ratio_age_15_24_vs_all", "exit-to-work rate under 25 ÷ that of the whole caseload",
            [ToWorkWhen(Is.AgeUnder25), In(Is.AgeUnder25), ToWork, Caseload], s => D(D(s[0], s[1]), D(s[2], s[3]))),
        ("nat_exit_to_work_ratio_age_25_34_vs_all", "exit-to-work rate at 25–34 ÷ that of the whole caseload",
            [ToWorkWhen(Is.Age25To34), In(Is.Age25To34), ToWork, Caseload], s => D(D(s[0], s[1]), D(s[2], s[3]))),
        ("nat_exit_to_work_share_age_25_34", "exits to work aged 25–34 ÷ exits to work", [ToWorkWhen(Is.Age25To34), ToWork],
            s => D(s[0], s[1])),
        ("nat_exit_share_spell_lt1y", "exits (not at pension age) after a spell under a year ÷ such exits", [Left, LeftWith(Is.SpellYearPlus)],
            s => D(s[0] - s[1], s[0])),
        ("nat_exit_share_spell_1to3y", "exits after a spell of 1–3 years ÷ exits", [Left, LeftWith(Is.SpellYearPlus), LeftWith(Is.SpellThreeYearsPlus)],
            s => D(s[1] - s[2], s[0])),
        ("nat_exit_share_spell_ge3y", "exits after a spell of 3 years or more ÷ exits", [Left, LeftWith(Is.SpellThreeYearsPlus)],
            s => D(s[1], s[0])),
        ("nat_exit_rate_spell_lt1y", "exits after a spell under a year ÷ (entries + re-entries − withdrawals): the share of new spells ending within 12 months",
            [Left, LeftWith(Is.SpellYearPlus), Entries, ReEntries, Withdrawals], s => D(s[0] - s[1], s[2] + s[3] - s[4])),
        ("nat_exit_rate_spell_ge5y", "12 × exits after a spell of 5 years or more ÷ caseload with such a spell",
            [LeftWith(Is.SpellFiveYearsPlus), In(Is.SpellFiveYearsPlus)], s => Units.MonthsPerYear * D(s[0], s[1])),
        ("nat_stock_share_spell_ge5y", "caseload with a spell of 5 years or more ÷ caseload", [In(Is.SpellFiveYearsPlus), Caseload],
            s => D(s[0], s[1])),
        ("nat_stock_share_spell_lt6m", "1 − caseload with a spell of 6 months or more ÷ caseload", [In(Is.SpellSixMonthsPlus), Caseload],
            s => 1 - D(s[0], s[1])),
        ("nat_stock_share_spell_lt1y", "1 − caseload with a spell of a year or more ÷ caseload", [In(Is.SpellYearPlus), Caseload],
            s => 1 - D(s[0], s[1])),
        ("nat_post_exit_working_no_benefit_6m", "of exits to work 6 months earlier: working and off bijstand",
            [Rule.Count(Is.WorkExit6MonthsAgo | Is.Working | Is.OffCaseload), Exit6], s => D(s[0], s[1])),
        ("nat_post_exit_working_no_benefit_18m", "of exits to work 18 months earlier: working and off bijstand",
            [Rule.Count(Is.WorkExit18MonthsAgo | Is.Working | Is.OffCaseload), Exit18], s => D(s[0], s[1])),
        ("nat_post_exit_back_on_bijstand_18m", "of exits to work 18 months earlier: on bijstand (waiting, on benefit or part-time with a top-up)",
            [Rule.Count(Is.WorkExit18MonthsAgo | Is.Caseload), Exit18], s => D(s[0], s[1])),
        ("nat_post_exit_off_bijstand_18m", "of exits to work 18 months earlier: off bijstand",
            [Rule.Count(Is.WorkExit18MonthsAgo | Is.OffCaseload), Exit18], s => D(s[0], s[1])),
        ("nat_post_exit_not_working_off_bijstand_18m", "of exits to work 18 months earlier: not working and off bijstand (WW, other income)",
            [Rule.Count(Is.WorkExit18MonthsAgo | Is.NotWorking | Is.OffCaseload), Exit18], s => D(s[0], s[1])),
        ("nat_exempt_share", "caseload exempt from the job-search obligation ÷ caseload", [In(Is.Exempt), Caseload], s => D(s[0], s[1])),
        ("nat_topup_work_share", "caseload working part-time with a top-up ÷ caseload", [Rule.Count(Is.PartTime), Caseload], s => D(s[0], s[1])),
        ("nat_stock_share_female", "women in the caseload ÷ caseload", [In(Is.Female), Caseload], s => D(s[0], s[1])),
        ("nat_stock_share_age_lt27", "caseload under 27 ÷ caseload", [In(Is.AgeUnder27), Caseload], s => D(s[0], s[1])),
        ("nat_stock_share_age_45plus", "caseload aged 45 or older ÷ caseload", [In(Is.Age45Plus), Caseload], s => D(s[0], s[1])),
    ];

    private static double D(double a, double b) => b > 0 ? a / b : double.NaN;

    /// <summary>Every compared row as a target, in the file's order.</summary>
    public static readonly Target[] All = Declare();

    private static Target[] Declare()
    {
        var byName = Readings.ToDictionary(r => r.Moment);
        var list = new List<Target>();
        foreach (var row in Rows)
        {
            if (NotCompared.ContainsKey(row.Moment)) continue;
            if (!byName.TryGetValue(row.Moment, out var how))
                throw new InvalidOperationException($"{Resource}: '{row.Moment}' has no reading in NationalTargets and is not listed as not compared");
            var reads = how.Reads;
            var figure = how.Figure;
            list.Add(new Target(row.Moment, row.Value, row.Low, row.High, row.Source, how.Reading + $", months {From}–end",
                raw => figure(SumsFrom(raw, reads)))
            { Reads = reads, Set = TargetSet.National, Year = row.Year });
        }
        var unused = byName.Keys.Except(Rows.Select(r => r.Moment)).ToList();
        if (unused.Count > 0) throw new InvalidOperationException($"NationalTargets reads moments that {Resource} lacks: {string.Join(", ", unused)}");
        return [.. list];
    }

    private static double[] SumsFrom(double[][] raw, Rule[] reads) => [.. reads.Select(r => Reading.Sum(raw, Acc.IndexOf(r), From))];
}
