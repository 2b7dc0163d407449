using Resilience.Engine;
using Resilience.IO;
using Resilience.Model;

namespace Resilience.Analysis.Panel;

/// <summary>The person-month records of a running simulation, in the panel schema that <c>run --panel</c> writes
/// (<see cref="PanelSchema"/>), fed straight into <see cref="PanelMoments"/> without a file.</summary>
public static class SimulatedPanel
{
    /// <summary>Add every active client at the simulation's current month (call once per month, month 0
    /// included).</summary>
    public static void AddMonth(Simulation sim, PanelMoments moments)
    {
        var s = sim.State;
        var record = new PanelRecord { Month = sim.Month };
        for (int i = 0; i < s.Count; i++)
        {
            if (!PanelSchema.HasRow(s[i])) continue;
            record.Person = i;
            record.Status = s[i].Status;
            record.Hours = s[i].Hours;
            record.Resilience = (sbyte)s[i].Resilience;
            record.Debt = (sbyte)s[i].DebtStatus;
            record.Ladder = (sbyte)s[i].LadderRung;
            record.Spell = s[i].SpellMonths;
            moments.Add(record);
        }
    }

    /// <summary>Run one replication and return its panel moments (all columns).</summary>
    public static MomentSet Moments(RunSpec spec, int replication, CancellationToken cancel = default)
    {
        var moments = new PanelMoments(PanelColumns.All);
        RunResult.Run(spec, replication, cancel, sim => AddMonth(sim, moments));
        return moments.Result();
    }
}
