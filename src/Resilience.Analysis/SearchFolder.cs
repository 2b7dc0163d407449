using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>
/// The outputs of a finished <c>search</c> as the report and the workshop read them: <c>search.json</c> (the
/// question and its setup), <c>pareto.csv</c> (every package × key outcome), <c>robustness.csv</c> and
/// <c>discovery.csv</c>. Every problem names the file, the row and the field.
/// </summary>
public sealed record SearchFolder(
    string Folder, string Baseline, int Clients, int Months, int Replications, ulong Seed, int? Caseload, double? Budget,
    string Minimise, IReadOnlyList<SearchFolder.Goal> Goals, IReadOnlyList<SearchFolder.Lever> LeverSpace, int Evaluations, int Draws,
    bool Reachable, string Command, IReadOnlyList<SearchFolder.Package> Packages, IReadOnlyList<SearchFolder.PackageRobustness> Robustness,
    IReadOnlyList<SearchFolder.FailureBox> Boxes)
{
    /// <summary>A goal of a search as typed (<c>--goal "crisis_share&lt;=-20%"</c>) and as read: an outcome of
    /// <c>compare</c>, at most or at least a value, either an effect in the outcome's unit or, when relative, a change
    /// relative to the baseline's level (−0.2 for −20%).</summary>
    public sealed record Goal(string Text, string Outcome, string Op, double Value, bool Relative)
    {
        public bool AtMost => Op == "<=";
    }

    /// <summary>One lever of a search's lever space: a range (low–high) or a set of choices.</summary>
    public sealed record Lever(ParamDef Def, string Kind, double? Low, double? High, IReadOnlyList<string> Choices);

    /// <summary>A key outcome of one package: the effect against the baseline with its 95% interval, in the outcome's
    /// own unit (as effects.csv).</summary>
    public sealed record PackageEffect(double Effect, double Low, double High)
    {
        /// <summary>Better, worse, too small to matter or not clear, as the reports colour an effect.</summary>
        public Verdict Judge(Outcome o) => Wording.Judge(o, new Effect(double.NaN, double.NaN, Effect, Low, High, 0));
    }

    /// <summary>One evaluated package: its levers, whether it lies on the Pareto front (front 1) and meets every goal,
    /// whether it had a cheap or a full evaluation, and its effects on the key outcomes.</summary>
    public sealed record Package(string Name, int Front, bool MeetsGoals, string Evaluation, string LeversText,
        IReadOnlyList<(ParamDef Def, double Value)> Levers, IReadOnlyDictionary<string, PackageEffect> Effects)
    {
        public bool OnFront => Front == 1;
    }

    /// <summary>A Pareto package re-run over the priors' draws: the share of plausible worlds in which it meets every
    /// goal, and its regret against the best candidate of each world (mean and largest).</summary>
    public sealed record PackageRobustness(string Package, int Worlds, double ShareMeetingGoals, double MeanRegret, double MaxRegret);

    /// <summary>One assumption range of a failure box (PRIM): the package fails its goals mostly when
    /// <see cref="Parameter"/> lies between low and high (an open end is NaN).</summary>
    public sealed record Limit(ParamDef Parameter, double Low, double High);

    /// <summary>A failure box of a package: the ranges that together describe the worlds in which it fails; coverage is
    /// the share of all its failing worlds inside the box, density the share of worlds inside the box in which it fails.</summary>
    public sealed record FailureBox(string Package, int Box, IReadOnlyList<Limit> Limits, double Coverage, double Density, string Description);

    public const string SpecFile = "search.json", ParetoFile = "pareto.csv", RobustnessFile = "robustness.csv", DiscoveryFile = "discovery.csv";
    private const int MaxSpecBytes = 1 << 20;

    /// <summary>The Pareto set (front 1), in package order.</summary>
    public IEnumerable<Package> Front => Packages.Where(p => p.OnFront);

    /// <summary>The outcome the trade-off is drawn against: the first goal not on the minimised outcome (else the
    /// first key outcome other than it).</summary>
    public string GoalOutcome => Goals.Select(g => g.Outcome).FirstOrDefault(o => o != Minimise) ?? "share_crisis@final";

    public PackageRobustness? RobustnessOf(string package) => Robustness.FirstOrDefault(r => r.Package == package);

    /// <summary>A package's shortfall from the goals (0 when it meets them all), to list the closest packages when no
    /// package reaches the goal: each absolute goal's gap in what matters for its outcome, and the budget's overrun in
    /// budgets (as the search weighs them). A relative goal is left out: its baseline level is not in the search's
    /// outputs.</summary>
    public double Shortfall(Package p)
    {
        double sum = 0;
        foreach (var g in Goals)
        {
            if (!p.Effects.TryGetValue(g.Outcome, out var e) || g.Relative) continue;
            double gap = g.AtMost ? e.Effect - g.Value : g.Value - e.Effect;
            if (gap > 0) sum += gap / Outcomes.Get(g.Outcome).Matters;
        }
        if (Budget is { } budget and > 0 && Caseload is { } n && p.Effects.TryGetValue("cost_total", out var cost))
            sum += Math.Max(0, PerYear(cost.Effect) - budget) / budget;
        return sum;
    }

    /// <summary>A cost per client over the run as a cost a year for the caseload (the budget's unit), as compare's
    /// report scales it; without a caseload the cost per client.</summary>
    public double PerYear(double perClient) => Caseload is { } n ? perClient * n / (Months / 12.0) : perClient;

    public static SearchFolder Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new InputException($"{folder}: search folder not found");
        string specPath = Path.Combine(folder, SpecFile);
        using var doc = Json(specPath);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new InputException($"{specPath}: expected a JSON object");
        var goals = Array(root, specPath, "goals").Select((g, i) =>
        {
            string where = $"{specPath}: goals[{i}]";
            string outcome = Str(g, where, "outcome");
            CheckOutcome(outcome, $"{where}.outcome");
            string op = Str(g, where, "op");
            if (op is not ("<=" or ">=")) throw new InputException($"{where}.op: expected \"<=\" or \">=\", got \"{op}\"");
            return new Goal(Str(g, where, "text"), outcome, op, Num(g, where, "value"), Bool(g, where, "relative"));
        }).ToList();
        var levers = Array(root, specPath, "levers").Select((l, i) =>
        {
            string where = $"{specPath}: levers[{i}]";
            var def = Def(Str(l, where, "name"), $"{where}.name");
            string kind = Str(l, where, "kind");
            if (kind is not ("range" or "choice")) throw new InputException($"{where}.kind: expected \"range\" or \"choice\", got \"{kind}\"");
            var choices = l.TryGetProperty("choices", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString()! : x.GetRawText()).ToList() : [];
            return new Lever(def, kind, NumOrNull(l, where, "low"), NumOrNull(l, where, "high"), choices);
        }).ToList();
        string minimise = Str(root, specPath, "minimise");
        CheckOutcome(minimise, $"{specPath}: minimise");
        var packages = ReadPareto(Path.Combine(folder, ParetoFile));
        return new SearchFolder(folder, Str(root, specPath, "baseline"), Int(root, specPath, "clients"), Int(root, specPath, "months"),
            Int(root, specPath, "replications"), (ulong)Num(root, specPath, "seed"), IntOrNull(root, specPath, "caseload"), NumOrNull(root, specPath, "budget"),
            minimise, goals, levers, Int(root, specPath, "evaluations"), Int(root, specPath, "draws"), Bool(root, specPath, "reachable"),
            Str(root, specPath, "command"), packages, ReadRobustness(Path.Combine(folder, RobustnessFile)), ReadBoxes(Path.Combine(folder, DiscoveryFile)));
    }

    private static JsonDocument Json(string path)
    {
        string text = InputFiles.ReadText(Path.GetFullPath(path), path, "search description (search.json)", MaxSpecBytes);
        try { return JsonDocument.Parse(text); }
        catch (JsonException e) { throw new InputException($"{path}: not valid JSON ({e.Message})"); }
    }

    private static void CheckOutcome(string name, string where)
    {
        if (!Outcomes.All.Any(o => o.Name == name))
            throw new InputException($"{where}: unknown outcome '{name}'; the outcomes are {string.Join(", ", Outcomes.All.Select(o => o.Name))}");
    }

    private static ParamDef Def(string name, string where) => ParameterRegistry.Find(name)
        ?? throw new InputException($"{where}: unknown parameter '{name}' (run `params` to list them)");

    private static JsonElement Field(JsonElement o, string where, string key) =>
        o.TryGetProperty(key, out var v) ? v : throw new InputException($"{where}: missing \"{key}\"");

    private static IEnumerable<JsonElement> Array(JsonElement o, string where, string key)
    {
        var v = Field(o, where, key);
        if (v.ValueKind != JsonValueKind.Array) throw new InputException($"{where}: \"{key}\": expected a list");
        return v.EnumerateArray().ToList();
    }

    private static string Str(JsonElement o, string where, string key) =>
        Field(o, where, key) is { ValueKind: JsonValueKind.String } v ? v.GetString()! : throw new InputException($"{where}: \"{key}\": expected a string");

    private static double Num(JsonElement o, string where, string key) =>
        Field(o, where, key) is { ValueKind: JsonValueKind.Number } v && v.TryGetDouble(out double d) && double.IsFinite(d)
            ? d : throw new InputException($"{where}: \"{key}\": expected a number");

    private static double? NumOrNull(JsonElement o, string where, string key) =>
        !o.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null ? null : Num(o, where, key);

    private static int Int(JsonElement o, string where, string key) =>
        Field(o, where, key) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out int i) ? i : throw new InputException($"{where}: \"{key}\": expected an integer");

    private static int? IntOrNull(JsonElement o, string where, string key) =>
        !o.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null ? null : Int(o, where, key);

    private static bool Bool(JsonElement o, string where, string key) => Field(o, where, key).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new InputException($"{where}: \"{key}\": expected true or false"),
    };

    /// <summary>Rows of a CSV file by header name, each with where it stands for messages.</summary>
    private static IEnumerable<(Func<string, string> Get, string Where)> Rows(string path, params string[] columns)
    {
        InputFiles.CheckRegular(path, "search output");
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true }, leaveOpen: true);
        var headers = csv.Headers.Select(h => h.Trim()).ToList();
        var index = new Dictionary<string, int>();
        foreach (var c in columns)
        {
            int k = headers.IndexOf(c);
            if (k < 0) throw new InputException($"{path}: missing column {c}; expected {string.Join(",", columns)}");
            index[c] = k;
        }
        while (csv.Read())
        {
            string where = $"{path}: line {csv.LineNumber}";
            var values = columns.ToDictionary(c => c, c => csv.GetString(index[c]) ?? "");
            yield return (c => values[c], where);
        }
    }

    private static double Number(string text, string where, string column, bool allowEmpty = false)
    {
        if (allowEmpty && text.Length == 0) return double.NaN;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v : throw new InputException($"{where}, column {column}: '{text}' is not a number");
    }

    /// <summary>A lever value as written in <c>name=value</c>: a number, true/false, or a choice name.</summary>
    public static double LeverValue(ParamDef def, string text, string where)
    {
        double v = def.Kind switch
        {
            ParamKind.Boolean => text.ToLowerInvariant() switch
            {
                "true" or "1" => 1, "false" or "0" => 0,
                _ => throw new InputException($"{where}: {def.Name}: expected {def.AllowedText}, got '{text}'"),
            },
            ParamKind.Choice => def.ChoiceIndex(text) is var i and >= 0 ? i
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double n) ? n
                : throw new InputException($"{where}: {def.Name}: expected {def.AllowedText}, got '{text}'"),
            _ => Number(text, where, def.Name),
        };
        if (def.Validate(v) is { } error) throw new InputException($"{where}: {error}");
        return v;
    }

    private static List<(ParamDef, double)> ParseLevers(string text, string where) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(pair =>
        {
            int eq = pair.IndexOf('=');
            if (eq <= 0) throw new InputException($"{where}, column levers: '{pair}': expected name=value");
            var def = Def(pair[..eq].Trim(), $"{where}, column levers");
            return (def, LeverValue(def, pair[(eq + 1)..].Trim(), $"{where}, column levers"));
        }).ToList();

    private static List<Package> ReadPareto(string path)
    {
        var order = new List<string>();
        var rows = new Dictionary<string, (int Front, bool Meets, string Evaluation, string Levers, List<(ParamDef, double)> Parsed, Dictionary<string, PackageEffect> Effects)>();
        foreach (var (get, where) in Rows(path, "package", "front", "meets_goals", "evaluation", "levers", "outcome", "unit", "effect", "ci_low", "ci_high"))
        {
            string name = get("package");
            if (name.Length == 0) throw new InputException($"{where}, column package: empty");
            string outcome = get("outcome");
            CheckOutcome(outcome, $"{where}, column outcome");
            if (!rows.TryGetValue(name, out var p))
            {
                if (!int.TryParse(get("front"), NumberStyles.None, CultureInfo.InvariantCulture, out int front) || front < 1)
                    throw new InputException($"{where}, column front: expected 1, 2, … (1 = not dominated), got '{get("front")}'");
                bool meets = get("meets_goals").ToLowerInvariant() switch
                {
                    "true" => true, "false" => false,
                    _ => throw new InputException($"{where}, column meets_goals: expected true or false, got '{get("meets_goals")}'"),
                };
                string evaluation = get("evaluation");
                if (evaluation is not ("cheap" or "full")) throw new InputException($"{where}, column evaluation: expected cheap or full, got '{evaluation}'");
                p = (front, meets, evaluation, get("levers"), ParseLevers(get("levers"), where), []);
                rows[name] = p;
                order.Add(name);
            }
            p.Effects[outcome] = new PackageEffect(Number(get("effect"), where, "effect"), Number(get("ci_low"), where, "ci_low", true), Number(get("ci_high"), where, "ci_high", true));
        }
        if (order.Count == 0) throw new InputException($"{path}: no packages");
        return order.Select(n => { var p = rows[n]; return new Package(n, p.Front, p.Meets, p.Evaluation, p.Levers, p.Parsed, p.Effects); }).ToList();
    }

    /// <summary>robustness.csv and discovery.csv are optional: a search stopped before them still has a report.</summary>
    private static List<PackageRobustness> ReadRobustness(string path) => !File.Exists(path) ? [] :
        Rows(path, "package", "levers", "worlds", "share_meeting_goals", "mean_regret", "max_regret").Select(r =>
        {
            var (get, where) = r;
            double share = Number(get("share_meeting_goals"), where, "share_meeting_goals");
            if (share is < 0 or > 1) throw new InputException($"{where}, column share_meeting_goals: expected a share from 0 to 1, got {share}");
            return new PackageRobustness(get("package"), (int)Number(get("worlds"), where, "worlds"), share,
                Number(get("mean_regret"), where, "mean_regret"), Number(get("max_regret"), where, "max_regret"));
        }).ToList();

    private static List<FailureBox> ReadBoxes(string path)
    {
        if (!File.Exists(path)) return [];
        var boxes = new List<(string Package, int Box, List<Limit> Limits, double Coverage, double Density, string Description)>();
        foreach (var (get, where) in Rows(path, "package", "box", "parameter", "low", "high", "coverage", "density", "description"))
        {
            int box = (int)Number(get("box"), where, "box");
            var def = Def(get("parameter"), $"{where}, column parameter");
            var limit = new Limit(def, Number(get("low"), where, "low", true), Number(get("high"), where, "high", true));
            int k = boxes.FindIndex(b => b.Package == get("package") && b.Box == box);
            if (k < 0) boxes.Add((get("package"), box, [limit], Number(get("coverage"), where, "coverage"), Number(get("density"), where, "density"), get("description")));
            else boxes[k].Limits.Add(limit);
        }
        return boxes.Select(b => new FailureBox(b.Package, b.Box, b.Limits, b.Coverage, b.Density, b.Description)).ToList();
    }
}
