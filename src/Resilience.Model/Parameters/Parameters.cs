namespace Resilience.Model;

/// <summary>
/// Every policy lever (MODEL.md §4) and model parameter, each a public field carrying its metadata in a
/// <see cref="ParamAttribute"/>, declared in one file per domain under Parameters/ (beside the rule files that read them).
/// Submodels read the fields directly; files, the CLI, calibration and the workshop go through
/// <see cref="ParameterRegistry"/> by dotted name, in the order of the names. Rates are per month unless the unit says otherwise.
/// </summary>
public sealed partial class Parameters
{
    /// <summary>A fresh set holding every default.</summary>
    public Parameters() => ParameterRegistry.ApplyDefaults(this);

    public Parameters Clone() => (Parameters)MemberwiseClone();
}
