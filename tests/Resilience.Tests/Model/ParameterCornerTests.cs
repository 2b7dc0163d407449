using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>
/// Any combination of parameter values within their documented ranges must run: a sensitivity design (Morris,
/// Sobol) or a calibration visits the corners of the box, where a lower bound can exceed an upper one (the Morris
/// screening over all 503 screened parameters crashed on exactly that). The model must neither throw nor produce
/// numbers that are not numbers.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class ParameterCornerTests
{
    public static TheoryData<string> Corners() => ["all-low", "all-high", "random-1", "random-2", "random-3", "random-4", "random-5", "random-6"];

    [Theory]
    [MemberData(nameof(Corners))]
    public void EveryCornerOfTheParameterBoxRunsAndGivesFiniteOutputs(string corner)
    {
        var p = new Parameters();
        var rng = new Random(corner.GetHashCode(StringComparison.Ordinal) & 0x7fffffff);
        foreach (var d in ParameterRegistry.ModelParameters.Where(d => d.Kind is ParamKind.Number or ParamKind.Integer))
        {
            // Population settings that only size the run stay at their defaults (they are not screened).
            if (d.Name is "population.burnInMonths" or "population.neighbourhoods") continue;
            bool high = corner switch { "all-low" => false, "all-high" => true, _ => rng.Next(2) == 1 };
            double v = high ? d.Meta.Max : d.Meta.Min;
            if (d.Kind == ParamKind.Integer) v = Math.Round(v);
            d.Set(p, v);
        }
        var run = TestSupport.Run(p, clients: 300, months: 24);
        foreach (var m in Metrics.All)
            for (int month = 0; month < run.Raw.Length; month++)
            {
                double x = m.Compute(run.Raw[month], 0);
                Assert.False(double.IsInfinity(x), $"{corner}: {m.Name} is infinite at month {month}");
                Assert.False(double.IsNaN(x) && m.Kind is not (MetricKind.Share or MetricKind.Mean or MetricKind.Check), $"{corner}: {m.Name} is NaN at month {month}");
            }
    }
}
