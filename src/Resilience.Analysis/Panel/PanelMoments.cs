using System.Globalization;
using Resilience.Model;

namespace Resilience.Analysis.Panel;

/// <summary>Optional panel columns that moments can use (MODEL.md §6: missing columns are simply not used).</summary>
[Flags]
public enum PanelColumns
{
    None = 0,
    Hours = 1,
    Resilience = 2,
    DebtStatus = 4,
    LadderRung = 8,
    SpellMonths = 16,
    All = Hours | Resilience | DebtStatus | LadderRung | SpellMonths,
}

/// <summary>One person-month, as read from a panel file or taken from a running simulation. Optional values that
/// are unknown are negative (or NaN for hours).</summary>
public struct PanelRecord
{
    /// <summary>Dense index of the person within one <see cref="PanelMoments"/> (0, 1, 2, …).</summary>
    public int Person;
    public int Month;
    public Status Status;
    public float Hours;
    public sbyte Resilience;
    public sbyte Debt;
    public sbyte Ladder;
    public int Spell;
}

/// <summary>
/// The moments of MODEL.md §6, accumulated on the fly from a stream of person-month records, so that an
/// observed panel file and a simulated run go through the same code. Rows of one person must come in increasing
/// month order (a panel sorted by person or by month both qualify). Memory grows with the number of people, never
/// with the number of rows: per person only the previous month's record and an open exit window are kept.
/// </summary>
public sealed class PanelMoments
{
    // Moment names (the tidy CSV's "moment" column; also usable in targets files).
    public const string StatusShare = "status_share";
    public const string ResilienceShare = "resilience_share";
    public const string ProblematicDebtShare = "problematic_debt_share";
    public const string StatusTransition = "status_transition";
    public const string ExitHazard = "exit_to_work_hazard";
    public const string OffAfterExit = "off_benefit_after_exit";
    public const string ReentryHazard = "reentry_hazard";
    public const string TypeTransition = "type_transition_rate";
    public const string HoursAfterExit = "hours_after_exit";
    public const string LadderShare = "ladder_share";
    public const string Ladder12BySpell = "ladder_1_2_by_spell";

    /// <summary>What each moment is, for reports and the README.</summary>
    public static readonly IReadOnlyList<(string Name, string Description, PanelColumns Needs)> Catalogue =
    [
        (StatusShare, "share of the people observed in a month with each status (band = status), by month", PanelColumns.None),
        (ResilienceShare, "share of the caseload (Waiting, OnBenefit, PartTimeWithTopUp) of each resilience type (band), by month", PanelColumns.Resilience),
        (ProblematicDebtShare, "share of the caseload with problematic debts (Problematic or Stuck), by month and pooled over months (no month)", PanelColumns.DebtStatus),
        (StatusTransition, "monthly transition rate between statuses (band From>To): the share of people with status From in one month who have status To the next", PanelColumns.None),
        (ExitHazard, "monthly hazard of leaving the caseload for work, by spell band <12, 12-36, >36 months at the month before (spell_months, else months observed in the spell)", PanelColumns.None),
        (OffAfterExit, "share of exits to work still off benefit 6 and 18 months later (band), among exits observed that long", PanelColumns.None),
        (ReentryHazard, "monthly hazard of returning to the caseload after an exit to work (band work) or for other reasons (band other)", PanelColumns.None),
        (TypeTransition, "monthly rate of coping→adaptive among coping and adaptive→coping among adaptive caseload clients (band)", PanelColumns.Resilience),
        (HoursAfterExit, "distribution of weekly hours among people off benefit through work (band 0, 1-11, 12-16, 17-31, 32+)", PanelColumns.Hours),
        (LadderShare, "share of the caseload on each participation-ladder rung (band 1-6), pooled over months", PanelColumns.LadderRung),
        (Ladder12BySpell, "share of the caseload on rungs 1-2 by spell band <12, 12-36, >36 months (P11)", PanelColumns.LadderRung),
    ];

    public static readonly string[] SpellBands = ["<12", "12-36", ">36"];
    public static readonly string[] HoursBands = ["0", "1-11", "12-16", "17-31", "32+"];
    private static readonly string[] StatusNames = Enum.GetNames<Status>()[..^1];
    private static readonly string[] TypeNames = Enum.GetNames<ResilienceType>();

    private const int NoMonth = int.MinValue;

    private readonly PanelColumns _columns;

    // Per person: the previous record and the open exit window.
    private int[] _prevMonth = [];
    private Status[] _prevStatus = [];
    private sbyte[] _prevType = [];
    private int[] _prevSpell = [];
    private int[] _derivedSpell = [];
    private int[] _openExit = [];
    private readonly List<(int Person, int ExitMonth)> _failedExits = [];
    private int _people;

