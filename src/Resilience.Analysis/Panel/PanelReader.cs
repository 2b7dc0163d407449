using System.Globalization;
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
/// Streams a person-month panel (MODEL.md §6; the columns of <see cref="PanelSchema"/>), CSV or Parquet by the file's
/// extension, into <see cref="PanelMoments"/>, validating every row: required <c>person_id, month, status</c>; optional
/// <c>replication, hours, resilience, debt_status, ladder_rung, spell_months, age, sex, household, origin,
/// education, coach_id, coach_trust, sanctioned</c> (an empty or null optional value counts as unknown). Each error
/// names the file, the data row (and its line in a CSV file) and the column. A person's rows must come in increasing
/// month order without duplicates or gaps. In lenient mode bad rows are skipped and counted by reason, and a gap
/// restarts the person's history instead of failing.
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

    private static readonly PanelColumn[] Required = [.. PanelSchema.Columns.Where(c => c.Required)];

    private static readonly (PanelColumn Column, PanelColumns Flag)[] MomentColumns =
    [
        (PanelSchema.Hours, PanelColumns.Hours), (PanelSchema.Resilience, PanelColumns.Resilience), (PanelSchema.DebtStatus, PanelColumns.DebtStatus),
        (PanelSchema.LadderRung, PanelColumns.LadderRung), (PanelSchema.SpellMonths, PanelColumns.SpellMonths),
    ];

    /// <summary>Validated though no moment uses them yet: a wrong value here usually means a shifted or mislabelled
    /// column.</summary>
    private static readonly PanelColumn[] CheckedOnly =
    [
        PanelSchema.Age, PanelSchema.Sex, PanelSchema.Household, PanelSchema.Origin, PanelSchema.Education,
        PanelSchema.CoachId, PanelSchema.CoachTrust, PanelSchema.Sanctioned,
    ];

    public static IEnumerable<string> OptionalColumnNames(PanelColumns columns) =>
        MomentColumns.Where(c => (columns & c.Flag) != 0).Select(c => c.Column.Name);

    private sealed class RowError(string reason, string column, string message) : Exception(message)
    {
        public string Reason { get; } = reason;
        public string Column { get; } = column;
    }

    /// <summary>Read <paramref name="path"/> (Parquet if it ends in <c>.parquet</c>, else CSV) and compute its
    /// moments. <paramref name="progress"/> gets the bytes read so far (about every 64k rows).</summary>
    public static (MomentSet Moments, PanelReadReport Report) Read(string path, bool lenient, CancellationToken cancel = default,
        Action<long>? progress = null)
    {
        InputFiles.CheckRegular(path, "panel file");
        using var stream = File.OpenRead(path);
        return Read(stream, path, lenient, cancel, progress);
    }

    /// <summary>Read a panel from <paramref name="stream"/> (seekable for Parquet); <paramref name="file"/> names it in
    /// messages and its extension chooses the format.</summary>
    public static (MomentSet Moments, PanelReadReport Report) Read(System.IO.Stream stream, string file, bool lenient, CancellationToken cancel = default,
        Action<long>? progress = null)
    {
        using var rows = PanelRows.Open(stream, file);
        var headers = rows.Headers;
        string part = PanelWriter.FormatOf(file) == PanelFormat.Parquet ? "schema" : "header";
        if (headers.Count == 0 || headers.All(string.IsNullOrWhiteSpace)) throw new InputException($"{file}: empty file; expected a {part} with person_id, month, status");

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < headers.Count; k++)
        {
            string h = headers[k].Trim();
            if (index.ContainsKey(h)) throw new InputException($"{file}: {part}: column '{h}' appears twice");
            index[h] = k;
        }
        var missing = Required.Where(r => !index.ContainsKey(r.Name)).Select(r => r.Name).ToList();
        if (missing.Count > 0)
            throw new InputException($"{file}: {part}: missing required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; " +
                                     $"found {string.Join(", ", headers.Select(h => $"'{h}'"))} (a panel needs person_id, month, status; see README)");
        var columns = PanelColumns.None;
        foreach (var (column, flag) in MomentColumns) if (index.ContainsKey(column.Name)) columns |= flag;
        var ignored = headers.Where(h => PanelSchema.Find(h) is null).ToList();
        int[] at = [.. PanelSchema.Columns.Select(c => index.TryGetValue(c.Name, out int k) ? k : -1)];

        var moments = new PanelMoments(columns);
        var people = new Dictionary<(int, string), int>();
        var firstMonth = new List<int>();
        var lastMonth = new List<int>();
        var lastRow = new List<long>();
        var skipped = new Dictionary<string, long>();
        var examples = new Dictionary<string, IReadOnlyList<string>>();
        long count = 0, accepted = 0, restarted = 0;

        void Skip(string reason, string message)
        {
            skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
            if (!examples.TryGetValue(reason, out var list)) examples[reason] = list = new List<string>();
            if (list.Count < 3) ((List<string>)list).Add(message);
        }

        while (rows.Read())
        {
            count++;
            if ((count & 0xFFFF) == 0)
            {
                cancel.ThrowIfCancellationRequested();
                progress?.Invoke(rows.BytesRead);
            }
            string Where() => $"{file}: {rows.Location}";
            try
            {
                if (rows.ShapeProblem is { } shape) throw new RowError(ReasonFields, "", shape);
                var record = ParseRow(rows, at, out int replication, out string id);
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
                string who = at[PanelSchema.Replication.Index] >= 0 ? $"person {id} (replication {replication})" : $"person {id}";
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
                lastRow[person] = rows.RowNumber;
                accepted++;
            }
            catch (RowError e)
            {
                string message = $"{Where()}{(e.Column.Length > 0 ? $", column {e.Column}" : "")}: {e.Message}";
                if (!lenient) throw new InputException(message + " (use --lenient to skip bad rows)");
                Skip(e.Reason, message);
            }
        }
        progress?.Invoke(rows.BytesRead);
        if (count == 0) throw new InputException($"{file}: no data rows after the {part}");
        if (accepted == 0) throw new InputException($"{file}: none of the {count:N0} rows is valid; first problems: {string.Join("; ", examples.Values.SelectMany(v => v).Take(3))}");
        var report = new PanelReadReport(file, count, accepted, people.Count, columns, ignored,
            skipped.Where(x => x.Key != ReasonGap).Concat(skipped.Where(x => x.Key == ReasonGap)).ToDictionary(), examples, restarted);
        return (moments.Result(), report);
    }

    private static PanelRecord ParseRow(IPanelRows rows, int[] at, out int replication, out string id)
    {
        int person = at[PanelSchema.PersonId.Index];
        if (rows.IsEmpty(person)) throw new RowError(ReasonMissing, PanelSchema.PersonId.Name, "empty; every row needs a person_id");
        id = rows.GetText(person);
        int month = (int)Value(rows, at, PanelSchema.Month)!.Value;
        var status = (Status)(int)Value(rows, at, PanelSchema.Status)!.Value;
        replication = (int)(Value(rows, at, PanelSchema.Replication) ?? 0);
        var record = new PanelRecord
        {
            Month = month,
            Status = status,
            Hours = (float)(Value(rows, at, PanelSchema.Hours) ?? double.NaN),
            Resilience = (sbyte)(Value(rows, at, PanelSchema.Resilience) ?? -1),
            Debt = (sbyte)(Value(rows, at, PanelSchema.DebtStatus) ?? -1),
            Ladder = (sbyte)(Value(rows, at, PanelSchema.LadderRung) ?? -1),
            Spell = (int)(Value(rows, at, PanelSchema.SpellMonths) ?? -1),
        };
        foreach (var c in CheckedOnly) Value(rows, at, c);
        return record;
    }

    /// <summary>The value of <paramref name="c"/> in the current row, checked against its kind and range: the number,
    /// or a category's index in <see cref="PanelColumn.Categories"/>; null when the file lacks the column or the value
    /// is empty (an error for a required column).</summary>
    private static double? Value(IPanelRows rows, int[] at, PanelColumn c)
    {
        int k = at[c.Index];
        if (k < 0) return null;
        if (rows.IsEmpty(k)) return c.Required ? throw new RowError(ReasonMissing, c.Name, "empty; a value is required") : null;
        switch (c.Kind)
        {
            case PanelKind.Category:
                string v = rows.GetText(k);
                for (int i = 0; i < c.Categories.Length; i++)
                    if (string.Equals(c.Categories[i], v, StringComparison.OrdinalIgnoreCase)) return i;
                throw new RowError(c == PanelSchema.Status ? ReasonStatus : ReasonCategory, c.Name, $"unknown {c.Name} '{v}'; expected {c.Allowed}");
            case PanelKind.Integer:
                if (!rows.TryGetInteger(k, out long n))
                    throw new RowError(ReasonNotInteger, c.Name, $"'{rows.GetText(k)}' is not an integer");
                if (n < c.Min || n > c.Max) throw new RowError(ReasonRange, c.Name, $"{n} is out of range; expected {c.Allowed}");
                return n;
            case PanelKind.Number:
                if (!rows.TryGetNumber(k, out double x) || !double.IsFinite(x))
                    throw new RowError(ReasonNotNumber, c.Name, $"'{rows.GetText(k)}' is not a number");
                if (x < c.Min || x > c.Max)
                    throw new RowError(ReasonRange, c.Name, $"{x.ToString(CultureInfo.InvariantCulture)} is out of range; expected {c.Allowed}");
                return x;
            default:
                return 0; // an identifier: any non-empty label
        }
    }
}
