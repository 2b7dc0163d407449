using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using MathNet.Numerics.Distributions;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.IO;

/// <summary>Mean and 95% Student-t interval over replications.</summary>
public readonly record struct Interval(double Mean, double Low, double High, double Sd, int N)
{
    public static Interval Of(IReadOnlyList<double> values)
    {
        int n = values.Count;
        double mean = 0;
        foreach (var v in values) mean += v;
        mean /= Math.Max(1, n);
        if (n < 2) return new Interval(mean, mean, mean, 0, n);
        double ss = 0;
        foreach (var v in values) ss += (v - mean) * (v - mean);
        double sd = Math.Sqrt(ss / (n - 1));
        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * sd / Math.Sqrt(n);
        return new Interval(mean, mean - half, mean + half, sd, n);
    }
}

/// <summary>Writers of the run outputs (CsvHelper, invariant culture). Numbers use a fixed format so equal runs
/// give byte-identical files.</summary>
public static class RunOutputs
{
    public static string Num(double v) => double.IsFinite(v) ? v.ToString("G10", CultureInfo.InvariantCulture) : "";

    private static CsvWriter Csv(string path)
    {
        var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        return CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: false);
    }

    public static void WriteTimeseries(string path, IReadOnlyList<RunResult> runs)
    {
        using var csv = Csv(path);
        csv.WriteField("replication"); csv.WriteField("month");
        foreach (var m in Metrics.All) csv.WriteField(m.Name);
        csv.EndRecord();
        foreach (var run in runs)
            for (int month = 0; month < run.Raw.Length; month++)
            {
                csv.WriteField(run.Replication.ToString(CultureInfo.InvariantCulture)); csv.WriteField(month.ToString(CultureInfo.InvariantCulture));
                foreach (var m in Metrics.All) csv.WriteField(Num(m.Compute(run.Raw[month], 0)));
                csv.EndRecord();
            }
    }

    public static void WriteSubgroups(string path, IReadOnlyList<RunResult> runs)
    {
        using var csv = Csv(path);
        csv.WriteField("replication"); csv.WriteField("month"); csv.WriteField("dimension"); csv.WriteField("subgroup");
        foreach (var m in Metrics.All) csv.WriteField(m.Name);
        csv.EndRecord();
        foreach (var run in runs)
            for (int month = 0; month < run.Raw.Length; month++)
                for (int g = 1; g < Subgroups.Count; g++)
                {
                    csv.WriteField(run.Replication.ToString(CultureInfo.InvariantCulture)); csv.WriteField(month.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(Subgroups.All[g].Dimension); csv.WriteField(Subgroups.All[g].Name);
                    foreach (var m in Metrics.All) csv.WriteField(Num(m.Compute(run.Raw[month], g * Acc.Count)));
                    csv.EndRecord();
                }
    }

    public static void WriteTransitions(string path, IReadOnlyList<RunResult> runs)
    {
        var types = Enum.GetNames<ResilienceType>();
        var triggers = Enum.GetNames<Trigger>();
        using var csv = Csv(path);
        foreach (var h in new[] { "replication", "month", "from", "to", "trigger", "count" }) csv.WriteField(h);
        csv.EndRecord();
        foreach (var run in runs)
            for (int month = 1; month < run.Transitions.Length; month++)
            {
                var t = run.Transitions[month];
                for (int k = 0; k < t.Length; k++)
                {
                    if (t[k] == 0) continue;
                    int trig = k % Observer.TriggerCount, pair = k / Observer.TriggerCount;
                    csv.WriteField(run.Replication.ToString(CultureInfo.InvariantCulture)); csv.WriteField(month.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(types[pair / 3]); csv.WriteField(types[pair % 3]); csv.WriteField(triggers[trig]);
                    csv.WriteField(t[k].ToString(CultureInfo.InvariantCulture));
                    csv.EndRecord();
                }
            }
    }

    /// <summary>Per metric its own reading (<see cref="Metric.Reading"/>: the final-month value of stocks, shares, means,
    /// checks; the run total of flows, costs), with mean and 95% interval over replications; then every target with
    /// its band.</summary>
    public static void WriteSummary(string path, IReadOnlyList<RunResult> runs)
    {
        using var csv = Csv(path);
        foreach (var h in new[] { "item", "statistic", "mean", "ci_low", "ci_high", "sd", "replications", "target", "band_low", "band_high", "inside_band", "source" })
            csv.WriteField(h);
        csv.EndRecord();
        foreach (var m in Metrics.All)
        {
            var ci = Interval.Of(runs.Select(r => m.Read(r.Raw)).ToList());
            WriteRow(csv, m.Name, m.Reading.Name, ci, null);
        }
        foreach (var d in Diagnostics.All)
        {
            var values = runs.Select(r => d.Evaluate(r.Raw)).Where(double.IsFinite).ToList();
            WriteRow(csv, d.Name, d.Reading, Interval.Of(values), null);
        }
        foreach (var t in Targets.All)
        {
            var ci = Interval.Of(runs.Select(r => t.Evaluate(r.Raw)).ToList());
            WriteRow(csv, "target:" + t.Name, t.Reading, ci, t);
        }
    }

    private static void WriteRow(CsvWriter csv, string item, string statistic, Interval ci, Target? t)
    {
        csv.WriteField(item); csv.WriteField(statistic);
        csv.WriteField(Num(ci.Mean)); csv.WriteField(Num(ci.Low)); csv.WriteField(Num(ci.High)); csv.WriteField(Num(ci.Sd));
        csv.WriteField(ci.N.ToString(CultureInfo.InvariantCulture));
        csv.WriteField(t is null ? "" : Num(t.Value)); csv.WriteField(t is null ? "" : Num(t.Low)); csv.WriteField(t is null ? "" : Num(t.High));
        csv.WriteField(t is null ? "" : t.Inside(ci.Mean) ? "yes" : "no");
        csv.WriteField(t?.Source ?? "");
        csv.EndRecord();
    }

    public static void WriteManifest(string path, Scenario scenario, int threads, DateTimeOffset start, DateTimeOffset end, string? panelFile)
    {
        var p = scenario.ToParameters();
        var m = new Manifest("run")
            .Add("scenario", s => s
                .Add("name", scenario.Name)
                .Add("description", scenario.Description)
                .Add("file", scenario.Path)
                .Add("extendsChain", scenario.ExtendsChain)
                .Add("levers", l => { foreach (var d in ParameterRegistry.Levers) l.Add(d, d.Get(p)); })
                .Add("parametersChangedFromDefault", c =>
                {
                    foreach (var d in ParameterRegistry.ModelParameters)
                        if (d.Get(p) != d.Meta.Default) c.Add(d, d.Get(p));
                })
                .Add("schedule", scenario.Schedule, (o, c) => o
                    .Add("month", c.Month)
                    .Add("values", v => { foreach (var (k, x) in c.Values) v.Add(ParameterRegistry.Get(k), x); })))
            .Add("seed", scenario.Seed)
            .Add("replications", scenario.Replications)
            .Add("clients", scenario.Clients)
            .Add("months", scenario.Months)
            .Add("threads", threads)
            .Add("panel", panelFile is not null);
        if (panelFile is not null) m.Add("panelFile", panelFile);
        m.CodeVersion().Add("parameterHash", ParameterRegistry.Hash(p)).Times(start, end).Write(path);
    }

    public static void WriteValue(Utf8JsonWriter w, ParamDef d, double v)
    {
        switch (d.Kind)
        {
            case ParamKind.Boolean: w.WriteBoolean(d.Name, v != 0); break;
            case ParamKind.Choice: w.WriteString(d.Name, d.Format(v)); break;
            default: w.WriteNumber(d.Name, v); break;
        }
    }

    /// <summary>The git commit of the working tree, if git is available; else the assembly version. A cluster job's
    /// tasks run a build outside the repository and are given the submitting program's version in
    /// RESILIENCE_CODE_VERSION, so their outputs name the same code.</summary>
    public static string CodeVersion()
    {
        if (Environment.GetEnvironmentVariable("RESILIENCE_CODE_VERSION") is { Length: > 0 } given) return given;
        try
        {
            using var proc = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            });
            if (proc is not null)
            {
                string sha = proc.StandardOutput.ReadToEnd().Trim();
                proc.WaitForExit();
                if (proc.ExitCode == 0 && sha.Length >= 7)
                {
                    using var st = Process.Start(new ProcessStartInfo("git", "status --porcelain --untracked-files=no")
                    {
                        RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                        WorkingDirectory = AppContext.BaseDirectory,
                    });
                    string dirty = st?.StandardOutput.ReadToEnd().Trim() ?? "";
                    st?.WaitForExit();
                    return dirty.Length > 0 ? sha + "+modified" : sha;
                }
            }
        }
        catch (System.ComponentModel.Win32Exception) { }
        return typeof(RunOutputs).Assembly.GetName().Version?.ToString() ?? "unknown";
    }
}