    // Aggregates.
    private readonly SortedDictionary<int, long[]> _statusByMonth = [];
    private readonly SortedDictionary<int, long[]> _typeByMonth = [];
    private readonly SortedDictionary<int, long[]> _debtByMonth = [];
    private readonly long[,] _transitions = new long[StatusNames.Length, StatusNames.Length];
    private readonly long[] _exitEvents = new long[3], _exitAtRisk = new long[3];
    private readonly long[] _offStill = new long[2], _offN = new long[2];
    private readonly long[] _reentryEvents = new long[2], _reentryAtRisk = new long[2];
    private readonly long[] _transitionEvents = new long[2], _transitionAtRisk = new long[2];
    private readonly long[] _hours = new long[HoursBands.Length];
    private long _hoursN;
    private readonly long[] _ladder = new long[7];
    private long _ladderN;
    private readonly long[] _ladder12BySpell = new long[3], _ladderBySpellN = new long[3];

    public PanelMoments(PanelColumns columns) => _columns = columns;

    public PanelColumns Columns => _columns;
    public int People => _people;
    public long Rows { get; private set; }

    private bool Has(PanelColumns c) => (_columns & c) == c;

    private static bool OnCaseload(Status s) => s is Status.Waiting or Status.OnBenefit or Status.PartTimeWithTopUp;

    private static int SpellBand(int spell) => spell < 12 ? 0 : spell <= 36 ? 1 : 2;

    private void Ensure(int person)
    {
        if (person < _prevMonth.Length) return;
        int size = Math.Max(person + 1, Math.Max(1024, _prevMonth.Length * 2));
        int old = _prevMonth.Length;
        Array.Resize(ref _prevMonth, size);
        Array.Resize(ref _prevStatus, size);
        Array.Resize(ref _prevType, size);
        Array.Resize(ref _prevSpell, size);
        Array.Resize(ref _derivedSpell, size);
        Array.Resize(ref _openExit, size);
        Array.Fill(_prevMonth, NoMonth, old, size - old);
        Array.Fill(_openExit, NoMonth, old, size - old);
        Array.Fill(_derivedSpell, -1, old, size - old);
    }

    /// <summary>Forget the link between this person's earlier rows and the next one (a gap in a leniently read
    /// panel): nothing is counted across it, and an open exit window is censored.</summary>
    public void Break(int person)
    {
        Ensure(person);
        _prevMonth[person] = NoMonth;
        _openExit[person] = NoMonth;
        _derivedSpell[person] = -1;
    }

    /// <summary>Add one person-month. The month must follow the person's previous month directly (or be the
    /// person's first, or follow a <see cref="Break"/>); readers check this before calling.</summary>
    public void Add(in PanelRecord r)
    {
        int p = r.Person;
        Ensure(p);
        if (p >= _people) _people = p + 1;
        Rows++;
        bool linked = _prevMonth[p] != NoMonth && _prevMonth[p] == r.Month - 1;
        var status = r.Status;
        bool caseload = OnCaseload(status);

        // Cross-sectional shares by month.
        var st = Row(_statusByMonth, r.Month, StatusNames.Length + 1);
        st[(int)status]++;
        st[^1]++;
        if (caseload && Has(PanelColumns.Resilience) && r.Resilience >= 0)
        {
            var ty = Row(_typeByMonth, r.Month, TypeNames.Length + 1);
            ty[r.Resilience]++;
            ty[^1]++;
        }
        if (caseload && Has(PanelColumns.DebtStatus) && r.Debt >= 0)
        {
            var de = Row(_debtByMonth, r.Month, 2);
            if ((DebtStatus)r.Debt is DebtStatus.Problematic or DebtStatus.Stuck) de[0]++;
            de[1]++;
        }
        if (caseload && Has(PanelColumns.LadderRung) && r.Ladder >= 1)
        {
            _ladder[r.Ladder - 1]++;
            _ladderN++;
        }
        if (status == Status.ExitedToWork && Has(PanelColumns.Hours) && float.IsFinite(r.Hours))
        {
            double h = r.Hours;
            int band = h <= 0 ? 0 : h < 12 ? 1 : h < 17 ? 2 : h < 32 ? 3 : 4;
            _hours[band]++;
            _hoursN++;
        }

        // The spell: the column where given, else months observed in the current caseload spell.
        int derived = caseload ? (linked && OnCaseload(_prevStatus[p]) && _derivedSpell[p] >= 0 ? _derivedSpell[p] + 1 : 0) : -1;
        int spell = Has(PanelColumns.SpellMonths) && r.Spell >= 0 ? r.Spell : derived;
        if (caseload && Has(PanelColumns.LadderRung) && r.Ladder >= 1 && spell >= 0)
        {
            int b = SpellBand(spell);
            _ladderBySpellN[b]++;
            if (r.Ladder <= 2) _ladder12BySpell[b]++;
        }

        // Transitions from the previous month.
        if (linked)
        {
            var prev = _prevStatus[p];
            _transitions[(int)prev, (int)status]++;
            if (OnCaseload(prev))
            {
                if (_prevSpell[p] >= 0)
                {
                    int b = SpellBand(_prevSpell[p]);
                    _exitAtRisk[b]++;
                    if (status == Status.ExitedToWork) _exitEvents[b]++;
                }
                if (Has(PanelColumns.Resilience) && caseload && r.Resilience >= 0)
                {
                    if (_prevType[p] == (sbyte)ResilienceType.Coping)
                    {
                        _transitionAtRisk[0]++;
                        if (r.Resilience == (sbyte)ResilienceType.Adaptive) _transitionEvents[0]++;
                    }
                    else if (_prevType[p] == (sbyte)ResilienceType.Adaptive)
                    {
                        _transitionAtRisk[1]++;
                        if (r.Resilience == (sbyte)ResilienceType.Coping) _transitionEvents[1]++;
                    }
                }
                if (status == Status.ExitedToWork) _openExit[p] = r.Month;
            }
            else
            {
                int from = prev == Status.ExitedToWork ? 0 : 1;
                _reentryAtRisk[from]++;
                if (caseload)
                {
                    _reentryEvents[from]++;
                    // A re-entry fails the open exit window; whether it counts depends on how long the person is
                    // observed, known at the end.
                    if (_openExit[p] != NoMonth) { _failedExits.Add((p, _openExit[p])); _openExit[p] = NoMonth; }
                }
            }
        }
        int open = _openExit[p];
        if (open != NoMonth && !caseload)
        {
            int since = r.Month - open;
            if (since == 6) { _offN[0]++; _offStill[0]++; }
            else if (since == 18) { _offN[1]++; _offStill[1]++; _openExit[p] = NoMonth; }
        }

        _prevMonth[p] = r.Month;
        _prevStatus[p] = status;
        _prevType[p] = Has(PanelColumns.Resilience) ? r.Resilience : (sbyte)-1;
        _prevSpell[p] = caseload ? spell : -1;
        _derivedSpell[p] = derived;
    }

