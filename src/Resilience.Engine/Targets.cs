using System.Globalization;
using System.Reflection;
using Microsoft.VisualBasic.FileIO;
using Figure = System.Func<System.Func<Resilience.Engine.Metric, double>, double>;

namespace Resilience.Engine;

/// <summary>A calibration target of MODEL.md §8 with its tolerance band and how it is read from a run.</summary>
public sealed record Target(string Name, double Value, double Low, double High, string Source, string Reading,
    Func<double[][], double> Evaluate)
{
    public bool Inside(double simulated) => simulated >= Low && simulated <= High;

    /// <summary>Accumulators the target reads beyond the metrics' (laid out with them, <see cref="Acc"/>).</summary>
    public Rule[] Reads { get; init; } = [];

    /// <summary>Seed target (MODEL.md §8) or national statistic (<see cref="NationalTargets"/>).</summary>
    public TargetSet Set { get; init; } = TargetSet.Seed;

    /// <summary>Year of the figure (national statistics).</summary>
    public int? Year { get; init; }

    /// <summary>The row of MODEL.md §8 the seed target comes from.</summary>
    public string? Section { get; init; }

    /// <summary>Who the figure describes: <see cref="Targets.Population"/> (recipients as they are), or
    /// <c>treated: </c> and the treatment the sample received (issue 23 item 5).</summary>
    public string Sample { get; init; } = Targets.Population;

    /// <summary>The figure comes from a sample who received a treatment that the baseline does not have: it is read
    /// and shown for information, never fitted (<see cref="Fitted"/>).</summary>
    public bool Treated => Sample != Targets.Population;

    /// <summary>The treatment a <see cref="Treated"/> sample received.</summary>
    public string? Treatment => Treated ? Sample[Targets.TreatedPrefix.Length..].Trim() : null;

    /// <summary>Why the target is no longer fitted, when another figure replaced it (it is still read and listed).</summary>
    public string? Superseded { get; init; }

    /// <summary>Why the calibrated baseline lies (just) outside the band, when the joint calibration traded it for other
    /// targets; the tests then hold it within a quarter of the band's width of the band.</summary>
    public string? KnownMiss { get; init; }

    /// <summary>Whether a calibration may fit the target: not superseded, and describing recipients without a treatment.</summary>
    public bool Fitted => Superseded is null && !Treated;
}

public enum TargetSet { Seed, National }

/// <summary>The targets a run is read against: the seed targets of MODEL.md §8 as bands (soft: small, selected
/// samples), then the national statistics of <see cref="NationalTargets"/>. A run reads each from the whole-caseload
/// series ("all"). The seed targets are the rows of <c>scenarios/targets/seed-targets.csv</c> (embedded in this
/// assembly), the one source of their values, bands, sources, samples and readings: each row names a figure over
/// output metrics (a metric, or metrics and numbers joined by + - * /, <see cref="TargetFigure"/>) and the <see cref="Engine.Reading"/> that
/// reads each metric.</summary>
public static class Targets
{
    /// <summary>Resource name of the embedded <c>seed-targets.csv</c>.</summary>
    public const string Resource = "seed-targets.csv";

    /// <summary>The <c>sample</c> of a figure about recipients without a treatment.</summary>
    public const string Population = "population";

    /// <summary>How the <c>sample</c> of a treated sample starts (then the treatment).</summary>
    public const string TreatedPrefix = "treated:";

    public static Target[] Seed => SeedTargets;

    private static readonly Target[] SeedTargets = [.. EmbeddedCsv.Read(Resource).Select(Declare)];

    /// <summary>Seed targets, then national statistics (after <see cref="SeedTargets"/>: static fields start in order).</summary>
    public static readonly Target[] All = [.. SeedTargets, .. NationalTargets.All];

    private static Target Declare(EmbeddedCsv.Row row)
    {
        string name = row["moment"], where = $"{Resource}: {name}";
        double N(string column) => double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v : throw new InvalidOperationException($"{where}: column {column}: '{row[column]}' is not a number");
        string sample = row["sample"];
        if (sample != Population && !(sample.StartsWith(TreatedPrefix, StringComparison.Ordinal) && sample.Length > TreatedPrefix.Length))
            throw new InvalidOperationException($"{where}: column sample: '{sample}', expected '{Population}' or '{TreatedPrefix} <the treatment>'");
        var reading = Engine.Reading.Find(row["reading"])
            ?? throw new InvalidOperationException($"{where}: column reading: unknown reading '{row["reading"]}'; expected one of {string.Join(", ", Engine.Reading.Names)}");
        var figure = TargetFigure.Parse(row["figure"], where);
        return new Target(name, N("value"), N("low"), N("high"), row["source"], $"{row["figure"]}, {reading.Words}", raw => figure(m => m.Read(raw, reading)))
        {
            Section = row["section"], Sample = sample,
            Superseded = row["superseded"] is { Length: > 0 } s ? s : null, KnownMiss = row["known_miss"] is { Length: > 0 } k ? k : null,
        };
    }
}

/// <summary>A target's figure over output metrics, as the targets file writes it: metric names and numbers joined
/// by <c>+ - * /</c> (usual precedence, left to right; a division by 0 gives 0), e.g.
/// <c>1 - exits_coach_role / exits_to_work</c>. Each metric is read by the target's reading.</summary>
public static class TargetFigure
{
    /// <summary>The figure as a function of how a metric is read; throws naming <paramref name="where"/> for an unknown
    /// metric or a malformed formula.</summary>
    public static Figure Parse(string text, string where)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int at = 0;
        Figure Operand()
        {
            if (at >= tokens.Length) throw new InvalidOperationException($"{where}: figure '{text}' ends where a metric or number is expected");
            string t = tokens[at++];
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)) return _ => number;
            if (!Metrics.All.Any(m => m.Name == t))
                throw new InvalidOperationException($"{where}: figure '{text}': unknown metric '{t}' (run `columns` for the metrics)");
            var metric = Metrics.Get(t);
            return read => read(metric);
        }
        Figure Chain(string ops, Func<Figure> next)
        {
            var left = next();
            while (at < tokens.Length && ops.Contains(tokens[at], StringComparison.Ordinal) && tokens[at].Length == 1)
            {
                char op = tokens[at++][0];
                var a = left;
                var b = next();
                left = op switch
                {
                    '+' => read => a(read) + b(read),
                    '-' => read => a(read) - b(read),
                    '*' => read => a(read) * b(read),
                    _ => read => b(read) is var d && d != 0 ? a(read) / d : 0,
                };
            }
            return left;
        }
        Figure Term() => Chain("*/", Operand);
        var figure = Chain("+-", Term);
        if (at < tokens.Length) throw new InvalidOperationException($"{where}: figure '{text}': unexpected '{tokens[at]}'");
        return figure;
    }
}

/// <summary>A CSV file embedded in this assembly, read by column name (the targets files).</summary>
internal static class EmbeddedCsv
{
    /// <summary>One row: its fields by column name.</summary>
    public sealed class Row(string resource, string[] header, string[] fields)
    {
        public string this[string column] => Array.IndexOf(header, column) is int k and >= 0
            ? k < fields.Length ? fields[k] : ""
            : throw new InvalidOperationException($"{resource}: no column '{column}'");
    }

    public static IReadOnlyList<Row> Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var parser = new TextFieldParser(stream) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        var rows = new List<Row>();
        while (parser.ReadFields() is { } f) rows.Add(new Row(resource, header, f));
        return rows;
    }
}
