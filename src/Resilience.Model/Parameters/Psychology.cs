namespace Resilience.Model;

/// <summary>Parameters of psychology: load, health, resources and indicators (MODEL.md §3.3.7); the rules that read them are in Psychology.cs where that file exists.</summary>
public sealed partial class Parameters
{
    [Param("mentalHealthCare.waitMonths", 10, 0, 24, "months", Evidence.PolicySetting, "[001 §3.2]", "Wait for mental-health treatment.", Lever = true)]
    public int MentalHealthWaitMonths;
    [Param("psych.loadSmoothing", 0.2, 0.01, 1, "share per month", Evidence.Direction, "[002 M1] (assumption)", "Weight of this month's pressures in the load (the rest is last month's load).")]
    public double LoadSmoothing;
    [Param("psych.crisisExitRatio", 0.75, 0.3, 1, "share of capacity", Evidence.Direction, "[002 M1] (assumption)", "Load must fall below this share of coping capacity to leave crisis.")]
    public double CrisisExitRatio;
    [Param("psych.adaptiveUpper", 0.35, 0, 1, "score", Evidence.Direction, "[000 Fig. 3, §6.1] (assumption)", "Resilience score above which a coping client becomes adaptive.")]
    public double AdaptiveUpper;
    [Param("psych.adaptiveLower", 0.31, 0, 1, "score", Evidence.Direction, "[000 Fig. 3, §6.1] (assumption)", "Resilience score below which an adaptive client becomes coping (hysteresis band).")]
    public double AdaptiveLower;
    [Param("psych.weakestLinkWeight", 0.8, 0, 1, "weight", Evidence.Direction, "[000 Fig. 4, §4.6]", "Weight of the weakest of social, economic and personal resources in the indicators (P2).")]
    public double WeakestLinkWeight;
    [Param("psych.weakThreshold", 0.25, 0, 1, "score", Evidence.Direction, "[000 Fig. 4; SCP ~40% few contacts] (assumption)", "Resource score counted as weak.")]
    public double WeakThreshold;
    [Param("psych.mentalRecovery", 0.04, 0, 0.3, "per month", Evidence.Assumption, "assumption", "Pull of mental health toward its personal baseline.")]
    public double MentalRecovery;
    [Param("psych.overloadDamage", 0.06, 0, 0.3, "per month", Evidence.Direction, "[001 E9, 002 M1] (assumption)", "Mental-health loss per month per unit of load above 0.8 × coping capacity.")]
    public double OverloadDamage;
    [Param("psych.treatmentGain", 0.04, 0, 0.2, "per month", Evidence.Direction, "[001 §3.2] (assumption)", "Mental-health gain per month of treatment.")]
    public double TreatmentGain;
    [Param("psych.treatmentMonths", 6, 1, 24, "months", Evidence.Assumption, "assumption", "Length of a mental-health treatment.")]
    public int TreatmentMonths;
    [Param("psych.durationDecline", 0.0015, 0, 0.02, "per month", Evidence.Direction, "[003 duration effect, 004 B2]", "Monthly decline of self-efficacy and aspiration after the first year on benefit.")]
    public double DurationDecline;
    [Param("psych.aspirationAdjustment", 0.04, 0, 0.3, "per month", Evidence.Direction, "[000 Fig. 5] (assumption)", "Drift of aspiration toward perceived opportunity.")]
    public double AspirationAdjustment;
    [Param("psych.neighbourhoodNorm", 0.3, 0, 1, "weight", Evidence.Direction, "[001 E45, 004 B2]", "Reduction of perceived opportunity by the neighbourhood benefit share.")]
    public double NeighbourhoodNormWeight;
    [Param("psych.isolationPerMonth", 0.002, 0, 0.02, "per month", Evidence.Direction, "[004 B2: rung 1–2 share rises with duration; 003 duration effect] (assumption)", "Loss of network support per month after two years on benefit without activity or work.")]
    public double IsolationPerMonth;
    [Param("psych.workHealthThreshold", 0.48, 0, 1, "score", Evidence.Direction, "[003: 52% of non-workers cannot work for health]", "Physical or mental health below which a client cannot work.")]
    public double WorkHealthThreshold;
    // Load ("the bucket" [002 M1]): monthly pressures and supports.
    [Param("psych.load.shortfallPer1000", 0.3, 0, 1, "load per €1,000 uncovered", Evidence.Direction, "[000, 001 E1] (assumption)", "Load of an uncovered monthly shortfall, per €1,000.")]
    public double ShortfallLoadPer1000;
    [Param("psych.load.shortfallCap", 0.15, 0, 0.5, "load", Evidence.Assumption, "assumption", "Most load an uncovered shortfall adds in a month.")]
    public double ShortfallLoadCap;
    [Param("psych.load.perArrearsMonth", 0.04, 0, 0.2, "load per month in arrears", Evidence.Direction, "[002 M7] (assumption)", "Load of each consecutive month in arrears, up to psych.load.arrearsMonthsCap months.")]
    public double ArrearsLoadPerMonth;
    [Param("psych.load.arrearsMonthsCap", 4, 1, 24, "months", Evidence.Assumption, "assumption", "Arrears months beyond which arrears add no more load.")]
    public int ArrearsLoadMonthsCap;
    [Param("psych.load.debtArrears", 0.03, 0, 0.5, "load", Evidence.Direction, "[001 E9, 002 M1] (assumption)", "Monthly load of a client whose debts are arrears.")]
    public double DebtLoadArrears;
    [Param("psych.load.debtProblematic", 0.15, 0, 0.5, "load", Evidence.Direction, "[001 E9, E11, 002 M1] (assumption)", "Monthly load of problematic debts outside a programme.")]
    public double DebtLoadProblematic;
    [Param("psych.load.debtRestructuring", 0.06, 0, 0.5, "load", Evidence.Direction, "[000 §4.5.1] (assumption)", "Monthly load of debts in restructuring (lower than problematic: creditors are held off).")]
    public double DebtLoadRestructuring;
    [Param("psych.load.debtStuck", 0.2, 0, 0.5, "load", Evidence.Direction, "[000 §4.5.1: one stuck 7 years] (assumption)", "Monthly load of debts stuck after a failed programme.")]
    public double DebtLoadStuck;
    [Param("psych.load.pendingClawback", 0.06, 0, 0.5, "load", Evidence.Direction, "[003, 002 M4] (assumption)", "Monthly load of an announced repayment demand.")]
    public double PendingClawbackLoad;
    [Param("psych.load.sanction", 0.12, 0, 0.5, "load", Evidence.Direction, "[001 §2.2, 003] (assumption)", "Monthly load while a sanction runs.")]
    public double SanctionLoad;
    [Param("psych.load.poorPhysicalHealth", 0.15, 0, 0.5, "load at health 0", Evidence.Direction, "[001 E18] (assumption)", "Monthly load × (1 − physical health).")]
    public double PhysicalHealthLoad;
    [Param("psych.load.poorMentalHealth", 0.15, 0, 0.5, "load at mental health 0", Evidence.Direction, "[001 E9] (assumption)", "Monthly load × (1 − mental health).")]
    public double MentalHealthLoad;
    [Param("psych.load.singleParent", 0.08, 0, 0.5, "load", Evidence.Direction, "[001 §5, 002] (assumption)", "Monthly load of caring alone for children.")]
    public double SingleParentLoad;
    [Param("psych.load.harmfulTie", 0.12, 0, 0.5, "load", Evidence.Direction, "[000 §4.1, §5.3] (assumption)", "Monthly load of a harmful tie.")]
    public double HarmfulTieLoad;
    [Param("psych.load.waiting", 0.12, 0, 0.5, "load", Evidence.Direction, "[001 §2.2, 003: payment problems in the wait] (assumption)", "Monthly load of the processing wait.")]
    public double WaitingLoad;
    [Param("psych.load.networkRelief", 0.1, 0, 0.5, "load at full support", Evidence.Direction, "[000 §4.1] (assumption)", "Load taken off by the network, × support × (1 − strain).")]
    public double NetworkRelief;
    [Param("psych.load.coachReliefWithContact", 0.1, 0, 0.5, "load at full trust", Evidence.Direction, "[001 E53, 003] (assumption)", "Load taken off by a trusted coach in a month with a contact, × coach trust.")]
    public double CoachReliefWithContact;
    [Param("psych.load.coachReliefWithoutContact", 0.03, 0, 0.5, "load at full trust", Evidence.Assumption, "assumption", "Load taken off by a trusted coach in a month without a contact (knowing help is there), × coach trust.")]
    public double CoachReliefWithoutContact;
    [Param("psych.load.max", 3, 1, 10, "load", Evidence.Assumption, "assumption", "Upper bound of the load.")]
    public double MaxLoad;
    [Param("psych.overloadOnset", 0.8, 0.3, 1.5, "share of coping capacity", Evidence.Direction, "[002 M1] (assumption)", "Load (× coping capacity) above which mental health is damaged (psych.overloadDamage).")]
    public double OverloadOnset;
    // Health, treatment, self-efficacy, aspiration and fears.
    [Param("psych.treatmentBaselineGain", 0.01, 0, 0.1, "per month", Evidence.Direction, "[001 §3.2] (assumption)", "Monthly rise of the mental-health baseline during treatment.")]
    public double TreatmentBaselineGain;
    [Param("psych.referralMentalHealth", 0.35, 0, 1, "score", Evidence.Assumption, "assumption", "Mental health below which a client may be referred to treatment.")]
    public double ReferralMentalHealth;
    [Param("psych.referralRate", 0.1, 0, 1, "per month", Evidence.Assumption, "assumption", "Chance per month that a client below psych.referralMentalHealth is referred to treatment.")]
    public double ReferralRate;
    [Param("psych.physicalRecovery", 0.03, 0, 0.3, "per month", Evidence.Assumption, "assumption", "Pull of physical health toward its personal baseline.")]
    public double PhysicalRecovery;
    [Param("psych.durationDeclineAfterMonths", 12, 0, 60, "months", Evidence.Direction, "[003 duration effect] (assumption)", "Months on benefit after which psych.durationDecline starts.")]
    public int DurationDeclineAfterMonths;
    [Param("psych.selfEfficacyReversion", 0.01, 0, 0.2, "per month", Evidence.Assumption, "assumption", "Pull of self-efficacy toward psych.selfEfficacyRest.")]
    public double SelfEfficacyReversion;
    [Param("psych.selfEfficacyRest", 0.5, 0, 1, "score", Evidence.Assumption, "assumption", "Level self-efficacy returns to without events.")]
    public double SelfEfficacyRest;
    [Param("psych.opportunity.base", 0.2, 0, 1, "score", Evidence.Direction, "[000 Fig. 5] (assumption)", "Perceived opportunity (what aspiration drifts toward) before its terms.")]
    public double OpportunityBase;
    [Param("psych.opportunity.selfEfficacy", 0.35, 0, 1, "weight", Evidence.Direction, "[000 Fig. 5] (assumption)", "Weight of self-efficacy in perceived opportunity.")]
    public double OpportunitySelfEfficacy;
    [Param("psych.opportunity.health", 0.25, 0, 1, "weight", Evidence.Direction, "[000 §4.4] (assumption)", "Weight of the lower of physical and mental health in perceived opportunity.")]
    public double OpportunityHealth;
    [Param("psych.opportunity.demand", 0.15, 0, 1, "weight per demand index", Evidence.Direction, "[000 Fig. 5] (assumption)", "Weight of labour demand in perceived opportunity.")]
    public double OpportunityDemand;
    [Param("psych.opportunity.neighbourhoodReference", 0.5, 0, 1, "share on benefit", Evidence.Assumption, "assumption", "Neighbourhood benefit share at which the neighbourhood norm neither lowers nor raises perceived opportunity.")]
    public double NeighbourhoodNormReference;
    [Param("psych.opportunity.discouragement", 0.1, 0, 1, "weight", Evidence.Direction, "[001 E41] (assumption)", "Reduction of perceived opportunity by discouragement.")]
    public double OpportunityDiscouragement;
    [Param("psych.discouragementDecay", 0.01, 0, 0.2, "per month", Evidence.Assumption, "assumption", "Monthly fading of discouragement.")]
    public double DiscouragementDecay;
    [Param("psych.isolationAfterMonths", 24, 0, 120, "months", Evidence.Direction, "[004 B2] (assumption)", "Months on benefit without activity or work after which the network shrinks (psych.isolationPerMonth).")]
    public int IsolationAfterMonths;
    [Param("psych.relapseFearDecay", 0.01, 0, 0.2, "per month", Evidence.Assumption, "assumption", "Monthly fading of fear of relapse.")]
    public double RelapseFearDecay;
    [Param("psych.offsettingFearTarget", 0.34, 0, 1, "fear", Evidence.Direction, "[003 Table 3: offsetting plays a role for ~19%, mostly negative] (assumption; calibrated)", "Level offsetting fear drifts toward (and the mean it is drawn with); raised for the scarred.")]
    public double OffsettingFearTarget;
    [Param("psych.offsettingFearTargetAutoSettlement", 0.1, 0, 1, "fear", Evidence.Direction, "[002 recommendation 3] (assumption)", "Level offsetting fear drifts toward when earnings are settled automatically.")]
    public double OffsettingFearTargetAutoSettlement;
    [Param("psych.scarFear", 0.25, 0, 1, "fear", Evidence.Direction, "[003, 002 M4] (assumption)", "Extra offsetting fear of a client scarred by a clawback, fraud accusation or misinformation.")]
    public double ScarFear;
    [Param("psych.offsettingFearAdjustment", 0.03, 0, 0.3, "per month", Evidence.Assumption, "assumption", "Monthly drift of offsetting fear toward its target.")]
    public double OffsettingFearAdjustment;
    [Param("psych.triggerWindowMonths", 3, 0, 24, "months", Evidence.Assumption, "assumption", "A change of type is attributed to the latest event within this many months; older events count as gradual.")]
    public int TriggerWindowMonths;
    // The resources and the three indicators of [000 Fig. 3].
    [Param("psych.social.strainWeight", 0.5, 0, 1, "weight", Evidence.Direction, "[000 §4.1] (assumption)", "Share of network support lost at full network strain (social resource, ladder rung 2).")]
    public double StrainWeight;
    [Param("psych.social.harmfulTieFactor", 0.5, 0, 1, "factor", Evidence.Direction, "[000 §4.1, §5.3] (assumption)", "Social resource of a client with a harmful tie, relative to without.")]
    public double HarmfulTieSocialFactor;
    [Param("psych.economic.debtFree", 0.7, 0, 1, "score", Evidence.Assumption, "assumption", "Economic resource without debts and without savings.")]
    public double EconomicDebtFree;
    [Param("psych.economic.savingsGain", 0.3, 0, 1, "score", Evidence.Assumption, "assumption", "Economic resource added by a full savings buffer (psych.economic.savingsBuffer).")]
    public double EconomicSavingsGain;
    [Param("psych.economic.savingsBuffer", 1500, 100, 10000, "€", Evidence.Assumption, "assumption", "Savings at which the savings term of the economic resource is full.")]
    public double EconomicSavingsBuffer;
    [Param("psych.economic.debtArrears", 0.5, 0, 1, "score", Evidence.Direction, "[000 §4.5.1] (assumption)", "Economic resource of a client in arrears.")]
    public double EconomicDebtArrears;
    [Param("psych.economic.debtProblematic", 0.2, 0, 1, "score", Evidence.Direction, "[000 §4.5.1, Fig. 4] (assumption)", "Economic resource of a client with problematic debts.")]
    public double EconomicDebtProblematic;
    [Param("psych.economic.debtRestructuring", 0.45, 0, 1, "score", Evidence.Direction, "[000 §4.5.1] (assumption)", "Economic resource of a client in debt restructuring.")]
    public double EconomicDebtRestructuring;
    [Param("psych.economic.debtStuck", 0.15, 0, 1, "score", Evidence.Direction, "[000 §4.5.1] (assumption)", "Economic resource of a client stuck with debts.")]
    public double EconomicDebtStuck;
    [Param("psych.economic.shortfallCap", 0.15, 0, 1, "score", Evidence.Assumption, "assumption", "Most economic resource an uncovered shortfall takes away.")]
    public double EconomicShortfallCap;
    [Param("psych.economic.shortfallScale", 2000, 100, 10000, "€ per unit of score", Evidence.Assumption, "assumption", "Uncovered shortfall that would take away a whole unit of economic resource (before the cap).")]
    public double EconomicShortfallScale;
    [Param("psych.economic.sanction", 0.1, 0, 1, "score", Evidence.Direction, "[001 §2.2] (assumption)", "Economic resource lost while a sanction runs.")]
    public double EconomicSanction;
    [Param("psych.economic.pendingClawback", 0.1, 0, 1, "score", Evidence.Direction, "[003, 002 M4] (assumption)", "Economic resource lost while a repayment demand is pending.")]
    public double EconomicPendingClawback;
    [Param("psych.economic.work", 0.1, 0, 1, "score", Evidence.Direction, "[004 §2.2] (assumption)", "Economic resource added by paid work.")]
    public double EconomicWork;
    [Param("psych.orientation.aspiration", 0.6, 0, 1, "weight", Evidence.Assumption, "assumption", "Weight of aspiration in orientation to improvement (besides the weakest link).")]
    public double OrientationAspiration;
    [Param("psych.orientation.selfEfficacy", 0.4, 0, 1, "weight", Evidence.Assumption, "assumption", "Weight of self-efficacy in orientation to improvement.")]
    public double OrientationSelfEfficacy;
    [Param("psych.orientation.load", 0.15, 0, 1, "weight", Evidence.Direction, "[002 M1] (assumption)", "Reduction of orientation per unit of load above psych.orientation.loadOnset.")]
    public double OrientationLoad;
    [Param("psych.orientation.loadOnset", 0.5, 0, 1, "load", Evidence.Assumption, "assumption", "Load above which orientation to improvement falls.")]
    public double OrientationLoadOnset;
    [Param("psych.control.selfEfficacy", 0.5, 0, 1, "weight", Evidence.Assumption, "assumption", "Weight of self-efficacy in experienced control.")]
    public double ControlSelfEfficacy;
    [Param("psych.control.mentalHealth", 0.3, 0, 1, "weight", Evidence.Assumption, "assumption", "Weight of mental health in experienced control.")]
    public double ControlMentalHealth;
    [Param("psych.control.calm", 0.2, 0, 1, "weight", Evidence.Assumption, "assumption", "Weight of 1 − load in experienced control.")]
    public double ControlCalm;
    [Param("psych.future.aspiration", 0.5, 0, 1, "weight", Evidence.Assumption, "assumption", "Weight of aspiration in future orientation.")]
    public double FutureAspiration;
    [Param("psych.future.security", 0.5, 0, 1, "weight", Evidence.Assumption, "assumption", "Weight of security (1 − fear of relapse and load terms) in future orientation.")]
    public double FutureSecurity;
    [Param("psych.future.relapseFear", 0.5, 0, 1, "weight", Evidence.Direction, "[001 E19] (assumption)", "Security lost per unit of fear of relapse.")]
    public double FutureRelapseFear;
    [Param("psych.future.load", 0.5, 0, 1, "weight", Evidence.Direction, "[002 M1] (assumption)", "Security lost per unit of load.")]
    public double FutureLoad;
}
