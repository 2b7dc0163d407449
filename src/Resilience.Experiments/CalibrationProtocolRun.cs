using Resilience.Analysis.Calibration;
using Resilience.IO;

namespace Resilience.Experiments;

/// <summary>The calibration protocol (docs/calibration/protocol.json) run stage by stage, and the re-centring of a
/// parameter set on the shipped estimates (issue 25 item 3, issue 23 item 4).</summary>
public static class CalibrationProtocolRun
{
    public const int DefaultStarts = 3;
    public const double DefaultMinN = 30;

    /// <summary>Default output folder of <c>calibrate --protocol</c>: one folder per stage under it.</summary>
    public const string DefaultOut = "output/calibration-baseline";

    private const string ShippedSetName = "calibration-bootstrap.csv";

    /// <summary><c>calibrate --protocol FILE [--stage N]</c>: each stage (or stage N) as one calibrate into OUT/&lt;stage&gt;
    /// (through <paramref name="calibrate"/>, the command's own checks and executor); a stage that starts from the
    /// previous one reads its calibrated-scenario.json, and a stage without refits carries the previous stage's
    /// parameter-set.csv (re-centred on its own estimates). After all stages, the raw refits are re-centred on every
    /// stage's estimates into OUT/calibration-bootstrap.csv.</summary>
    public static int Run(string file, int? only, string? outRoot, bool force, int threads, string? lang, string? shard, SlurmOptions slurm,
        Func<CalibrateArgs, int> calibrate, ITerminal terminal)
    {
        var protocol = CalibrationProtocol.Load(file);
        if (only is int n) protocol.Stage(n);
        if ((shard is not null || slurm.Active) && only is null)
            throw new InputException("calibrate --protocol: the stages run one after another; give --stage N to run one stage with --shard or --slurm");
        string root = outRoot ?? DefaultOut;
        for (int k = 0; k < protocol.Stages.Count; k++)
        {
            if (only is int o && o != k + 1) continue;
            var stage = protocol.Stages[k];
            string? previous = k > 0 ? Path.Combine(root, protocol.Stages[k - 1].Name) : null;
            string scenario = stage.Start == "previous" ? Path.Combine(previous!, "calibrated-scenario.json") : protocol.Scenario;
            string? carried = stage.Bootstrap == 0 && previous is not null && File.Exists(Path.Combine(previous, ParameterSet.FileName))
                ? Path.Combine(previous, ParameterSet.FileName) : null;
            terminal.Line($"stage {k + 1} of {protocol.Stages.Count} ({stage.Name}): {stage.About}");
            int code = calibrate(new CalibrateArgs(scenario, null, protocol.Targets, stage.FreeArguments, stage.Budget, stage.Clients, stage.Months,
                stage.Replications, stage.Seed, stage.Bootstrap, null, DefaultStarts, DefaultMinN, false, threads, Path.Combine(root, stage.Name), force, lang)
                { Shard = shard, Slurm = slurm, ParameterSet = carried });
            if (code != 0) return code;
        }
        // The whole protocol: the set to ship is the raw refits of the last stage that made any, re-centred in one step
        // on every stage's estimates (each parameter on the last stage that fitted it, within that stage's bounds), as
        // calibrate-recentre does with the shipped outputs. Re-centring the carried sets stage after stage would depend
        // on where an intermediate stage's bounds clamped them.
        var refitting = protocol.Stages.LastOrDefault(s => s.Bootstrap > 0);
        if (only is null && shard is null && !slurm.Active && refitting is not null)
        {
            string raw = Path.Combine(root, refitting.Name, "bootstrap.csv");
            OutputFile.Replace(Path.Combine(root, ShippedSetName),
                temp => ParameterSet.RecentreOn(raw, temp, protocol.Estimates(s => Path.Combine(root, s.Name))));
            terminal.Line($"wrote {Path.Combine(root, ShippedSetName)}: stage {refitting.Name}'s refits re-centred on the estimates of every stage, the set to ship as {Analysis.ParameterDraws.DefaultFile}");
        }
        return 0;
    }

    /// <summary><c>calibrate-recentre SET --out FILE</c>: SET may be the output itself (with --force).</summary>
    public static int Recentre(string set, string protocolFile, string outPath, bool force, ITerminal terminal)
    {
        var protocol = CalibrationProtocol.Load(protocolFile);
        string full = Path.GetFullPath(outPath);
        if (Directory.Exists(full)) throw new InputException($"--out {outPath}: is a folder; expected a file name such as calibration-bootstrap.csv");
        if (File.Exists(full) && !force) throw new InputException($"{outPath}: file exists; pass --force to replace it, or choose another --out");
        int columns = 0;
        IReadOnlyList<string> dropped = [];
        OutputFile.Replace(outPath, temp => (columns, dropped) = ParameterSet.RecentreOnShipped(set, temp, protocol, "."));
        terminal.Line($"wrote {outPath}: {columns} parameter(s) re-centred on the estimates of {protocolFile}'s shipped outputs" +
                      (dropped.Count > 0 ? $"; left out (not a model parameter): {string.Join(", ", dropped)}" : ""));
        return 0;
    }
}
