using System.Globalization;
using System.Text.RegularExpressions;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis.Search;

/// <summary>One lever of a policy search: a range <c>name=LOW:HIGH</c> (numbers; an integer lever is rounded) or a
/// choice <c>name=A|B|C</c> (a choice lever's names, true/false, or numbers).</summary>
public sealed record SearchLever(ParamDef Def, double Low, double High, IReadOnlyList<double>? Choices)
{
    public bool IsChoice => Choices is not null;
    public string Kind => IsChoice ? "choice" : "range";

    /// <summary>The gene of the search: a range's interval, or a choice's index 0…n−1.</summary>
    public Gene Gene => IsChoice ? Gene.Categorical(Choices!.Count) : Gene.Range(Low, High);

    /// <summary>The lever's value for gene value <paramref name="x"/>: a choice, or a range's value to the precision a
    /// policy is set at (<see cref="Resolution"/>; an integer lever to whole numbers).</summary>
    public double Value(double x)
    {
        if (IsChoice) return Choices![(int)x];
        if (Def.Kind == ParamKind.Integer) return Math.Clamp(Math.Round(x), Math.Ceiling(Low), Math.Floor(High));
        // A thousandth of the range, down to a power of ten: €0–2,000 in euros, 0.05–0.5 in steps of 0.0001.
        int digits = -(int)Math.Floor(Math.Log10((High - Low) / Resolution));
        double v = digits >= 0 ? Math.Round(x, Math.Min(digits, MaxDigits)) : Math.Round(x / Math.Pow(10, -digits)) * Math.Pow(10, -digits);
        return Math.Clamp(v, Low, High);
    }

    /// <summary>A range lever is set to about a thousandth of its range: finer differences are noise to a policy and
    /// to the search (equal packages are scored once).</summary>
    public const double Resolution = 1000;

    private const int MaxDigits = 15;

    /// <summary>Parse one <c>--levers</c> item.</summary>
    public static SearchLever Parse(string text)
    {
        int eq = text.IndexOf('=');
        if (eq <= 0) throw new InputException($"--levers {text}: expected NAME=LOW:HIGH or NAME=A|B|C");
        string name = text[..eq].Trim(), rest = text[(eq + 1)..].Trim();
        var def = ParameterRegistry.Find(name) ?? throw new InputException($"--levers {text}: unknown lever '{name}' (run `params` to list the levers)");
        if (!def.IsLever) throw new InputException($"--levers {text}: {name} is a model parameter, not a policy lever (run `params` to list the levers)");
        double ParseValue(string v)
        {
            v = v.Trim();
            double x = def.Kind switch
            {
                ParamKind.Boolean when v is "true" or "false" => v == "true" ? 1 : 0,
                ParamKind.Choice when def.ChoiceIndex(v) >= 0 => def.ChoiceIndex(v),
                _ when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                _ => throw new InputException($"--levers {name}: '{v}' is not {def.AllowedText}"),
            };
            if (def.Validate(x) is { } error) throw new InputException($"--levers {name}: {error}");
            return x;
        }
        if (rest.Contains('|'))
        {
            var values = rest.Split('|').Select(ParseValue).ToList();
            if (values.Distinct().Count() != values.Count) throw new InputException($"--levers {text}: a choice is given twice; give each once");
            return new SearchLever(def, values.Min(), values.Max(), values);
        }
        var parts = rest.Split(':');
        if (parts.Length != 2)
        {
            if (def.Kind is ParamKind.Choice or ParamKind.Boolean)
                throw new InputException($"--levers {text}: {name} takes {def.AllowedText}; give the choices as {name}=A|B");
            throw new InputException($"--levers {text}: expected NAME=LOW:HIGH or NAME=A|B|C");
        }
        if (def.Kind is ParamKind.Choice or ParamKind.Boolean)
            throw new InputException($"--levers {text}: {name} takes {def.AllowedText}; give the choices as {name}=A|B, not a range");
        double lo = ParseValue(parts[0]), hi = ParseValue(parts[1]);
        if (hi <= lo) throw new InputException($"--levers {text}: empty range; LOW must be below HIGH");
        return new SearchLever(def, lo, hi, null);
    }

