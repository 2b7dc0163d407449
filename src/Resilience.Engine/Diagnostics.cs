namespace Resilience.Engine;

/// <summary>A figure that summarises a whole run and is not a calibration target: written to
/// <c>summary.csv</c> after the metrics, with how it is read.
/// <paramref name="Reads"/> are the accumulators it needs, laid out with the metrics' (<see cref="Acc"/>).</summary>
public sealed record Diagnostic(string Name, string Reading, Func<double[][], double> Evaluate, Rule[] Reads);

/// <summary>Run-level diagnostics of the mechanisms: what happens after a sanction and after an exit to work.</summary>
public static class Diagnostics
{
    /// <summary>Months after a sanction in which a client counts as exposed ("the six months after").</summary>
    public const int SanctionWindowMonths = 6;

    /// <summary>Spell bands of the comparison: under 1 year, 1–3, 3–5, 5 years or more.</summary>
    public const int SpellBands = 4;

    /// <summary>Per stratum of spell band × resilience type: exposed person-months, their exits to work, unexposed
    /// person-months, their exits to work (filled by <see cref="Observer"/>).</summary>
    public static readonly Rule SanctionStrataBlock = Rule.Block("sanction strata", 4 * SpellBands * 3);

    public static int SpellBand(int spellMonths) => spellMonths < 12 ? 0 : spellMonths < 36 ? 1 : spellMonths < 60 ? 2 : 3;

    /// <summary>Mantel–Haenszel rate ratio of exits to work, sanctioned (1–6 months after a sanction) vs not, over
    /// strata of month × spell band × resilience type: Σ a₁·n₀/n ÷ Σ a₀·n₁/n, with a the exits and n the
    /// person-months at risk. NaN when no stratum holds both exposed and unexposed clients.</summary>
    public static double SanctionExitHazardRatio(double[][] raw)
    {
        double num = 0, den = 0;
        for (int m = 1; m < raw.Length; m++)
            for (int k = 0; k < Acc.SanctionStrataCount; k++)
            {
                int o = Acc.SanctionStrata + 4 * k;
                double n1 = raw[m][o], a1 = raw[m][o + 1], n0 = raw[m][o + 2], a0 = raw[m][o + 3], n = n0 + n1;
                if (n1 == 0 || n0 == 0) continue;
                num += a1 * n0 / n;
                den += a0 * n1 / n;
            }
        return den > 0 ? num / den : double.NaN;
    }

    /// <summary>Σ over months of the accumulator of <paramref name="part"/> ÷ that of <paramref name="whole"/>.</summary>
    private static Diagnostic RunRatio(string name, string reading, Rule part, Rule whole) =>
        new(name, reading, r => Ratio(r, Acc.IndexOf(part), Acc.IndexOf(whole)), [part, whole]);

    private static double Ratio(double[][] raw, int num, int den)
    {
        double a = Reading.Sum(raw, num, 1), b = Reading.Sum(raw, den, 1);
        return b > 0 ? a / b : double.NaN;
    }

    public static readonly Diagnostic[] All =
    [
        new("sanction_exit_hazard_ratio", "exit-to-work hazard 1–6 months after a sanction ÷ that of comparable clients not sanctioned (Mantel–Haenszel over month × spell band × resilience type)",
            SanctionExitHazardRatio, [SanctionStrataBlock]),
        RunRatio("post_exit_on_ww_6m", "share of exits to work on WW 6 months after the exit, over the run",
            Rule.Count(Is.WorkExit6MonthsAgo | Is.OnWw), Rule.Count(Is.WorkExit6MonthsAgo)),
        RunRatio("post_exit_back_on_benefit_6m", "share of exits to work back on bijstand (waiting, on benefit or part-time with top-up) 6 months after the exit",
            Rule.Count(Is.WorkExit6MonthsAgo | Is.Caseload), Rule.Count(Is.WorkExit6MonthsAgo)),
        RunRatio("post_exit_back_on_benefit_18m", "share of exits to work back on bijstand 18 months after the exit",
            Rule.Count(Is.WorkExit18MonthsAgo | Is.Caseload), Rule.Count(Is.WorkExit18MonthsAgo)),
    ];
}
