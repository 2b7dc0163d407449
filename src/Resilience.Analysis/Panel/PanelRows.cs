using System.Globalization;
using System.Numerics;
using CsvHelper;
using Parquet;
using Parquet.Schema;
using Resilience.IO;

namespace Resilience.Analysis.Panel;

/// <summary>
/// A panel file seen as a header and rows of fields, whatever its format. <see cref="PanelReader"/> checks every
/// value against <see cref="PanelSchema"/> through this view only, so CSV and Parquet panels are validated by the
/// same code and give the same messages.
/// </summary>
internal interface IPanelRows : IDisposable
{
    /// <summary>Column names in file order.</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>Move to the next row; false at the end.</summary>
    bool Read();

    /// <summary>The current data row, counted from 1.</summary>
    long RowNumber { get; }

    /// <summary>Where the current row is, for messages: "row 3 (line 4)" or "row 3".</summary>
    string Location { get; }

    /// <summary>A problem with the row as a whole (CSV: a wrong number of fields), else null.</summary>
    string? ShapeProblem { get; }

    /// <summary>Bytes of the file read so far (progress).</summary>
    long BytesRead { get; }

    bool IsEmpty(int k);
    bool TryGetInteger(int k, out long value);
    bool TryGetNumber(int k, out double value);

    /// <summary>The value as text: a category or identifier, and the value quoted in messages.</summary>
    string GetText(int k);
}

internal static class PanelRows
{
    /// <summary>Open <paramref name="stream"/> in the format <paramref name="file"/>'s extension names.</summary>
    public static IPanelRows Open(Stream stream, string file) =>
        PanelWriter.FormatOf(file) == PanelFormat.Parquet ? new ParquetPanelRows(stream, file) : new CsvPanelRows(stream, file);
}

/// <summary>A CSV panel through CsvHelper (invariant culture, whitespace trimmed, strings pooled).</summary>
internal sealed class CsvPanelRows : IPanelRows
{
    private readonly CsvReader _csv;
    private readonly string _file;

    public CsvPanelRows(Stream stream, string file)
    {
        _file = file;
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true, PoolStrings = true, FormatProvider = CultureInfo.InvariantCulture, TrimWhitespace = true,
        };
        _csv = CsvReader.Create(stream, options, leaveOpen: true);
        try { Headers = [.. _csv.Headers]; }
        catch (CsvFormatException e) { throw new InputException($"{file}: malformed header: {e.Message}"); }
    }

    public IReadOnlyList<string> Headers { get; }

    public bool Read()
    {
        try { return _csv.Read(); }
        catch (CsvFormatException e) { throw new InputException($"{_file}: line {e.LineNumber}: malformed CSV: {e.Message}"); }
    }

    public long RowNumber => _csv.RowNumber;
    public string Location => $"row {_csv.RowNumber} (line {_csv.LineNumber})";
    public string? ShapeProblem => _csv.FieldCount == Headers.Count ? null : $"{_csv.FieldCount} fields, but the header has {Headers.Count}";
    public long BytesRead => _csv.ByteOffset;
    public bool IsEmpty(int k) => _csv.IsEmpty(k);
    public bool TryGetInteger(int k, out long value) => _csv.TryParse(k, out value);
    public bool TryGetNumber(int k, out double value) => _csv.TryParse(k, out value);
    public string GetText(int k) => _csv.GetString(k);
    public void Dispose() => _csv.Dispose();
}

/// <summary>
/// A Parquet panel through Parquet.Net, one row group in memory at a time. Columns of the panel schema are checked
/// for their type when the file is opened: integers may be stored as any integer type (or as floating point with
/// whole values, as pandas stores integers with missing values), numbers as any integer or floating-point type,
/// categories as strings, person_id as integers or strings; nulls count as empty values. Columns the schema does not
/// define are listed as ignored and never read.
/// </summary>
internal sealed class ParquetPanelRows : IPanelRows
{
    /// <summary>One column of the current row group, widened to long, double or string.</summary>
    private sealed class Column(DataField field)
    {
        public readonly DataField Field = field;
        public long[] Integers = [];
        public double[] Numbers = [];
        public ReadOnlyMemory<char>[] Texts = [];
        public bool[] Null = [];
        public Array? Scratch;
        public Kind Stored;
        public readonly Dictionary<long, string> Labels = [];
        public readonly Dictionary<string, string> Strings = new(StringComparer.Ordinal);
    }

    private enum Kind { Integer, Number, Text }

    private readonly string _file;
    private readonly Stream _stream;
    private readonly ParquetReader _reader;
    private readonly Column?[] _columns;
    private int _group = -1;
    private int _groupRows;
    private int _row = -1;
    private long _rowsBefore;