    /// <summary>Every lever of the <c>--levers</c> options (each repeatable or a comma list), each named once.</summary>
    public static List<SearchLever> ParseAll(IEnumerable<string> options)
    {
        var levers = options.SelectMany(o => o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(Parse).ToList();
        if (levers.Count == 0) throw new InputException("search: give at least one lever with --levers NAME=LOW:HIGH or NAME=A|B");
        if (levers.GroupBy(l => l.Def.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InputException($"--levers: {twice.Key} is given twice; give each lever once");
        return levers;
    }
}

/// <summary>A goal: an effect against the baseline, in the outcome's unit or (with %) relative to the baseline's value,
/// at most or at least a value (<c>crisis_share&lt;=-20%</c>: at least 20% fewer people in crisis).</summary>
public sealed record SearchGoal(string Text, Outcome Outcome, bool AtMost, double Value, bool Relative)
{
    public string Op => AtMost ? "<=" : ">=";

    /// <summary>The goal's reading of an effect: the effect, or the effect relative to the baseline's value.</summary>
    public double Reading(double baseline, double effect) => Relative ? effect / Math.Abs(baseline) : effect;

    /// <summary>How far an effect falls short of the goal, in units of what matters for the outcome (0 when met):
    /// the constraint violation of the search.</summary>
    public double Shortfall(double baseline, double effect)
    {
        double gap = AtMost ? Reading(baseline, effect) - Value : Value - Reading(baseline, effect);
        if (double.IsNaN(gap)) return double.PositiveInfinity;
        return Math.Max(0, gap) / (Relative ? RelativeScale : Outcome.Matters);
    }

    /// <summary>A relative shortfall is counted in steps of 5%, an absolute one in the outcome's
    /// <see cref="Outcome.Matters"/>, so that goals on different units weigh alike in the constraint violation.</summary>
    public const double RelativeScale = 0.05;

    private static readonly Regex Pattern = new(@"^\s*([A-Za-z0-9_@.]+)\s*(<=|>=)\s*([-+]?[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(%?)\s*$");

    public static SearchGoal Parse(string text)
    {
        var m = Pattern.Match(text);
        if (!m.Success) throw new InputException($"--goal \"{text}\": expected OUTCOME<=VALUE or OUTCOME>=VALUE, with % for a change relative to the baseline (e.g. \"crisis_share<=-20%\")");
        var outcome = SearchOutcomes.Resolve(m.Groups[1].Value, $"--goal \"{text}\"");
        double v = double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        bool relative = m.Groups[4].Value == "%";
        return new SearchGoal(text, outcome, m.Groups[2].Value == "<=", relative ? v / 100 : v, relative);
    }
}

/// <summary>The outcomes a search reads: compare's outcome keys and the short names of issue 24's examples.</summary>
public static class SearchOutcomes
{
    /// <summary>Short names accepted beside compare's keys (documented in the README).</summary>
    public static readonly IReadOnlyDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["lasting_exits"] = "exits_lasting_18",
        ["exits"] = "exits_to_work",
        ["crisis_share"] = "share_crisis@final",
        ["crisis"] = "share_crisis@final",
        ["debt_share"] = "share_problematic_debt@final",
        ["debt"] = "share_problematic_debt@final",
        ["adaptive_share"] = "share_adaptive@final",
        ["trust"] = "mean_coach_trust@final",
        ["mental_health"] = "mean_mental_health@final",
        ["cost"] = "cost_total",
    };

    /// <summary>The key outcomes every package reports and the search trades off (besides the minimised one).</summary>
    public static readonly string[] Key = ["exits_lasting_18", "share_crisis@final", "share_problematic_debt@final", "cost_total"];

    public static Outcome Resolve(string name, string where)
    {
        string key = Aliases.TryGetValue(name, out var a) ? a : name;
        return Outcomes.All.FirstOrDefault(o => o.Name == key)
            ?? throw new InputException($"{where}: unknown outcome '{name}'; allowed: {string.Join(", ", Aliases.Keys)} or compare's outcomes {string.Join(", ", Outcomes.All.Select(o => o.Name))}");
    }
}

/// <summary>What a search asks: the levers and their ranges, the goals, the minimised outcome, and the budget for a
/// caseload. The budget is a yearly sum in euros: cost_total's effect is in € per client over the run (per mean active
/// client), so a package's yearly extra cost for the caseload is effect × caseload ÷ (months ÷ 12), as compare's report
/// scales it.</summary>
public sealed record SearchProblem(IReadOnlyList<SearchLever> Levers, IReadOnlyList<SearchGoal> Goals, Outcome Minimise, int? Caseload, double? Budget, int Months)
{
    /// <summary>The outcomes of every package: the key ones, then the minimised one and the goals' if not among them.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; init; } =
        [.. SearchOutcomes.Key.Select(Analysis.Outcomes.Get).Append(Minimise).Concat(Goals.Select(g => g.Outcome)).DistinctBy(o => o.Name)];

    /// <summary>The objectives, each minimised: the minimised outcome, then the other key outcomes each in its better
    /// direction (fewer in crisis, more lasting exits …).</summary>
    public IReadOnlyList<(Outcome Outcome, double Sign)> Objectives { get; } =
        [(Minimise, 1), .. SearchOutcomes.Key.Select(Analysis.Outcomes.Get).Where(o => o.Name != Minimise.Name).Select(o => (o, o.LowerIsBetter ? 1.0 : -1.0))];

    /// <summary>The yearly extra cost for the caseload of a cost_total effect (€ per client over the run).</summary>
    public double YearlyCost(double costEffect) => costEffect * (Caseload ?? 0) / (Months / 12.0);

    public static SearchProblem Parse(IEnumerable<string> levers, IEnumerable<string> goals, string minimise, int? caseload, double? budget, int months)
    {
        var l = SearchLever.ParseAll(levers);
        var g = goals.Select(SearchGoal.Parse).ToList();
        var min = SearchOutcomes.Resolve(minimise, "--minimise");
        if (caseload is int n && n < 1) throw new InputException($"--caseload: expected a positive number of clients, got {n}");
        if (budget is double b)
        {
            if (!double.IsFinite(b) || b <= 0) throw new InputException($"--budget: expected a positive sum in € per year, got {b.ToString(CultureInfo.InvariantCulture)}");
            if (caseload is null) throw new InputException("--budget: give the caseload it is for with --caseload N (the budget is € per year for that many clients)");
        }
        return new SearchProblem(l, g, min, caseload, budget, months);
    }

    /// <summary>The constraint violation of a package (0: meets every goal and the budget), from each outcome's
    /// baseline value and effect in <see cref="Outcomes"/> order.</summary>
    public double Violation(IReadOnlyList<double> baseline, IReadOnlyList<double> effect)
    {
        double v = 0;
        foreach (var g in Goals)
        {
            int k = IndexOf(g.Outcome);
            v += g.Shortfall(baseline[k], effect[k]);
        }
        if (Budget is double b) v += Math.Max(0, YearlyCost(effect[IndexOf(Analysis.Outcomes.Get("cost_total"))]) - b) / b;
        return v;
    }

    /// <summary>The objective values (each minimised) of a package's effects in <see cref="Outcomes"/> order.</summary>
    public double[] ObjectiveValues(IReadOnlyList<double> effect) => [.. Objectives.Select(o => o.Sign * effect[IndexOf(o.Outcome)])];

    public int IndexOf(Outcome o)
    {
        for (int k = 0; k < Outcomes.Count; k++) if (Outcomes[k].Name == o.Name) return k;
        throw new KeyNotFoundException(o.Name);
    }
}
