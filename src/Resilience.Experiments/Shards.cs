using System.Text.Json;
using Resilience.IO;

namespace Resilience.Experiments;

/// <summary>Reading and checking the shards of a split experiment (merge and its aliases): every manifest
/// key the merge reads is present with the right kind, the shards belong to one experiment, and each of 1..n is given
/// exactly once. Every refusal names the shard's file and the key.</summary>
public static class Shards
{
    /// <summary>The keys every shard manifest has: which experiment, its sizes and seed, and which shard.</summary>
    private static readonly (string Key, JsonValueKind Kind)[] CommonKeys =
    [
        ("designHash", JsonValueKind.String), ("clients", JsonValueKind.Number), ("months", JsonValueKind.Number), ("seed", JsonValueKind.Number),
        ("replications", JsonValueKind.Number), ("shardIndex", JsonValueKind.Number), ("shardCount", JsonValueKind.Number),
    ];

    /// <summary>Read a shard's manifest, checking the common keys and <paramref name="keys"/>, each with its JSON kind
    /// (String, Number, Array).</summary>
    public static JsonElement ReadManifest(string dir, string command, string resultFile, params (string Key, JsonValueKind Kind)[] keys)
    {
        string manifest = Path.Combine(dir, "manifest.json"), data = Path.Combine(dir, resultFile);
        if (!File.Exists(manifest) || !File.Exists(data)) throw new InputException($"{dir}: not a {command} output folder (manifest.json and {resultFile} expected)");
        JsonElement m;
        try
        {
            using var doc = JsonDocument.Parse(InputFiles.ReadText(Path.GetFullPath(manifest), manifest, $"{command} manifest", 16 << 20));
            m = doc.RootElement.Clone();
        }
        catch (JsonException e) { throw new InputException($"{manifest}: malformed JSON: {e.Message}"); }
        if (m.ValueKind != JsonValueKind.Object || !m.TryGetProperty("command", out var c) || c.ValueKind != JsonValueKind.String || c.GetString() != command)
            throw new InputException($"{manifest}: not a {command} manifest (expected \"command\": \"{command}\")");
        foreach (var (key, kind) in CommonKeys.Concat(keys))
        {
            if (!m.TryGetProperty(key, out var v)) throw new InputException($"{manifest}: missing key \"{key}\"; this shard's manifest is incomplete (rerun the shard)");
            if (v.ValueKind != kind) throw new InputException($"{manifest}: \"{key}\": expected a {kind.ToString().ToLowerInvariant()}, got {v.ValueKind.ToString().ToLowerInvariant()}");
            if (kind == JsonValueKind.Number && key != "elapsedSeconds" && !(v.TryGetUInt64(out _)))
                throw new InputException($"{manifest}: \"{key}\": expected a whole number, got {v.GetRawText()}");
        }
        return m;
    }

    /// <summary>The shards agree on <paramref name="sameKeys"/>, and together are shards 1..n, each once.</summary>
    public static void CheckComplete(IReadOnlyList<(string Dir, JsonElement Manifest)> shards, string merge, IReadOnlyList<string> sameKeys)
    {
        var (firstDir, first) = shards[0];
        foreach (var (dir, m) in shards)
            foreach (var key in sameKeys.Append("shardCount"))
                if (m.GetProperty(key).GetRawText() != first.GetProperty(key).GetRawText())
                    throw new InputException(key == "designHash"
                        ? $"{dir}: belongs to a different design than {firstDir} (designHash differs)"
                        : $"{dir}: manifest.json {key} differs from {firstDir}; these shards belong to different experiments");
        int count = first.GetProperty("shardCount").GetInt32();
        var indices = shards.Select(s => s.Manifest.GetProperty("shardIndex").GetInt32()).ToList();
        if (indices.Select((i, k) => (Index: i, shards[k].Dir)).GroupBy(s => s.Index).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new InputException($"{merge}: shard {twice.Key} of {count} is given twice ({string.Join(" and ", twice.Select(s => s.Dir))})");
        var missing = Enumerable.Range(1, count).Except(indices).ToList();
        if (missing.Count > 0) throw new InputException($"{merge}: shard(s) {string.Join(", ", missing)} of {count} missing");
    }
}
