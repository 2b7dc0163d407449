namespace Resilience.Model;

/// <summary>Parameters of activities and training (MODEL.md §3.3.6); the rules that read them are in Activities.cs where that file exists.</summary>
public sealed partial class Parameters
{
    [Param("training.budgetPerClientYear", 500, 0, 5000, "€ per client per year", Evidence.PolicySetting, "[000 §4.2.3, 003 Table 2]", "Funding for training; the chance of starting a course scales with it.", Lever = true)]
    public double TrainingBudgetPerClientYear;
    [Param("training.jobGuarantee", 0, 0, 1, "bool", Evidence.PolicySetting, "[000 §4.2.3]", "Training comes with a job guarantee; guarantees that are not honoured breed cynicism.", Lever = true)]
    public bool TrainingJobGuarantee;
    [Param("training.startRate", 0.04, 0, 0.2, "per month at €500 per client-year", Evidence.Direction, "[003 Table 2] (assumption)", "Chance per month of starting training at the default budget.")]
    public double TrainingStartRate;
    [Param("training.months", 6, 1, 24, "months", Evidence.Assumption, "assumption", "Length of a training course.")]
    public int TrainingMonths;
    [Param("training.costPerCourse", 2000, 0, 10000, "€", Evidence.Direction, "[000 §4.2.3: €3,000 course] (assumption)", "Public cost of one course.")]
    public double TrainingCost;
    [Param("training.guaranteeKept", 0.6, 0, 1, "probability", Evidence.Direction, "[000 §4.2.3] (assumption)", "Chance that a job guarantee is honoured.")]
    public double GuaranteeKept;
    [Param("training.referralFactor", 2, 1, 5, "relative", Evidence.Assumption, "assumption", "Training start rate in a month with a coach's referral relative to without.")]
    public double TrainingReferralFactor;
    [Param("training.aspirationBase", 0.5, 0, 2, "factor", Evidence.Assumption, "assumption", "Starting training or volunteering scales with (this + aspiration).")]
    public double ActivityAspirationBase;
    [Param("training.olderFactor", 0.3, 0, 1, "relative", Evidence.Direction, "[000: older clients see little point in retraining] (assumption)", "Training start rate from work.olderAge relative to younger clients.")]
    public double TrainingOlderFactor;
    [Param("training.languageGain", 0.1, 0, 1, "score", Evidence.Direction, "[000 §4.2.3] (assumption)", "Dutch proficiency gained by a completed course (below training.languageCeiling).")]
    public double TrainingLanguageGain;
    [Param("training.languageCeiling", 0.9, 0, 1, "score", Evidence.Assumption, "assumption", "Proficiency from which a course no longer improves language.")]
    public double TrainingLanguageCeiling;
    [Param("training.agencyGain", 0.08, 0, 1, "score", Evidence.Direction, "[002 M10] (assumption)", "Agency capital gained by a completed course.")]
    public double TrainingAgencyGain;
    [Param("training.aspirationGain", 0.08, 0, 1, "score", Evidence.Direction, "[000 §4.2.3] (assumption)", "Aspiration gained by a completed course.")]
    public double TrainingAspirationGain;
    [Param("training.selfEfficacyGain", 0.08, 0, 1, "score", Evidence.Direction, "[000 §4.2.3: a success experience] (assumption)", "Self-efficacy gained by a completed course.")]
    public double TrainingSelfEfficacyGain;
    [Param("training.discouragementRelief", 0.1, 0, 1, "score", Evidence.Assumption, "assumption", "Discouragement lost by a completed course.")]
    public double TrainingDiscouragementRelief;
    [Param("training.brokenAspiration", 0.15, 0, 1, "score", Evidence.Direction, "[000 §4.2.3: the big dip, 001 E41] (assumption)", "Aspiration lost when a job guarantee is broken.")]
    public double BrokenAspiration;
    [Param("training.brokenSelfEfficacy", 0.12, 0, 1, "score", Evidence.Direction, "[000 §4.2.3] (assumption)", "Self-efficacy lost when a job guarantee is broken.")]
    public double BrokenSelfEfficacy;
    [Param("training.brokenCoachTrust", 0.25, 0, 1, "trust", Evidence.Direction, "[000 §4.2.3: cynicism] (assumption)", "Coach trust lost when a job guarantee is broken.")]
    public double BrokenCoachTrust;
    [Param("training.brokenInstitutionalTrust", 0.1, 0, 1, "trust", Evidence.Direction, "[000 §4.2.3] (assumption)", "Institutional trust lost when a job guarantee is broken.")]
    public double BrokenInstitutionalTrust;
    [Param("training.brokenDiscouragement", 0.15, 0, 1, "score", Evidence.Direction, "[001 E41] (assumption)", "Discouragement added when a job guarantee is broken.")]
    public double BrokenDiscouragement;
    [Param("activity.volunteerStartRate", 0.02, 0, 0.2, "per month", Evidence.Direction, "[003 Table 6, 004 §2.2] (assumption)", "Chance per month of starting volunteering.")]
    public double VolunteerStartRate;
    [Param("activity.volunteerStopRate", 0.03, 0, 0.5, "per month", Evidence.Assumption, "assumption", "Chance per month of stopping volunteering.")]
    public double VolunteerStopRate;
    [Param("activity.steppingStoneRate", 0.04, 0, 0.5, "per contact", Evidence.Direction, "[004 §2.2] (assumption)", "Chance per coach contact of a stepping-stone placement.")]
    public double SteppingStoneRate;
    [Param("activity.earlyActivation", 3.0, 0, 5, "relative", Evidence.Direction, "[004 B2: rungs 1–2 rise with duration; 003 duration effect] (assumption)", "Extra activity-start rate at the start of a spell, fading with time on benefit (e-folding activity.earlyActivationMonths) above the floor activity.earlyActivationFloor.")]
    public double EarlyActivation;
    [Param("activity.contactsThreshold", 0.35, 0, 1, "network score", Evidence.Direction, "[004 ladder; SCP: ~40% few contacts]", "Network support above which a client counts as having social contacts (rung 2).")]
    public double SocialContactThreshold;
    [Param("activity.earlyActivationFloor", 0.3, 0, 1, "relative", Evidence.Assumption, "assumption", "Activity-start rate of long spells relative to the base (the floor under the fading early activation).")]
    public double EarlyActivationFloor;
    [Param("activity.earlyActivationMonths", 48, 1, 240, "months", Evidence.Direction, "[004 B2: rungs 1–2 rise with duration] (assumption)", "E-folding time of the early activation with time on benefit.")]
    public double EarlyActivationMonths;
    [Param("activity.volunteerNetworkBase", 0.5, 0, 2, "factor", Evidence.Direction, "[003 Table 6] (assumption)", "Starting volunteering scales with (this + network support).")]
    public double VolunteerNetworkBase;
    [Param("activity.volunteerNetworkGain", 0.006, 0, 0.05, "per month", Evidence.Direction, "[003 Table 6: volunteering builds network] (assumption)", "Monthly gain of network support while volunteering (up to activity.volunteerNetworkMax).")]
    public double VolunteerNetworkGain;
    [Param("activity.volunteerNetworkMax", 0.9, 0, 1, "score", Evidence.Assumption, "assumption", "Network support beyond which volunteering adds none.")]
    public double VolunteerNetworkMax;
    [Param("activity.volunteerSelfEfficacy", 0.003, 0, 0.05, "per month", Evidence.Direction, "[003 Table 6] (assumption)", "Monthly gain of self-efficacy while volunteering.")]
    public double VolunteerSelfEfficacy;
    [Param("activity.steppingStoneMonths", 12, 1, 36, "months", Evidence.Assumption, "assumption", "Length of a stepping-stone placement.")]
    public int SteppingStoneMonths;
    [Param("activity.steppingStoneSelfEfficacy", 0.004, 0, 0.05, "per month", Evidence.Direction, "[004 §2.2] (assumption)", "Monthly gain of self-efficacy in a stepping-stone placement.")]
    public double SteppingStoneSelfEfficacy;
    [Param("activity.steppingStoneOfferChance", 0.3, 0, 1, "probability", Evidence.Direction, "[004 §2.2] (assumption)", "Chance that a completed stepping-stone placement leads to a job offer.")]
    public double SteppingStoneOfferChance;
}
