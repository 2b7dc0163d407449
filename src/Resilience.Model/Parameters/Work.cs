namespace Resilience.Model;

/// <summary>Parameters of work and the labour market (MODEL.md §3.3.5); the rules that read them are in Work.cs where that file exists.</summary>
public sealed partial class Parameters
{
    [Param("labourMarket.demand", 1.0, 0.3, 1.7, "index (1 = normal)", Evidence.PolicySetting, "assumption", "Labour demand; multiplies the job-offer hazard and divides the job-loss hazard.", Lever = true)]
    public double LabourDemand;
    [Param("work.offerRate", 0.4842, 0, 0.5, "per month at full effort", Evidence.Calibrated, "[003: ~25% left in ~3 years] (assumption); calibrated to seed and national targets (2026-12-05)", "Base job-offer hazard at full search effort and normal demand.")]
    public double OfferRate;
    [Param("work.partTimeOfferShare", 0.1634, 0, 1, "share", Evidence.Calibrated, "[003, 004 §2.2]; calibrated to seed and national targets (2026-12-04)", "Share of first offers that are part-time (~10–12 h).")]
    public double PartTimeOfferShare;
    [Param("work.temporaryShareLowEducated", 0.5, 0, 1, "share", Evidence.Measured, "[002 M14]", "Share of temporary contracts for clients without a start qualification.")]
    public double TemporaryShareLow;
    [Param("work.temporaryShareOther", 0.3, 0, 1, "share", Evidence.Assumption, "assumption", "Share of temporary contracts for others.")]
    public double TemporaryShareOther;
    [Param("work.employerCeilingShare", 0.41, 0, 1, "share", Evidence.Measured, "[003: 41%]", "Share of part-time jobs where the employer cannot offer more hours.")]
    public double EmployerCeilingShare;
    [Param("work.hoursStepRate", 0.2, 0, 1, "per month", Evidence.Direction, "[003, 004 §2.2] (assumption)", "Chance per month that hours grow by one step of 4 h toward the ceiling.")]
    public double HoursStepRate;
    [Param("work.jobLossRate", 0.01058, 0, 0.1, "per month", Evidence.Calibrated, "[001 E28, 002 M14] (assumption); calibrated to seed and national targets (2026-12-05)", "Base job-loss hazard on a permanent contract.")]
    public double JobLossRate;
    [Param("work.temporaryLossFactor", 3, 1, 10, "relative", Evidence.Direction, "[002 M14] (assumption)", "Job-loss hazard on temporary contracts relative to permanent.")]
    public double TemporaryLossFactor;
    [Param("work.prejudiceNonWestern", 0.3, 0, 0.9, "relative reduction", Evidence.Direction, "[001 E23, E49]", "Reduction of offer chance by employer prejudice against non-western origin.")]
    public double PrejudiceNonWestern;
    [Param("work.spellPenaltyPerYear", 0.1123, 0, 0.5, "relative per year", Evidence.Calibrated, "[004 B2, 003 duration effect] (assumption); calibrated to seed and national targets (2026-12-05)", "Relative reduction of offer chance per year out of work on benefit, summed over spells (employer prejudice by benefit history; not reset at re-entry).")]
    public double SpellPenaltyPerYear;
    [Param("work.acceptIndependenceWeight", 2.0, 0, 5, "logit", Evidence.Direction, "[004 §2.2: independence and work ethos dominate]", "Weight of aspiration (independence, work ethos) in job acceptance.")]
    public double AcceptIndependenceWeight;
    [Param("work.acceptMoneyWeight", 0.3, 0, 5, "logit per €500 gain", Evidence.Direction, "[004 §2.2: money matters little]", "Weight of the monetary gain in job acceptance.")]
    public double AcceptMoneyWeight;
    [Param("work.acceptFearWeight", 1.5, 0, 5, "logit", Evidence.Direction, "[003 Tables 3–5, 001 E19]", "Weight of offsetting fear and fear of relapse against acceptance.")]
    public double AcceptFearWeight;
    [Param("work.rejectionRate", 0.25, 0, 1, "per month at full effort", Evidence.Direction, "[001 E41, 000 §4.2.3] (assumption)", "Chance per month at full effort of a rejection experience.")]
    public double RejectionRate;
    [Param("work.relapseFear", 0.25, 0, 1, "fear", Evidence.Direction, "[001 E19]", "Increase of fear of relapse at a re-entry.")]
    public double RelapseFear;
    [Param("work.permanentAfterMonths", 12, 1, 60, "months", Evidence.Direction, "[002 M14] (assumption)", "Job month at which a temporary contract may become permanent.")]
    public int PermanentAfterMonths;
    [Param("work.permanentChance", 0.5, 0, 1, "probability", Evidence.Assumption, "assumption", "Chance that a temporary contract becomes permanent at work.permanentAfterMonths.")]
    public double PermanentChance;
    [Param("work.careChildAge", 12, 0, 18, "years", Evidence.Direction, "[001 §5] (assumption)", "Youngest child below this age: a single parent's hours are capped (work.careCeilingSingleParent) and long hours overload care.")]
    public int CareChildAge;
    [Param("work.careOverloadHours", 24, 0, 40, "hours per week", Evidence.Direction, "[001 E28] (assumption)", "Weekly hours above which a single parent with a young child is overloaded (higher job-loss hazard).")]
    public int CareOverloadHours;
    [Param("work.lossPoorHealth", 3, 0, 10, "relative per unit of health below the threshold", Evidence.Direction, "[001 E28] (assumption)", "Rise of the job-loss hazard per unit of health below psych.workHealthThreshold.")]
    public double LossPoorHealth;
    [Param("work.lossCareOverload", 1.5, 1, 5, "relative", Evidence.Direction, "[001 E28] (assumption)", "Job-loss hazard under care overload relative to without.")]
    public double LossCareOverload;
    [Param("work.lossEarlyMonths", 6, 0, 24, "months", Evidence.Direction, "[002 M14] (assumption)", "First months of a job during which the job-loss hazard is raised (work.lossEarlyFactor).")]
    public int LossEarlyMonths;
    [Param("work.lossEarlyFactor", 1.3, 1, 5, "relative", Evidence.Direction, "[002 M14] (assumption)", "Job-loss hazard in the first months of a job relative to later.")]
    public double LossEarlyFactor;
    [Param("work.hoursGainWeight", 1, 0, 5, "relative per €500 of monthly marginal gain", Evidence.Direction, "[003 Tables 3–5: part-timers keep their hours; 002 M14: the cliff of the poverty trap] (assumption)", "Response of hours growth to the marginal gain of one more step of hours: the step chance is multiplied by 1 + this × gain / €500 (at least 0, at most work.hoursGainMaxFactor). A step that costs money (an earnings premium or disregard lost at exit) slows growth.")]
    public double HoursGainWeight;
    [Param("work.hoursGainMaxFactor", 1, 1, 3, "factor", Evidence.Assumption, "assumption", "Most the hours-step chance can rise when a step pays more (1: a gain does not speed growth, only a loss slows it).")]
    public double HoursGainMaxFactor;
    [Param("work.lockInFear", 0.5, 0, 1, "fear", Evidence.Direction, "[003 Tables 3–5: fixed part-time hours] (assumption)", "Offsetting fear above which a top-up client does not add hours (P8).")]
    public double LockInFear;
    [Param("work.hoursStep", 4, 1, 16, "hours per week", Evidence.Direction, "[003, 004 §2.2: small steps] (assumption)", "Step by which weekly hours grow or are cut; also the least hours of a job.")]
    public int HoursStep;
    [Param("work.hoursCutMargin", 8, 0, 40, "hours per week", Evidence.Assumption, "assumption", "Hours above the ceiling beyond which hours are cut by one step.")]
    public int HoursCutMargin;
    [Param("work.healthHoursOnset", 0.15, 0, 1, "score", Evidence.Assumption, "assumption", "Health at which the health ceiling on hours is lowest; it rises linearly above it.")]
    public double HealthHoursOnset;
    [Param("work.healthHoursRange", 0.5, 0.05, 1, "score", Evidence.Assumption, "assumption", "Health above work.healthHoursOnset at which the health ceiling reaches full time.")]
    public double HealthHoursRange;
    [Param("work.healthHoursMinShare", 0.1, 0, 1, "share of full time", Evidence.Assumption, "assumption", "Lowest health ceiling on hours as a share of full time.")]
    public double HealthHoursMinShare;
    [Param("work.careCeilingSingleParent", 24, 0, 40, "hours per week", Evidence.Direction, "[001 §5, 003] (assumption)", "Most weekly hours of a single parent with a child under work.careChildAge.")]
    public int CareCeilingSingleParent;
    [Param("work.careCeilingParent", 32, 0, 40, "hours per week", Evidence.Assumption, "assumption", "Most weekly hours of other clients with children.")]
    public int CareCeilingParent;
    [Param("work.youngChildAge", 4, 0, 18, "years", Evidence.Direction, "[001 §5: childcare] (assumption)", "Youngest child below this age halves a single parent's search (work.youngChildEffort).")]
    public int YoungChildAge;
    [Param("work.youngChildEffort", 0.5, 0, 1, "factor", Evidence.Direction, "[001 §5] (assumption)", "Search ability of a single parent with a young child relative to others.")]
    public double YoungChildEffort;
    [Param("work.unfitEffort", 0.15, 0, 1, "factor", Evidence.Direction, "[003: half of non-workers cannot work for health] (assumption)", "Search ability of a client below the work-health threshold relative to those able to work.")]
    public double UnfitEffort;
    [Param("work.effortSelfEfficacyBase", 0.5, 0, 1, "factor", Evidence.Assumption, "assumption", "Own search scales with (this + work.effortSelfEfficacy × self-efficacy).")]
    public double EffortSelfEfficacyBase;
    [Param("work.effortSelfEfficacy", 0.5, 0, 1, "factor", Evidence.Direction, "[000 Fig. 3: experienced control] (assumption)", "Weight of self-efficacy in own search.")]
    public double EffortSelfEfficacy;
    [Param("work.discouragementEffort", 0.7, 0, 1, "share", Evidence.Direction, "[001 E41] (assumption)", "Share of own search lost at full discouragement.")]
    public double DiscouragementEffort;
    [Param("work.maxEffort", 1.5, 1, 3, "effort", Evidence.Assumption, "assumption", "Upper bound of search effort (own plus compliance).")]
    public double MaxEffort;
    [Param("work.educationBelowFactor", 0.75, 0, 2, "relative to a start qualification", Evidence.Direction, "[000, 001: half lack a start qualification] (assumption)", "Offer hazard without a start qualification.")]
    public double OfferEducationBelow;
    [Param("work.educationHigherFactor", 1.3, 0, 3, "relative to a start qualification", Evidence.Direction, "[000, 001] (assumption)", "Offer hazard with higher education.")]
    public double OfferEducationHigher;
    [Param("work.youngOfferFactor", 0.3867, 0, 3, "relative", Evidence.Calibrated, "[004 B2] (assumption); calibrated to seed and national targets (2026-12-04)", "Offer hazard under 27 relative to ages 27–49.")]
    public double YoungOfferFactor;
    [Param("work.olderAge", 50, 40, 66, "years", Evidence.Direction, "[004 B2, 000 App. 1] (assumption)", "Age from which clients count as older: a lower offer hazard (work.olderOfferFactor) and less training (training.olderFactor).")]
    public int OlderAge;
    [Param("work.olderOfferFactor", 0.1478, 0, 2, "relative", Evidence.Calibrated, "[004 B2, 001 E23] (assumption); calibrated to seed and national targets (2026-12-04)", "Offer hazard from work.olderAge relative to ages 27–49.")]
    public double OlderOfferFactor;
    [Param("work.ageOfferDecline", 0.0425, 0, 0.2, "relative per year", Evidence.Calibrated, "[CBS news 2014/42: exits to work fall with age, 25–34 at 1.9× the caseload's rate, 15–24 at 2.3×; 001 E23]; calibrated to seed and national targets (2026-12-04)", "Fall of the offer hazard per year of age from 27 (on top of work.olderOfferFactor): × exp(−this × (age − 27)).")]
    public double AgeOfferDecline;
    [Param("work.womenOfferFactor", 0.3994, 0.2, 1.5, "relative", Evidence.Calibrated, "[CBS 2014/2015: 11% of men and 6% of women on bijstand found a job the next year]; calibrated to seed and national targets (2026-12-04)", "Job offers to women relative to men, own search and coach leads alike, beyond the care limits of single parents (household roles, part-time preferences, the jobs on offer).")]
    public double WomenOfferFactor;
    [Param("work.languageBase", 0.5, 0, 1, "factor", Evidence.Direction, "[001 §4] (assumption)", "The offer hazard scales with (this + work.languageWeight × Dutch proficiency).")]
    public double OfferLanguageBase;
    [Param("work.languageWeight", 0.5, 0, 1, "factor", Evidence.Direction, "[001 §4] (assumption)", "Weight of Dutch proficiency in the offer hazard.")]
    public double OfferLanguageWeight;
    [Param("work.networkLeads", 0.5, 0, 2, "relative at full support", Evidence.Direction, "[004 §2.2, 003: network leads] (assumption)", "Rise of the offer hazard with network support.")]
    public double NetworkLeads;
    [Param("work.rejectionUnfit", 0.3, 0, 1, "factor", Evidence.Assumption, "assumption", "Rejection rate of clients who cannot work relative to others (they apply less).")]
    public double RejectionUnfit;
    [Param("work.rejectionCopingFactor", 1.5, 1, 5, "relative", Evidence.Direction, "[000 §4.2.3: coping clients hit harder] (assumption)", "Damage of a rejection to coping clients relative to adaptive ones.")]
    public double RejectionCopingFactor;
    [Param("work.rejectionSelfEfficacy", 0.02, 0, 0.2, "self-efficacy", Evidence.Direction, "[001 E41] (assumption)", "Self-efficacy lost per rejection (adaptive client).")]
    public double RejectionSelfEfficacy;
    [Param("work.rejectionAspiration", 0.01, 0, 0.2, "aspiration", Evidence.Direction, "[001 E41] (assumption)", "Aspiration lost per rejection (adaptive client).")]
    public double RejectionAspiration;
    [Param("work.rejectionDiscouragement", 0.03, 0, 0.2, "discouragement", Evidence.Direction, "[001 E41] (assumption)", "Discouragement added per rejection (adaptive client).")]
    public double RejectionDiscouragement;
    [Param("work.partTimeOfferHours", 12, 4, 40, "hours per week", Evidence.Measured, "[003, 004: first job ~10–12 h]", "Weekly hours of a part-time offer.")]
    public int PartTimeOfferHours;
    [Param("work.otherOfferMinHours", 24, 4, 40, "hours per week", Evidence.Assumption, "assumption", "Least weekly hours of an offer that is not part-time; it has this plus 0 to (work.otherOfferSteps − 1) steps of work.hoursStep.")]
    public int OtherOfferMinHours;
    [Param("work.otherOfferSteps", 4, 1, 10, "steps", Evidence.Assumption, "assumption", "Number of equally likely hour levels of an offer that is not part-time.")]
    public int OtherOfferSteps;
    [Param("work.acceptBase", -1, -5, 5, "logit", Evidence.Assumption, "assumption", "Logit of accepting an offer before its terms.")]
    public double AcceptBase;
    [Param("work.exitFearShare", 0.3, 0, 1, "share", Evidence.Direction, "[003 Tables 3–5: offsetting matters on a top-up] (assumption)", "Share of offsetting fear that weighs against an offer that would end the benefit (all of it weighs for a top-up job).")]
    public double ExitFearShare;
    [Param("work.vetoPenalty", 2, 0, 10, "logit", Evidence.Direction, "[000 §5.3: household veto] (assumption)", "Lower acceptance under a harmful tie.")]
    public double VetoPenalty;
    [Param("work.unfitPenalty", 1.5, 0, 10, "logit", Evidence.Direction, "[003: health] (assumption)", "Lower acceptance of clients who cannot work for health.")]
    public double UnfitPenalty;
    [Param("work.startSelfEfficacy", 0.1, 0, 0.5, "self-efficacy", Evidence.Direction, "[004 §2.2: a first job builds momentum] (assumption)", "Self-efficacy gained at a job start.")]
    public double StartSelfEfficacy;
    [Param("work.startAspiration", 0.05, 0, 0.5, "aspiration", Evidence.Direction, "[004 §2.2] (assumption)", "Aspiration gained at a job start.")]
    public double StartAspiration;
    [Param("work.startDiscouragement", 0.15, 0, 1, "discouragement", Evidence.Direction, "[004 §2.2] (assumption)", "Discouragement lost at a job start.")]
    public double StartDiscouragement;
    [Param("work.lossSelfEfficacy", 0.05, 0, 0.5, "self-efficacy", Evidence.Direction, "[001 E19, E28] (assumption)", "Self-efficacy lost at a job loss.")]
    public double LossSelfEfficacy;
}
