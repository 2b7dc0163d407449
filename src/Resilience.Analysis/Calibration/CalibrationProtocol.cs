using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis.Calibration;

/// <summary>One stage of a calibration protocol: what it fits (free parameters and their bounds), where it starts, at
/// what scale and budget, and where its shipped output lies.</summary>
/// <param name="Name">The stage's folder under the protocol run's output (joint, refinement, …).</param>
/// <param name="Start">Where the search starts: <c>defaults</c> (the protocol's scenario, i.e. the shipped defaults)
/// or <c>previous</c> (the previous stage's <c>calibrated-scenario.json</c>).</param>
/// <param name="Shipped">The folder (relative to the repository) that holds the shipped output of this stage:
/// fitted-parameters.csv and fit.csv.</param>
/// <param name="Months">The horizon, or null for the scenario's.</param>
public sealed record ProtocolStage(string Name, string About, string Start, string Shipped, int Clients, int? Months, int Replications, int Budget,
    int Bootstrap, ulong Seed, IReadOnlyList<FreeParameter> Free)
{
    /// <summary>The <c>--free</c> arguments of calibrate for this stage.</summary>
    public string[] FreeArguments => [.. Free.Select(f => $"{f.Name}={Num(f.Low)}:{Num(f.High)}")];

    private static string Num(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A fitted parameter as a calibration output states it (a row of fitted-parameters.csv).</summary>
public sealed record FittedParameter(string Name, double Start, double Estimate, double BootstrapSd, double BoundLow, double BoundHigh, string Stage)
{
    /// <summary>The bound the estimate lies at (within <see cref="IdentificationRule.BoundTolerance"/> of the bounds'
    /// width), or null.</summary>
    public BoundSide? AtBound => IdentificationRule.AtBound(Estimate, BoundLow, BoundHigh);
}

/// <summary>
/// The calibration protocol as a checked-in file (docs/calibration/protocol.json): the scenario and targets it fits,
/// and its stages in order, each with its free parameters and bounds, its starting rule, scale, budget, bootstrap
/// refits, seed and the folder of its shipped output. <c>calibrate --protocol FILE [--stage N]</c> runs it,
/// scripts/calibrate-baseline.sh calls that, and a test ties every shipped calibrated default to the output of the
/// last stage that fitted it (<see cref="ShippedEstimates"/>).
/// </summary>
public sealed record CalibrationProtocol(string File, string Scenario, string Targets, IReadOnlyList<ProtocolStage> Stages)
{
    public const string DefaultFile = "docs/calibration/protocol.json";
    private const int MaxBytes = 1 << 20;
    private static readonly string[] TopKeys = ["about", "scenario", "targets", "stages"];
    private static readonly string[] StageKeys = ["name", "about", "start", "shipped", "clients", "months", "replications", "budget", "bootstrap", "seed", "free"];
    private static readonly string[] Starts = ["defaults", "previous"];

    public static CalibrationProtocol Load(string path)
    {
        string text = InputFiles.ReadText(Path.GetFullPath(path), path, "calibration protocol (JSON)", MaxBytes);
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { throw new InputException($"{path}: not valid JSON (line {e.LineNumber + 1}): {e.Message.Split(" Path:")[0]}"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InputException($"{path}: expected a JSON object with scenario, targets and stages");
            ScenarioLoader.CheckDuplicateKeys(path, root, "");
            Keys(path, root, "", TopKeys);
            string scenario = Text(path, root, "", "scenario");
            string targets = Text(path, root, "", "targets");
            if (!root.TryGetProperty("stages", out var stages) || stages.ValueKind != JsonValueKind.Array || stages.GetArrayLength() == 0)
                throw new InputException($"{path}: stages: expected a list of at least one stage");
            var list = new List<ProtocolStage>();
            foreach (var s in stages.EnumerateArray())
            {
                string where = $"stages[{list.Count}]";
                if (s.ValueKind != JsonValueKind.Object) throw new InputException($"{path}: {where}: expected an object");
                Keys(path, s, where, StageKeys);
                string name = Text(path, s, where, "name");
                if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
                    throw new InputException($"{path}: {where}.name: '{name}': expected letters, digits, - and _ only (it names the stage's output folder)");
                if (list.Any(x => x.Name == name)) throw new InputException($"{path}: {where}.name: '{name}' names two stages");
                string start = Text(path, s, where, "start");
                if (!Starts.Contains(start)) throw new InputException($"{path}: {where}.start: '{start}': expected defaults or previous");
                if (list.Count == 0 && start != "defaults") throw new InputException($"{path}: {where}.start: the first stage has no previous stage; expected defaults");
                int? months = s.TryGetProperty("months", out var m) && m.ValueKind != JsonValueKind.Null ? Int(path, m, $"{where}.months", 1, 1200) : null;
                if (!s.TryGetProperty("free", out var free) || free.ValueKind != JsonValueKind.Object || !free.EnumerateObject().Any())
                    throw new InputException($"{path}: {where}.free: expected an object of NAME: [LOW, HIGH], at least one");
                var parameters = new List<FreeParameter>();
                foreach (var f in free.EnumerateObject())
                {
                    string at = $"{where}.free.{f.Name}";
                    if (f.Value.ValueKind != JsonValueKind.Array || f.Value.GetArrayLength() != 2 || f.Value.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.Number))
                        throw new InputException($"{path}: {at}: expected [LOW, HIGH], two numbers");
                    double low = f.Value[0].GetDouble(), high = f.Value[1].GetDouble();
                    try { parameters.Add(FreeParameter.Parse(string.Create(CultureInfo.InvariantCulture, $"{f.Name}={low:R}:{high:R}"))); }
                    catch (InputException e) { throw new InputException($"{path}: {at}: {e.Message}"); }
                }
                int budget = Int(path, Required(path, s, where, "budget"), $"{where}.budget", parameters.Count + 2, 1_000_000);
                list.Add(new ProtocolStage(name, s.TryGetProperty("about", out _) ? Text(path, s, where, "about") : "", start, Text(path, s, where, "shipped"),
                    Int(path, Required(path, s, where, "clients"), $"{where}.clients", 1, ScenarioLoader.MaxClients), months,
                    Int(path, Required(path, s, where, "replications"), $"{where}.replications", 1, 1000), budget,
                    Int(path, Required(path, s, where, "bootstrap"), $"{where}.bootstrap", 0, 10_000),
                    Required(path, s, where, "seed") is { ValueKind: JsonValueKind.Number } seed && seed.TryGetUInt64(out ulong u)
                        ? u : throw new InputException($"{path}: {where}.seed: expected a whole number of 0 or more"),
                    parameters));
            }
            return new CalibrationProtocol(path, scenario, targets, list);
        }
    }

    /// <summary>The stage numbered <paramref name="number"/> (1-based).</summary>
    public ProtocolStage Stage(int number) => number >= 1 && number <= Stages.Count
        ? Stages[number - 1]
        : throw new InputException($"--stage {number}: {File} has stages 1–{Stages.Count}");

    /// <summary>The shipped estimate of every parameter the protocol fits: from the last stage that frees it and whose
    /// shipped fitted-parameters.csv holds it (paths relative to <paramref name="repository"/>); an error when none
    /// does.</summary>
    public IReadOnlyDictionary<string, FittedParameter> ShippedEstimates(string repository) =>
        Estimates(s => Path.Combine(repository, s.Shipped));

    /// <summary>As <see cref="ShippedEstimates"/>, from the stages' outputs in <paramref name="folderOf"/> (a protocol
    /// run's OUT/&lt;stage&gt;, or the shipped folders).</summary>
    public IReadOnlyDictionary<string, FittedParameter> Estimates(Func<ProtocolStage, string> folderOf)
    {
        var result = new Dictionary<string, FittedParameter>(StringComparer.Ordinal);
        foreach (var (stage, rows) in Outputs(folderOf))
            foreach (var f in stage.Free)
                if (rows.TryGetValue(f.Name, out var row)) result[f.Name] = row;
        var missing = Stages.SelectMany(s => s.Free).Select(f => f.Name).FirstOrDefault(n => !result.ContainsKey(n));
        if (missing is not null) throw new InputException($"{File}: no stage's fitted-parameters.csv holds {missing}, which the protocol fits");
        return result;
    }

    /// <summary>Where a stage's shipped output and the protocol disagree: a parameter the stage frees that its output
    /// lacks, one its output holds that the stage does not free, or other bounds (an output made before the protocol
    /// last changed).</summary>
    public IReadOnlyList<string> Discrepancies(string repository)
    {
        var list = new List<string>();
        foreach (var (stage, rows) in ShippedOutputs(repository))
        {
            foreach (var f in stage.Free)
                if (!rows.TryGetValue(f.Name, out var row)) list.Add($"{stage.Name}: {f.Name} fitted by the protocol, not in the output");
                else if (row.BoundLow != f.Low || row.BoundHigh != f.High) list.Add($"{stage.Name}: {f.Name} bounds {row.BoundLow}:{row.BoundHigh} in the output, {f.Low}:{f.High} in the protocol");
            foreach (var name in rows.Keys.Where(n => stage.Free.All(f => f.Name != n)))
                list.Add($"{stage.Name}: {name} in the output, not fitted by the protocol");
        }
        return list;
    }

    private IEnumerable<(ProtocolStage Stage, IReadOnlyDictionary<string, FittedParameter> Rows)> ShippedOutputs(string repository) =>
        Outputs(s => Path.Combine(repository, s.Shipped));

    private IEnumerable<(ProtocolStage Stage, IReadOnlyDictionary<string, FittedParameter> Rows)> Outputs(Func<ProtocolStage, string> folderOf) =>
        Stages.Select(s => (s, FittedParameters.Load(Path.Combine(folderOf(s), "fitted-parameters.csv"), s.Name)));

    private static void Keys(string path, JsonElement e, string where, string[] allowed)
    {
        foreach (var p in e.EnumerateObject())
            if (!allowed.Contains(p.Name))
                throw new InputException($"{path}: {(where.Length == 0 ? "" : where + ".")}{p.Name}: unknown key; expected {string.Join(", ", allowed)}");
    }

    private static JsonElement Required(string path, JsonElement e, string where, string key) =>
        e.TryGetProperty(key, out var v) ? v : throw new InputException($"{path}: {(where.Length == 0 ? "" : where + ".")}{key}: missing");

    private static string Text(string path, JsonElement e, string where, string key)
    {
        var v = Required(path, e, where, key);
        return v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s
            : throw new InputException($"{path}: {(where.Length == 0 ? "" : where + ".")}{key}: expected a non-empty text");
    }

    private static int Int(string path, JsonElement v, string where, int min, int max) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n) && n >= min && n <= max ? n
            : throw new InputException($"{path}: {where}: expected a whole number from {min} to {max}, got {v.GetRawText()}");
}

/// <summary>Reading a calibration's fitted-parameters.csv (the columns by name, so older outputs read too).</summary>
public static class FittedParameters
{
    public static IReadOnlyDictionary<string, FittedParameter> Load(string path, string stage)
    {
        InputFiles.CheckRegular(path, "fitted-parameters.csv of a calibration");
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true }, leaveOpen: true);
        var headers = csv.Headers.Select(h => h.Trim()).ToList();
        int Column(string name) => headers.IndexOf(name) is int k and >= 0 ? k : throw new InputException($"{path}: no column {name}; expected the fitted-parameters.csv of a calibration");
        int name = Column("parameter"), start = Column("start"), estimate = Column("estimate"), sd = Column("bootstrap_sd"), low = Column("bound_low"), high = Column("bound_high");
        var rows = new Dictionary<string, FittedParameter>(StringComparer.Ordinal);
        while (csv.Read())
        {
            string p = csv.GetString(name);
            double Number(int k, bool optional = false) => csv.TryParse(k, out double x) && double.IsFinite(x) ? x
                : optional && csv.GetString(k).Length == 0 ? double.NaN
                : throw new InputException($"{path}: line {csv.LineNumber}, column {headers[k]}: '{csv.GetString(k)}' is not a number");
            if (!rows.TryAdd(p, new FittedParameter(p, Number(start), Number(estimate), Number(sd, optional: true), Number(low), Number(high), stage)))
                throw new InputException($"{path}: line {csv.LineNumber}: {p} appears twice");
        }
        return rows;
    }
}
