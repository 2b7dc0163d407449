using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Resilience.Engine;
using Resilience.IO;
using Resilience.IO.Charts;
using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>One lever of a sweep design: either a list of grid values or a range for a Latin hypercube.</summary>
public sealed record SweepFactor(ParamDef Def, IReadOnlyList<double>? Values, double Low, double High);

/// <summary>
/// A design over named levers or parameters: a full grid (first factor varies slowest) or a Latin hypercube of
/// <c>samples</c> points drawn from the seed. Points are numbered; a shard <c>i/n</c> runs the points whose number
/// modulo n is i − 1, so shards of a cluster job array together run every point exactly once, and merging their
/// outputs gives the same bytes as one unsharded run.
/// </summary>
public sealed class SweepDesign
{
    public IReadOnlyList<SweepFactor> Factors { get; }
    public bool IsGrid { get; }
    public double[][] Points { get; }

    public SweepDesign(IReadOnlyList<SweepFactor> factors, int samples, ulong seed)
    {
        if (factors.Count == 0) throw new InputException("sweep: name at least one --grid or --lhs factor");
        Factors = factors;
        IsGrid = factors.All(f => f.Values is not null);
        if (!IsGrid && factors.Any(f => f.Values is not null))
            throw new InputException("sweep: use either --grid or --lhs factors, not both");
        Points = IsGrid ? Grid(factors) : Lhs(factors, samples, seed);
    }

    private static double[][] Grid(IReadOnlyList<SweepFactor> f)
    {
        var points = new List<double[]> { Array.Empty<double>() };
        foreach (var factor in f) points = points.SelectMany(p => factor.Values!.Select(v => p.Append(v).ToArray())).ToList();
        return points.ToArray();
    }

    private static double[][] Lhs(IReadOnlyList<SweepFactor> f, int samples, ulong seed)
    {
        if (samples < 2) throw new InputException("--samples: expected an integer of at least 2 for a Latin hypercube");
        var points = new double[samples][];
        for (int p = 0; p < samples; p++) points[p] = new double[f.Count];
        for (int k = 0; k < f.Count; k++)
        {
            // A random permutation of the strata per factor, and a random position within each stratum.
            var key = Rng.RunKey(seed ^ 0x1A7E, k);
            var order = Enumerable.Range(0, samples).OrderBy(p => Rng.For(key, p, 0, Model.Stream.Synthesis).U(0)).ToArray();
            for (int p = 0; p < samples; p++)
            {
                double u = (order[p] + Rng.For(key, p, 1, Model.Stream.Synthesis).U(1)) / samples;
                double v = f[k].Low + u * (f[k].High - f[k].Low);
                if (f[k].Def.Kind is ParamKind.Integer or ParamKind.Choice or ParamKind.Boolean) v = Math.Clamp(Math.Round(v), f[k].Low, f[k].High);
                points[p][k] = v;
            }
        }
        return points;
    }

    public IEnumerable<int> Shard(int index, int count) => Enumerable.Range(0, Points.Length).Where(p => p % count == index - 1);

