using System.Globalization;
using System.Text;
using CsvHelper;
using Resilience.IO;

namespace Resilience.Analysis;

/// <summary>
/// The files of a comparison with every uncertainty drawn (<c>compare --uncertainty full</c>): replication r ran draw r
/// of all prior-bearing and calibrated parameters, the same draw for every scenario, so each replication's paired
/// difference is one draw of the effect.
/// <list type="bullet">
/// <item><c>uncertainty.csv</c>: per scenario and headline outcome, the mean effect, the 95% interval over draws, the
/// probability of the sign shown, and a statement ("raises"/"lowers" only when that probability is at least
/// <see cref="Confident"/>, else "uncertain", with the assumption it depends on most);</item>
/// <item><c>acceptability.csv</c>: the cost-effectiveness acceptability curve per scenario and outcome gained;</item>
/// <item><c>drivers.csv</c>: the parameters that explain most of each headline effect's variance over the draws.</item>
/// </list>
/// </summary>
public static class UncertaintyOutputs
{
    /// <summary>The probability of a sign from which an effect is stated as a direction.</summary>
    public const double Confident = 0.9;

    /// <summary>Drivers listed per effect.</summary>
    public const int DriversPerEffect = 5;

    /// <summary>Every scenario's headline effects over the draws (with their drivers) and acceptability curves,
    /// computed once for the CSV files, the chart and the report.</summary>
    public sealed record Analysis(
        IReadOnlyDictionary<(int Scenario, string Outcome), (DrawnEffect Effect, IReadOnlyList<Driver> Drivers)> Effects,
        IReadOnlyDictionary<(int Scenario, string Outcome), double[]> Acceptability);

    public static Analysis Analyse(ComparisonResult c)
    {
        var draws = c.Draws ?? throw new InvalidOperationException("a comparison without parameter draws has no full uncertainty");
        // The drawn values of replication r, in the draws' parameter order.
        var values = Enumerable.Range(0, c.Replications).Select(r => draws.Vectors[r % draws.Vectors.Count]).ToList();
        var effects = new Dictionary<(int, string), (DrawnEffect, IReadOnlyList<Driver>)>();
        var curves = new Dictionary<(int, string), double[]>();
        var cost = Outcomes.Get("cost_total");
        for (int s = 1; s < c.Scenarios.Count; s++)
        {
            foreach (var name in ComparisonReport.Headline)
            {
                var perDraw = PerDraw(c, s, Outcomes.Get(name));
                effects[(s, name)] = (Uncertainty.Summarise(perDraw), Uncertainty.Drivers(draws.Parameters, values, perDraw, DriversPerEffect));
            }
            var extraCost = PerDraw(c, s, cost);
            foreach (var (outcome, perClient) in Comparison.CostEffectivenessOutcomes)
                curves[(s, outcome)] = Uncertainty.Acceptability(extraCost, [.. PerDraw(c, s, Outcomes.Get(outcome)).Select(x => x * perClient)], Uncertainty.WillingnessToPay);
        }
        return new Analysis(effects, curves);
    }

    public static void Write(OutputFolder folder, ComparisonResult c, Analysis a)
    {
        using (var u = Csv(folder.PathOf("uncertainty.csv"), "scenario", "outcome", "unit", "mean", "low", "high", "probability_of_sign", "draws", "statement", "depends_most_on"))
        using (var d = Csv(folder.PathOf("drivers.csv"), "scenario", "outcome", "rank", "parameter", "evidence", "share_of_variance"))
            for (int s = 1; s < c.Scenarios.Count; s++)
                foreach (var name in ComparisonReport.Headline)
                {
                    var (e, drivers) = a.Effects[(s, name)];
                    string top = drivers.Count > 0 ? drivers[0].Parameter.Name : "";
                    Row(u, c.Scenarios[s].Name, name, Outcomes.Get(name).Unit, N(e.Mean), N(e.Low), N(e.High), N(e.ProbabilityOfSign),
                        e.Draws.ToString(CultureInfo.InvariantCulture), Statement(e), top);
                    for (int k = 0; k < drivers.Count; k++)
                        Row(d, c.Scenarios[s].Name, name, (k + 1).ToString(CultureInfo.InvariantCulture), drivers[k].Parameter.Name,
                            IO.ParameterTable.EvidenceText(drivers[k].Parameter.Meta.Evidence), N(drivers[k].Share));
                }

        using var acc = Csv(folder.PathOf("acceptability.csv"), "scenario", "outcome_gained", "willingness_to_pay", "probability_cost_effective");
        for (int s = 1; s < c.Scenarios.Count; s++)
            foreach (var (outcome, _) in Comparison.CostEffectivenessOutcomes)
            {
                var curve = a.Acceptability[(s, outcome)];
                for (int k = 0; k < curve.Length; k++)
                    Row(acc, c.Scenarios[s].Name, outcome, N(Uncertainty.WillingnessToPay[k]), N(curve[k]));
            }
    }

    /// <summary>"raises", "lowers", "no change" or "uncertain": a direction only when at least <see cref="Confident"/>
    /// of the draws agree on it.</summary>
    public static string Statement(DrawnEffect e) =>
        e.Sign == 0 && e.ProbabilityOfSign >= Confident ? "no change"
        : e.ProbabilityOfSign < Confident ? "uncertain"
        : e.Sign > 0 ? "raises" : "lowers";

    /// <summary>Scenario minus baseline, replication by replication: one effect per draw.</summary>
    public static List<double> PerDraw(ComparisonResult c, int scenario, Outcome o)
    {
        var b = Comparison.Values(c.Runs[0], o, 0).ToList();
        var v = Comparison.Values(c.Runs[scenario], o, 0).ToList();
        return [.. b.Select((x, r) => v[r] - x)];
    }

    /// <summary>A CSV file (UTF-8 without a byte-order mark, \n line ends) with its header row; also the search's files.</summary>
    internal static CsvWriter Csv(string path, params string[] header)
    {
        var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        var csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: false);
        foreach (var h in header) csv.WriteField(h);
        csv.EndRecord();
        return csv;
    }

    internal static void Row(CsvWriter csv, params string[] fields)
    {
        foreach (var f in fields) csv.WriteField(f);
        csv.EndRecord();
    }

    private static string N(double v) => RunOutputs.Num(v);
}