    public ParquetPanelRows(Stream stream, string file)
    {
        _file = file;
        _stream = stream;
        try
        {
            ParquetFooter.Check(stream);
            _reader = ParquetReader.CreateAsync(stream, PanelWriter.BoundedParquetOptions(), leaveStreamOpen: true).GetAwaiter().GetResult();
        }
        catch (Exception e) when (IsDecodingError(e))
        {
            throw new InputException($"{file}: not a readable Parquet file ({e.Message}); expected a panel written by `run --panel --panel-format parquet`, pandas, polars, R arrow or DuckDB");
        }
        var fields = _reader.Schema.Fields;
        Headers = [.. fields.Select(f => f.Name)];
        _columns = new Column?[fields.Count];
        for (int k = 0; k < fields.Count; k++)
        {
            if (PanelSchema.Find(fields[k].Name) is not { } column) continue;
            _columns[k] = new Column(CheckType(fields[k], column));
        }
    }

    /// <summary>What Parquet.Net throws for a damaged or foreign file varies (IOException "not a parquet file", its
    /// own and Thrift protocol exceptions, index and argument errors from a garbled length); all of them mean bad
    /// input. Cancellation, lack of memory, permissions and a failing disk (EIO) keep their own meaning.</summary>
    private static bool IsDecodingError(Exception e) =>
        e is not (OperationCanceledException or OutOfMemoryException or InputException or UnauthorizedAccessException) &&
        !(e is IOException { HResult: 5 });

    /// <summary>The field as a data field whose type can hold <paramref name="column"/>'s values, or an error naming
    /// the file, the column, the stored type and what is expected.</summary>
    private DataField CheckType(Field field, PanelColumn column)
    {
        string expected = column.Kind switch
        {
            PanelKind.Category => "strings (UTF-8), e.g. " + column.Categories[0],
            PanelKind.Identifier => "integers or strings",
            PanelKind.Integer => "integers (e.g. INT32 or INT64)",
            _ => "numbers (integer or floating point)",
        };
        string Wrong(string stored) => $"{_file}: column {field.Name}: stored as {stored}; expected {expected}";
        if (field is not DataField data || data.IsArray) throw new InputException(Wrong($"a nested {field.SchemaType.ToString().ToLowerInvariant()} column"));
        var t = data.ClrType;
        bool integer = IsInteger(t), real = IsReal(t), text = IsText(t);
        bool fits = column.Kind switch
        {
            PanelKind.Category => text,
            PanelKind.Identifier => text || integer,
            _ => integer || real,
        };
        if (!fits) throw new InputException(Wrong(TypeName(t)));
        return data;
    }

