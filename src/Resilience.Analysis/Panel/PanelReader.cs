using System.Globalization;
using CsvHelper;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis.Panel;

/// <summary>What reading a panel found: rows read and accepted, rows skipped (lenient mode) by reason with a few
/// examples, columns used and ignored.</summary>
public sealed record PanelReadReport(
    string File, long Rows, long Accepted, int People, PanelColumns Columns, IReadOnlyList<string> IgnoredColumns,
    IReadOnlyDictionary<string, long> SkippedByReason, IReadOnlyDictionary<string, IReadOnlyList<string>> Examples,
    long HistoriesRestarted)
{
    public long Skipped => SkippedByReason.Values.Sum();

    public IEnumerable<string> Lines()
    {
        yield return $"{File}: {Rows:N0} rows, {Accepted:N0} accepted, {People:N0} people";
        yield return $"  columns used: person_id, month, status{(Columns == PanelColumns.None ? "" : ", " + string.Join(", ", PanelReader.OptionalColumnNames(Columns)))}";
        if (IgnoredColumns.Count > 0) yield return $"  columns ignored: {string.Join(", ", IgnoredColumns)}";
        foreach (var (reason, count) in SkippedByReason.OrderByDescending(x => x.Value))
        {
            string what = reason == PanelReader.ReasonGap ? "rows after a gap (kept; the person's history restarts there)" : $"rows skipped: {reason}";
            yield return $"  {count:N0} {what}";
            foreach (var e in Examples[reason]) yield return $"      e.g. {e}";
        }
    }
}

/// <summary>
/// Streams a person-month panel (MODEL.md §6; the schema of <see cref="PanelWriter"/>) into
/// <see cref="PanelMoments"/>, validating every row: required <c>person_id, month, status</c>; optional
/// <c>replication, hours, resilience, debt_status, ladder_rung, spell_months, age, sex, household, origin,
/// education, coach_id, coach_trust, sanctioned</c> (an empty optional value counts as unknown). Each error names the
/// file, the data row (and its line) and the column. A person's rows must come in increasing month order without
/// duplicates or gaps. In lenient mode bad rows are skipped and counted by reason, and a gap restarts the person's
/// history instead of failing.
/// </summary>
public static class PanelReader
{
    public const string ReasonGap = "gap in a person's months";
    private const string ReasonDuplicate = "duplicate (person, month)";
    private const string ReasonOrder = "months out of order";
    private const string ReasonMissing = "missing value";
    private const string ReasonNotInteger = "not an integer";
    private const string ReasonNotNumber = "not a number";
    private const string ReasonRange = "value out of range";
    private const string ReasonStatus = "unknown status";
    private const string ReasonCategory = "unknown category";
    private const string ReasonFields = "wrong number of fields";

    private static readonly string[] Required = ["person_id", "month", "status"];

    private static readonly (string Name, PanelColumns Column)[] MomentColumns =
    [
        ("hours", PanelColumns.Hours), ("resilience", PanelColumns.Resilience), ("debt_status", PanelColumns.DebtStatus),
        ("ladder_rung", PanelColumns.LadderRung), ("spell_months", PanelColumns.SpellMonths),
    ];

    private static readonly string[] Known = [.. PanelWriter.Columns];

    private static readonly string[] Statuses = Enum.GetNames<Status>()[..^1]; // NotEntered is internal

    public static IEnumerable<string> OptionalColumnNames(PanelColumns columns) =>
        MomentColumns.Where(c => (columns & c.Column) != 0).Select(c => c.Name);

    private sealed class RowError(string reason, string column, string message) : Exception(message)
    {
        public string Reason { get; } = reason;
        public string Column { get; } = column;
    }

    /// <summary>Read <paramref name="path"/> and compute its moments. <paramref name="progress"/> gets the bytes
    /// read so far (about every 64k rows).</summary>
    public static (MomentSet Moments, PanelReadReport Report) Read(string path, bool lenient, CancellationToken cancel = default,
        Action<long>? progress = null)
    {
        InputFiles.CheckRegular(path, "panel file");
        using var stream = File.OpenRead(path);
        return Read(stream, path, lenient, cancel, progress);
    }

