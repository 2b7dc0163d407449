using System.Security.Cryptography;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Tests;

/// <summary>
/// Golden run: a small baseline must give exactly the recorded outputs. Optimisations must leave it unchanged; a
/// deliberate model change updates the hash in the same commit, with the reason in the commit message.
/// </summary>
[Trait("Tier", "Fast")]
public class GoldenRunTests
{
    private const string ExpectedHash = "5cec71a8d52f238c779f6ff98f767f18";

    public static string Fingerprint()
    {
        var spec = new RunSpec(new Parameters(), 2000, 24, 424242, []) { Threads = 2 };
        // A third run with a buffer budget, so that buffer requests and the sequential grant pass are covered too.
        var buffers = new RunSpec(TestSupport.With(("buffer.budgetPerCoachMonth", 1500)), 2000, 24, 424242, []) { Threads = 2 };
        var runs = new[] { RunResult.Run(spec, 0), RunResult.Run(spec, 1), RunResult.Run(buffers, 0) };
        string dir = Path.Combine(Path.GetTempPath(), $"resilience-golden-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            RunOutputs.WriteTimeseries(Path.Combine(dir, "t.csv"), runs);
            RunOutputs.WriteSubgroups(Path.Combine(dir, "s.csv"), runs);
            RunOutputs.WriteTransitions(Path.Combine(dir, "x.csv"), runs);
            var bytes = new[] { "t.csv", "s.csv", "x.csv" }.SelectMany(f => File.ReadAllBytes(Path.Combine(dir, f))).ToArray();
            return Convert.ToHexString(SHA256.HashData(bytes))[..32].ToLowerInvariant();
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void SmallBaselineReproducesTheRecordedOutputs() => Assert.Equal(ExpectedHash, Fingerprint());

    [Fact]
    public void TheGoldenBufferRunMakesGrants()
    {
        var buffers = new RunSpec(TestSupport.With(("buffer.budgetPerCoachMonth", 1500)), 2000, 24, 424242, []) { Threads = 2 };
        Assert.True(TestSupport.Summary(RunResult.Run(buffers, 0), "buffer_grants") > 0);
    }
}
