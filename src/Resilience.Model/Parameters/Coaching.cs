namespace Resilience.Model;

/// <summary>Parameters of coaches, contacts and prospects (MODEL.md §2.2, §3.3.4); the rules that read them are in Coaching.cs where that file exists.</summary>
public sealed partial class Parameters
{
    [Param("coach.caseload", 150, 30, 400, "clients per coach", Evidence.PolicySetting, "assumption", "Clients per coach; effective contact falls as caseload rises.", Lever = true)]
    public double CoachCaseload;
    [Param("coach.turnoverPerYear", 0.2, 0, 1, "rate per year", Evidence.PolicySetting, "[003 Table 7: 16.7%]", "Rate at which coaches leave or are reassigned (per year; 1 − e^(−rate) of desks change hands in a year).", Lever = true)]
    public double CoachTurnoverPerYear;
    [Param("coach.contactsPerYear", 3, 0, 24, "contacts per client per year", Evidence.PolicySetting, "[003: ideal ~4; extra attention doubles]", "Planned coach contacts per client per year.", Lever = true)]
    public double CoachContactsPerYear;
    [Param("coach.duo", 0, 0, 1, "bool", Evidence.PolicySetting, "[002 action line 2]", "Coaches work in duos: after a coach change the client meets a known colleague and keeps part of the trust.", Lever = true)]
    public bool CoachDuo;
    [Param("coach.noReferral", 0, 0, 1, "bool", Evidence.PolicySetting, "[002 action line 2]", "Ban on referring clients on: removes the reassignment part of coach turnover and referrals to other coaches.", Lever = true)]
    public bool CoachNoReferral;
    [Param("coach.targetPressure", 0.5, 0, 1, "index", Evidence.PolicySetting, "[004 §3]", "Target management: coaches favour clients with short-term prospects (creaming).", Lever = true)]
    public double CoachTargetPressure;
    [Param("coach.reassignmentShare", 0.4, 0, 1, "share of turnover", Evidence.Direction, "[002 M12] (assumption)", "Part of coach turnover that is reassignment or referral, which coach.noReferral removes.")]
    public double CoachReassignmentShare;
    [Param("coach.youthShare", 0.15, 0, 0.5, "share of coaches", Evidence.Direction, "[000 §4.5.2] (assumption)", "Share of coaches on the youth desk (clients under 27).")]
    public double YouthCoachShare;
    [Param("coach.trustGrowth", 0.12, 0, 0.5, "per contact", Evidence.Direction, "[001 E53, 003] (assumption)", "Growth of coach trust per contact, scaled by coach empathy; slows with tenure saturation.")]
    public double TrustGrowth;
    [Param("coach.trustDecay", 0.01, 0, 0.1, "per month", Evidence.Direction, "[002 M11] (assumption)", "Monthly drift of coach trust toward the cautious prior without contact.")]
    public double TrustDecay;
    [Param("coach.duoTrustRetention", 0.7, 0, 1, "share", Evidence.Direction, "[002 action line 2] (assumption)", "Share of trust kept after a coach change when coaches work in duos.")]
    public double DuoTrustRetention;
    [Param("coach.caseloadReference", 150, 30, 400, "clients per coach", Evidence.Assumption, "assumption", "Caseload at which planned contacts are fully delivered; above it contacts scale down.")]
    public double CaseloadReference;
    [Param("coach.maxContactFactor", 1.5, 1, 5, "share of planned contacts", Evidence.Assumption, "assumption", "Most planned contacts a coach delivers below the reference caseload, relative to the plan.")]
    public double MaxContactFactor;
    [Param("coach.leadRate", 0.05, 0, 0.5, "per contact", Evidence.Direction, "[003 Table 10: 59% none] (assumption)", "Chance that a contact yields a brokered job lead at a full relationship (× coach.strangerShare for a coach who does not know the client).")]
    public double CoachLeadRate;
    [Param("coach.strangerShare", 0.3, 0, 1, "share", Evidence.Direction, "[003: support stalled when the consultant left; 004] (assumption)", "Share of a contact's brokering (leads, referrals) a coach delivers to a client they do not know or who does not trust them; the rest grows with trust × acquaintance.")]
    public double CoachStrangerShare;
    [Param("coach.acquaintanceMonths", 6, 1, 36, "months", Evidence.Direction, "[001 E53: trust needs regular contact over a longer period; 002 M12] (assumption)", "Months with the same coach after which the coach knows the client fully.")]
    public int CoachAcquaintanceMonths;
    [Param("coach.leadAcceptWeight", 0.8, 0, 3, "logit at a full relationship", Evidence.Direction, "[003, 004 §2.2: a push at the right moment from a trusted coach] (assumption)", "Extra willingness to act on a coach's lead, × the relationship quality.")]
    public double CoachLeadAcceptWeight;
    [Param("coach.trainingReferralRate", 0.45, 0, 1, "per month with a contact", Evidence.Direction, "[003 Table 1–2: training wishes; 000 §4.2.3] (assumption)", "Chance per month with a contact of a referral to training (doubling the start rate), × the relationship quality.")]
    public double TrainingReferralRate;
    [Param("coach.roleRecallMonths", 4, 1, 24, "months", Evidence.Direction, "[003 Table 10] (assumption)", "A leaver credits the coach with a role if they met within this many months before the exit (and trust is high enough) or the coach brokered the job.")]
    public int CoachRoleRecallMonths;
    [Param("coach.roleTrust", 0.7, 0, 1, "trust", Evidence.Direction, "[003 Table 10: 59% say none] (assumption; calibrated)", "Trust in the coach at which a leaver who met the coach recently credits them with a role.")]
    public double CoachRoleTrust;
    [Param("coach.exemptionGrantRate", 0.001, 0, 1, "per month with a contact", Evidence.Calibrated, "[000 §4.5.2, 004 B2: ~35% exempt]; calibrated to seed and national targets (2026-12-04)", "Chance per month with a contact that a coach exempts a fragile client ('rest first').")]
    public double ExemptionGrantRate;
    [Param("coach.exemptionReviewRate", 0.045, 0, 0.5, "per month", Evidence.Direction, "[004 B2] (assumption)", "Chance per month that an exemption of a recovered client is lifted.")]
    public double ExemptionReviewRate;
    [Param("coach.fragileThreshold", 0.4, 0, 1, "score", Evidence.Assumption, "assumption", "Health or mental-health score below which a client counts as fragile.")]
    public double FragileThreshold;
    [Param("coach.costPerContact", 120, 0, 500, "€ per contact", Evidence.Assumption, "assumption", "Public cost of one coach contact (coaching cost).")]
    public double CostPerContact;
    [Param("coach.debtReferralRate", 0.25, 0, 1, "per month with a contact", Evidence.Direction, "[000 §4.5.1, 004 §2.3] (assumption)", "Chance per month with a contact that a client in problematic debt is referred to debt help (× the relationship quality).")]
    public double DebtReferralRate;
    [Param("coach.changeLoad", 0.1, 0, 1, "load at agency capital 0", Evidence.Direction, "[003: support in progress pauses] (assumption)", "Load of a coach change without a duo partner, × (1 − agency capital): those who lean on the coach for letters feel it most.")]
    public double CoachChangeLoad;
    [Param("coach.priorBase", 0.15, 0, 1, "trust", Evidence.Direction, "[003, 002 M11: cautious toward a new coach] (assumption)", "Trust in a new coach at institutional trust 0 (the cautious prior).")]
    public double TrustPriorBase;
    [Param("coach.priorInstitutional", 0.35, 0, 1, "trust per unit of institutional trust", Evidence.Direction, "[002 M11] (assumption)", "Rise of the cautious prior with institutional trust.")]
    public double TrustPriorInstitutional;
    [Param("coach.priorScar", 0.08, 0, 1, "trust", Evidence.Direction, "[003, 002 M4] (assumption)", "Lower cautious prior of a client scarred by a clawback, fraud accusation or misinformation.")]
    public double TrustPriorScar;
    [Param("coach.maxContactsPerMonth", 4, 1, 12, "contacts", Evidence.Assumption, "assumption", "Most coach contacts a client has in a month.")]
    public int MaxContactsPerMonth;
    [Param("coach.creamingContacts", 1.2, 0, 5, "relative per unit of prospect above the mean", Evidence.Direction, "[004 §3] (assumption)", "How strongly target pressure steers contacts toward clients with better short-term prospects (× coach.targetPressure).")]
    public double CreamingContacts;
    [Param("coach.creamingLeads", 2, 0, 5, "relative per unit of prospect above the mean", Evidence.Direction, "[004 §3] (assumption)", "How strongly target pressure steers job leads toward clients with better short-term prospects (× coach.targetPressure).")]
    public double CreamingLeads;
    [Param("coach.creamingFloor", 0.1, 0, 1, "factor", Evidence.Assumption, "assumption", "Least share of leads a client with poor prospects keeps under target pressure.")]
    public double CreamingFloor;
    [Param("coach.trustContinuityOffsetMonths", 3, 0, 12, "months", Evidence.Assumption, "assumption", "Tenure credited at a coach's first month: trust growth per contact scales with min(1, (tenure + this) / coach.trustContinuityMonths).")]
    public int TrustContinuityOffsetMonths;
    [Param("coach.trustContinuityMonths", 12, 1, 60, "months", Evidence.Direction, "[001 E53: trust needs regular contact over a longer period] (assumption)", "Tenure at which trust grows at its full rate per contact.")]
    public double TrustContinuityMonths;
    [Param("coach.trustEmpathyBase", 0.4, 0, 2, "factor", Evidence.Direction, "[003: empathic and patient coaches] (assumption)", "Trust growth per contact scales with (this + coach empathy).")]
    public double TrustEmpathyBase;
    [Param("coach.leadDirectiveBase", 0.5, 0, 2, "factor", Evidence.Direction, "[003: strict and snappy coaches push] (assumption)", "Job leads per contact scale with (this + coach directiveness).")]
    public double LeadDirectiveBase;
    [Param("coach.empathyMean", 0.55, 0, 1, "score", Evidence.Assumption, "assumption", "Mean empathy of a new coach.")]
    public double CoachEmpathyMean;
    [Param("coach.directivenessMean", 0.5, 0, 1, "score", Evidence.Assumption, "assumption", "Mean directiveness of a new coach.")]
    public double CoachDirectivenessMean;
    [Param("coach.styleSd", 0.2, 0, 0.5, "score", Evidence.Assumption, "assumption", "Spread of empathy and directiveness between coaches.")]
    public double CoachStyleSd;
    [Param("coach.styleMin", 0.05, 0, 0.5, "score", Evidence.Assumption, "assumption", "Lowest empathy or directiveness of a coach.")]
    public double CoachStyleMin;
    [Param("prospect.aspiration", 0.35, 0, 1, "weight", Evidence.Direction, "[004 §3: coaches judge short-term prospects] (assumption)", "Weight of aspiration in the short-term prospect a coach sees.")]
    public double ProspectAspiration;
    [Param("prospect.health", 0.35, 0, 1, "weight", Evidence.Direction, "[004 §3, 003: health] (assumption)", "Weight of the lower of physical and mental health in the prospect.")]
    public double ProspectHealth;
    [Param("prospect.education", 0.2, 0, 1, "weight", Evidence.Direction, "[004 §3] (assumption)", "Weight of education (prospect.educationBelow/Start/Higher) in the prospect.")]
    public double ProspectEducation;
    [Param("prospect.language", 0.1, 0, 1, "weight", Evidence.Direction, "[004 §3] (assumption)", "Weight of Dutch proficiency in the prospect.")]
    public double ProspectLanguage;
    [Param("prospect.educationBelow", 0.3, 0, 1, "score", Evidence.Assumption, "assumption", "Education term of the prospect without a start qualification.")]
    public double ProspectEducationBelow;
    [Param("prospect.educationStart", 0.6, 0, 1, "score", Evidence.Assumption, "assumption", "Education term of the prospect with a start qualification.")]
    public double ProspectEducationStart;
    [Param("prospect.educationHigher", 1.0, 0, 1, "score", Evidence.Assumption, "assumption", "Education term of the prospect with higher education.")]
    public double ProspectEducationHigher;
}