    private static long[] Row(SortedDictionary<int, long[]> table, int month, int width)
    {
        if (!table.TryGetValue(month, out var row)) table[month] = row = new long[width];
        return row;
    }

    /// <summary>The moments the columns allow. Exit windows that end after a person's last observed month are
    /// censored (not counted).</summary>
    public MomentSet Result()
    {
        var offN = (long[])_offN.Clone();
        foreach (var (person, exit) in _failedExits)
        {
            int last = _prevMonth[person];
            if (last == NoMonth) continue; // history broken after the failure: its length is unknown
            if (last >= exit + 6) offN[0]++;
            if (last >= exit + 18) offN[1]++;
        }

        var set = new MomentSet();
        foreach (var (month, row) in _statusByMonth)
            for (int k = 0; k < StatusNames.Length; k++) set.Add(new(StatusShare, month, StatusNames[k]), new(row[k], row[^1]));
        if (Has(PanelColumns.Resilience))
            foreach (var (month, row) in _typeByMonth)
                for (int k = 0; k < TypeNames.Length; k++) set.Add(new(ResilienceShare, month, TypeNames[k]), new(row[k], row[^1]));
        if (Has(PanelColumns.DebtStatus))
        {
            long ev = 0, n = 0;
            foreach (var (month, row) in _debtByMonth)
            {
                set.Add(new(ProblematicDebtShare, month), new(row[0], row[1]));
                ev += row[0];
                n += row[1];
            }
            set.Add(new(ProblematicDebtShare), new(ev, n));
        }
        for (int from = 0; from < StatusNames.Length; from++)
        {
            long n = 0;
            for (int to = 0; to < StatusNames.Length; to++) n += _transitions[from, to];
            for (int to = 0; to < StatusNames.Length; to++)
                set.Add(new(StatusTransition, null, $"{StatusNames[from]}>{StatusNames[to]}"), new(_transitions[from, to], n));
        }
        for (int b = 0; b < 3; b++) set.Add(new(ExitHazard, null, SpellBands[b]), new(_exitEvents[b], _exitAtRisk[b]));
        set.Add(new(OffAfterExit, null, "6"), new(_offStill[0], offN[0]));
        set.Add(new(OffAfterExit, null, "18"), new(_offStill[1], offN[1]));
        set.Add(new(ReentryHazard, null, "work"), new(_reentryEvents[0], _reentryAtRisk[0]));
        set.Add(new(ReentryHazard, null, "other"), new(_reentryEvents[1], _reentryAtRisk[1]));
        if (Has(PanelColumns.Resilience))
        {
            set.Add(new(TypeTransition, null, "coping_to_adaptive"), new(_transitionEvents[0], _transitionAtRisk[0]));
            set.Add(new(TypeTransition, null, "adaptive_to_coping"), new(_transitionEvents[1], _transitionAtRisk[1]));
        }
        if (Has(PanelColumns.Hours))
            for (int b = 0; b < HoursBands.Length; b++) set.Add(new(HoursAfterExit, null, HoursBands[b]), new(_hours[b], _hoursN));
        if (Has(PanelColumns.LadderRung))
        {
            for (int k = 0; k < 6; k++) set.Add(new(LadderShare, null, (k + 1).ToString(CultureInfo.InvariantCulture)), new(_ladder[k], _ladderN));
            for (int b = 0; b < 3; b++) set.Add(new(Ladder12BySpell, null, SpellBands[b]), new(_ladder12BySpell[b], _ladderBySpellN[b]));
        }
        return set;
    }
}
