using System.Globalization;
using System.Text;
using System.Text.Json;
using Resilience.IO;
using CsvHelper;

namespace Resilience.Analysis.Search;

/// <summary>What a search was asked, as search.json records it (besides the problem itself).</summary>
public sealed record SearchRequest(string Baseline, int Clients, int Months, int Replications, ulong Seed, int? Caseload, double? Budget,
    int Draws, string Command);

/// <summary>
/// The files of a search folder, read by the search report and the workshop's "suggest" action: search.json (what was
/// asked and whether it was reached), pareto.csv (every package × key outcome), robustness.csv (the front over the
/// draws) and discovery.csv (PRIM's failure boxes). UTF-8, invariant culture, rows in a deterministic order.
/// </summary>
public static class SearchOutputs
{
    public static void Write(OutputFolder folder, SearchRequest request, SearchResult result)
    {
        WriteJson(folder.PathOf("search.json"), request, result);
        WritePareto(folder.PathOf("pareto.csv"), result);
        WriteRobustness(folder.PathOf("robustness.csv"), result);
        WriteDiscovery(folder.PathOf("discovery.csv"), result);
    }

    private static void WriteJson(string path, SearchRequest q, SearchResult r)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("baseline", q.Baseline);
        w.WriteNumber("clients", q.Clients);
        w.WriteNumber("months", q.Months);
        w.WriteNumber("replications", q.Replications);
        w.WriteNumber("seed", q.Seed);
        if (q.Caseload is int n) w.WriteNumber("caseload", n); else w.WriteNull("caseload");
        if (q.Budget is double b) w.WriteNumber("budget", b); else w.WriteNull("budget");
        w.WriteString("minimise", r.Problem.Minimise.Name);
        w.WriteStartArray("goals");
        foreach (var g in r.Problem.Goals)
        {
            w.WriteStartObject();
            w.WriteString("text", g.Text);
            w.WriteString("outcome", g.Outcome.Name);
            w.WriteString("op", g.Op);
            w.WriteNumber("value", g.Value);
            w.WriteBoolean("relative", g.Relative);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("levers");
        foreach (var l in r.Problem.Levers)
        {
            w.WriteStartObject();
            w.WriteString("name", l.Def.Name);
            w.WriteString("kind", l.Kind);
            if (l.IsChoice) { w.WriteNull("low"); w.WriteNull("high"); }
            else { w.WriteNumber("low", l.Low); w.WriteNumber("high", l.High); }
            if (l.IsChoice)
            {
                w.WriteStartArray("choices");
                foreach (var c in l.Choices!) w.WriteStringValue(l.Def.Format(c));
                w.WriteEndArray();
            }
            else w.WriteNull("choices");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("evaluations", r.Evaluations);
        w.WriteNumber("draws", q.Draws);
        w.WriteBoolean("reachable", r.Reachable);
        w.WriteString("command", q.Command);
        w.WriteEndObject();
    }

    private static void WritePareto(string path, SearchResult r)
    {
        using var csv = Csv(path, "package", "front", "meets_goals", "evaluation", "levers", "outcome", "unit", "effect", "ci_low", "ci_high");
        foreach (var p in r.Packages)
            for (int k = 0; k < r.Problem.Outcomes.Count; k++)
            {
                var o = r.Problem.Outcomes[k];
                var e = p.Effects[k];
                Row(csv, p.Id, I(p.Front), p.MeetsGoals ? "true" : "false", p.Full ? "full" : "cheap", PolicySearch.Key(r.Problem, p.Levers),
                    o.Name, o.Unit, N(e.Estimate), N(e.Low), N(e.High));
            }
    }

    private static void WriteRobustness(string path, SearchResult r)
    {
        using var csv = Csv(path, "package", "levers", "worlds", "share_meeting_goals", "mean_regret", "max_regret");
        foreach (var x in r.Robust)
            Row(csv, x.Package.Id, PolicySearch.Key(r.Problem, x.Package.Levers), I(x.Worlds), N(x.ShareMeetingGoals), N(x.MeanRegret), N(x.MaxRegret));
    }

    private static void WriteDiscovery(string path, SearchResult r)
    {
        using var csv = Csv(path, "package", "box", "parameter", "low", "high", "coverage", "density", "description");
        foreach (var b in r.Discovery)
            foreach (var (def, limit) in b.Limits)
                Row(csv, b.Package.Id, I(b.Box), def.Name, limit.LowRestricted ? N(limit.Low) : "", limit.HighRestricted ? N(limit.High) : "",
                    N(b.Prim.Coverage), N(b.Prim.Density), b.Description);
    }

    private static CsvWriter Csv(string path, params string[] header) => UncertaintyOutputs.Csv(path, header);
    private static void Row(CsvWriter csv, params string[] fields) => UncertaintyOutputs.Row(csv, fields);
    private static string N(double v) => RunOutputs.Num(v);
    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
