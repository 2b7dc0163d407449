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

    /// <summary>The middle of a share or score on [0, 1]: the neutral value assumed where nothing has been observed.</summary>
    public const double MidScale = 0.5;
}

/// <summary>Ages that statutes and the caseload's definition fix (in years): one place for every submodel.</summary>
public static class Ages
{
    /// <summary>Adulthood: the youngest age on the caseload, and when a child stops being a child of the household.</summary>
    public const int Adult = 18;

    /// <summary>Under this age the youth rules apply (search period, youth desk; Participatiewet art. 41 lid 4).</summary>
    public const int Youth = 27;

    /// <summary>From this age the caseload's older band starts (MODEL.md §7: 18–26, 27–49, 50+).</summary>
    public const int Older = 50;

    /// <summary>The last age on benefit before the state pension.</summary>
    public const int LastOnBenefit = StatePension - 1;

    /// <summary>State pension (AOW) age: clients leave the caseload.</summary>
    public const int StatePension = 67;
}
