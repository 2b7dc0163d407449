using Resilience.Engine;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>Runs alone: process-wide allocation counts must not see other tests' threads.</summary>
[CollectionDefinition("Allocation", DisableParallelization = true)]
public class AllocationCollection;

/// <summary>The monthly loop allocates nothing once a run is built (MODEL.md §9).</summary>
[Collection("Allocation")]
[Trait("Tier", "Fast")]
public class AllocationTests
{
    [Fact]
    public void MonthlyStepAllocatesNothingOnTheCallingThread()
    {
        var p = TestSupport.With(("buffer.budgetPerCoachMonth", 1000), ("earnings.premiumShare", 0.5), ("earnings.premiumCap", 200));
        using var sim = new Simulation(new RunSpec(p, 5000, 24, 2, []) { Threads = 1 }, 0);
        for (int m = 0; m < 3; m++) sim.Step(); // warm up (JIT, lazy statics)
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int m = 0; m < 5; m++) sim.Step();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void MonthlyStepWithWorkerThreadsAllocatesAlmostNothing()
    {
        using var sim = new Simulation(new RunSpec(new Parameters(), 5000, 24, 2, []) { Threads = 2 }, 0);
        for (int m = 0; m < 3; m++) sim.Step();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        for (int m = 0; m < 5; m++) sim.Step();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        // Process-wide count: the test runner's own threads may allocate a little meanwhile, so allow a small bound
        // far below one allocation per client (5 steps × 5,000+ clients).
        Assert.True(allocated < 16 * 1024, $"{allocated} bytes allocated in 5 months");
    }
}
