using System.Globalization;
using Parquet;
using Parquet.Schema;
using Resilience.Analysis.Panel;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;
using AnalysisCli = Resilience.Cli.AnalysisCommands;
using CliApp = Resilience.Cli.Cli;

namespace Resilience.Tests;

/// <summary>Two runs of the same scenario and seed, one writing panel.csv and one panel.parquet (issue 14 point 5).</summary>
public sealed class TwoPanelRuns : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("parquet-panel-").FullName;
    public string Csv => Path.Combine(Dir, "csv", "panel.csv");
    public string Parquet => Path.Combine(Dir, "parquet", "panel.parquet");

    public TwoPanelRuns()
    {
        string scenario = Path.Combine(TestSupport.RepoRoot, "scenarios", "baseline.json");
        var output = Console.Out;
        Console.SetOut(TextWriter.Null);
        try
        {
            foreach (var (folder, format) in new[] { ("csv", (string?)null), ("parquet", "parquet") })
            {
                int code = CliApp.Guard(() => CliApp.RunCommandBody(scenario, 1500, 30, 7, 2, 2, Path.Combine(Dir, folder), panel: true,
                    force: false, CancellationToken.None, format));
                if (code != 0) throw new InvalidOperationException($"run --panel-format {format ?? "csv"} failed with exit code {code}");
            }
        }
        finally { Console.SetOut(output); }
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

/// <summary>
/// Panels in Parquet: panel.parquet holds every column and value of the CSV panel of the same run, with categories
/// dictionary-encoded and whole months per row group; <c>moments</c> gives byte-identical output from both; Parquet
/// files from other tools (other integer widths, nulls) are read like the same CSV; bad Parquet files are refused with
/// exit code 2 and a message naming the file and the column. (Text-only bad cases are in BadInput/cli-cases.json.)
/// </summary>
[Collection(ConsoleCollection.Name)]
[Trait("Tier", "Fast")]
public sealed class ParquetPanelTests(TwoPanelRuns runs) : IClassFixture<TwoPanelRuns>
{
    // ───────────────────────────── Written by run --panel ─────────────────────────────

    [Fact]
    public async Task ParquetPanelHoldsEveryColumnAndValueOfTheCsvPanel()
    {
        var lines = File.ReadAllLines(runs.Csv);
        var header = lines[0].Split(',');
        var (fields, columns) = await ReadAll(runs.Parquet);
        Assert.Equal(header, fields.Select(f => f.Name));
        Assert.Equal(PanelSchema.Columns.Select(c => c.Name), header);
        Assert.True(lines.Length > 50_000, $"{lines.Length} lines: the run should give a panel of some size");
        Assert.All(columns, c => Assert.Equal(lines.Length - 1, c.Length));

        for (int row = 1; row < lines.Length; row++)
        {
            var cells = lines[row].Split(',');
            Assert.Equal(header.Length, cells.Length);
            for (int k = 0; k < cells.Length; k++)
            {
                object value = columns[k].GetValue(row - 1)!;
                bool same = value switch
                {
                    int i => int.Parse(cells[k], CultureInfo.InvariantCulture) == i,
                    double d => double.Parse(cells[k], CultureInfo.InvariantCulture) == d,
                    string s => s == cells[k],
                    _ => false,
                };
                if (!same) Assert.Fail($"row {row}, column {header[k]}: CSV '{cells[k]}', Parquet {value} ({value.GetType().Name})");
            }
        }
    }

    [Fact]
    public async Task ParquetColumnsAreTypedAndCategoriesDictionaryEncoded()
    {
        using var stream = File.OpenRead(runs.Parquet);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(Enumerable.Range(0, PanelSchema.Count), PanelSchema.Columns.Select(c => c.Index)); // Row() fills by Index
        foreach (var c in PanelSchema.Columns)
        {
            var f = fields.Single(x => x.Name == c.Name);
            Assert.False(f.IsNullable, $"{c.Name} is nullable");
            var expected = c.Kind switch
            {
                PanelKind.Category => typeof(ReadOnlyMemory<char>), // how Parquet.Net reports a UTF-8 column
                PanelKind.Number => typeof(double),
                _ => typeof(int),
            };
            Assert.Equal(expected, f.ClrType);
            var encodings = reader.OpenRowGroupReader(0).GetMetadata(f)!.MetaData!.Encodings;
            bool dictionary = encodings.Contains(Parquet.Meta.Encoding.RLE_DICTIONARY) || encodings.Contains(Parquet.Meta.Encoding.PLAIN_DICTIONARY);
            if (c.Kind == PanelKind.Category) Assert.True(dictionary, $"{c.Name}: encodings {string.Join(", ", encodings)}");
        }
        Assert.True(new FileInfo(runs.Parquet).Length * 3 < new FileInfo(runs.Csv).Length, "the Parquet panel should be several times smaller");
    }

    [Fact]
    public void MomentsAreIdenticalFromTheCsvAndTheParquetPanel()
    {
        string csvMoments = Path.Combine(runs.Dir, "moments-csv.csv"), parquetMoments = Path.Combine(runs.Dir, "moments-parquet.csv");
        var output = Console.Out;
        var printed = new StringWriter();
        Console.SetOut(printed);
        try
        {
            Assert.Equal(0, CliApp.Guard(() => AnalysisCli.Moments(runs.Csv, csvMoments, false, true, CancellationToken.None)));
            Assert.Equal(0, CliApp.Guard(() => AnalysisCli.Moments(runs.Parquet, parquetMoments, false, true, CancellationToken.None)));
        }
        finally { Console.SetOut(output); }
        var a = File.ReadAllBytes(csvMoments);
        Assert.True(a.Length > 10_000, $"{a.Length} bytes of moments");
        Assert.Equal(a, File.ReadAllBytes(parquetMoments));
        // Both reports count the same rows and people, and both list the moment columns as used.
        var (_, csvReport) = PanelReader.Read(runs.Csv, lenient: false);
        var (_, parquetReport) = PanelReader.Read(runs.Parquet, lenient: false);
        Assert.Equal(csvReport.Lines().Skip(1), parquetReport.Lines().Skip(1));
        Assert.Equal((csvReport.Rows, csvReport.People), (parquetReport.Rows, parquetReport.People));
    }

    [Fact]
    public async Task RowGroupsHoldWholeMonthsAndReadBackToTheMomentsOfTheRun()
    {
        var spec = new RunSpec(new Parameters(), 800, 24, 5, []) { Threads = 1 };
        string path = Path.Combine(runs.Dir, "groups.parquet");
        var direct = new PanelMoments(PanelColumns.All);
        using (var writer = new ParquetPanelWriter(path, rowGroupRows: 5_000))
            RunResult.Run(spec, 0, default, sim => { writer.WriteMonth(sim); SimulatedPanel.AddMonth(sim, direct); });

        var (_, columns, groups) = await ReadAllAsync(path);
        int month = PanelSchema.Month.Index;
        Assert.True(groups.Count > 3, $"{groups.Count} row groups");
        for (int g = 0; g < groups.Count; g++)
        {
            var (start, count) = groups[g];
            if (g < groups.Count - 1) Assert.True(count >= 5_000, $"row group {g}: {count} rows");
            if (g > 0) Assert.True((int)columns[month].GetValue(start - 1)! < (int)columns[month].GetValue(start)!, $"row group {g} starts within a month");
        }
        var (read, report) = PanelReader.Read(path, lenient: false);
        Assert.Equal(0, report.Skipped);
        var expected = direct.Result();
        Assert.Equal(expected.Keys, read.Keys);
        foreach (var k in expected.Keys) Assert.Equal(expected[k], read[k]);
    }

    // ───────────────────────────── Written by other tools ─────────────────────────────

    private const string SmallCsv =
        "person_id,month,status,hours,ladder_rung,spell_months\n" +
        "10,0,OnBenefit,0,2,40\n10,1,OnBenefit,0,2,41\n10,2,ExitedToWork,20,,\n" +
        "11,0,OnBenefit,,3,20\n11,1,PartTimeWithTopUp,12,3,21\n";

    [Fact]
    public async Task ParquetWithOtherTypesAndNullsIsReadLikeTheSameCsv()
    {
        // As pandas or polars may store it: 64-bit integers, nullable columns, a float column for an integer with gaps.
        string path = Path.Combine(runs.Dir, "other-tool.parquet");
        await Write(path,
            (new DataField<long>("person_id"), new long[] { 10, 10, 10, 11, 11 }),
            (new DataField<long>("month"), new long[] { 0, 1, 2, 0, 1 }),
            (new DataField<string>("status", nullable: true), new[] { "OnBenefit", "onbenefit", "ExitedToWork", "OnBenefit", "PartTimeWithTopUp" }),
            (new DataField<float>("hours", nullable: true), new float?[] { 0, 0, 20, null, 12 }),
            (new DataField<double>("ladder_rung", nullable: true), new double?[] { 2, 2, null, 3, 3 }),
            (new DataField<short>("spell_months", nullable: true), new short?[] { 40, 41, null, 20, 21 }),
            (new DataField<string>("note", nullable: true), new[] { "a", null, "c", "d", "e" }));
        var (fromParquet, report) = PanelReader.Read(path, lenient: false);
        var (fromCsv, _) = PanelReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SmallCsv)), "small.csv", lenient: false);
        Assert.Equal(["note"], report.IgnoredColumns);
        Assert.Equal(fromCsv.Keys, fromParquet.Keys);
        foreach (var k in fromCsv.Keys) Assert.Equal(fromCsv[k], fromParquet[k]);
    }

    // ───────────────────────────── Bad Parquet files ─────────────────────────────

    public static TheoryData<string, string[]> BadFiles() => new()
    {
        { "missing-status", ["schema: missing required column status", "found 'person_id', 'month', 'hours'"] },
        { "month-as-text", ["column month: stored as strings; expected integers"] },
        { "status-as-integers", ["column status: stored as integers; expected strings (UTF-8), e.g. Waiting"] },
        { "hours-as-booleans", ["column hours: stored as booleans; expected numbers"] },
        { "unknown-status", ["row 2, column status: unknown status 'Working'; expected one of Waiting, OnBenefit"] },
        { "null-month", ["row 3, column month: empty; a value is required"] },
        { "fractional-month", ["row 2, column month: '1.5' is not an integer"] },
        { "ladder-out-of-range", ["row 1, column ladder_rung: 9 is out of range; expected an integer from 1 to 6"] },
        { "no-rows", ["no data rows after the schema"] },
    };

    private static async Task WriteBad(string name, string path)
    {
        var id = (new DataField<int>("person_id"), new[] { 1, 1, 1 });
        var month = (new DataField<int>("month"), new[] { 0, 1, 2 });
        var status = (new DataField<string>("status"), new[] { "OnBenefit", "OnBenefit", "ExitedToWork" });
        switch (name)
        {
            case "missing-status": await Write(path, id, month, (new DataField<double>("hours"), new[] { 0.0, 0, 0 })); break;
            case "month-as-text": await Write(path, id, (new DataField<string>("month"), new[] { "0", "1", "2" }), status); break;
            case "status-as-integers": await Write(path, id, month, (new DataField<int>("status"), new[] { 1, 1, 3 })); break;
            case "hours-as-booleans": await Write(path, id, month, status, (new DataField<bool>("hours"), new[] { true, false, true })); break;
            case "unknown-status": await Write(path, id, month, (new DataField<string>("status"), new[] { "OnBenefit", "Working", "OnBenefit" })); break;
            case "null-month": await Write(path, id, (new DataField<int>("month", nullable: true), new int?[] { 0, 1, null }), status); break;
            case "fractional-month": await Write(path, id, (new DataField<double>("month"), new[] { 0, 1.5, 2 }), status); break;
            case "ladder-out-of-range": await Write(path, id, month, status, (new DataField<int>("ladder_rung"), new[] { 9, 1, 1 })); break;
            case "no-rows": await Write(path, (new DataField<int>("person_id"), Array.Empty<int>()), (new DataField<int>("month"), Array.Empty<int>()), (new DataField<string>("status"), Array.Empty<string>())); break;
            default: throw new ArgumentException(name);
        }
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadParquetPanelIsRefusedWithExitCode2NamingFileAndColumn(string name, string[] expected)
    {
        string path = Path.Combine(runs.Dir, name + ".parquet");
        await WriteBad(name, path);
        foreach (var command in new[] { "moments", "calibrate" })
        {
            string outDir = Path.Combine(runs.Dir, $"out-{name}-{command}");
            string[] args = command == "moments"
                ? ["moments", path]
                : ["calibrate", Path.Combine(TestSupport.RepoRoot, "scenarios", "baseline.json"), "--panel", path, "--free", "work.offerRate", "--out", outDir];
            var (code, stderr) = Execute(args);
            Assert.True(code == CliApp.ExitInputError, $"{command}: exit code {code}; stderr: {stderr}");
            Assert.StartsWith($"error: {path}: ", stderr);
            foreach (var e in expected) Assert.Contains(e, stderr);
            Assert.False(Directory.Exists(outDir), $"{command} left {outDir}");
        }
    }

    [Fact]
    public async Task LenientModeSkipsBadParquetRowsAndCountsThem()
    {
        string path = Path.Combine(runs.Dir, "lenient.parquet");
        await WriteBad("unknown-status", path);
        var (_, report) = PanelReader.Read(path, lenient: true);
        Assert.Equal((3L, 2L), (report.Rows, report.Accepted));
        Assert.Contains(report.Lines(), l => l.Contains("row 2, column status: unknown status 'Working'"));
    }

    // ───────────────────────────── Helpers ─────────────────────────────

    private static (int Code, string Stderr) Execute(string[] args)
    {
        var error = Console.Error;
        var output = Console.Out;
        var err = new StringWriter();
        Console.SetError(err);
        Console.SetOut(TextWriter.Null);
        try { return (CliApp.Execute(args), err.ToString()); }
        finally
        {
            Console.SetError(error);
            Console.SetOut(output);
        }
    }

    /// <summary>Write one row group with these columns (arrays of the field's type; nullable types for nullable fields).</summary>
    private static async Task Write(string path, params (DataField Field, Array Values)[] columns)
    {
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field)), stream);
        using var group = writer.CreateRowGroup();
        foreach (var (field, values) in columns)
            switch (values)
            {
                case string?[] s: await group.WriteAsync(field, s!, null); break;
                case int[] a: await group.WriteAsync<int>(field, a.AsMemory()); break;
                case int?[] a: await group.WriteAsync<int>(field, a.AsMemory()); break;
                case long[] a: await group.WriteAsync<long>(field, a.AsMemory()); break;
                case short?[] a: await group.WriteAsync<short>(field, a.AsMemory()); break;
                case float?[] a: await group.WriteAsync<float>(field, a.AsMemory()); break;
                case double[] a: await group.WriteAsync<double>(field, a.AsMemory()); break;
                case double?[] a: await group.WriteAsync<double>(field, a.AsMemory()); break;
                case bool[] a: await group.WriteAsync<bool>(field, a.AsMemory()); break;
                default: throw new ArgumentException($"no writer for {values.GetType().Name}");
            }
        group.CompleteValidate();
    }

    /// <summary>Every column of a Parquet file read with Parquet.Net alone (not the panel reader), row groups
    /// concatenated: int[], double[] or string[].</summary>
    private static async Task<(DataField[] Fields, Array[] Columns)> ReadAll(string path)
    {
        var (fields, columns, _) = await ReadAllAsync(path);
        return (fields, columns);
    }

    private static async Task<(DataField[] Fields, Array[] Columns, List<(int Start, int Count)> Groups)> ReadAllAsync(string path)
    {
        using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream);
        var fields = reader.Schema.GetDataFields();
        var parts = fields.Select(_ => new List<Array>()).ToArray();
        var groups = new List<(int, int)>();
        int start = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            var group = reader.OpenRowGroupReader(g);
            int n = (int)group.RowCount;
            groups.Add((start, n));
            start += n;
            for (int k = 0; k < fields.Length; k++)
            {
                if (fields[k].ClrType == typeof(int)) { var a = new int[n]; await group.ReadAsync<int>(fields[k], a.AsMemory()); parts[k].Add(a); }
                else if (fields[k].ClrType == typeof(double)) { var a = new double[n]; await group.ReadAsync<double>(fields[k], a.AsMemory()); parts[k].Add(a); }
                else { var a = new string?[n]; await group.ReadAsync(fields[k], a.AsMemory()); parts[k].Add(a); }
            }
        }
        var columns = parts.Select(p =>
        {
            var all = Array.CreateInstance(p[0].GetType().GetElementType()!, p.Sum(a => a.Length));
            int at = 0;
            foreach (var a in p) { Array.Copy(a, 0, all, at, a.Length); at += a.Length; }
            return all;
        }).ToArray();
        return (fields, columns, groups);
    }
}
