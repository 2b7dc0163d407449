using System.Text.Json;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.IO;

/// <summary>A problem with user input, naming the file and the key; the CLI prints it and exits with code 2.</summary>
public sealed class InputException(string message) : Exception(message);

/// <summary>A scenario after resolving <c>extends</c>: everything needed to run it.</summary>
public sealed record Scenario(
    string Name, string Description, string Path, ulong Seed, int Months, int Clients, int Replications,
    IReadOnlyDictionary<string, double> Levers, IReadOnlyDictionary<string, double> ParameterValues,
    IReadOnlyList<ScheduledChange> Schedule, IReadOnlyList<string> ExtendsChain)
{
    /// <summary>Parameters at month 0: defaults, then the scenario's parameters, then its levers.</summary>
    public Parameters ToParameters()
    {
        var p = new Parameters();
        foreach (var (k, v) in ParameterValues) ParameterRegistry.Get(k).Set(p, v);
        foreach (var (k, v) in Levers) ParameterRegistry.Get(k).Set(p, v);
        return p;
    }

    /// <summary>The description per language (<c>"description": { "en": …, "nl": … }</c>); a plain string is stored
    /// under "" and shown as written in every language.</summary>
    public IReadOnlyDictionary<string, string> Descriptions { get; init; } = new Dictionary<string, string>();

    /// <summary>A readable title per language (<c>"title"</c>, a string or { "en": …, "nl": … }); empty when the
    /// file has none, and the reports then show the name.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();

    /// <summary>The description in <paramref name="language"/>: its own text, else the one written without a language,
    /// else the English one, else any.</summary>
    public string DescriptionIn(string language) => InLanguage(Descriptions, language) ?? Description;

    /// <summary>The title in <paramref name="language"/> (as <see cref="DescriptionIn"/>), else the scenario's name.</summary>
    public string TitleIn(string language) => InLanguage(Titles, language) ?? Name;

    internal static string? InLanguage(IReadOnlyDictionary<string, string> texts, string language) =>
        texts.TryGetValue(language, out var own) ? own : texts.TryGetValue("", out var plain) ? plain
        : texts.TryGetValue("en", out var en) ? en : texts.Values.FirstOrDefault();

    public RunSpec ToRunSpec(int threads) => new(ToParameters(), Clients, Months, Seed, Schedule) { Threads = threads };

    public Scenario With(int? clients = null, int? months = null, ulong? seed = null, int? replications = null)
    {
        var s = this with
        {
            Clients = clients ?? Clients, Months = months ?? Months, Seed = seed ?? Seed, Replications = replications ?? Replications,
        };
        ScenarioLoader.CheckSizes(s, "command line");
        foreach (var c in s.Schedule)
            if (c.Month > s.Months) throw new InputException($"{Path}: schedule: month {c.Month} lies beyond the horizon of {s.Months} months.");
        return s;
    }
}

/// <summary>
/// Reads scenario files (JSON): <c>name</c>, optional <c>title</c> and <c>description</c> (each a string or
/// <c>{ "en": …, "nl": … }</c>), optional <c>extends</c> (path of a base scenario,
/// relative to the file), <c>seed</c>, <c>months</c>, <c>clients</c>, <c>replications</c>, <c>levers</c> (dotted
/// lever names of MODEL.md §4), <c>parameters</c> (model parameters), and <c>schedule</c> (list of
/// <c>{ "month": m, "levers": { ... } }</c> applied from month m). Every error names the file and the key.
/// </summary>
public static class ScenarioLoader
{
    public const int MaxClients = 10_000_000;
    public const int MaxMonths = 600;

    /// <summary>Largest scenario file read (1 MiB): real ones are a few KB; the cap keeps a wrong path (a device, a
    /// huge file) from exhausting memory.</summary>
    public const int MaxFileBytes = 1 << 20;
    private static readonly string[] TopLevelKeys =
        ["name", "title", "description", "extends", "seed", "months", "clients", "replications", "levers", "parameters", "schedule"];

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static Scenario Load(string path) => Load(path, []);

