namespace Resilience.Model;

/// <summary>Benefit and work status of a client (MODEL.md §2.1). <see cref="NotEntered"/> marks pre-allocated
/// entrants whose entry month has not come yet; they appear in no output. <see cref="OnUnemploymentInsurance"/>: off
/// bijstand on WW after losing a job of at least 26 weeks. <see cref="NotClaiming"/>: out of work and off bijstand
/// without other income: after a lost job (without WW, or at its end) not yet reported, living on savings above the
/// asset limit, or after dropping out of an application (non-take-up).</summary>
public enum Status : byte { Waiting, OnBenefit, PartTimeWithTopUp, ExitedToWork, ExitedOther, OnUnemploymentInsurance, NotClaiming, NotEntered }

/// <summary>Resilience type [000 §2]; Crisis = load above coping capacity [002 M1].</summary>
public enum ResilienceType : byte { Coping, Adaptive, Crisis }

/// <summary>Debt trajectory [000 §4.5.1, 004 §2.3].</summary>
public enum DebtStatus : byte { None, Arrears, Problematic, InRestructuring, Stuck }

public enum Household : byte { Single, SingleParent, Couple, CoupleWithChildren, WithParents }

public enum Origin : byte { None, Western, NonWestern, Refugee }

public enum Education : byte { BelowStartQualification, StartQualification, Higher }

public enum Sex : byte { F, M }

public enum Obligation : byte { JobSearch, Exempt }

public enum Activity : byte { None, Volunteering, Training, SteppingStone }

/// <summary>Latent response to pressure [003, 004 §2.3, 000 §3.2].</summary>
public enum PressureResponse : byte { Responsive, Stressed, Reactant }

public enum Contract : byte { None, Temporary, Permanent }

/// <summary>Lever <c>obligations.exemption</c>: who is exempt from the job-search obligation.</summary>
public enum ExemptionPolicy : byte { None, Fragile, All }

/// <summary>The event held responsible for a change of resilience type: the most recent notable event of the
/// last few months, or <see cref="Gradual"/> when none happened (drift of resources).</summary>
public enum Trigger : byte
{
    Gradual, Entry, HealthShock, MentalEpisode, Separation, Bereavement, AdminError, Clawback, FraudAccusation,
    Windfall, Sanction, CoachChange, JobStart, JobLoss, Rejection, DebtProblematic, DebtCleared, TrainingCompleted,
    BrokenPromise, HarmfulTieOnset, HarmfulTieLeft, ChildTurned18, TreatmentCompleted, BufferGrant,
}

/// <summary>The bit of each <see cref="MonthEvents"/> flag, numbered by declaration so that no bit is written by hand.</summary>
public enum EventBit
{
    Entered,
    ExitToWork,
    ExitOther,
    Lasting6,
    Lasting18,
    ReEntry,
    Sanction,
    BufferGrant,
    CoachChange,
    JobStart,
    JobLoss,
    Clawback,
    BecameProblematic,
    DebtCleared,
    HealthShock,
    Separation,
    TrainingCompleted,
    ExitViaCoachLead,
    RestructuringStarted,
    Contact,
    PremiumPaid,
    ExitCoachRole,
    Withdrawal,
}

/// <summary>Things that happened to a client this month, as bit flags read by the observers.</summary>
[Flags]
public enum MonthEvents : uint
{
    None = 0,
    Entered = 1u << EventBit.Entered,
    ExitToWork = 1u << EventBit.ExitToWork,
    ExitOther = 1u << EventBit.ExitOther,
    Lasting6 = 1u << EventBit.Lasting6,
    Lasting18 = 1u << EventBit.Lasting18,
    ReEntry = 1u << EventBit.ReEntry,
    Sanction = 1u << EventBit.Sanction,
    BufferGrant = 1u << EventBit.BufferGrant,
    CoachChange = 1u << EventBit.CoachChange,
    JobStart = 1u << EventBit.JobStart,
    JobLoss = 1u << EventBit.JobLoss,
    Clawback = 1u << EventBit.Clawback,
    BecameProblematic = 1u << EventBit.BecameProblematic,
    DebtCleared = 1u << EventBit.DebtCleared,
    HealthShock = 1u << EventBit.HealthShock,
    Separation = 1u << EventBit.Separation,
    TrainingCompleted = 1u << EventBit.TrainingCompleted,
    ExitViaCoachLead = 1u << EventBit.ExitViaCoachLead,
    RestructuringStarted = 1u << EventBit.RestructuringStarted,
    Contact = 1u << EventBit.Contact,
    PremiumPaid = 1u << EventBit.PremiumPaid,
    /// <summary>An exit to work in which the leaver would credit the coach with a role [003 Table 10].</summary>
    ExitCoachRole = 1u << EventBit.ExitCoachRole,
    /// <summary>An applicant withdrew during the processing wait or the youth search period, before a first payment.</summary>
    Withdrawal = 1u << EventBit.Withdrawal,
}
