using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using Resilience.Analysis;
using Resilience.Engine;
using Resilience.IO;
using Resilience.IO.Charts;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>The label catalogue (every outcome, lever, subgroup and UI text in both languages), the languages'
/// number formats, the tick labels of the chart style, and the reading of effects (verdicts).</summary>
[Trait("Tier", "Fast")]
public class LabelsAndChartsTests
{
    private static Dictionary<string, HashSet<string>> Keys(string language)
    {
        using var stream = typeof(Labels).Assembly.GetManifestResourceStream($"Resilience.IO.Resources.labels.{language}.json")!;
        using var doc = JsonDocument.Parse(stream);
        return doc.RootElement.EnumerateObject().ToDictionary(s => s.Name, s => s.Value.EnumerateObject().Select(e => e.Name).ToHashSet());
    }

    [Fact]
    public void BothLanguagesLabelTheSameThings()
    {
        var en = Keys("en");
        var nl = Keys("nl");
        foreach (var section in new[] { "outcomes", "levers", "values", "dimensions", "subgroups", "ui" })
        {
            var missingInDutch = en[section].Except(nl[section]).ToList();
            var missingInEnglish = nl[section].Except(en[section]).ToList();
            Assert.True(missingInDutch.Count == 0, $"{section}: no Dutch text for {string.Join(", ", missingInDutch)}");
            Assert.True(missingInEnglish.Count == 0, $"{section}: no English text for {string.Join(", ", missingInEnglish)}");
        }
    }

