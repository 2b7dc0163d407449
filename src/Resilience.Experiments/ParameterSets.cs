using Resilience.IO;

namespace Resilience.Experiments;

/// <summary>The parameter draws of an experiment: a calibration's bootstrap set (<c>--parameter-draws</c>) or all
/// uncertainty drawn (<c>--uncertainty full</c>), each file refused with its name when it cannot be read.</summary>
public static class ParameterSets
{
    /// <summary>Where <c>--parameter-draws</c> looks for the calibration's bootstrap set by default.</summary>
    public const string DefaultFile = Analysis.ParameterDraws.DefaultFile;

    /// <summary>The draws of <c>--uncertainty full</c>: the priors' Latin hypercube (from the seed) with every vector of
    /// the bootstrap set (<c>--parameter-set</c>, default the shipped one) for the calibrated parameters.</summary>
    public static Analysis.ParameterDraws Full(int count, string? set, ulong seed)
    {
        set = File(set);
        return Analysis.ParameterDraws.Full(count, seed, Analysis.ParameterDraws.Load(set, CountRows(set)));
    }

    /// <summary>Check <c>--parameter-draws K</c> and <c>--parameter-set FILE</c> against the replications and load the
    /// first K vectors; null without <c>--parameter-draws</c>.</summary>
    public static Analysis.ParameterDraws? Load(int? draws, string? set, int replications)
    {
        if (set is not null && draws is null) throw new InputException("--parameter-set: give --parameter-draws K too");
        if (draws is not int k) return null;
        if (k < 2 || k > replications)
            throw new InputException($"--parameter-draws: expected an integer from 2 to the number of replications ({replications}), got {k}");
        return Analysis.ParameterDraws.Load(File(set), k);
    }

    /// <summary>The bootstrap set <c>--parameter-set</c> names (default the shipped one), refused when it is a folder or
    /// missing.</summary>
    private static string File(string? set)
    {
        set ??= DefaultFile;
        if (Directory.Exists(set))
            throw new InputException($"--parameter-set {set}: is a folder; expected a CSV file of parameter vectors (the bootstrap.csv of a calibrate run)");
        if (!System.IO.File.Exists(set))
            throw new InputException($"--parameter-set {set}: not found{(set == DefaultFile
                ? $" in the working folder {Directory.GetCurrentDirectory()}: the shipped set is looked for relative to it, so run from the repository's root as the README does, or give --parameter-set FILE (the bootstrap.csv of a calibrate run)"
                : "")}");
        return set;
    }

    private static int CountRows(string csv) => Math.Max(1, System.IO.File.ReadLines(csv).Skip(1).Count(l => l.Trim().Length > 0));
}
