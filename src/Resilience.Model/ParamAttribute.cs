namespace Resilience.Model;

/// <summary>What a parameter's source supports: the number itself, only the direction of the effect, or nothing
/// (a modelling assumption). Sensitivity screening covers every parameter whose size is not a
/// <see cref="Number"/>.</summary>
public enum Evidence
{
    /// <summary>A law's number (Participatiewet, WW): fixed, changed only by a scenario.</summary>
    Statute,
    /// <summary>A policy lever's default: today's practice, which a scenario changes.</summary>
    PolicySetting,
    /// <summary>A study's or a statistic's figure, used as measured.</summary>
    Measured,
    /// <summary>Fitted here to the descriptive targets (docs/calibration); its uncertainty is the bootstrap set.</summary>
    Calibrated,
    /// <summary>The cited source gives the direction (or a range or a target the value was tuned to); the size is
    /// assumed.</summary>
    Direction,
    /// <summary>A modelling choice with no number or direction in the sources.</summary>
    Assumption,
}

public static class EvidenceKinds
{
    /// <summary>Whether the value's size is not fixed by a law, a policy setting or a measurement: an assumed size
    /// (direction or assumption) or a fitted one. The default sensitivity screening covers these.</summary>
    public static bool SizeIsUncertain(this Evidence e) => e is Evidence.Direction or Evidence.Assumption or Evidence.Calibrated;
}

/// <summary>Metadata of one model parameter or policy lever: its published dotted name, default, allowed range,
/// unit, what its source supports (<see cref="Evidence"/>) and the source itself (a seed section such as
/// "[003 Table 7]", a statute, a statistic, or "assumption"). The default lives here only: <see cref="Parameters"/>
/// is filled from it by reflection, and the documentation is generated from the same attribute.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ParamAttribute(string name, double defaultValue, double min, double max, string unit, Evidence evidence,
    string source, string description) : Attribute
{
    public string Name { get; } = name;
    public double Default { get; } = defaultValue;
    public double Min { get; } = min;
    public double Max { get; } = max;
    public string Unit { get; } = unit;
    public Evidence Evidence { get; } = evidence;
    public string Source { get; } = source;
    public string Description { get; } = description;
    /// <summary>A policy lever of MODEL.md §4 (set in a scenario's <c>levers</c>); otherwise a model parameter
    /// (set in a scenario's <c>parameters</c>, the object calibration fits).</summary>
    public bool Lever { get; init; }
    /// <summary>Lower end of the prior where the source says more than the default band of <see cref="Priors"/>
    /// (NaN: the band).</summary>
    public double PriorLow { get; init; } = double.NaN;
    /// <summary>Upper end of the prior where the source says more than the default band (NaN: the band).</summary>
    public double PriorHigh { get; init; } = double.NaN;
}
