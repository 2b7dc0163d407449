using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>
/// Parameter vectors drawn from a calibration's bootstrap set (the <c>bootstrap.csv</c> that <c>calibrate</c> writes:
/// one row per refit, one column per fitted parameter). With draws, replication r of every scenario of a comparison
/// runs with vector r mod K — the same vector for the baseline and the scenarios, common random numbers kept — so an
/// effect's interval includes the uncertainty of the calibrated parameters, not only simulation noise.
/// </summary>
public sealed class ParameterDraws
{
    public string File { get; }
    public IReadOnlyList<ParamDef> Parameters { get; }
    public IReadOnlyList<double[]> Vectors { get; }
    /// <summary>Identifies the set (names and values) for manifests and for merging shards.</summary>
    public string Hash { get; }
    /// <summary>Every uncertain parameter is drawn (<see cref="Full"/>): each replication is one draw of the effect.</summary>
    public bool IsFull { get; private init; }

    private ParameterDraws(string file, IReadOnlyList<ParamDef> parameters, IReadOnlyList<double[]> vectors)
    {
        File = file; Parameters = parameters; Vectors = vectors;
        var sb = new StringBuilder(string.Join(',', parameters.Select(p => p.Name))).Append('|');
        foreach (var v in vectors) sb.Append(string.Join(',', v.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))).Append('|');
        Hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
    }


    /// <summary>Read the first <paramref name="count"/> vectors of a bootstrap file; every other column must name a
    /// model parameter, every value be a number within its allowed range.</summary>
    /// <summary>Where <c>--parameter-draws</c> looks for the calibration's bootstrap set by default.</summary>
    public const string DefaultFile = "scenarios/targets/calibration-bootstrap.csv";

    public static ParameterDraws Load(string path, int count)
    {
        InputFiles.CheckRegular(path, "parameter set (a calibration's bootstrap.csv)");
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true }, leaveOpen: true);
        var headers = csv.Headers.Select(h => h.Trim()).ToList();
        var columns = new List<(int Index, ParamDef Def)>();
        for (int k = 0; k < headers.Count; k++)
        {
            if (Calibration.ParameterSet.Bookkeeping.Contains(headers[k], StringComparer.OrdinalIgnoreCase)) continue;
            var def = ParameterRegistry.Find(headers[k]) ?? throw new InputException($"{path}: column {headers[k]}: not a model parameter (run `params`)");
            if (def.IsLever) throw new InputException($"{path}: column {headers[k]}: is a policy lever; a parameter set holds model parameters");
            columns.Add((k, def));
        }
        if (columns.Count == 0) throw new InputException($"{path}: no parameter columns; expected the bootstrap.csv of a calibration");
        var vectors = new List<double[]>();
        while (vectors.Count < count && csv.Read())
        {
            var v = new double[columns.Count];
            for (int j = 0; j < columns.Count; j++)
            {
                var (k, def) = columns[j];
                string where = $"{path}: row {csv.RowNumber} (line {csv.LineNumber}), column {def.Name}";
                if (!csv.TryParse(k, out double x) || !double.IsFinite(x)) throw new InputException($"{where}: '{csv.GetString(k)}' is not a number");
                if (def.Validate(x) is { } error) throw new InputException($"{where}: {error}");
                v[j] = x;
            }
            vectors.Add(v);
        }
        if (vectors.Count < count) throw new InputException($"--parameter-draws {count}: {path} holds only {vectors.Count} parameter vector(s)");
        return new ParameterDraws(path, [.. columns.Select(c => c.Def)], vectors);
    }

    /// <summary>Every uncertain parameter drawn together, for probabilistic sensitivity analysis (<c>compare
    /// --uncertainty full</c>): vector k holds Latin hypercube draw k over the priors of every assumed size
    /// (<see cref="PriorDraws"/>) and, when a calibration's bootstrap set is given, its vector k mod B for the
    /// calibrated parameters (which then take no prior draw).</summary>
    public static ParameterDraws Full(int count, ulong seed, ParameterDraws? calibrated)
    {
        var fitted = calibrated?.Parameters.Select(d => d.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        var priors = Priors.All().Where(x => !fitted.Contains(x.Def.Name)).ToList();
        var lhs = PriorDraws.LatinHypercube(count, seed, priors);
        var vectors = new List<double[]>(count);
        for (int k = 0; k < count; k++)
            vectors.Add(calibrated is null ? lhs[k] : [.. lhs[k], .. calibrated.Vectors[k % calibrated.Vectors.Count]]);
        string label = $"priors (Latin hypercube of {count}, seed {seed})" + (calibrated is null ? "" : $" + {calibrated.File}");
        return new ParameterDraws(label, [.. priors.Select(x => x.Def), .. calibrated?.Parameters ?? []], vectors) { IsFull = true };
    }

    /// <summary>The parameters of <paramref name="scenario"/> for replication <paramref name="replication"/>: the drawn
    /// values replace the baseline's; a parameter the scenario itself sets to another value than the baseline keeps
    /// the scenario's value (it is the scenario's point).</summary>
    public Parameters Apply(Parameters scenario, Parameters baseline, int replication)
    {
        var p = scenario.Clone();
        var v = Vectors[replication % Vectors.Count];
        for (int j = 0; j < Parameters.Count; j++)
            if (Parameters[j].Get(scenario) == Parameters[j].Get(baseline)) Parameters[j].Set(p, v[j]);
        return p;
    }
}
