using System.Globalization;
using System.Text;
using Resilience.Engine;
using Resilience.Model;
using DebtStatusEnum = Resilience.Model.DebtStatus;
using EducationEnum = Resilience.Model.Education;
using HouseholdEnum = Resilience.Model.Household;
using OriginEnum = Resilience.Model.Origin;
using SexEnum = Resilience.Model.Sex;
using StatusEnum = Resilience.Model.Status;

namespace Resilience.IO;

/// <summary>How a panel column's values are stored and checked. CSV holds them all as text; Parquet as INT32
/// (integers, identifiers), DOUBLE (numbers) and dictionary-encoded UTF-8 strings (categories).</summary>
public enum PanelKind
{
    /// <summary>A whole number within [Min, Max].</summary>
    Integer,
    /// <summary>A real number within [Min, Max].</summary>
    Number,
    /// <summary>One of <see cref="PanelColumn.Categories"/> (case-insensitive on reading).</summary>
    Category,
    /// <summary>Any non-empty label (the simulator writes the client number; an observed panel may use text).</summary>
    Identifier,
}

/// <summary>One column of the person-month panel (MODEL.md §6): its place in the file, name, kind, allowed values and
/// meaning. Readers and writers of both formats take everything about a column from here.</summary>
public sealed record PanelColumn(int Index, string Name, PanelKind Kind, string Meaning)
{
    public bool Required { get; init; }
    public double Min { get; init; }
    public double Max { get; init; } = int.MaxValue;
    public string[] Categories { get; init; } = [];

    /// <summary>What the column allows, in words (messages and docs).</summary>
    public string Allowed => Kind switch
    {
        PanelKind.Category => "one of " + string.Join(", ", Categories),
        PanelKind.Identifier => "any non-empty label",
        PanelKind.Integer => $"an integer from {Bound(Min)} to {(Max >= int.MaxValue - 1 ? "any" : Bound(Max))}",
        _ => $"a number from {Bound(Min)} to {Bound(Max)}",
    };

