using System.Reflection;

namespace Resilience.Model;

/// <summary>
/// State of all clients as struct-of-arrays (MODEL.md §2.1, §9): one array per variable, indexed by client. Types
/// are the smallest that hold each range; <see cref="BytesPerClient"/> reports the total.
/// </summary>
// Every array is allocated by reflection in the constructor, which the nullable analysis cannot see.
#pragma warning disable CS8618
public sealed class Population
{
    public int Count { get; }

    // Demographics
    public short[] AgeMonths; public Sex[] Sex; public Household[] Household; public byte[] Children;
    public short[] YoungestChildAgeMonths; public byte[] CoResidentAdults; public Origin[] Origin;
    public float[] YearsInCountry; public Education[] Education; public byte[] Neighbourhood;
    public short[] EntryMonth; public bool[] InitialStock; public float[] PartnerIncome;
    // Economic resource
    public float[] Savings; public float[] Debt; public DebtStatus[] DebtStatus; public short[] DebtProgramMonthsLeft;
    public byte[] DebtWaitMonthsLeft; public byte[] ArrearsMonths; public float[] PendingClawback; public byte[] ClawbackDueIn;
    public byte[] DisregardMonthsUsed; public float[] PremiumAccrued; public float[] BufferRequest;
    // Social resource
    public float[] NetworkSupport; public float[] NetworkStrain; public bool[] HarmfulTie;
    // Cultural resource
    public float[] Language; public float[] AgencyCapital;
    // Personal resource
    public float[] PhysicalHealth; public float[] PhysicalBaseline; public float[] MentalHealth; public float[] MentalBaseline;
    public float[] SelfEfficacy; public float[] CopingCapacity; public byte[] MentalCareWaitLeft; public byte[] TreatmentMonthsLeft;
    // Professional resource
    public int[] CoachSlot; public byte[] CoachLayout; public int[] CoachId; public float[] CoachTrust; public short[] CoachTenureMonths;
    public float[] InstitutionalTrust; public bool[] Scarred; public short[] LastCoachChangeMonth;
    // Aspirations
    public float[] Aspiration; public byte[] DesiredHours; public float[] FearOfRelapse; public float[] OffsettingFear;
    public PressureResponse[] PressureResponse; public float[] Discouragement;
    // Resilience
    public float[] Orientation; public float[] Control; public float[] FutureOrientation; public ResilienceType[] Resilience;
    public float[] Load; public float[] WeakestResource; public Trigger[] LastTrigger; public short[] LastTriggerMonth;
    public Trigger[] LastGoodTrigger; public short[] LastGoodTriggerMonth;
    public ResilienceType[] PreviousResilience;
    // Benefit and work
    public Status[] Status; public short[] SpellMonths; public byte[] Hours; public Contract[] Contract; public short[] JobMonths;
    public bool[] EmployerCeiling; public bool[] JobViaCoach; public Obligation[] Obligation; public byte[] SanctionMonthsLeft;
    public float[] SanctionCut; public Activity[] Activity; public byte[] ActivityMonthsLeft; public byte[] LadderRung;
    public byte[] Exits; public byte[] Reentries; public short[] MonthsSinceExit; public byte[] WaitingMonthsLeft;
    public bool[] ProblematicAtEntry; public byte[] BenefitStoppedMonths; public bool[] GuaranteedOffer;
    // Bookkeeping of this month (read by observers)
    public MonthEvents[] Events; public float[] BenefitPaid; public float[] PremiumPaid; public float[] BufferPaid;
    public float[] Earnings; public byte[] Contacts; public float[] ShortfallUncovered; public Trigger[] TransitionTrigger;
    public float[] TrainingSpent;

    public Population(int count)
    {
        Count = count;
        foreach (var f in ArrayFields) f.SetValue(this, Array.CreateInstance(f.FieldType.GetElementType()!, count));
    }

    private static readonly FieldInfo[] ArrayFields = typeof(Population)
        .GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => f.FieldType.IsArray).ToArray();

    /// <summary>Bytes of state per client (sum of element sizes over all arrays).</summary>
    public static int BytesPerClient => ArrayFields.Sum(f =>
    {
        var t = f.FieldType.GetElementType()!;
        return t.IsEnum ? System.Runtime.InteropServices.Marshal.SizeOf(Enum.GetUnderlyingType(t)) : t == typeof(bool) ? 1 : System.Runtime.InteropServices.Marshal.SizeOf(t);
    });

    /// <summary>Deep copy, used to fork a run into branches that share history.</summary>
    public Population Clone()
    {
        var copy = new Population(Count);
        foreach (var f in ArrayFields) Array.Copy((Array)f.GetValue(this)!, (Array)f.GetValue(copy)!, Count);
        return copy;
    }

    public bool IsActive(int i) => Status[i] != Model.Status.NotEntered;
    public bool OnCaseload(int i) => Status[i] is Model.Status.Waiting or Model.Status.OnBenefit or Model.Status.PartTimeWithTopUp;
}
#pragma warning restore CS8618
