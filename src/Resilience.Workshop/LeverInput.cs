using System.Text.Json;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Workshop;

/// <summary>What <c>POST /api/control</c> asks for.</summary>
public sealed record ControlRequest(string Action, double? MonthsPerSecond, int? Clients);

/// <summary>
/// Validation of API input on the server. Lever values go through <see cref="ScenarioLoader.ParseValue"/>, so the
/// API accepts exactly what a scenario file's <c>levers</c> accepts (numbers in range, true/false, choice names) and
/// its messages name the lever and the allowed values the same way.
/// </summary>
public static class LeverInput
{
    public static readonly ParamDef[] Levers = [.. ParameterRegistry.Levers];
    public static readonly string[] Actions = ["play", "pause", "step", "reset", "fork", "speed"];
    private const string Example = "{\"sanctions.strictness\": 0.8, \"coach.duo\": true, \"obligations.exemption\": \"All\"}";

    /// <summary>Lever name → value (the numeric representation the engine uses), or an InputException.</summary>
    public static Dictionary<string, double> ParseLevers(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new InputException($"request body: expected a JSON object of lever name → value, e.g. {Example}");
        var values = new Dictionary<string, double>();
        foreach (var prop in body.EnumerateObject())
        {
            var def = ParameterRegistry.Find(prop.Name);
            if (def is null || !def.IsLever)
            {
                string reason = def is null ? "unknown lever" : "a model parameter, not a lever: it cannot be changed live";
                string? close = def is null ? ScenarioLoader.Closest(prop.Name, lever: true) : null;
                throw new InputException($"levers.{prop.Name}: {reason}{(close is null ? "" : $"; did you mean '{close}'?")} " +
                    $"The levers are: {string.Join(", ", Levers.Select(l => l.Name))}.");
            }
            if (values.ContainsKey(prop.Name)) throw new InputException($"levers.{prop.Name}: given twice");
            values[prop.Name] = ScenarioLoader.ParseValue(def, prop.Value, $"levers.{prop.Name}");
        }
        if (values.Count == 0) throw new InputException($"request body: no levers given; expected e.g. {Example}");
        return values;
    }

    public static ControlRequest ParseControl(JsonElement body)
    {
        string allowed = string.Join(" | ", Actions.Select(a => $"\"{a}\""));
        if (body.ValueKind != JsonValueKind.Object)
            throw new InputException($"request body: expected a JSON object {{\"action\": {allowed}}}");
        string? action = null;
        double? speed = null;
        int? clients = null;
        var seen = new HashSet<string>();
        foreach (var prop in body.EnumerateObject())
        {
            if (!seen.Add(prop.Name)) throw new InputException($"{prop.Name}: given twice");
            switch (prop.Name)
            {
                case "action":
                    action = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString() : null;
                    if (action is null || !Actions.Contains(action))
                        throw new InputException($"action: expected one of {allowed}, got {prop.Value.GetRawText()}");
                    break;
                case "monthsPerSecond":
                    if (prop.Value.ValueKind != JsonValueKind.Number || !prop.Value.TryGetDouble(out double s) || s < SessionCore.MinSpeed || s > SessionCore.MaxSpeed)
                        throw new InputException($"monthsPerSecond: expected a number from {SessionCore.MinSpeed} to {SessionCore.MaxSpeed}, got {prop.Value.GetRawText()}");
                    speed = s;
                    break;
                case "clients":
                    if (prop.Value.ValueKind != JsonValueKind.Number || !prop.Value.TryGetInt32(out int c))
                        throw new InputException($"clients: expected an integer from 1 to {SessionCore.MaxClients:N0}, got {prop.Value.GetRawText()}");
                    clients = SessionCore.CheckClients(c, "clients");
                    break;
                default:
                    throw new InputException($"{prop.Name}: unknown key; allowed keys are action, monthsPerSecond (with \"speed\"), clients (with \"reset\")");
            }
        }
        if (action is null) throw new InputException($"action: missing; expected one of {allowed}");
        if (action == "speed" && speed is null) throw new InputException("monthsPerSecond: missing; \"speed\" needs e.g. {\"action\": \"speed\", \"monthsPerSecond\": 4}");
        if (speed is not null && action != "speed") throw new InputException("monthsPerSecond: only allowed with the action \"speed\"");
        if (clients is not null && action != "reset") throw new InputException("clients: only allowed with the action \"reset\"");
        return new ControlRequest(action, speed, clients);
    }

    /// <summary>A lever value as it appears in JSON: number, true/false, or the choice name.</summary>
    public static void WriteValue(Utf8JsonWriter w, ParamDef def, double value)
    {
        switch (def.Kind)
        {
            case ParamKind.Boolean: w.WriteBooleanValue(value != 0); break;
            case ParamKind.Choice: w.WriteStringValue(def.Format(value)); break;
            default: w.WriteNumberValue(value); break;
        }
    }
}
