namespace Resilience.Analysis.Calibration;

/// <summary>How well the targets pin a fitted parameter down (a verdict per parameter in the fit report).</summary>
public enum Identification
{
    /// <summary>Narrow interval well inside the bounds, and the objective curves clearly along the parameter.</summary>
    Identified,
    /// <summary>Between the two: a wide interval, one that reaches a bound, or a shallow objective.</summary>
    Weakly,
    /// <summary>The objective is flat along the parameter, or the refits spread over (nearly) the whole bounds.</summary>
    NotIdentified,
}

/// <summary>Which bound of its range an estimate lies at.</summary>
public enum BoundSide { Low, High }

/// <summary>
/// The identification verdict from two independent kinds of evidence, both measured as a share of the parameter's
/// bound width (the bounds are the range the researcher considers possible, so "a third of the bounds" reads the same
/// for every parameter):
/// <list type="number">
/// <item>the bootstrap interval: its width, and whether it reaches a bound (then the data do not exclude the edge of
/// the range, and the refits' spread is cut off there);</item>
/// <item>the curvature of the objective along the parameter at the estimate, from a central second difference
/// (J(θ̂+h) + J(θ̂−h) − 2J(θ̂)) / h² with the other parameters held at the estimate and h a tenth of the bounds: it gives
/// the width 2·√(2/c) over which a quadratic with that curvature rises by 1 — one band half-width squared for a
/// target of a targets file, one (observed + simulated) standard error for a panel moment (of a one-moment
/// family) — from the estimate on either side. With common random numbers a parameter that cannot act on any
/// target leaves the objective exactly unchanged: curvature 0, width infinite.</item>
/// </list>
/// A parameter is identified when both widths are at most <see cref="IdentifiedWidth"/> and the interval reaches no
/// bound; not identified when either width is at least <see cref="NotIdentifiedWidth"/>, or the interval reaches both
/// bounds; weakly identified otherwise. The thresholds are conventions (like a 5% significance level), chosen so that
/// the verdict reads as the words say; the two widths are written beside the verdict, so a reader can apply another.
/// Local curvature alone can miss a second basin, and a narrow interval alone can come from refits that all stopped
/// near the start: requiring both to agree guards against either failure.
/// </summary>
public static class IdentificationRule
{
    /// <summary>Convention: an interval (or curvature width) within a third of the bounds identifies the parameter.</summary>
    public const double IdentifiedWidth = 1.0 / 3;

    /// <summary>Convention: an interval (or curvature width) over nine tenths of the bounds or more leaves the
    /// parameter unidentified: the targets say little more than the bounds the researcher gave.</summary>
    public const double NotIdentifiedWidth = 0.9;

    /// <summary>An interval end within this share of the bound width from a bound reaches it.</summary>
    public const double BoundTolerance = 0.01;

    /// <summary>The curvature step h, a share of the bound width: wide enough to see past the small-scale roughness
    /// of a simulated objective, narrow enough to stay local.</summary>
    public const double CurvatureStep = 0.1;

    /// <summary>Rise of the objective that defines the curvature width (see the class summary).</summary>
    public const double CurvatureRise = 1;

    /// <summary>Width (share of the bounds) over which a quadratic with curvature <paramref name="curvature"/>
    /// (second derivative on the unit scale of the bounds) rises by <see cref="CurvatureRise"/> either side;
    /// infinite when the objective does not curve upward.</summary>
    public static double CurvatureWidth(double curvature) =>
        curvature > 0 && double.IsFinite(curvature) ? 2 * Math.Sqrt(2 * CurvatureRise / curvature) : double.PositiveInfinity;

    /// <summary>The verdict. <paramref name="low"/> and <paramref name="high"/> are the interval on the unit scale
    /// of the bounds (NaN without a bootstrap); <paramref name="curvatureWidth"/> is <see cref="CurvatureWidth"/>
    /// (NaN when not measured). With neither, there is nothing to go on: weakly.</summary>
    public static Identification Classify(double low, double high, double curvatureWidth)
    {
        bool interval = double.IsFinite(low) && double.IsFinite(high);
        bool curvature = !double.IsNaN(curvatureWidth);
        double width = interval ? high - low : double.NaN;
        bool atLow = interval && low <= BoundTolerance, atHigh = interval && high >= 1 - BoundTolerance;
        if ((curvature && curvatureWidth >= NotIdentifiedWidth) || (interval && (width >= NotIdentifiedWidth || (atLow && atHigh))))
            return Identification.NotIdentified;
        if ((interval || curvature) && (!curvature || curvatureWidth <= IdentifiedWidth) && (!interval || (width <= IdentifiedWidth && !atLow && !atHigh)))
            return Identification.Identified;
        return Identification.Weakly;
    }

    /// <summary>The bound <paramref name="estimate"/> lies at: within <see cref="BoundTolerance"/> of the bounds' width
    /// from <paramref name="low"/> or <paramref name="high"/>; null inside. An estimate at a bound is not identified by
    /// the targets within the range: the optimum may lie beyond it, so the bound decides the value and its interval is
    /// one-sided.</summary>
    public static BoundSide? AtBound(double estimate, double low, double high)
    {
        double tolerance = BoundTolerance * (high - low);
        return estimate <= low + tolerance ? BoundSide.Low : estimate >= high - tolerance ? BoundSide.High : null;
    }

    /// <summary>The token written in fitted-parameters.csv's at_bound column: low, high or empty.</summary>
    public static string Token(BoundSide? side) => side switch { BoundSide.Low => "low", BoundSide.High => "high", _ => "" };

    /// <summary>The key of the verdict's label in the label catalogue.</summary>
    public static string LabelKey(Identification verdict) => verdict switch
    {
        Identification.Identified => "fit.identification.identified",
        Identification.Weakly => "fit.identification.weakly",
        _ => "fit.identification.notIdentified",
    };

    /// <summary>The token written in fitted-parameters.csv.</summary>
    public static string Token(Identification verdict) => verdict switch
    {
        Identification.Identified => "identified",
        Identification.Weakly => "weakly identified",
        _ => "not identified",
    };
}
