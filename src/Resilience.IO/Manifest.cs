using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Resilience.Model;

namespace Resilience.IO;

/// <summary>
/// The manifest.json of every output folder (run, compare, sweep, sensitivity, calibrate, calibrate-coverage and their
/// shards): <c>tool</c> and <c>command</c>, then the command's fields in the order they are added, written by one
/// writer (<see cref="Write"/>). The shared pieces — which shard, the code version, the times — are added by name so
/// every command spells them alike; shard merges read them back with <c>Shards.ReadManifest</c>.
/// </summary>
public sealed record Manifest
{
    public const string FileName = "manifest.json";

    /// <summary>The fields in the order they are written (the first two are tool and command).</summary>
    public JsonObject Fields { get; } = new();

    public Manifest(string command)
    {
        Fields["tool"] = "Resilience";
        Fields["command"] = command;
    }

    public string Command => (string)Fields["command"]!;

    public Manifest Add(string key, string value) { Fields[key] = value; return this; }
    public Manifest Add(string key, int value) { Fields[key] = value; return this; }
    public Manifest Add(string key, long value) { Fields[key] = value; return this; }
    public Manifest Add(string key, ulong value) { Fields[key] = value; return this; }
    public Manifest Add(string key, double value) { Fields[key] = value; return this; }
    public Manifest Add(string key, bool value) { Fields[key] = value; return this; }
    public Manifest AddNull(string key) { Fields[key] = null; return this; }
    public Manifest Add(string key, IEnumerable<string> values) { Fields[key] = new JsonArray([.. values.Select(v => (JsonNode?)v)]); return this; }
    public Manifest Add(string key, IEnumerable<double> values) { Fields[key] = new JsonArray([.. values.Select(v => (JsonNode?)v)]); return this; }

    /// <summary>A nested object, filled by <paramref name="fill"/> (no tool or command of its own).</summary>
    public Manifest Add(string key, Action<Manifest> fill) { Fields[key] = Object(fill); return this; }

    /// <summary>A list of objects, one per item.</summary>
    public Manifest Add<T>(string key, IEnumerable<T> items, Action<Manifest, T> fill) =>
        AddNode(key, new JsonArray([.. items.Select(i => (JsonNode?)Object(m => fill(m, i)))]));

    /// <summary>A parameter's value as its kind reads: true/false, a choice's name, or a number.</summary>
    public Manifest Add(ParamDef d, double v) => d.Kind switch
    {
        ParamKind.Boolean => Add(d.Name, v != 0),
        ParamKind.Choice => Add(d.Name, d.Format(v)),
        _ => Add(d.Name, v),
    };

    /// <summary>A value copied as it is (e.g. a shard's experiment, read back from its manifest).</summary>
    public Manifest Add(string key, JsonElement value) => AddNode(key, JsonNode.Parse(value.GetRawText()));

    /// <summary>Which shard of how many this folder holds.</summary>
    public Manifest Shard(int index, int count) => Add("shardIndex", index).Add("shardCount", count);

    public Manifest CodeVersion() => Add("codeVersion", RunOutputs.CodeVersion());

    public Manifest StartTime(DateTimeOffset start) => Add("startTime", start.ToString("O", CultureInfo.InvariantCulture));
    public Manifest EndTime(DateTimeOffset end) => Add("endTime", end.ToString("O", CultureInfo.InvariantCulture));
    public Manifest Elapsed(TimeSpan elapsed) => Add("elapsedSeconds", Math.Round(elapsed.TotalSeconds, 3));

    /// <summary>Start, end and elapsed seconds.</summary>
    public Manifest Times(DateTimeOffset start, DateTimeOffset end) => StartTime(start).EndTime(end).Elapsed(end - start);

    /// <summary>The closing fields of an analysis: code version, start time, end time (now) and elapsed seconds.</summary>
    public Manifest Provenance(DateTimeOffset start, TimeSpan elapsed) => CodeVersion().StartTime(start).EndTime(DateTimeOffset.Now).Elapsed(elapsed);

    private Manifest AddNode(string key, JsonNode? node) { Fields[key] = node; return this; }

    private static JsonObject Object(Action<Manifest> fill)
    {
        var m = new Manifest("");
        m.Fields.Remove("tool");
        m.Fields.Remove("command");
        fill(m);
        var fields = m.Fields.ToList();
        m.Fields.Clear();
        return new JsonObject(fields);
    }

    /// <summary>The one writer of manifest.json: indented UTF-8 JSON without a byte-order mark.</summary>
    public void Write(string path)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        Fields.WriteTo(w);
    }

    /// <summary>Write into an output folder.</summary>
    public void Write(OutputFolder folder) => Write(folder.PathOf(FileName));
}