    private static bool IsInteger(Type t) =>
        t == typeof(int) || t == typeof(long) || t == typeof(short) || t == typeof(sbyte) ||
        t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort) || t == typeof(byte);

    private static bool IsReal(Type t) => t == typeof(float) || t == typeof(double);

    /// <summary>Parquet.Net describes a UTF-8 column as <see cref="ReadOnlyMemory{T}"/> of char when reading.</summary>
    private static bool IsText(Type t) => t == typeof(string) || t == typeof(ReadOnlyMemory<char>);

    private static string TypeName(Type t) =>
        IsText(t) ? "strings" : IsInteger(t) ? "integers" : IsReal(t) ? "floating-point numbers" : t == typeof(bool) ? "booleans" :
        t == typeof(byte[]) || t == typeof(ReadOnlyMemory<byte>) ? "binary (byte arrays)" :
        t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(TimeSpan) || t == typeof(TimeOnly) ? $"dates or times ({t.Name})" :
        t == typeof(decimal) ? "decimals" : t.Name;

    public IReadOnlyList<string> Headers { get; }

    public bool Read()
    {
        while (++_row >= _groupRows)
        {
            if (_group + 1 >= _reader.RowGroupCount) { _row = _groupRows; return false; }
            _rowsBefore += _groupRows;
            LoadGroup(++_group);
            _row = -1;
        }
        return true;
    }

    private void LoadGroup(int g)
    {
        var group = _reader.OpenRowGroupReader(g);
        _groupRows = checked((int)group.RowCount);
        foreach (var c in _columns)
        {
            if (c is null) continue;
            try { Load(group, c, _groupRows); }
            catch (Exception e) when (IsDecodingError(e))
            {
                throw new InputException($"{_file}: row group {g + 1}, column {c.Field.Name}: cannot be decoded ({e.Message})");
            }
        }
    }

    private static void Load(ParquetRowGroupReader group, Column c, int n)
    {
        var t = c.Field.ClrType;
        if (IsText(t))
        {
            // As character memory, not strings: a string per value would be 7 × 20 million allocations for a
            // 100,000 × 120 panel; categories are matched on the characters.
            // Parquet.Net reads a nullable column only as strings (null for a null).
            c.Stored = Kind.Text;
            if (c.Texts.Length < n) c.Texts = new ReadOnlyMemory<char>[n];
            if (!c.Field.IsNullable)
            {
                group.ReadAsync<ReadOnlyMemory<char>>(c.Field, c.Texts.AsMemory(0, n)).GetAwaiter().GetResult();
                return;
            }
            if (c.Scratch is not string?[] strings || strings.Length < n) c.Scratch = strings = new string?[n];
            group.ReadAsync(c.Field, strings.AsMemory(0, n)).GetAwaiter().GetResult();
            for (int i = 0; i < n; i++) c.Texts[i] = strings[i].AsMemory();
            return;
        }
        if (t == typeof(int)) Widen<int>(group, c, n);
        else if (t == typeof(long)) Widen<long>(group, c, n);
        else if (t == typeof(short)) Widen<short>(group, c, n);
        else if (t == typeof(sbyte)) Widen<sbyte>(group, c, n);
        else if (t == typeof(uint)) Widen<uint>(group, c, n);
        else if (t == typeof(ulong)) Widen<ulong>(group, c, n);
        else if (t == typeof(ushort)) Widen<ushort>(group, c, n);
        else if (t == typeof(byte)) Widen<byte>(group, c, n);
        else if (t == typeof(float)) Widen<float>(group, c, n);
        else Widen<double>(group, c, n);
    }

    /// <summary>Read a column of <typeparamref name="T"/> and widen it to long (integers) or double (floating point);
    /// nulls are marked in <see cref="Column.Null"/>.</summary>
    private static void Widen<T>(ParquetRowGroupReader group, Column c, int n) where T : struct, INumber<T>
    {
        bool integer = IsInteger(typeof(T));
        c.Stored = integer ? Kind.Integer : Kind.Number;
        if (c.Null.Length < n) c.Null = new bool[n];
        if (integer && c.Integers.Length < n) c.Integers = new long[n];
        if (!integer && c.Numbers.Length < n) c.Numbers = new double[n];
        if (c.Field.IsNullable)
        {
            if (c.Scratch is not T?[] values || values.Length < n) c.Scratch = values = new T?[n];
            group.ReadAsync<T>(c.Field, values.AsMemory(0, n)).GetAwaiter().GetResult();
            for (int i = 0; i < n; i++)
            {
                c.Null[i] = values[i] is null;
                T v = values[i].GetValueOrDefault();
                if (integer) c.Integers[i] = long.CreateSaturating(v); else c.Numbers[i] = double.CreateChecked(v);
            }
        }
        else
        {
            if (c.Scratch is not T[] values || values.Length < n) c.Scratch = values = new T[n];
            group.ReadAsync<T>(c.Field, values.AsMemory(0, n)).GetAwaiter().GetResult();
            Array.Clear(c.Null, 0, n);
            for (int i = 0; i < n; i++)
                if (integer) c.Integers[i] = long.CreateSaturating(values[i]); else c.Numbers[i] = double.CreateChecked(values[i]);
        }
    }

    public long RowNumber => _rowsBefore + _row + 1;
    public string Location => $"row {RowNumber.ToString(CultureInfo.InvariantCulture)}";
    public string? ShapeProblem => null;
    public long BytesRead => _stream.Position;

    private Column Col(int k) => _columns[k] ?? throw new InvalidOperationException($"column {Headers[k]} is not part of the panel schema");

    public bool IsEmpty(int k)
    {
        var c = Col(k);
        return c.Stored == Kind.Text ? c.Texts[_row].Span.IsWhiteSpace() : c.Null[_row];
    }

    public bool TryGetInteger(int k, out long value)
    {
        var c = Col(k);
        switch (c.Stored)
        {
            case Kind.Integer: value = c.Integers[_row]; return true;
            case Kind.Number:
                double v = c.Numbers[_row];
                value = (long)v;
                return double.IsFinite(v) && v == Math.Floor(v) && Math.Abs(v) < 1e18;
            default: return long.TryParse(c.Texts[_row].Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        }
    }

    public bool TryGetNumber(int k, out double value)
    {
        var c = Col(k);
        switch (c.Stored)
        {
            case Kind.Integer: value = c.Integers[_row]; return true;
            case Kind.Number: value = c.Numbers[_row]; return true;
            default: return double.TryParse(c.Texts[_row].Span, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }

    /// <summary>Each distinct value becomes a string once: person_id and the categories are asked for on every row.</summary>
    public string GetText(int k)
    {
        var c = Col(k);
        switch (c.Stored)
        {
            case Kind.Text:
                var chars = c.Texts[_row].Span.Trim();
                var strings = c.Strings.GetAlternateLookup<ReadOnlySpan<char>>();
                if (!strings.TryGetValue(chars, out var text)) strings[chars] = text = chars.ToString();
                return text;
            case Kind.Number: return c.Numbers[_row].ToString(CultureInfo.InvariantCulture);
            default:
                long v = c.Integers[_row];
                if (!c.Labels.TryGetValue(v, out var label)) c.Labels[v] = label = v.ToString(CultureInfo.InvariantCulture);
                return label;
        }
    }

    public void Dispose() => _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
}

/// <summary>
/// Checks that a Parquet file's footer (its Thrift-encoded metadata) is well formed before Parquet.Net decodes it:
/// Parquet.Net 6.1 reads past the end of a garbled footer without stopping (a list length of two billion items of
/// nothing), so a damaged file would hang instead of being refused. This walks the footer's compact-protocol
/// structure within its stated length and throws <see cref="InvalidDataException"/> at the first thing that does not fit.
/// </summary>
internal static class ParquetFooter
{
    private const int MaxDepth = 64;

    public static void Check(Stream stream)
    {
        long length = stream.Length;
        if (length < 12) throw new InvalidDataException("not a Parquet file (size too small)");
        Span<byte> tail = stackalloc byte[8];
        stream.Seek(-8, SeekOrigin.End);
        stream.ReadExactly(tail);
        if (!tail[4..].SequenceEqual("PAR1"u8)) return; // Parquet.Net refuses it by its magic number
        int size = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (size <= 0 || size > length - 12) throw new InvalidDataException($"footer length {size} does not fit a file of {length} bytes");
        var footer = new byte[size];
        stream.Seek(-8 - size, SeekOrigin.End);
        stream.ReadExactly(footer);
        stream.Seek(0, SeekOrigin.Begin);
        int at = 0;
        Struct(footer, ref at, 0);
    }

    private static void Struct(ReadOnlySpan<byte> b, ref int at, int depth)
    {
        if (depth > MaxDepth) throw Bad("nested too deeply");
        while (true)
        {
            byte header = Byte(b, ref at);
            int type = header & 0x0F;
            if (type == 0) return; // STOP
            if ((header >> 4) == 0) VarInt(b, ref at); // field id in full
            Value(b, ref at, type, depth);
        }
    }

    private static void Value(ReadOnlySpan<byte> b, ref int at, int type, int depth)
    {
        switch (type)
        {
            case 1: case 2: break; // boolean held in the field header
            case 3: Byte(b, ref at); break;
            case 4: case 5: case 6: VarInt(b, ref at); break;
            case 7: Skip(b, ref at, 8); break;
            case 8: Skip(b, ref at, Size(b, ref at)); break;
            case 9: case 10:
                byte list = Byte(b, ref at);
                int count = list >> 4 == 15 ? Size(b, ref at) : list >> 4;
                int element = list & 0x0F;
                if (count > b.Length - at) throw Bad("list longer than the footer"); // every element takes a byte at least
                for (int i = 0; i < count; i++)
                    if (element is 1 or 2) Byte(b, ref at); else Value(b, ref at, element, depth + 1);
                break;
            case 11:
                int pairs = Size(b, ref at);
                if (pairs == 0) break;
                if (pairs > b.Length - at) throw Bad("map longer than the footer");
                byte kinds = Byte(b, ref at);
                for (int i = 0; i < pairs; i++)
                {
                    Value(b, ref at, kinds >> 4, depth + 1);
                    Value(b, ref at, kinds & 0x0F, depth + 1);
                }
                break;
            case 12: Struct(b, ref at, depth + 1); break;
            default: throw Bad($"unknown field type {type}");
        }
    }

    private static byte Byte(ReadOnlySpan<byte> b, ref int at) => at < b.Length ? b[at++] : throw Bad("ends early");

    private static void Skip(ReadOnlySpan<byte> b, ref int at, int n)
    {
        if (n > b.Length - at) throw Bad("ends early");
        at += n;
    }

    private static ulong VarInt(ReadOnlySpan<byte> b, ref int at)
    {
        ulong v = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte x = Byte(b, ref at);
            v |= (ulong)(x & 0x7F) << shift;
            if ((x & 0x80) == 0) return v;
        }
        throw Bad("malformed number");
    }

    private static int Size(ReadOnlySpan<byte> b, ref int at)
    {
        ulong n = VarInt(b, ref at);
        return n <= int.MaxValue ? (int)n : throw Bad("malformed length");
    }

    private static InvalidDataException Bad(string what) => new($"its footer (metadata) is damaged: {what}");
}
