using System.Text;
using Parquet;
using Parquet.Schema;
using Resilience.Engine;

namespace Resilience.IO;

/// <summary>The file formats of the person-month panel.</summary>
public enum PanelFormat { Csv, Parquet }

/// <summary>
/// Streams the person-month panel (MODEL.md §6; columns in <see cref="PanelSchema"/>) while a run proceeds, one call
/// per month. Both formats take every row from <see cref="PanelSchema.Row"/>, so they hold the same values.
/// </summary>
public abstract class PanelWriter : IDisposable
{
    /// <summary>The panel's file name in a run's output folder.</summary>
    public static string FileName(PanelFormat format) => format == PanelFormat.Parquet ? "panel.parquet" : "panel.csv";

    /// <summary>Parquet for a <c>.parquet</c> path, else CSV.</summary>
    public static PanelFormat FormatOf(string path) =>
        Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? PanelFormat.Parquet : PanelFormat.Csv;

    /// <summary>A writer for <paramref name="path"/> in the format its extension names.</summary>
    public static PanelWriter Create(string path) =>
        FormatOf(path) == PanelFormat.Parquet ? new ParquetPanelWriter(path) : new CsvPanelWriter(path);

    /// <summary>Parquet.Net options that let its stream pool give memory back: by default the pool keeps every buffer it
    /// ever used, which held ~0.7 GB after a 20-million-row panel (Snappy, the default codec every reader has).</summary>
    public static ParquetOptions BoundedParquetOptions() => new()
    {
        CompressionMethod = CompressionMethod.Snappy,
        MaximumSmallPoolFreeBytes = 16 << 20,
        MaximumLargePoolFreeBytes = 64 << 20,
    };

    /// <summary>One row per client who has entered, at the simulation's current month.</summary>
    public void WriteMonth(Simulation sim)
    {
        Span<double> row = stackalloc double[PanelSchema.Count];
        var s = sim.State;
        for (int i = 0; i < s.Count; i++)
        {
            if (!PanelSchema.HasRow(s[i])) continue;
            PanelSchema.Row(sim, i, row);
            WriteRow(row);
        }
        EndMonth();
    }

    protected abstract void WriteRow(ReadOnlySpan<double> row);

    protected virtual void EndMonth() { }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

/// <summary><c>panel.csv</c>: a header and one line per row; no value needs quoting.</summary>
public sealed class CsvPanelWriter : PanelWriter
{
    private readonly StreamWriter _writer;
    private readonly char[] _line = new char[1024];

    public CsvPanelWriter(string path)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', PanelSchema.Columns.Select(c => c.Name)));
    }

    protected override void WriteRow(ReadOnlySpan<double> row)
    {
        var line = _line.AsSpan();
        int n = 0;
        for (int k = 0; k < row.Length; k++)
        {
            if (k > 0) line[n++] = ',';
            if (!PanelSchema.TryFormat(PanelSchema.Columns[k], row[k], line[n..], out int written))
                throw new InvalidOperationException($"panel: value of {PanelSchema.Columns[k].Name} too long for the line buffer");
            n += written;
        }
        line[n++] = '\n';
        _writer.Write(line[..n]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _writer.Dispose();
    }
}

/// <summary>
/// <c>panel.parquet</c> (Parquet.Net): integers as INT32, numbers as DOUBLE, categories as dictionary-encoded UTF-8
/// strings, Snappy-compressed, no nulls. Rows are buffered per column and written as a row group of whole months once
/// at least <see cref="RowGroupRows"/> are buffered, so memory stays bounded whatever the run's size, and a reader that
/// filters on month skips whole row groups by their statistics.
/// </summary>
public sealed class ParquetPanelWriter : PanelWriter
{
    /// <summary>Rows per row group (at least; a group ends at a month's end). Near polars' and DuckDB's defaults:
    /// large enough to compress well, small enough that a 100,000-client run buffers ~40 MB.</summary>
    public const int RowGroupRows = 1 << 18;

    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly DataField[] _fields;
    private readonly int _rowGroupRows;
    private readonly int[]?[] _ints;
    private readonly double[]?[] _numbers;
    private readonly string[]?[] _texts;
    private int _rows;

    public ParquetPanelWriter(string path, int rowGroupRows = RowGroupRows)
    {
        _rowGroupRows = rowGroupRows;
        _fields = [.. PanelSchema.Columns.Select(c => c.Kind switch
        {
            PanelKind.Category => (DataField)new DataField<string>(c.Name, nullable: false),
            PanelKind.Number => new DataField<double>(c.Name, nullable: false),
            _ => new DataField<int>(c.Name, nullable: false),
        })];
        int count = PanelSchema.Count, capacity = Math.Min(rowGroupRows, 1 << 16);
        _ints = new int[]?[count];
        _numbers = new double[]?[count];
        _texts = new string[]?[count];
        foreach (var c in PanelSchema.Columns)
            switch (c.Kind)
            {
                case PanelKind.Category: _texts[c.Index] = new string[capacity]; break;
                case PanelKind.Number: _numbers[c.Index] = new double[capacity]; break;
                default: _ints[c.Index] = new int[capacity]; break;
            }
        var options = BoundedParquetOptions();
        foreach (var c in PanelSchema.Columns)
            if (c.Kind == PanelKind.Category) options.ColumnEncodingHints[c.Name] = EncodingHint.Dictionary;
        _stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 20);
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), _stream, options).GetAwaiter().GetResult();
    }

    protected override void WriteRow(ReadOnlySpan<double> row)
    {
        if (_rows == (_ints[PanelSchema.Month.Index]!).Length) Grow();
        for (int k = 0; k < row.Length; k++)
        {
            if (_texts[k] is { } text) text[_rows] = PanelSchema.Columns[k].Categories[(int)row[k]];
            else if (_numbers[k] is { } number) number[_rows] = row[k];
            else _ints[k]![_rows] = (int)row[k];
        }
        _rows++;
    }

    private void Grow()
    {
        int size = _rows * 2;
        for (int k = 0; k < PanelSchema.Count; k++)
        {
            // Array.Resize would turn a null (a column of another kind) into an array.
            if (_ints[k] is not null) Array.Resize(ref _ints[k], size);
            if (_numbers[k] is not null) Array.Resize(ref _numbers[k], size);
            if (_texts[k] is not null) Array.Resize(ref _texts[k], size);
        }
    }

    protected override void EndMonth()
    {
        if (_rows >= _rowGroupRows) Flush();
    }

    private void Flush()
    {
        if (_rows == 0) return;
        using (var group = _writer.CreateRowGroup())
        {
            for (int k = 0; k < _fields.Length; k++)
            {
                if (_texts[k] is { } text) group.WriteAsync(_fields[k], new ArraySegment<string>(text, 0, _rows), null).GetAwaiter().GetResult();
                else if (_numbers[k] is { } number) group.WriteAsync<double>(_fields[k], number.AsMemory(0, _rows)).GetAwaiter().GetResult();
                else group.WriteAsync<int>(_fields[k], _ints[k].AsMemory(0, _rows)).GetAwaiter().GetResult();
            }
            group.CompleteValidate();
        }
        _rows = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        try { Flush(); }
        finally
        {
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _stream.Dispose();
        }
    }
}