    [Fact]
    public void ADutchReaderSeesEveryLeversSourceInDutch()
    {
        // Sources with words (not only citation codes such as [000 §3.2, 004 B2]) have a Dutch text; the recurring terms
        // of the other parameters' sources are translated wherever they stand; English keeps the source as written.
        var stale = Keys("nl")["sources"].Except(ParameterRegistry.Levers.Select(d => d.Meta.Source)).ToList();
        Assert.True(stale.Count == 0, $"Dutch sources of no lever: {string.Join(", ", stale)}");
        foreach (var d in ParameterRegistry.Levers)
        {
            bool words = System.Text.RegularExpressions.Regex.IsMatch(d.Meta.Source, "[a-z]{2,}");
            Assert.True(!words || Labels.Dutch.Has("sources", d.Meta.Source) || Labels.Dutch.Source(d.Meta.Source) != d.Meta.Source,
                $"{d.Name}: no Dutch text for its source '{d.Meta.Source}'");
            Assert.Equal(d.Meta.Source, Labels.English.Source(d.Meta.Source));
        }
        Assert.Equal("[003 tabel 7: 16,7%]", Labels.Dutch.Source("[003 Table 7: 16.7%]"));
        Assert.Equal("[004 B2] (aanname); gekalibreerd op lokale en landelijke doelcijfers (2026-11-30)",
            Labels.Dutch.Source("[004 B2] (assumption); calibrated to seed and national targets (2026-11-30)"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void EveryOutcomeLeverAndSubgroupHasAHumanLabel(string language)
    {
        var labels = Labels.For(language);
        foreach (var o in Outcomes.All) Assert.NotEqual(o.Name, labels.Outcome(o.Name).Label);
        foreach (var d in ParameterRegistry.Levers)
        {
            var l = labels.Lever(d);
            Assert.NotEqual(d.Name, l.Label);
            Assert.False(string.IsNullOrWhiteSpace(l.Description), d.Name);
        }
        foreach (var (dimension, name) in Subgroups.All)
        {
            Assert.DoesNotContain(":", labels.Subgroup(dimension, name));
            Assert.NotEqual(dimension, labels.Dimension(dimension));
        }
        foreach (var o in Outcomes.All) Assert.True(labels.Has("units", o.Unit), $"{o.Name}: no label for the unit '{o.Unit}'");
        if (language == "nl") // a Dutch reader sees Dutch group names (an English one slipped through once)
            foreach (var (dimension, name) in Subgroups.All.Skip(1))
                Assert.NotEqual(Labels.English.Subgroup(dimension, name), labels.Subgroup(dimension, name));
    }

    [Fact]
    public void DutchNumbersAndDatesFollowNlNl()
    {
        var nl = Labels.Dutch.Culture;
        Assert.Equal("1.234.567,89", 1234567.891.ToString("N2", nl));
        Assert.Equal("3 december 2026", new DateTime(2026, 12, 3).ToString("d MMMM yyyy", nl));
        Assert.Equal("1,234,567.89", 1234567.891.ToString("N2", Labels.English.Culture));
        var w = new Wording(Labels.Dutch);
        Assert.Equal("€\u00a061.558", w.Euro(61558));
        Assert.Equal("3,9%", w.Level(Outcomes.Get("share_crisis@final"), 0.039));
        Assert.Equal("−0,8 %-punt", w.EffectWithUnit(Outcomes.Get("share_crisis@final"), -0.008));
        Assert.Throws<InputException>(() => Labels.For("de"));
        // --caseload: shares become people at the end, counts people a year, costs euros a year.
        Assert.Equal("−40 mensen voor uw bestand", w.Scaled(Outcomes.Get("share_crisis@final"), -0.008, 5000, 60));
        Assert.Equal("+12 mensen per jaar voor uw bestand", w.Scaled(Outcomes.Get("exits_lasting_18"), 12, 5000, 60));
        Assert.Equal("+€\u00a0292.000 per jaar voor uw bestand", w.Scaled(Outcomes.Get("cost_total"), 292, 5000, 60));
    }

    [Theory]
    [InlineData(0.001, new[] { 0.0, 0.001, 0.002, 0.003 })]
    [InlineData(0.25, new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })]
    [InlineData(0.2, new[] { -0.4, -0.2, 0.0, 0.2 })]
    [InlineData(5000.0, new[] { 0.0, 5000.0, 10000.0 })]
    public void TickLabelsFollowTheStepSoNeighboursDiffer(double step, double[] ticks)
    {
        foreach (var culture in new[] { Labels.English.Culture, Labels.Dutch.Culture })
        {
            var labels = ticks.Select(t => ChartStyle.TickLabel(t, step, culture)).ToList();
            Assert.Equal(labels.Count, labels.Distinct().Count());
            Assert.DoesNotContain(labels, l => l == "−0");
        }
        Assert.Equal("0.25", ChartStyle.TickLabel(0.25, 0.25, CultureInfo.InvariantCulture));
        Assert.Equal("10,000", ChartStyle.TickLabel(10000, 5000, Labels.English.Culture));
        Assert.Equal("−0,4", ChartStyle.TickLabel(-0.4, 0.2, Labels.Dutch.Culture));
    }

    [Fact]
    public void ChartsAreWellFormedSvgWithTheirTitlesAxesAndUniqueClipPaths()
    {
        var x = Enumerable.Range(0, 13).Select(i => (double)i).ToArray();
        string a = Chart.Lines("First", new AxisText("month", "months"), new AxisText("share", "% of caseload", true),
            [new Series("baseline", x, x.Select(v => 0.0005 * v).ToArray(), Look: ChartStyle.Baseline), new Series("what-if", x, x.Select(v => 0.0006 * v).ToArray())],
            Labels.English.Culture);
        string b = Chart.Forest("Second", new AxisText("effect", "per 1,000 clients"), new AxisText("scenario", ""),
            [new Estimate("a", 1, 0.5, 1.5), new Estimate("b", -1, -2, 0)], Labels.English.Culture);
        string m = Chart.Matrix("Third", new AxisText("to", ""), ["x", "y"], new AxisText("from", ""), ["x", "y"],
            new double[,] { { double.NaN, 3 }, { 4, double.NaN } }, v => v.ToString("0", CultureInfo.InvariantCulture), "per 1,000", Labels.English.Culture);
        foreach (var svg in new[] { a, b, m })
        {
            var doc = XDocument.Parse(svg);
            Assert.False(string.IsNullOrEmpty(doc.Root!.Attribute("data-title")!.Value));
            var axes = JsonDocument.Parse(doc.Root.Attribute("data-axes")!.Value).RootElement;
            Assert.Equal(2, axes.GetArrayLength());
            Assert.DoesNotContain("Segoe", svg);
        }
        var axesOfLines = JsonDocument.Parse(XDocument.Parse(a).Root!.Attribute("data-axes")!.Value).RootElement;
        var yTicks = axesOfLines.EnumerateArray().First(e => e.GetProperty("position").GetString() == "left").GetProperty("ticks").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("0.6", yTicks); // 0.006 as percent, with the decimal the step needs
        // Clip-path ids differ between charts, so that charts on one page do not clip each other.
        static IEnumerable<string> Ids(string svg) => XDocument.Parse(svg).Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>();
        Assert.Empty(Ids(a).Intersect(Ids(b)));
    }

    [Theory]
    [InlineData(-0.008, -0.011, -0.006, Verdict.Better)]
    [InlineData(0.019, 0.015, 0.024, Verdict.Worse)]
    [InlineData(-0.003, -0.004, -0.002, Verdict.Small)]
    [InlineData(-0.008, -0.02, 0.001, Verdict.Unclear)]
    public void AnEffectIsColouredOnlyWhenClearAndLargeEnoughToMatter(double estimate, double low, double high, Verdict expected)
    {
        var crisis = Outcomes.Get("share_crisis@final"); // lower is better; matters from half a percentage point
        Assert.Equal(expected, Wording.Judge(crisis, new Effect(0.04, 0.04 + estimate, estimate, low, high, 5)));
    }
}