    /// <summary>Identifies the design (factors, values) so that shards of different designs are never merged.</summary>
    public string Hash()
    {
        var sb = new StringBuilder();
        foreach (var f in Factors) sb.Append(f.Def.Name).Append(';');
        foreach (var p in Points) sb.Append(string.Join(',', p.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))).Append('|');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
    }

    /// <summary>Parse <c>NAME=V1,V2,...</c> (grid) or <c>NAME=LOW:HIGH</c> (Latin hypercube).</summary>
    public static SweepFactor ParseFactor(string text, bool grid)
    {
        int eq = text.IndexOf('=');
        string flag = grid ? "--grid" : "--lhs";
        if (eq <= 0) throw new InputException($"{flag} {text}: expected {(grid ? "NAME=V1,V2,..." : "NAME=LOW:HIGH")}");
        string name = text[..eq];
        var def = ParameterRegistry.Find(name) ?? throw new InputException($"{flag} {text}: unknown lever or parameter '{name}' (run `params` to list them)");
        if (name is "population.neighbourhoods" or "inflow.monthlyShare")
            throw new InputException($"{flag} {text}: {name} shapes the population; sweep it by running separate scenarios");
        double Parse(string v)
        {
            double x = def.Kind switch
            {
                ParamKind.Boolean when v is "true" or "false" => v == "true" ? 1 : 0,
                ParamKind.Choice when def.ChoiceIndex(v) >= 0 => def.ChoiceIndex(v),
                _ when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                _ => throw new InputException($"{flag} {name}: '{v}' is not {def.AllowedText}"),
            };
            var error = def.Validate(x);
            if (error is not null) throw new InputException($"{flag} {name}: {error}");
            return x;
        }
        string rest = text[(eq + 1)..];
        if (grid)
        {
            var values = rest.Split(',').Select(Parse).ToArray();
            var repeated = rest.Split(',').Zip(values).GroupBy(v => v.Second).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
                throw new InputException($"--grid {name}: the value {repeated.First().First} is given {repeated.Count()} times ({string.Join(", ", repeated.Select(v => v.First))}); give each value once (use --replications for more runs of a point)");
            return new SweepFactor(def, values, 0, 0);
        }
        var parts = rest.Split(':');
        if (parts.Length != 2) throw new InputException($"--lhs {text}: expected NAME=LOW:HIGH");
        double lo = Parse(parts[0]), hi = Parse(parts[1]);
        if (hi <= lo) throw new InputException($"--lhs {name}: LOW must be below HIGH");
        return new SweepFactor(def, null, lo, hi);
    }
}

/// <summary>Runs the points of a sweep (or of one shard) and writes tidy results.</summary>
public static class Sweep
{
    public static readonly string[] DefaultOutcomes =
        ["share_adaptive@final", "share_crisis@final", "exits_lasting_18", "share_problematic_debt@final", "mean_coach_trust@final", "cost_total"];

    /// <summary>Result lines of sweep.csv for the given points, in point order then outcome order. With
    /// <paramref name="draws"/>, replication r of every point runs parameter vector r mod K of the calibration's
    /// bootstrap set (the same vector at every point, common random numbers kept), so each point's interval includes
    /// parameter uncertainty; a factor of the design that is itself a drawn parameter keeps the design's value.</summary>
    public static List<(int Point, string Line)> Run(Scenario scenario, SweepDesign design, IReadOnlyList<int> points,
        IReadOnlyList<Outcome> outcomes, int threads, Action<int>? progress, CancellationToken cancel, ParameterDraws? draws = null)
    {
        var scenarioParameters = scenario.ToParameters();
        // Replications side by side (as in compare); within one, the points run in turn and those whose model parameters
        // are equal (a design over levers) share one synthesis and burn-in: the people and their history up to month 0
        // do not depend on the levers. Only the last start is kept, so a design over model parameters, where every
        // point has its own, holds one population at a time per replication.
        var (sideBySide, perRun) = Comparison.SplitThreads(scenario, threads, scenario.Replications);
        var values = new double[points.Count][][];
        for (int k = 0; k < points.Count; k++) values[k] = new double[scenario.Replications][];
        var reporting = new object();
        Jobs.For(scenario.Replications, sideBySide, cancel, r =>
        {
            SimulationStart? start = null;
            for (int k = 0; k < points.Count; k++)
            {
                cancel.ThrowIfCancellationRequested();
                var parameters = PointParameters(scenarioParameters, design, points[k], draws, r);
                // same seed at every point: common random numbers across the design
                var spec = new RunSpec(parameters, scenario.Clients, scenario.Months, scenario.Seed, scenario.Schedule) { Threads = perRun };
                var key = StartKey.Of(spec, r);
                if (start is null || !start.Key.Equals(key)) start = SimulationStart.Prepare(key, perRun);
                var run = RunResult.Run(spec, r, cancel, start: start);
                values[k][r] = [.. outcomes.Select(o => o.Read(run, 0))];
                if (progress is not null) lock (reporting) progress(1);
            }
        });
        var lines = new List<(int, string)>();
        for (int k = 0; k < points.Count; k++)
        {
            int p = points[k];
            for (int j = 0; j < outcomes.Count; j++)
            {
                var iv = Interval.Of([.. values[k].Select(v => v[j])]);
                var cells = new List<string> { p.ToString(CultureInfo.InvariantCulture) };
                cells.AddRange(design.Factors.Select((f, i) => f.Def.Format(design.Points[p][i])));
                cells.AddRange([outcomes[j].Name, RunOutputs.Num(iv.Mean), RunOutputs.Num(iv.Low), RunOutputs.Num(iv.High), iv.N.ToString(CultureInfo.InvariantCulture)]);
                lines.Add((p, string.Join(',', cells)));
            }
        }
        return lines;
    }

