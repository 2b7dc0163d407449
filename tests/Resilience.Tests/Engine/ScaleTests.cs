using System.Runtime.InteropServices;
using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>Determinism at the scale the engine is benchmarked at (issue 6): a million clients give the same
/// observations and the same final state, byte for byte, on one thread and on two.</summary>
public class ScaleTests
{
    [Fact]
    public void AMillionClientsGiveIdenticalResultsOnOneAndTwoThreads()
    {
        // Months 1–2 run without buffer grants (each chunk observed right after its step); from month 3 a buffer
        // budget switches on the sequential grant pass and the separate observation phase.
        var schedule = new[] { new ScheduledChange(3, new Dictionary<string, double> { ["buffer.budgetPerCoachMonth"] = 1500 }) };
        RunSpec Spec(int threads) => new(new Parameters(), 1_000_000, 4, 77, schedule) { Threads = threads };
        using var one = new Simulation(Spec(1), 0);
        using var two = new Simulation(Spec(2), 0);
        one.RunToEnd();
        two.RunToEnd();

        for (int m = 0; m <= 4; m++)
        {
            Assert.True(one.MonthlyRaw[m].AsSpan().SequenceEqual(two.MonthlyRaw[m]), $"observations differ in month {m}");
            Assert.True(one.MonthlyTransitions[m].AsSpan().SequenceEqual(two.MonthlyTransitions[m]), $"transitions differ in month {m}");
        }
        Assert.True(one.Value("buffer_grants", 4) > 0, "the buffer-grant pass did not run");
        var a = MemoryMarshal.AsBytes(one.State.Clients.AsSpan());
        var b = MemoryMarshal.AsBytes(two.State.Clients.AsSpan());
        Assert.True(a.SequenceEqual(b), "client state differs between one and two threads");
    }
}
