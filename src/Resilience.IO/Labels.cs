using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Resilience.Model;

namespace Resilience.IO;

/// <summary>A label with an optional longer description.</summary>
public sealed record LabelText(string Label, string? Description = null, string? Unit = null);

/// <summary>
/// The label catalogue: what readers see instead of code names — outcomes, levers (with descriptions), subgroups,
/// dimensions, values and the text of the reports, the CLI's tables and the workshop page. One JSON resource per
/// language (<c>Resources/labels.en.json</c>, <c>labels.nl.json</c>); a key missing in a language falls back to
/// English and then to the code name, so a new outcome or lever shows its code name rather than breaking a report.
/// English lever descriptions and units are the parameter attributes' own (one place for them); Dutch ones are in
/// the Dutch resource.
/// </summary>
public sealed class Labels
{
    public static readonly string[] Languages = ["en", "nl"];

    public string Language { get; }

    /// <summary>Number and date formats of the language. nl: decimal comma, thousands point, Dutch month names, as
    /// nl-NL. Built on the invariant culture because the project runs with invariant globalization (no ICU), so the
    /// formats are the same on every machine.</summary>
    public CultureInfo Culture { get; }

    private readonly Dictionary<string, Dictionary<string, LabelText>> _sections;
    private readonly Labels? _fallback;

    private Labels(string language, Dictionary<string, Dictionary<string, LabelText>> sections, Labels? fallback)
    {
        Language = language;
        _sections = sections;
        _fallback = fallback;
        Culture = MakeCulture(language);
    }

    public static readonly Labels English = Load("en", null);
    public static readonly Labels Dutch = Load("nl", English);

    /// <summary>The catalogue of a language code (en, nl); an unknown code is an input error naming the option.</summary>
    public static Labels For(string? language) => (language ?? "en").ToLowerInvariant() switch
    {
        "en" => English,
        "nl" => Dutch,
        _ => throw new InputException($"--lang: expected one of {string.Join(", ", Languages)}, got '{language}'"),
    };

