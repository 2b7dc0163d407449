using Resilience.Analysis;
using Resilience.IO;

namespace Resilience.Tests;

/// <summary>Lasting exits count only when an exit reaches 18 (or 6) months off benefit, so the report says beside them
/// which exits a horizon can count, and its charts shade the first months, in which no exit can have lasted that long (issue 26 item 5).</summary>
public sealed class HorizonNoteTests
{
    [Fact]
    public void LastingExitsAreCountedOnlyUpToEighteenMonthsBeforeTheHorizon()
    {
        Assert.Equal((0.0, 18.0), ComparisonReport.Unseen("exits_lasting_18", 24));
        Assert.Equal((0.0, 12.0), ComparisonReport.Unseen("exits_lasting_18", 12));
        Assert.Equal((0.0, 6.0), ComparisonReport.Unseen("exits_lasting_6", 60));
        Assert.Null(ComparisonReport.Unseen("share_crisis@final", 24));
        Assert.Equal("Counts exits in months 1–6 only: a later exit cannot have lasted 18 months by month 24.",
            ComparisonReport.HorizonNote("exits_lasting_18", 24, Labels.English));
        Assert.Equal("Telt alleen uitstroom in maand 1–6: latere uitstroom kan in maand 24 nog geen 18 maanden hebben geduurd.",
            ComparisonReport.HorizonNote("exits_lasting_18", 24, Labels.Dutch));
        Assert.StartsWith("Cannot be counted in this run", ComparisonReport.HorizonNote("exits_lasting_18", 12, Labels.English));
        Assert.Null(ComparisonReport.HorizonNote("cost_total", 24, Labels.English));
    }
}
