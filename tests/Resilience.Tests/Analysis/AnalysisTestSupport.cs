using CliApp = Resilience.Cli.Cli;

namespace Resilience.Tests;

/// <summary>Helpers for the tests of the analysis commands.</summary>
public static class AnalysisTestSupport
{
    /// <summary>Run a command body through <see cref="CliApp.Guard"/> with console output discarded; the exit
    /// code.</summary>
    public static int Quiet(Func<int> body)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Null);
        try { return CliApp.Guard(body); }
        finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
    }
}