    private static Labels Load(string language, Labels? fallback)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Resilience.IO.Resources.labels.{language}.json")
            ?? throw new InvalidOperationException($"label catalogue for '{language}' is missing from the assembly");
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var sections = new Dictionary<string, Dictionary<string, LabelText>>();
        foreach (var section in doc.RootElement.EnumerateObject())
        {
            var entries = new Dictionary<string, LabelText>();
            foreach (var e in section.Value.EnumerateObject())
                entries[e.Name] = e.Value.ValueKind == JsonValueKind.String
                    ? new LabelText(e.Value.GetString()!)
                    : new LabelText(e.Value.GetProperty("label").GetString()!,
                        e.Value.TryGetProperty("description", out var d) ? d.GetString() : null,
                        e.Value.TryGetProperty("unit", out var u) ? u.GetString() : null);
            sections[section.Name] = entries;
        }
        return new Labels(language, sections, fallback);
    }

    private static CultureInfo MakeCulture(string language)
    {
        var c = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        if (language == "nl")
        {
            var n = c.NumberFormat;
            n.NumberDecimalSeparator = n.CurrencyDecimalSeparator = n.PercentDecimalSeparator = ",";
            n.NumberGroupSeparator = n.CurrencyGroupSeparator = n.PercentGroupSeparator = ".";
            n.CurrencySymbol = "€";
            n.NegativeSign = "-";
            var d = c.DateTimeFormat;
            d.MonthNames = d.MonthGenitiveNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", ""];
            d.AbbreviatedMonthNames = d.AbbreviatedMonthGenitiveNames = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec", ""];
            d.DayNames = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];
            d.ShortDatePattern = "dd-MM-yyyy";
            d.LongDatePattern = "d MMMM yyyy";
            d.ShortTimePattern = "HH:mm";
        }
        else
        {
            c.NumberFormat.CurrencySymbol = "€";
            c.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
            c.DateTimeFormat.LongDatePattern = "d MMMM yyyy";
            c.DateTimeFormat.ShortTimePattern = "HH:mm";
        }
        return CultureInfo.ReadOnly(c);
    }

    private LabelText? Find(string section, string key) =>
        _sections.TryGetValue(section, out var s) && s.TryGetValue(key, out var v) ? v : _fallback?.Find(section, key);

    /// <summary>A text of the user interface, formatted with the language's culture.</summary>
    public string T(string key, params object[] args)
    {
        string text = Find("ui", key)?.Label ?? key;
        return args.Length == 0 ? text : string.Format(Culture, text, args);
    }

    /// <summary>Every entry of a section, the language's own texts over English ones (for a page that formats its
    /// texts itself).</summary>
    public IEnumerable<(string Key, string Text)> Section(string section)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        for (var l = this; l is not null; l = l._fallback)
            if (l._sections.TryGetValue(section, out var s)) keys.UnionWith(s.Keys);
        return keys.Select(k => (k, Find(section, k)!.Label));
    }

    public bool Has(string section, string key) => Find(section, key) is not null;

    /// <summary>An outcome's label, e.g. "People in crisis" for <c>share_crisis@final</c>.</summary>
    public LabelText Outcome(string name) => Find("outcomes", name) ?? new LabelText(name);

    /// <summary>A calibration target's label ("Adaptive clients" for <c>adaptive_share</c>) and, for a superseded
    /// target or a known miss, the short note why it is outside its band (the code stays in summary.csv).</summary>
    public LabelText Target(string name) => Find("targets", name) ?? new LabelText(name);

    public string Unit(string unit) => Find("units", unit)?.Label ?? unit;

    /// <summary>The treatment a target's sample received, in the language (the targets file names it in English).</summary>
    public string Treatment(string text) => Find("treatments", text)?.Label ?? text;

    /// <summary>The domain of a parameter in words ("sanctions" for <c>sanctions.*</c>), from its name's first part.</summary>
    public string Domain(string parameter) => Find("domains", parameter.Split('.')[0])?.Label ?? parameter.Split('.')[0];

    public LabelText Lever(ParamDef def)
    {
        var found = Find("levers", def.Name);
        var own = _sections.TryGetValue("levers", out var s) && s.TryGetValue(def.Name, out var v) ? v : null;
        return new LabelText(found?.Label ?? def.Name, own?.Description ?? (Language == "en" ? def.Meta.Description : found?.Description ?? def.Meta.Description),
            own?.Unit ?? def.Meta.Unit);
    }

    /// <summary>A parameter's source as a reader of this language reads it: the catalogue's text for the whole source
    /// (section <c>sources</c>, for the levers' sources), else the source with the recurring English terms replaced
    /// (section <c>sourceTerms</c>: "assumption", "calibrated to …"). Citations such as [003 Table 7] stay as they are.</summary>
    public string Source(string source)
    {
        if (_sections.TryGetValue("sources", out var whole) && whole.TryGetValue(source, out var text)) return text.Label;
        if (!_sections.TryGetValue("sourceTerms", out var terms)) return source;
        foreach (var (english, term) in terms.OrderByDescending(t => t.Key.Length))
            source = source.Replace(english, term.Label, StringComparison.Ordinal);
        return source;
    }

    /// <summary>A subgroup's label: "whole caseload", "aged 18–26", "single parents".</summary>
    public string Subgroup(string dimension, string name) =>
        Find("subgroups", dimension == "all" ? "all" : $"{dimension}:{name}")?.Label ?? $"{dimension}: {name}";

    public string Dimension(string dimension) => Find("dimensions", dimension)?.Label ?? dimension;

    /// <summary>A lever's value as a reader reads it: yes/no for switches, the label of a choice, else the number
    /// in the language's format with the lever's unit.</summary>
    public string LeverValue(ParamDef def, double value)
    {
        if (def.Kind == ParamKind.Boolean) return T(value != 0 ? "yes" : "no");
        if (def.Kind == ParamKind.Choice) return Find("values", $"{def.Name}={def.Format(value)}")?.Label ?? def.Format(value);
        string unit = Lever(def).Unit ?? "";
        if (value == 1 && Find("units", unit + ".one") is { } one) unit = one.Label;
        string number = value.ToString(Math.Abs(value) >= 1000 ? "#,0.##" : "0.###", Culture);
        return unit.StartsWith('€') ? $"€ {number}{unit[1..]}" : $"{number} {unit}".Trim();
    }
}
