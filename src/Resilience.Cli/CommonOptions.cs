using System.CommandLine;
using Resilience.Engine;
using Resilience.Experiments;
using Resilience.IO;

namespace Resilience.Cli;

/// <summary>The options several commands share, declared once so that their names, help and checks agree.</summary>
public static class CommonOptions
{
    /// <summary>Worker threads by default: every core, within the pool's cap.</summary>
    public static int DefaultThreads => Pipeline.DefaultThreads;

    public static Option<int> Threads() => new("--threads")
    {
        Description = $"Worker threads, 1 to {WorkerPool.MaxThreads}: as many as the machine has cores unless given. Results are identical for any value.",
        DefaultValueFactory = _ => DefaultThreads,
    };

    /// <summary>Where each bootstrap refit's search starts (calibrate, calibrate-coverage).</summary>
    public static Option<string> RefitStart()
    {
        var o = new Option<string>("--refit-start")
        {
            Description = "Where each bootstrap refit's search starts: estimate (the fit's estimate) or start (the scenario's values, as the fit).",
            DefaultValueFactory = _ => "estimate",
        };
        o.AcceptOnlyFromAmong("estimate", "start");
        return o;
    }

    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace an existing output folder, but only one this program wrote and nobody changed since " +
            "(never the working folder, a folder above it, or one holding an input of the run).",
    };

    public static Option<string> Lang() => new("--lang")
    {
        Description = $"Language of the report and the tables: {string.Join(" or ", Labels.Languages)} (labels, numbers and dates as in that language).",
        DefaultValueFactory = _ => "en",
    };

    public static Option<int?> Caseload() => new("--caseload")
    {
        Description = "A municipality's caseload (clients): the report also shows effects and costs scaled to it, per year.",
    };

    public static Option<int?> ParameterDraws(string what) => new("--parameter-draws")
    {
        Description = $"Include parameter uncertainty: replication r of every {what} runs parameter vector r mod K of --parameter-set (2 ≤ K ≤ replications).",
    };

    public static Option<string?> ParameterSet() => new("--parameter-set")
    {
        Description = $"The calibration's bootstrap set for --parameter-draws (a bootstrap.csv of calibrate). Default: {ParameterSets.DefaultFile}.",
    };

    public static Option<string?> Uncertainty() => new("--uncertainty")
    {
        Description = "full: probabilistic sensitivity analysis. Replication r runs draw r of every assumed size's prior (a Latin hypercube) and of the calibrated parameters' bootstrap set, for every scenario alike; writes uncertainty.csv (interval over draws, probability of the sign), acceptability.csv and drivers.csv. Needs --draws.",
    };

    public static Option<int?> Draws() => new("--draws")
    {
        Description = "With --uncertainty full: the number of draws (each one replication of every scenario), at least 2.",
    };

    /// <summary>Check <c>--uncertainty</c> and <c>--draws</c>: null without them, else the number of draws (the
    /// replications of the comparison).</summary>
    public static int? CheckFull(string? uncertainty, int? draws, int? parameterDraws, int? replications)
    {
        if (uncertainty is null)
        {
            if (draws is not null) throw new InputException("--draws: give --uncertainty full too");
            return null;
        }
        if (uncertainty != "full") throw new InputException($"--uncertainty: expected \"full\", got \"{uncertainty}\"");
        if (draws is not int k) throw new InputException("--uncertainty full: give the number of draws with --draws K");
        if (k < 2 || k > 10_000) throw new InputException($"--draws: expected an integer from 2 to 10000, got {k}");
        if (parameterDraws is not null) throw new InputException("--uncertainty full draws the calibrated parameters too; leave out --parameter-draws");
        if (replications is not null) throw new InputException("--uncertainty full: the draws are the replications; give --draws K, not --replications");
        return k;
    }

    /// <summary>Refuse a thread count outside 1..<see cref="WorkerPool.MaxThreads"/>, naming the option.</summary>
    public static int CheckThreads(int threads) => threads is >= 1 and <= WorkerPool.MaxThreads ? threads
        : throw new InputException($"--threads: expected an integer from 1 to {WorkerPool.MaxThreads}, got {threads}");
}
