namespace Resilience.Model;

/// <summary>Metadata of one model parameter or policy lever: its published dotted name, default, allowed range,
/// unit and provenance (a seed section such as "[003 Table 7]", or "assumption"). The default lives here only;
/// <see cref="Parameters"/> reads it by reflection so that value and documentation cannot drift apart.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ParamAttribute(string name, double defaultValue, double min, double max, string unit, string source,
    string description) : Attribute
{
    public string Name { get; } = name;
    public double Default { get; } = defaultValue;
    public double Min { get; } = min;
    public double Max { get; } = max;
    public string Unit { get; } = unit;
    public string Source { get; } = source;
    public string Description { get; } = description;
    /// <summary>A policy lever of MODEL.md §4 (set in a scenario's <c>levers</c>); otherwise a model parameter
    /// (set in a scenario's <c>parameters</c>, the object calibration fits).</summary>
    public bool Lever { get; init; }
}
