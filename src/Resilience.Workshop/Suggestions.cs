using System.Text.Json;
using Resilience.Analysis;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Workshop;

/// <summary>
/// The workshop's "suggest" action (issue 24): the Pareto set of finished searches (<c>serve --search DIR</c>, read
/// once at start-up; the page never names a path) for the room's goal, in the page's language: per search its goals
/// in words and the trade-off chart of the search report; per package its levers, key effects with intervals, the
/// share of plausible worlds meeting every goal, and the lever values the page sends to <c>POST /api/levers</c> to
/// apply the package to the live run. Only policy levers can change live; a package that also sets a model parameter
/// says which ones it cannot apply.
/// </summary>
public static class Suggestions
{
    public static byte[] Json(IReadOnlyList<SearchFolder> searches, Labels labels)
    {
        var w = new Wording(labels);
        using var stream = new MemoryStream();
        using (var j = new Utf8JsonWriter(stream, Snapshot.JsonOptions))
        {
            j.WriteStartObject();
            j.WriteStartArray("searches");
            foreach (var r in searches)
            {
                j.WriteStartObject();
                j.WriteString("name", Path.GetFileName(Path.TrimEndingDirectorySeparator(r.Folder)));
                j.WriteString("baseline", SearchReport.BaselineTitle(r, labels));
                j.WriteBoolean("reachable", r.Reachable);
                j.WriteStartArray("goals");
                foreach (var g in r.Goals) j.WriteStringValue(SearchReport.GoalText(g, w));
                if (r.Budget is { } budget)
                    j.WriteStringValue(r.Caseload is { } n ? labels.T("search.budgetCaseload", w.Euro(budget), w.Number(n)) : labels.T("search.budget", w.Euro(budget)));
                j.WriteEndArray();
                j.WriteString("chart", SearchReport.TradeOff(r, w));
                j.WriteStartArray("packages");
                foreach (var p in SearchReport.ParetoOrder(r)) Package(j, r, p, w);
                j.WriteEndArray();
                j.WriteEndObject();
            }
            j.WriteEndArray();
            j.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static void Package(Utf8JsonWriter j, SearchFolder r, SearchFolder.Package p, Wording w)
    {
        var L = w.Labels;
        j.WriteStartObject();
        j.WriteString("name", p.Name);
        j.WriteBoolean("meetsGoals", p.MeetsGoals);
        if (r.RobustnessOf(p.Name) is { } rb) j.WriteString("worlds", (100 * rb.ShareMeetingGoals).ToString("0", L.Culture) + "%");
        else j.WriteNull("worlds");
        j.WriteStartArray("leverTexts");
        foreach (var (d, v) in p.Levers) j.WriteStringValue(SearchReport.LeverText(d, v, L));
        j.WriteEndArray();
        // What the page sends to apply the package: the live levers only, in the API's form.
        j.WriteStartObject("levers");
        foreach (var (d, v) in p.Levers.Where(l => l.Def.IsLever))
        {
            j.WritePropertyName(d.Name);
            LeverInput.WriteValue(j, d, v);
        }
        j.WriteEndObject();
        j.WriteStartArray("notLive");
        foreach (var (d, _) in p.Levers.Where(l => !l.Def.IsLever)) j.WriteStringValue(d.Name);
        j.WriteEndArray();
        j.WriteStartArray("effects");
        foreach (var k in SearchReport.Key)
        {
            if (!p.Effects.TryGetValue(k, out var e)) continue;
            var o = Outcomes.Get(k);
            j.WriteStartObject();
            j.WriteString("label", w.Label(o));
            j.WriteString("effect", w.EffectWithUnit(o, e.Effect));
            j.WriteString("interval", double.IsFinite(e.Low) && double.IsFinite(e.High) ? $"[{w.Effect(o, e.Low)}; {w.Effect(o, e.High)}]" : "");
            j.WriteString("verdict", e.Judge(o).ToString().ToLowerInvariant());
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteEndObject();
    }
}
