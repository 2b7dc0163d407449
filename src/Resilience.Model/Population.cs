using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Resilience.Model;

/// <summary>
/// The state of one client (MODEL.md §2.1). Types are the smallest that hold each range; the runtime orders the
/// fields to avoid padding (<see cref="LayoutKind.Auto"/>), so one client is one small contiguous record that a month
/// step reads and writes in a single pass (<see cref="Population.BytesPerClient"/> reports its size).
/// </summary>
[StructLayout(LayoutKind.Auto)]
public struct Client
{
    // Demographics
    public short AgeMonths; public Sex Sex; public Household Household; public byte Children;
    public short YoungestChildAgeMonths; public byte CoResidentAdults; public Origin Origin;
    public float YearsInCountry; public Education Education; public byte Neighbourhood;
    public short EntryMonth; public bool InitialStock; public float PartnerIncome;
    // Economic resource
    public float Savings; public float Debt; public DebtStatus DebtStatus; public short DebtProgramMonthsLeft;
    public byte DebtWaitMonthsLeft; public byte ArrearsMonths; public float PendingClawback; public byte ClawbackDueIn;
    public byte DisregardMonthsUsed; public float PremiumAccrued; public float BufferRequest;
    // Social resource
    public float NetworkSupport; public float NetworkStrain; public bool HarmfulTie;
    // Cultural resource
    public float Language; public float AgencyCapital;
    // Personal resource
    public float PhysicalHealth; public float PhysicalBaseline; public float MentalHealth; public float MentalBaseline;
    public float SelfEfficacy; public float CopingCapacity; public byte MentalCareWaitLeft; public byte TreatmentMonthsLeft;
    // Professional resource
    public int CoachSlot; public byte CoachLayout; public int CoachId; public float CoachTrust; public short CoachTenureMonths;
    public float InstitutionalTrust; public bool Scarred; public short LastCoachChangeMonth; public short LastContactMonth;
    // Aspirations
    public float Aspiration; public byte DesiredHours; public float FearOfRelapse; public float OffsettingFear;
    public PressureResponse PressureResponse; public float Discouragement;
    public float WorkDrive;
    // Resilience
    public float Orientation; public float Control; public float FutureOrientation; public ResilienceType Resilience;
    public float Load; public float WeakestResource; public Trigger LastTrigger; public short LastTriggerMonth;
    public Trigger LastGoodTrigger; public short LastGoodTriggerMonth;
    public ResilienceType PreviousResilience;
    // Benefit and work
    public Status Status; public short SpellMonths; public short MonthsOutOfWork; public byte Hours; public Contract Contract; public short JobMonths;
    public bool EmployerCeiling; public bool JobViaCoach; public Obligation Obligation; public bool FeelsObligation; public byte SanctionMonthsLeft; public short LastSanctionMonth;
    public float SanctionCut; public Activity Activity; public byte ActivityMonthsLeft; public byte LadderRung;
    public byte Exits; public byte Reentries; public short MonthsSinceExit; public byte WaitingMonthsLeft;
    public short WorkMonths; public byte WwMonthsLeft; public float WwBenefit; public short MonthsSinceWorkExit;
    public byte WaitedMonths; public float BackPayDue; public float WaitArrears; public ushort WaitSavingsUsed; public bool Withdrawn;
    public bool ProblematicAtEntry; public byte BenefitStoppedMonths; public bool GuaranteedOffer; public bool PoorMatch;
    // Bookkeeping of this month (read by observers)
    public MonthEvents Events; public float BenefitPaid; public float PremiumPaid; public float BufferPaid;
    public float Earnings; public byte Contacts; public float ShortfallUncovered; public Trigger TransitionTrigger;
    public float TrainingSpent;

    public readonly bool OnCaseload => Status is Model.Status.Waiting or Model.Status.OnBenefit or Model.Status.PartTimeWithTopUp;
}

/// <summary>
/// State of all clients (MODEL.md §2.1, §9): an array of <see cref="Client"/> records indexed by client. The record
/// layout keeps all of one client's state in a few adjacent cache lines, which the monthly step visits once.
/// </summary>
public sealed class Population
{
    public int Count { get; }
    public readonly Client[] Clients;

    public Population(int count)
    {
        Count = count;
        Clients = new Client[count];
    }

    /// <summary>Client <paramref name="i"/>'s state, by reference (read and write in place).</summary>
    public ref Client this[int i] => ref Clients[i];

    /// <summary>Bytes of state per client.</summary>
    public static int BytesPerClient => Unsafe.SizeOf<Client>();

    /// <summary>Deep copy, used to fork a run into branches that share history.</summary>
    public Population Clone()
    {
        var copy = new Population(Count);
        Array.Copy(Clients, copy.Clients, Count);
        return copy;
    }
}
