using System.Text.Json;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.IO;

/// <summary>
/// Writes a self-contained scenario file (no <c>extends</c>) in the format <see cref="ScenarioLoader"/> reads:
/// levers and parameters at month 0, then a <c>schedule</c> of changes. The live workshop exports its sessions with
/// it, so that <c>run</c> reproduces exactly what the room saw. Values are written as the loader reads them
/// (numbers as shortest round-trip doubles, booleans as true/false, choices by name), so a load gives back the same
/// doubles bit for bit.
/// </summary>
public static class ScenarioWriter
{
    public static void Write(Utf8JsonWriter w, string name, string description, ulong seed, int months, int clients,
        int replications, IReadOnlyDictionary<string, double> levers, IReadOnlyDictionary<string, double> parameters,
        IEnumerable<ScheduledChange> schedule)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("description", description);
        w.WriteNumber("seed", seed);
        w.WriteNumber("months", months);
        w.WriteNumber("clients", clients);
        w.WriteNumber("replications", replications);
        WriteValues(w, "levers", levers, lever: true);
        WriteValues(w, "parameters", parameters, lever: false);
        w.WriteStartArray("schedule");
        foreach (var change in schedule.OrderBy(c => c.Month)) // stable, as the loader orders it
        {
            w.WriteStartObject();
            w.WriteNumber("month", change.Month);
            if (change.Values.Keys.Any(k => ParameterRegistry.Get(k).IsLever)) WriteValues(w, "levers", change.Values, lever: true);
            if (change.Values.Keys.Any(k => !ParameterRegistry.Get(k).IsLever)) WriteValues(w, "parameters", change.Values, lever: false);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteValues(Utf8JsonWriter w, string section, IReadOnlyDictionary<string, double> values, bool lever)
    {
        w.WriteStartObject(section);
        foreach (var (key, value) in values)
        {
            var def = ParameterRegistry.Get(key);
            if (def.IsLever == lever) RunOutputs.WriteValue(w, def, value);
        }
        w.WriteEndObject();
    }
}