    public static (MomentSet Moments, PanelReadReport Report) Read(System.IO.Stream stream, string file, bool lenient, CancellationToken cancel = default,
        Action<long>? progress = null)
    {
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true, PoolStrings = true, FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true,
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        string[] headers;
        try { headers = [.. csv.Headers]; }
        catch (CsvFormatException e) { throw new InputException($"{file}: malformed header: {e.Message}"); }
        if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace)) throw new InputException($"{file}: empty file; expected a header with person_id, month, status");

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < headers.Length; k++)
        {
            string h = headers[k].Trim();
            if (index.ContainsKey(h)) throw new InputException($"{file}: header: column '{h}' appears twice");
            index[h] = k;
        }
        var missing = Required.Where(r => !index.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw new InputException($"{file}: header: missing required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; " +
                                     $"found {string.Join(", ", headers.Select(h => $"'{h}'"))} (a panel needs person_id, month, status; see README)");
        var columns = PanelColumns.None;
        foreach (var (name, column) in MomentColumns) if (index.ContainsKey(name)) columns |= column;
        var ignored = headers.Where(h => !Known.Contains(h.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();

        int Col(string name) => index.TryGetValue(name, out int k) ? k : -1;
        var c = new Cols(Col("person_id"), Col("month"), Col("status"), Col("replication"), Col("hours"), Col("resilience"),
            Col("debt_status"), Col("ladder_rung"), Col("spell_months"), Col("age"), Col("sex"), Col("household"), Col("origin"),
            Col("education"), Col("coach_id"), Col("coach_trust"), Col("sanctioned"));

        var moments = new PanelMoments(columns);
        var people = new Dictionary<(int, string), int>();
        var firstMonth = new List<int>();
        var lastMonth = new List<int>();
        var lastRow = new List<long>();
        var skipped = new Dictionary<string, long>();
        var examples = new Dictionary<string, IReadOnlyList<string>>();
        long rows = 0, accepted = 0, restarted = 0;

        void Skip(string reason, string message)
        {
            skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
            if (!examples.TryGetValue(reason, out var list)) examples[reason] = list = new List<string>();
            if (list.Count < 3) ((List<string>)list).Add(message);
        }

        while (true)
        {
            bool more;
            try { more = csv.Read(); }
            catch (CsvFormatException e) { throw new InputException($"{file}: line {e.LineNumber}: malformed CSV: {e.Message}"); }
            if (!more) break;
            rows++;
            if ((rows & 0xFFFF) == 0)
            {
                cancel.ThrowIfCancellationRequested();
                progress?.Invoke(csv.ByteOffset);
            }
            string Where() => $"{file}: row {csv.RowNumber} (line {csv.LineNumber})";
            try
            {
                if (csv.FieldCount != headers.Length)
                    throw new RowError(ReasonFields, "", $"{csv.FieldCount} fields, but the header has {headers.Length}");
                var record = ParseRow(csv, c, out int replication, out string id);
                var key = (replication, id);
                if (!people.TryGetValue(key, out int person))
                {
                    person = people.Count;
                    people[key] = person;
                    firstMonth.Add(record.Month);
                    lastMonth.Add(int.MinValue);
                    lastRow.Add(0);
                }
                record.Person = person;
                string who = c.Replication >= 0 ? $"person {id} (replication {replication})" : $"person {id}";
                int last = lastMonth[person];
                if (last != int.MinValue)
                {
                    if (record.Month == last)
                        throw new RowError(ReasonDuplicate, "month", $"duplicate (person, month): {who}, month {record.Month} was already given at row {lastRow[person]}");
                    if (record.Month < last && record.Month >= firstMonth[person])
                        throw new RowError(ReasonDuplicate, "month", $"duplicate (person, month): {who}, month {record.Month} was already given (a person's rows must come in increasing month order)");
                    if (record.Month < last)
                        throw new RowError(ReasonOrder, "month", $"months out of order: {who} has month {record.Month} after month {last} (a person's rows must come in increasing month order)");
                    if (record.Month > last + 1)
                    {
                        string gap = $"gap in months: {who} jumps from month {last} to month {record.Month} (month{(record.Month - last > 2 ? $"s {last + 1}–{record.Month - 1}" : $" {last + 1}")} missing)";
                        if (!lenient) throw new RowError(ReasonGap, "month", gap);
                        Skip(ReasonGap, $"{Where()}: {gap}");
                        restarted++;
                        moments.Break(person);
                    }
                }
                moments.Add(record);
                lastMonth[person] = record.Month;
                lastRow[person] = csv.RowNumber;
                accepted++;
            }
            catch (RowError e)
            {
                string message = $"{Where()}{(e.Column.Length > 0 ? $", column {e.Column}" : "")}: {e.Message}";
                if (!lenient) throw new InputException(message + " (use --lenient to skip bad rows)");
                Skip(e.Reason, message);
            }
        }
        progress?.Invoke(csv.ByteOffset);
        if (rows == 0) throw new InputException($"{file}: no data rows after the header");
        if (accepted == 0) throw new InputException($"{file}: none of the {rows:N0} rows is valid; first problems: {string.Join("; ", examples.Values.SelectMany(v => v).Take(3))}");
        var report = new PanelReadReport(file, rows, accepted, people.Count, columns, ignored,
            skipped.Where(x => x.Key != ReasonGap).Concat(skipped.Where(x => x.Key == ReasonGap)).ToDictionary(), examples, restarted);
        return (moments.Result(), report);
    }

    private readonly record struct Cols(int Person, int Month, int Status, int Replication, int Hours, int Resilience, int Debt,
        int Ladder, int Spell, int Age, int Sex, int Household, int Origin, int Education, int CoachId, int CoachTrust, int Sanctioned);

    private static PanelRecord ParseRow(CsvReader csv, Cols c, out int replication, out string id)
    {
        id = csv.GetString(c.Person);
        if (id.Length == 0) throw new RowError(ReasonMissing, "person_id", "empty; every row needs a person_id");
        int month = RequiredInt(csv, c.Month, "month", 0, int.MaxValue - 1);
        var status = (Status)Category(csv, c.Status, "status", Statuses, ReasonStatus, required: true);
        replication = c.Replication >= 0 ? OptionalInt(csv, c.Replication, "replication", 0, int.MaxValue) ?? 0 : 0;
        var record = new PanelRecord
        {
            Month = month, Status = status, Hours = float.NaN, Resilience = -1, Debt = -1, Ladder = -1, Spell = -1,
        };
        if (c.Hours >= 0) record.Hours = (float)(OptionalNumber(csv, c.Hours, "hours", 0, 168) ?? double.NaN);
        if (c.Resilience >= 0) record.Resilience = (sbyte)Category(csv, c.Resilience, "resilience", Enum.GetNames<ResilienceType>(), ReasonCategory);
        if (c.Debt >= 0) record.Debt = (sbyte)Category(csv, c.Debt, "debt_status", Enum.GetNames<DebtStatus>(), ReasonCategory);
        if (c.Ladder >= 0) record.Ladder = (sbyte)(OptionalInt(csv, c.Ladder, "ladder_rung", 1, 6) ?? -1);
        if (c.Spell >= 0) record.Spell = OptionalInt(csv, c.Spell, "spell_months", 0, 12 * 120) ?? -1;
        // Validated though no moment uses them yet: a wrong value here usually means a shifted or mislabelled column.
        if (c.Age >= 0) OptionalInt(csv, c.Age, "age", 0, 120);
        if (c.Sex >= 0) Category(csv, c.Sex, "sex", Enum.GetNames<Sex>(), ReasonCategory);
        if (c.Household >= 0) Category(csv, c.Household, "household", Enum.GetNames<Household>(), ReasonCategory);
        if (c.Origin >= 0) Category(csv, c.Origin, "origin", Enum.GetNames<Origin>(), ReasonCategory);
        if (c.Education >= 0) Category(csv, c.Education, "education", Enum.GetNames<Education>(), ReasonCategory);
        if (c.CoachId >= 0) OptionalInt(csv, c.CoachId, "coach_id", 0, int.MaxValue);
        if (c.CoachTrust >= 0) OptionalNumber(csv, c.CoachTrust, "coach_trust", 0, 1);
        if (c.Sanctioned >= 0) OptionalInt(csv, c.Sanctioned, "sanctioned", 0, 1);
        return record;
    }

    private static int RequiredInt(CsvReader csv, int k, string name, int min, int max) =>
        OptionalInt(csv, k, name, min, max) ?? throw new RowError(ReasonMissing, name, "empty; a value is required");

    private static int? OptionalInt(CsvReader csv, int k, string name, int min, int max)
    {
        if (csv.IsEmpty(k)) return null;
        if (!csv.TryParse(k, out long v))
            throw new RowError(ReasonNotInteger, name, $"'{csv.GetString(k)}' is not an integer");
        if (v < min || v > max)
            throw new RowError(ReasonRange, name, $"{v} is out of range; expected an integer from {min} to {(max == int.MaxValue || max == int.MaxValue - 1 ? "any" : max.ToString(CultureInfo.InvariantCulture))}");
        return (int)v;
    }

    private static double? OptionalNumber(CsvReader csv, int k, string name, double min, double max)
    {
        if (csv.IsEmpty(k)) return null;
        if (!csv.TryParse(k, out double v) || !double.IsFinite(v))
            throw new RowError(ReasonNotNumber, name, $"'{csv.GetString(k)}' is not a number");
        if (v < min || v > max)
            throw new RowError(ReasonRange, name, $"{v.ToString(CultureInfo.InvariantCulture)} is out of range; expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        return v;
    }

    /// <summary>Index of the value among <paramref name="names"/> (case-insensitive), −1 when empty and optional.</summary>
    private static int Category(CsvReader csv, int k, string name, string[] names, string reason, bool required = false)
    {
        string v = csv.GetString(k);
        if (v.Length == 0)
        {
            if (required) throw new RowError(ReasonMissing, name, "empty; a value is required");
            return -1;
        }
        for (int i = 0; i < names.Length; i++)
            if (string.Equals(names[i], v, StringComparison.OrdinalIgnoreCase)) return i;
        throw new RowError(reason, name, $"unknown {name} '{v}'; expected one of {string.Join(", ", names)}");
    }
}
