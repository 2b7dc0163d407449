using System.Globalization;
using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis;

/// <summary>How an effect reads to a policymaker: clearly better or worse by an amount that matters
/// (<see cref="Outcome.Matters"/>), clear but too small to matter, or not clear (the interval includes zero).</summary>
public enum Verdict { Better, Worse, Small, Unclear }

/// <summary>
/// Numbers and verdicts in a reader's words, in the language of a label catalogue: one unit per outcome (shares in
/// % of the caseload and their effects in percentage points; counts per 1,000 clients over the run; scores 0–1;
/// euros per client over the run), and the scaling to a municipality's caseload per year. Shared by the reports
/// and the CLI's tables.
/// </summary>
public sealed class Wording(Labels labels)
{
    public Labels Labels { get; } = labels;
    private CultureInfo C => Labels.Culture;

    public static Verdict Judge(Outcome o, Effect e)
    {
        if (!(e.Low > 0 || e.High < 0)) return Verdict.Unclear;
        if (Math.Abs(e.Estimate) < o.Matters) return Verdict.Small;
        return (e.Estimate < 0) == o.LowerIsBetter ? Verdict.Better : Verdict.Worse;
    }

    public string Label(Outcome o) => Labels.Outcome(o.Name).Label;

    /// <summary>The outcome's unit as shown next to its levels; effects of shares are in <see cref="EffectUnit"/>.</summary>
    public string Unit(Outcome o) => Labels.Unit(o.Unit);

    public string EffectUnit(Outcome o) => o.IsShare ? Labels.Unit("share.effect") : Unit(o);

    private static string Sign(string s, double v) => v > 0 ? "+" + s : v < 0 ? "−" + s : s;

    public string Euro(double v, bool signed = false)
    {
        if (!double.IsFinite(v)) return "–";
        string n = Math.Abs(v).ToString("#,0", C);
        string s = Labels.T("euro", n);
        return signed ? Sign(s, Math.Round(v)) : v < 0 ? "−" + s : s;
    }

    /// <summary>A level: "3.9%", "123 per 1,000", "0.55", "€61,558".</summary>
    public string Level(Outcome o, double v) => !double.IsFinite(v) ? "–"
        : o.IsShare ? (100 * v).ToString("0.0", C) + "%"
        : o.Unit.StartsWith('€') ? Euro(v)
        : o.Unit == "score" ? v.ToString("0.000", C)
        : v.ToString("0", C);

    /// <summary>An effect with its sign in the outcome's effect unit, without the unit: "+1.3", "−0.8", "+€292".</summary>
    public string Effect(Outcome o, double v) => !double.IsFinite(v) ? "–"
        : o.IsShare ? Sign(Math.Abs(100 * v).ToString("0.0", C), Math.Round(1000 * v))
        : o.Unit.StartsWith('€') ? Euro(v, signed: true)
        : o.Unit == "score" ? Sign(Math.Abs(v).ToString("0.000", C), Math.Round(1000 * v))
        : Sign(Math.Abs(v).ToString("0.0", C), Math.Round(10 * v));

    /// <summary>An effect with its short unit: "−0.8 pt", "+11.9 per 1,000", "+€292".</summary>
    public string EffectWithUnit(Outcome o, double v) =>
        Effect(o, v) + (o.IsShare ? " " + Labels.T("pt") : o.Unit == "per 1,000 clients" ? " " + Labels.T("per1000short") : "");

    public string Interval(Outcome o, Effect e) => $"[{Effect(o, e.Low)}; {Effect(o, e.High)}]";

    public string VerdictText(Verdict v) => Labels.T("verdict." + v.ToString().ToLowerInvariant());

    /// <summary>The effect scaled to a caseload of <paramref name="caseload"/> clients: people at the end for shares,
    /// people per year for counts, euros per year for costs; null for scores (nothing to count).</summary>
    public string? Scaled(Outcome o, double effect, int caseload, int months)
    {
        double years = months / 12.0;
        if (o.IsShare) return Labels.T("scaled.people", Sign(Math.Abs(effect * caseload).ToString("#,0", C), Math.Round(effect * caseload)));
        if (o.Unit == "per 1,000 clients") return Labels.T("scaled.peoplePerYear", Sign(Math.Abs(effect * caseload / 1000 / years).ToString("#,0", C), Math.Round(effect * caseload / 1000 / years)));
        if (o.Unit.StartsWith('€')) return Labels.T("scaled.euroPerYear", Euro(Rounded(effect * caseload / years), signed: true));
        return null;
    }

    /// <summary>A scaled-up sum to the precision it has: thousands above €10,000, hundreds above €1,000.</summary>
    public static double Rounded(double v) => Math.Abs(v) >= 10_000 ? Math.Round(v / 1000) * 1000 : Math.Abs(v) >= 1000 ? Math.Round(v / 100) * 100 : Math.Round(v);

    public string Subgroup(int index) => Labels.Subgroup(Subgroups.All[index].Dimension, Subgroups.All[index].Name);

    public string Number(double v, string format = "#,0") => v.ToString(format, C);

    public string Lever(ParamDef d) => Labels.Lever(d).Label;

    /// <summary>An uncertain parameter in plain words, for "depends most on …": in English its own description, in
    /// another language (descriptions are English only) its domain; both with its evidence and its code.</summary>
    public string Assumption(ParamDef d)
    {
        string evidence = Labels.T("evidence." + d.Meta.Evidence.ToString().ToLowerInvariant());
        return Labels.Language == "en"
            ? Labels.T("assumption.described", char.ToLowerInvariant(d.Meta.Description[0]) + d.Meta.Description[1..].TrimEnd('.'), evidence, d.Name)
            : Labels.T("assumption.domain", Labels.Domain(d.Name), evidence, d.Name);
    }

    /// <summary>The verdict on an effect over parameter draws: a direction only when at least
    /// <see cref="UncertaintyOutputs.Confident"/> of the draws agree on it, and "small" when its mean does not matter.</summary>
    public static Verdict Judge(Outcome o, DrawnEffect e)
    {
        if (e.ProbabilityOfSign < UncertaintyOutputs.Confident || e.Sign == 0) return Verdict.Unclear;
        if (Math.Abs(e.Mean) < o.Matters) return Verdict.Small;
        return (e.Mean < 0) == o.LowerIsBetter ? Verdict.Better : Verdict.Worse;
    }
}
