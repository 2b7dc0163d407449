using BenchmarkDotNet.Attributes;
using Resilience.Analysis;
using Resilience.Analysis.Calibration;
using Resilience.Engine;
using Resilience.IO;

namespace Resilience.Benchmarks;

/// <summary>
/// The cost of one calibration objective evaluation at the defaults of the CLI <c>calibrate</c> command
/// (src/Resilience.Cli/AnalysisCommands.cs): scenarios/baseline.json at 5,000 clients × its 60 months, 2 replications
/// run side by side (<see cref="BatchRunner"/> with threads = processor count, as <c>--threads</c> defaults to),
/// the seed targets of scenarios/targets/seed-targets.csv read from each run, pooled, and turned into the objective.
/// This is what the calibrator's search does per point (Calibrator's private Fit.EvaluateBatch with one point);
/// a default calibration performs 150 + 20 × 75 = 1,650 of them. Free parameters: the README's example
/// (psych.adaptiveUpper=0.3:0.42, work.offerRate=0.3:0.5), evaluated at the scenario's own values (the search's
/// first point). "M client-months/s" counts both replications.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
[BenchJob(warmupCount: 2, iterationCount: 10)]
[ClientMonths(Months, Clients = Clients, Runs = Replications)]
public class CalibrationEvaluationBenchmarks
{
    public const int Clients = 5000;       // calibrate --clients default
    public const int Months = 60;          // baseline.json's horizon (calibrate --months default: the scenario's)
    public const int Replications = 2;     // calibrate --replications default

    private Calibrator _calibrator = null!;
    private BatchRunner _runner = null!;
    private IReadOnlyList<CalibrationTarget> _targets = null!;
    private double[] _unit = null!;
    private ulong _seed;

    [GlobalSetup]
    public void Setup()
    {
        int threads = Environment.ProcessorCount; // calibrate --threads default
        var scenario = ScenarioLoader.Load(BenchSetup.ScenarioPath("baseline.json")).With(Clients, null, null, Replications);
        if (scenario.Months != Months) throw new InvalidOperationException($"baseline.json's horizon is {scenario.Months} months; update {nameof(Months)}");
        _targets = TargetsFile.Load(Path.Combine(BenchSetup.RepoRoot, "scenarios", "targets", "seed-targets.csv"));
        var free = new[] { "psych.adaptiveUpper=0.3:0.42", "work.offerRate=0.3:0.5" }.Select(f => FreeParameter.Parse(f)).ToList();
        var spec = scenario.ToRunSpec(threads);
        var settings = new CalibrationSettings { Replications = Replications, Seed = scenario.Seed, Threads = threads };
        _calibrator = new Calibrator(spec, free, _targets, settings);
        _runner = new BatchRunner(spec, settings.Replications, settings.Threads, new TargetReader(_targets));
        _seed = settings.Seed;
        _unit = [.. free.Select(f => Math.Clamp(f.ToUnit(f.Def.Get(spec.Parameters)), 0, 1))];
    }

    [Benchmark]
    public double Evaluate()
    {
        var simulated = _runner.RunRatios([_calibrator.ParametersAt(_unit)], _seed)[0];
        return Calibrator.Objective(_targets, [.. simulated.Select(r => r.Value)]);
    }
}