    /// <summary>The parameters of replication <paramref name="replication"/> at design point <paramref name="point"/>:
    /// the scenario's, the drawn vector (if any) over them, and the point's factor values over both.</summary>
    public static Parameters PointParameters(Parameters scenario, SweepDesign design, int point, ParameterDraws? draws, int replication)
    {
        var parameters = draws is null ? scenario.Clone() : draws.Apply(scenario, scenario, replication);
        for (int k = 0; k < design.Factors.Count; k++) design.Factors[k].Def.Set(parameters, design.Points[point][k]);
        return parameters;
    }

    public static string Header(SweepDesign design) =>
        string.Join(',', new[] { "point" }.Concat(design.Factors.Select(f => f.Def.Name)).Concat(["outcome", "mean", "ci_low", "ci_high", "replications"]));

    /// <summary>Line chart (one factor) or heatmap (two grid factors) per outcome from the result lines.</summary>
    public static List<(string Name, string Svg)> Charts(SweepDesign design, IReadOnlyList<string> lines, IReadOnlyList<Outcome> outcomes, Labels? labels = null)
    {
        var L = labels ?? Labels.English;
        var w = new Wording(L);
        var charts = new List<(string, string)>();
        int nf = design.Factors.Count;
        var parsed = lines.Select(l => l.Split(',')).ToList();
        foreach (var o in outcomes)
        {
            var rows = parsed.Where(c => c[nf + 1] == o.Name).Select(c => (Point: int.Parse(c[0], CultureInfo.InvariantCulture),
                Mean: double.Parse(c[nf + 2], CultureInfo.InvariantCulture), Low: Dbl(c[nf + 3]), High: Dbl(c[nf + 4]))).OrderBy(r => r.Point).ToList();
            string safe = new(o.Name.Select(ch => char.IsLetterOrDigit(ch) || ch == '_' ? ch : '_').ToArray());
            string label = w.Label(o);
            var axis = new AxisText(label, w.Unit(o), o.IsShare);
            AxisText Lever(ParamDef d) => new(L.Lever(d).Label, L.Lever(d).Unit ?? d.Meta.Unit);
            if (nf == 1)
            {
                var ordered = rows.OrderBy(r => design.Points[r.Point][0]).ToList();
                var x = ordered.Select(r => design.Points[r.Point][0]).ToArray();
                var f = design.Factors[0].Def;
                charts.Add(($"sweep_{safe}", Chart.Lines(L.T("sweep.by", label, L.Lever(f).Label.ToLower(L.Culture)), Lever(f), axis,
                    [new Series(label, x, ordered.Select(r => r.Mean).ToArray(), ordered.Select(r => r.Low).ToArray(), ordered.Select(r => r.High).ToArray(), ChartStyle.Scenario(0))],
                    L.Culture, markerEvery: 1, subtitle: L.T("sweep.lineSubtitle", f.Name))));
            }
            else if (nf == 2 && design.IsGrid)
            {
                var xs = design.Factors[0].Values!; var ys = design.Factors[1].Values!;
                var grid = new double[ys.Count, xs.Count];
                foreach (var r in rows) grid[ys.Count - 1 - r.Point % ys.Count, r.Point / ys.Count] = r.Mean;
                var fx = design.Factors[0].Def; var fy = design.Factors[1].Def;
                string Format(ParamDef d, double v) => d.Kind is ParamKind.Boolean or ParamKind.Choice ? L.LeverValue(d, v) : v.ToString("#,0.###", L.Culture);
                charts.Add(($"sweep_{safe}", Chart.Matrix(label, Lever(fx), [.. xs.Select(v => Format(fx, v))],
                    Lever(fy), [.. ys.Reverse().Select(v => Format(fy, v))], grid, v => w.Level(o, v),
                    L.T("sweep.matrixSubtitle", w.Unit(o), fx.Name, fy.Name), L.Culture)));
            }
        }
        return charts;
    }

    private static double Dbl(string s) => s.Length == 0 ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);
}
