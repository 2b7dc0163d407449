using Resilience.Analysis;
using Resilience.Analysis.Calibration;
using Resilience.Analysis.Sensitivity;
using Resilience.IO;

namespace Resilience.Experiments;

/// <summary>
/// What an experiment says to the person who runs it. The experiment decides what is said and when; the terminal (the
/// Cli's, with progress bars and tables) decides how it looks. Adding an experiment whose result a person reads at the
/// terminal adds a method here and its table in the Cli.
/// </summary>
public interface ITerminal
{
    /// <summary>Run <paramref name="work"/>, which reports finished units of <paramref name="total"/>, showing its progress
    /// (with <paramref name="labels"/> in its language; unit: months, runs, simulations or evaluations).</summary>
    void Progress(string title, int total, Action<Action<int>> work, string unit = "months", Labels? labels = null);

    /// <summary>A line on standard output.</summary>
    void Line(string text);

    /// <summary>A line on standard error (a failed shard, a log's tail).</summary>
    void Error(string text);

    /// <summary>run's result: the run in words first, then the targets it is read against.</summary>
    void Run(IReadOnlyList<Engine.RunResult> runs, Labels labels);

    /// <summary>compare's table of key effects (with the range over the draws when <paramref name="full"/> is given), the gain of common random numbers.</summary>
    void Comparison(ComparisonResult result, Labels labels, UncertaintyOutputs.Analysis? full = null);

    /// <summary>search's answer: whether the goals were reached, the best packages, their robustness and failure boxes.</summary>
    void Search(Analysis.Search.SearchResult result);

    /// <summary>sensitivity's strongest parameters per outcome.</summary>
    void Sensitivity(SensitivityResult result);

    /// <summary>calibrate's fitted values, intervals and the targets outside their band.</summary>
    void Calibration(CalibrationResult result);

    /// <summary>calibrate-coverage's coverage per parameter.</summary>
    void Coverage(IReadOnlyList<CoverageSummary> summary, IReadOnlyList<FreeParameter> free, IReadOnlyList<double> truth);
}
