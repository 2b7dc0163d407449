namespace Resilience.Model;

/// <summary>Benefit and work status of a client (MODEL.md §2.1). <see cref="NotEntered"/> marks pre-allocated
/// entrants whose entry month has not come yet; they appear in no output. <see cref="OnUnemploymentInsurance"/>: off
/// bijstand on WW after losing a job of at least 26 weeks.</summary>
public enum Status : byte { Waiting, OnBenefit, PartTimeWithTopUp, ExitedToWork, ExitedOther, OnUnemploymentInsurance, NotEntered }

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

/// <summary>Things that happened to a client this month, as bit flags read by the observers.</summary>
[Flags]
public enum MonthEvents : uint
{
    None = 0,
    Entered = 1 << 0,
    ExitToWork = 1 << 1,
    ExitOther = 1 << 2,
    Lasting6 = 1 << 3,
    Lasting18 = 1 << 4,
    ReEntry = 1 << 5,
    Sanction = 1 << 6,
    BufferGrant = 1 << 7,
    CoachChange = 1 << 8,
    JobStart = 1 << 9,
    JobLoss = 1 << 10,
    Clawback = 1 << 11,
    BecameProblematic = 1 << 12,
    DebtCleared = 1 << 13,
    HealthShock = 1 << 14,
    Separation = 1 << 15,
    TrainingCompleted = 1 << 16,
    ExitViaCoachLead = 1 << 17,
    RestructuringStarted = 1 << 18,
    Contact = 1 << 19,
    PremiumPaid = 1 << 20,
    /// <summary>An exit to work in which the leaver would credit the coach with a role [003 Table 10].</summary>
    ExitCoachRole = 1 << 21,
}