    private static Scenario Load(string path, List<string> chain)
    {
        string full = System.IO.Path.GetFullPath(path);
        if (chain.Contains(full))
            throw new InputException($"{Display(full)}: extends: circular chain {string.Join(" -> ", chain.Append(full).Select(Display))}");
        if (!File.Exists(full))
        {
            if (chain.Count == 0 && path.StartsWith('-'))
                throw new InputException($"{path}: unknown option (run with --help to list the options), and no scenario file of that name");
            if (Directory.Exists(full))
                throw new InputException(chain.Count == 0 ? $"{path}: is a folder; expected a scenario file (JSON)" : $"{Display(chain[^1])}: extends: {path} is a folder; expected a scenario file");
            throw new InputException(chain.Count == 0 ? $"{path}: scenario file not found" : $"{Display(chain[^1])}: extends: file not found: {path}");
        }
        chain.Add(full);

        JsonDocument doc;
        string text = InputFiles.ReadText(full, Display(full), "scenario file", MaxFileBytes);
        try { doc = JsonDocument.Parse(text, JsonOptions); }
        catch (JsonException e) { throw new InputException($"{Display(full)}: line {e.LineNumber + 1}: malformed JSON: {FirstSentence(e.Message)}"); }
        using (doc)
        {
            var root = doc.RootElement;
            string file = Display(full);
            CheckDuplicateKeys(file, root, "");
            if (root.ValueKind != JsonValueKind.Object) throw new InputException($"{file}: expected a JSON object at the top level");
            foreach (var prop in root.EnumerateObject())
                if (!TopLevelKeys.Contains(prop.Name))
                    throw new InputException($"{file}: {prop.Name}: unknown key; allowed keys are {string.Join(", ", TopLevelKeys)}");

            Scenario? parent = null;
            if (root.TryGetProperty("extends", out var ext))
            {
                if (ext.ValueKind != JsonValueKind.String) throw new InputException($"{file}: extends: expected a path (string)");
                parent = Load(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, ext.GetString()!), chain);
            }

            var levers = new Dictionary<string, double>(parent?.Levers ?? new Dictionary<string, double>());
            if (root.TryGetProperty("levers", out var lv)) ReadValues(file, "levers", lv, levers, lever: true);
            var parameters = new Dictionary<string, double>(parent?.ParameterValues ?? new Dictionary<string, double>());
            if (root.TryGetProperty("parameters", out var pv)) ReadValues(file, "parameters", pv, parameters, lever: false);

            int months = ReadInt(file, root, "months", 1, MaxMonths) ?? parent?.Months ?? 60;
            var schedule = new List<ScheduledChange>(parent?.Schedule ?? []);
            if (root.TryGetProperty("schedule", out var sch)) schedule.AddRange(ReadSchedule(file, sch));
            schedule = [.. schedule.OrderBy(c => c.Month)]; // stable: within a month, the base's changes come first
            foreach (var c in schedule)
                if (c.Month > months) throw new InputException($"{file}: schedule: month {c.Month} lies beyond the horizon of {months} months");

            // A description is inherited from the base scenario; a title is not (the scenario is another measure).
            var descriptions = ReadTexts(file, root, "description") ?? parent?.Descriptions ?? new Dictionary<string, string>();
            var scenario = new Scenario(
                Name: ReadName(file, root, full),
                Description: Scenario.InLanguage(descriptions, "en") ?? "",
                Path: file,
                Seed: (ulong)(ReadLong(file, root, "seed", 0, long.MaxValue) ?? (long)(parent?.Seed ?? 1)),
                Months: months,
                Clients: ReadInt(file, root, "clients", 1, MaxClients) ?? parent?.Clients ?? 10_000,
                Replications: ReadInt(file, root, "replications", 1, 10_000) ?? parent?.Replications ?? 10,
                Levers: levers, ParameterValues: parameters, Schedule: schedule,
                ExtendsChain: [file, .. parent?.ExtendsChain ?? []])
            {
                Descriptions = descriptions,
                Titles = ReadTexts(file, root, "title", oneLine: true) ?? new Dictionary<string, string>(),
            };
            chain.RemoveAt(chain.Count - 1);
            return scenario;
        }
    }

    /// <summary>JSON allows a key twice and keeps the last; in a scenario that silently drops a setting, so refuse it,
    /// naming the key and where it is.</summary>
    public static void CheckDuplicateKeys(string file, JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var prop in element.EnumerateObject())
                {
                    string key = path.Length == 0 ? prop.Name : $"{path}.{prop.Name}";
                    if (!seen.Add(prop.Name)) throw new InputException($"{file}: {key}: the key appears twice; give each key once");
                    CheckDuplicateKeys(file, prop.Value, key);
                }
                break;
            case JsonValueKind.Array:
                int k = 0;
                foreach (var item in element.EnumerateArray()) CheckDuplicateKeys(file, item, $"{path}[{k++}]");
                break;
        }
    }

    internal static void CheckSizes(Scenario s, string where)
    {
        if (s.Clients is < 1 or > MaxClients) throw new InputException($"{where}: clients: expected an integer from 1 to {MaxClients}, got {s.Clients}");
        if (s.Months is < 1 or > MaxMonths) throw new InputException($"{where}: months: expected an integer from 1 to {MaxMonths}, got {s.Months}");
        if (s.Replications is < 1 or > 10_000) throw new InputException($"{where}: replications: expected an integer from 1 to 10000, got {s.Replications}");
    }

    private static List<ScheduledChange> ReadSchedule(string file, JsonElement sch)
    {
        if (sch.ValueKind != JsonValueKind.Array) throw new InputException($"{file}: schedule: expected a list of {{ \"month\": m, \"levers\": {{ ... }} }}");
        var list = new List<ScheduledChange>();
        int k = 0;
        foreach (var entry in sch.EnumerateArray())
        {
            string key = $"schedule[{k++}]";
            if (entry.ValueKind != JsonValueKind.Object) throw new InputException($"{file}: {key}: expected an object with \"month\" and \"levers\"");
            foreach (var prop in entry.EnumerateObject())
                if (prop.Name is not ("month" or "levers" or "parameters"))
                    throw new InputException($"{file}: {key}.{prop.Name}: unknown key; allowed keys are month, levers, parameters");
            int month = ReadInt(file, entry, "month", 0, MaxMonths, key + ".") ?? throw new InputException($"{file}: {key}.month: missing; expected an integer from 0 to {MaxMonths}");
            var values = new Dictionary<string, double>();
            if (entry.TryGetProperty("levers", out var lv)) ReadValues(file, key + ".levers", lv, values, lever: true);
            if (entry.TryGetProperty("parameters", out var pv)) ReadValues(file, key + ".parameters", pv, values, lever: false);
            if (values.Count == 0) throw new InputException($"{file}: {key}: no levers or parameters to change");
            foreach (var name in values.Keys)
                if (month > 0 && name is "population.neighbourhoods" or "inflow.monthlyShare")
                    throw new InputException($"{file}: {key}.parameters.{name}: shapes the population and can only be set at month 0 or in \"parameters\"");
            list.Add(new ScheduledChange(month, values));
        }
        return list;
    }

    /// <summary>Read an object of name → value, checking that each name exists, is of the right family (lever or
    /// parameter), has the right JSON type and lies in range.</summary>
    public static void ReadValues(string file, string section, JsonElement obj, Dictionary<string, double> into, bool lever)
    {
        if (obj.ValueKind != JsonValueKind.Object) throw new InputException($"{file}: {section}: expected an object of name → value");
        foreach (var prop in obj.EnumerateObject())
        {
            string key = $"{section}.{prop.Name}";
            var def = ParameterRegistry.Find(prop.Name);
            if (def is null)
                throw new InputException($"{file}: {key}: unknown {(lever ? "lever" : "parameter")}{Suggest(prop.Name, lever)}");
            if (def.IsLever != lever)
                throw new InputException($"{file}: {key}: '{prop.Name}' is a {(def.IsLever ? "lever; set it under \"levers\"" : "model parameter; set it under \"parameters\"")}");
            into[prop.Name] = ParseValue(def, prop.Value, $"{file}: {key}");
        }
    }

    /// <summary>Convert a JSON value to the parameter's numeric representation, or throw naming
    /// <paramref name="where"/> and the allowed values.</summary>
    public static double ParseValue(ParamDef def, JsonElement value, string where)
    {
        double v;
        switch (def.Kind)
        {
            case ParamKind.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    throw new InputException($"{where}: expected {def.AllowedText}, got {Describe(value)}");
                v = value.GetBoolean() ? 1 : 0;
                break;
            case ParamKind.Choice:
                int index = value.ValueKind == JsonValueKind.String ? def.ChoiceIndex(value.GetString()!) : -1;
                if (index < 0) throw new InputException($"{where}: expected {def.AllowedText}, got {Describe(value)}");
                v = index;
                break;
            default:
                if (value.ValueKind != JsonValueKind.Number) throw new InputException($"{where}: expected {def.AllowedText}, got {Describe(value)}");
                v = value.GetDouble();
                break;
        }
        var error = def.Validate(v);
        if (error is not null) throw new InputException($"{where}: {error}");
        return v;
    }

    private static string Suggest(string name, bool lever)
    {
        var close = Closest(name, lever);
        string hint = close is not null ? $"; did you mean '{close}'?" : "";
        return $"{hint} (run `params` to list the {(lever ? "levers" : "parameters")})";
    }

    /// <summary>The lever (or model parameter) name closest to <paramref name="name"/>, if it is close enough to be
    /// a likely typo; else null.</summary>
    public static string? Closest(string name, bool lever)
    {
        var candidates = (lever ? ParameterRegistry.Levers : ParameterRegistry.ModelParameters).Select(d => d.Name).ToList();
        var close = candidates.OrderBy(c => Distance(c, name)).First();
        return Distance(close, name) <= Math.Max(3, name.Length / 4) ? close : null;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }

    /// <summary>The scenario's name (its "name", else the file name): it titles reports, charts and folders, so a
    /// control character (a NUL, a line break, an escape) is refused here rather than failing after all the runs.</summary>
    private static string ReadName(string file, JsonElement root, string full)
    {
        string? given = ReadString(file, root, "name");
        string name = given ?? System.IO.Path.GetFileNameWithoutExtension(full);
        if (ControlCharacterAt(name) is int bad)
            throw new InputException(given is not null
                ? $"{file}: name: holds a control character (U+{(int)name[bad]:X4}) at position {bad + 1}; expected a plain one-line name"
                : $"{file}: the file name holds a control character (U+{(int)name[bad]:X4}); give the scenario a plain \"name\"");
        if (name.Trim().Length == 0) throw new InputException($"{file}: name: expected a non-empty name, got \"{name}\"");
        return name;
    }

    /// <summary>A text in one or more languages: a string (stored under "", shown as written in every language) or an
    /// object of language code → string, with codes from <see cref="Labels.Languages"/>; null when the key is absent.</summary>
    private static Dictionary<string, string>? ReadTexts(string file, JsonElement root, string key, bool oneLine = false)
    {
        if (!root.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return new() { [""] = v.GetString()! };
        string expected = $"a string, or an object of language → string with the languages {string.Join(", ", Labels.Languages)}";
        if (v.ValueKind != JsonValueKind.Object) throw new InputException($"{file}: {key}: expected {expected}, got {Describe(v)}");
        var texts = new Dictionary<string, string>();
        foreach (var prop in v.EnumerateObject())
        {
            if (!Labels.Languages.Contains(prop.Name))
                throw new InputException($"{file}: {key}.{prop.Name}: unknown language; expected one of {string.Join(", ", Labels.Languages)}");
            if (prop.Value.ValueKind != JsonValueKind.String)
                throw new InputException($"{file}: {key}.{prop.Name}: expected a string, got {Describe(prop.Value)}");
            texts[prop.Name] = prop.Value.GetString()!;
        }
        if (texts.Count == 0) throw new InputException($"{file}: {key}: expected {expected}, got an empty object");
        // A title heads pages and charts like the name, so it is held to the name's rule: one plain line.
        foreach (var (language, text) in texts)
            if (oneLine && ControlCharacterAt(text) is int bad)
                throw new InputException($"{file}: {key}{(language.Length > 0 ? "." + language : "")}: holds a control character (U+{(int)text[bad]:X4}) at position {bad + 1}; expected a plain one-line title");
        return texts;
    }

    private static int? ControlCharacterAt(string text)
    {
        int bad = text.AsSpan().IndexOfAnyInRange('\0', '\x1f');
        if (bad < 0) bad = text.AsSpan().IndexOfAnyInRange('\x7f', '\x9f');
        return bad >= 0 ? bad : null;
    }

    private static string? ReadString(string file, JsonElement root, string key)
    {
        if (!root.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.String) throw new InputException($"{file}: {key}: expected a string, got {Describe(v)}");
        return v.GetString();
    }

    private static int? ReadInt(string file, JsonElement root, string key, int min, int max, string prefix = "")
    {
        long? v = ReadLong(file, root, key, min, max, prefix);
        return v is null ? null : (int)v.Value;
    }

    private static long? ReadLong(string file, JsonElement root, string key, long min, long max, string prefix = "")
    {
        if (!root.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out long n) || n < min || n > max)
            throw new InputException($"{file}: {prefix}{key}: expected an integer from {min} to {max}, got {Describe(v)}");
        return n;
    }

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"\"{v.GetString()}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        _ => "an object",
    };

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static string Display(string full)
    {
        string rel = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return rel.StartsWith("..", StringComparison.Ordinal) ? full : rel;
    }
}