    private static string Bound(double v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The person-month panel that <c>run --panel</c> writes (<c>panel.csv</c> or <c>panel.parquet</c>) and that
/// <c>moments</c> and <c>calibrate --panel</c> read: one definition of the columns, their order, their allowed values
/// and how each value is taken from a client's state.
/// </summary>
public static class PanelSchema
{
    private static string[] Names<T>() where T : struct, Enum => Enum.GetNames<T>();

    public static readonly PanelColumn Replication = new(0, "replication", PanelKind.Integer, "replication number (0, 1, …); people of different replications are different people");
    public static readonly PanelColumn PersonId = new(1, "person_id", PanelKind.Identifier, "the person: the client number within the replication") { Required = true };
    public static readonly PanelColumn Month = new(2, "month", PanelKind.Integer, "month of the run (0 = initial state); observed panels count from 0 at the start of observation") { Required = true, Max = int.MaxValue - 1 };
    public static readonly PanelColumn Age = new(3, "age", PanelKind.Integer, "age in whole years") { Max = 120 };
    public static readonly PanelColumn Sex = new(4, "sex", PanelKind.Category, "sex") { Categories = Names<SexEnum>() };
    public static readonly PanelColumn Household = new(5, "household", PanelKind.Category, "household type") { Categories = Names<HouseholdEnum>() };
    public static readonly PanelColumn Origin = new(6, "origin", PanelKind.Category, "migration background") { Categories = Names<OriginEnum>() };
    public static readonly PanelColumn Education = new(7, "education", PanelKind.Category, "education level") { Categories = Names<EducationEnum>() };
    public static readonly PanelColumn Status = new(8, "status", PanelKind.Category, "benefit and work status this month") { Required = true, Categories = Names<StatusEnum>()[..^1] }; // NotEntered is internal
    public static readonly PanelColumn Hours = new(9, "hours", PanelKind.Number, "weekly hours of paid work") { Max = 168 };
    public static readonly PanelColumn Resilience = new(10, "resilience", PanelKind.Category, "resilience type") { Categories = Names<ResilienceType>() };
    public static readonly PanelColumn DebtStatus = new(11, "debt_status", PanelKind.Category, "debt trajectory") { Categories = Names<DebtStatusEnum>() };
    public static readonly PanelColumn LadderRung = new(12, "ladder_rung", PanelKind.Integer, "participation-ladder rung") { Min = 1, Max = 6 };
    public static readonly PanelColumn SpellMonths = new(13, "spell_months", PanelKind.Integer, "months in the current benefit spell") { Max = 12 * 120 };
    public static readonly PanelColumn CoachId = new(14, "coach_id", PanelKind.Integer, "the client's coach");
    public static readonly PanelColumn CoachTrust = new(15, "coach_trust", PanelKind.Number, "trust in the coach, rounded to 4 decimals") { Max = 1 };
    public static readonly PanelColumn Sanctioned = new(16, "sanctioned", PanelKind.Integer, "1 if a sanction runs (or was imposed) this month, else 0") { Max = 1 };

    /// <summary>The columns in file order (<c>Columns[c.Index] == c</c>).</summary>
    public static readonly IReadOnlyList<PanelColumn> Columns =
    [
        Replication, PersonId, Month, Age, Sex, Household, Origin, Education, Status, Hours, Resilience, DebtStatus,
        LadderRung, SpellMonths, CoachId, CoachTrust, Sanctioned,
    ];

    public static int Count => Columns.Count;

    /// <summary>The column of that name (case-insensitive), or null for a column the panel does not define.</summary>
    public static PanelColumn? Find(string name)
    {
        foreach (var c in Columns)
            if (string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) return c;
        return null;
    }

    /// <summary>Whether a client has a row this month: people who have not entered yet have none.</summary>
    public static bool HasRow(in Client c) => c.Status != StatusEnum.NotEntered;

    /// <summary>The values of client <paramref name="i"/>'s row at the simulation's current month, in column order;
    /// a category as its index in <see cref="PanelColumn.Categories"/>.</summary>
    public static void Row(Simulation sim, int i, Span<double> row)
    {
        ref readonly var c = ref sim.State[i];
        row[Replication.Index] = sim.Replication;
        row[PersonId.Index] = i;
        row[Month.Index] = sim.Month;
        row[Age.Index] = c.AgeMonths / 12;
        row[Sex.Index] = (int)c.Sex;
        row[Household.Index] = (int)c.Household;
        row[Origin.Index] = (int)c.Origin;
        row[Education.Index] = (int)c.Education;
        row[Status.Index] = (int)c.Status;
        row[Hours.Index] = c.Hours;
        row[Resilience.Index] = (int)c.Resilience;
        row[DebtStatus.Index] = (int)c.DebtStatus;
        row[LadderRung.Index] = c.LadderRung;
        row[SpellMonths.Index] = c.SpellMonths;
        row[CoachId.Index] = c.CoachId;
        row[CoachTrust.Index] = RoundTrust(c.CoachTrust);
        row[Sanctioned.Index] = c.SanctionMonthsLeft > 0 || (c.Events & MonthEvents.Sanction) != 0 ? 1 : 0;
    }

    /// <summary>Trust as the panel holds it: the value of its 4-decimal text, so that CSV and Parquet hold the same
    /// number (rounding the float arithmetically can differ from its formatted digits in the last place).</summary>
    public static double RoundTrust(float trust)
    {
        Span<char> text = stackalloc char[32];
        trust.TryFormat(text, out int n, "0.####", CultureInfo.InvariantCulture);
        return double.Parse(text[..n], CultureInfo.InvariantCulture);
    }

    /// <summary>Write one value as CSV text (never needs quoting): integers in full, numbers in their shortest
    /// round-trip form, categories by name.</summary>
    public static bool TryFormat(PanelColumn column, double value, Span<char> destination, out int written) => column.Kind switch
    {
        PanelKind.Category => TryCopy(column.Categories[(int)value], destination, out written),
        PanelKind.Number => value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture),
        _ => ((long)value).TryFormat(destination, out written, default, CultureInfo.InvariantCulture),
    };

    private static bool TryCopy(string text, Span<char> destination, out int written)
    {
        written = text.Length;
        return text.AsSpan().TryCopyTo(destination);
    }

    /// <summary>The panel columns as a Markdown table (docs/outputs.md; <c>columns --panel</c>).</summary>
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| column | required when read | CSV / Parquet type | allowed | meaning |").AppendLine("|---|---|---|---|---|");
        foreach (var c in Columns)
        {
            string type = c.Kind switch
            {
                PanelKind.Category => "text / dictionary-encoded string",
                PanelKind.Number => "number / double",
                PanelKind.Identifier => "integer / int32 (text also read)",
                _ => "integer / int32",
            };
            sb.AppendLine($"| `{c.Name}` | {(c.Required ? "yes" : "no")} | {type} | {c.Allowed} | {c.Meaning} |");
        }
        return sb.ToString();
    }
}
