using System.Globalization;
using CsvHelper;
using Resilience.IO;

namespace Resilience.Analysis.Calibration;

/// <summary>
/// The calibration's parameter set: the bootstrap refits re-centred on the estimates, the set that
/// <c>compare --parameter-draws</c> and <c>--uncertainty full</c> draw the calibrated parameters from (shipped as
/// scenarios/targets/calibration-bootstrap.csv). A refit that starts away from the estimate, or stops short of it on a
/// budget, leaves the refits off-centre (in the fit of 2026-11-30 by up to 1.6 bootstrap standard deviations;
/// work.ageOfferDecline's estimate lay above all 12 refits), so draws from them would vary the parameters around
/// another value than the shipped one. Re-centring shifts each parameter's refits so that their <b>mean</b> is the
/// estimate, keeping their spread, then clamps them to the fit's bounds. The mean, not the median: the fit's interval
/// is estimate ± t × the refits' standard deviation (a spread about their mean), so a set centred by its mean has
/// the centre and the spread that interval states; clamping at a bound (an estimate at a bound) moves the mean of
/// that parameter inward, by design, since no draw may leave the bounds.
/// </summary>
public static class ParameterSet
{
    /// <summary>The file a calibration writes its set to.</summary>
    public const string FileName = "parameter-set.csv";

    /// <summary>What a column is re-centred on: the estimate and the bounds it is clamped to.</summary>
    public readonly record struct Centre(double Estimate, double Low, double High);

    /// <summary>The columns <paramref name="header"/> names that <paramref name="centres"/> holds, each shifted to mean
    /// <see cref="Centre.Estimate"/> and clamped to its bounds; the other columns (replicate, seed, objective, other
    /// parameters) as they were.</summary>
    public static List<string[]> Recentre(IReadOnlyList<string> header, IReadOnlyList<string[]> rows, IReadOnlyDictionary<string, Centre> centres)
    {
        var result = rows.Select(r => (string[])r.Clone()).ToList();
        if (rows.Count == 0) return result;
        for (int j = 0; j < header.Count; j++)
        {
            if (!centres.TryGetValue(header[j], out var c)) continue;
            var x = rows.Select(r => double.Parse(r[j], NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            double shift = c.Estimate - x.Average();
            for (int i = 0; i < x.Length; i++) result[i][j] = RunOutputs.Num(Math.Clamp(x[i] + shift, c.Low, c.High));
        }
        return result;
    }

    /// <summary>Read a set (a bootstrap.csv or parameter-set.csv): the header and the rows, every value of a column
    /// other than <paramref name="text"/> a number.</summary>
    public static (List<string> Header, List<string[]> Rows) Read(string path, params string[] text)
    {
        InputFiles.CheckRegular(path, "parameter set (a calibration's bootstrap.csv or parameter-set.csv)");
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true }, leaveOpen: true);
        var header = csv.Headers.Select(h => h.Trim()).ToList();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = new string[header.Count];
            for (int j = 0; j < header.Count; j++)
            {
                row[j] = csv.GetString(j);
                if (!text.Contains(header[j]) && !(double.TryParse(row[j], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)))
                    throw new InputException($"{path}: line {csv.LineNumber}, column {header[j]}: '{row[j]}' is not a number");
            }
            rows.Add(row);
        }
        if (rows.Count == 0) throw new InputException($"{path}: no rows; expected one parameter vector per line");
        return (header, rows);
    }

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<string[]> rows) => Report.Csv(path, header, rows);

    /// <summary>Columns of a set that are not parameters.</summary>
    public static readonly string[] Bookkeeping = ["replicate", "simulation_seed", "objective", "evaluations"];

    /// <summary>Re-centre the set at <paramref name="from"/> on the protocol's shipped estimates (each parameter on the
    /// estimate and within the bounds of the last stage that fitted it) and write it to <paramref name="to"/>. A column
    /// that names no model parameter any more (a parameter removed since the refits were made) is left out: a set
    /// holds model parameters only. Returns the parameters re-centred and the columns left out.</summary>
    public static (int Recentred, IReadOnlyList<string> Dropped) RecentreOnShipped(string from, string to, CalibrationProtocol protocol, string repository) =>
        RecentreOn(from, to, protocol.ShippedEstimates(repository));

    /// <summary>Re-centre the raw refits at <paramref name="from"/> on <paramref name="estimates"/> (each within its
    /// stage's bounds) in one step, so that the set does not depend on how intermediate stages clamped it.</summary>
    public static (int Recentred, IReadOnlyList<string> Dropped) RecentreOn(string from, string to, IReadOnlyDictionary<string, FittedParameter> estimates)
    {
        var (header, rows) = Read(from);
        var keep = Enumerable.Range(0, header.Count).Where(j => Bookkeeping.Contains(header[j]) || Model.ParameterRegistry.Find(header[j]) is not null).ToArray();
        var dropped = header.Where((h, j) => !keep.Contains(j)).ToList();
        header = [.. keep.Select(j => header[j])];
        rows = [.. rows.Select(r => keep.Select(j => r[j]).ToArray())];
        var centres = estimates.ToDictionary(e => e.Key, e => new Centre(e.Value.Estimate, e.Value.BoundLow, e.Value.BoundHigh));
        Write(to, header, Recentre(header, rows, centres));
        return (header.Count(centres.ContainsKey), dropped);
    }
}
