namespace Resilience.Model;

/// <summary>Unit conversions and calendar facts: numbers that are not model assumptions and have no source to
/// cite. Everything else is a parameter in <see cref="Parameters"/>.</summary>
public static class Units
{
    public const int MonthsPerYear = 12;

    /// <summary>A full-time working week in hours.</summary>
    public const int FullTimeHours = 40;

    /// <summary>Average weeks in a month (52 / 12, rounded as payroll rules do).</summary>
    public const double WeeksPerMonth = 4.33;

    /// <summary>Divisor of a quantity stated "per €1,000".</summary>
    public const double Thousand = 1000.0;
}
