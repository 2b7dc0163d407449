namespace Resilience.Model;

/// <summary>Parameters of obligations, sanctions, pressure and exemption (MODEL.md §3.3.4); the rules that read them are in Obligations.cs where that file exists.</summary>
public sealed partial class Parameters
{
    [Param("sanctions.strictness", 0.5, 0, 1, "probability", Evidence.PolicySetting, "[001 §2.2, 003]", "Chance that a failed job-search obligation is sanctioned.", Lever = true)]
    public double SanctionStrictness;
    [Param("sanctions.cutFraction", 0.3, 0, 1, "share of norm", Evidence.PolicySetting, "assumption", "Share of the benefit norm withheld during a sanction.", Lever = true)]
    public double SanctionCutFraction;
    [Param("sanctions.months", 1, 0, 12, "months", Evidence.PolicySetting, "assumption", "Duration of a sanction.", Lever = true)]
    public int SanctionMonths;
    [Param("obligations.exemption", (double)ExemptionPolicy.Fragile, 0, 2, "None|Fragile|All", Evidence.PolicySetting, "[000 §3.2, 003 ZR, 004 B2]", "Who is exempt from the job-search obligation: nobody, fragile clients at the coach's discretion, or everyone (self-direction arm).", Lever = true)]
    public ExemptionPolicy Exemption;
    [Param("obligations.failureRate", 0.012, 0, 0.5, "per month", Evidence.Direction, "[001 E4, E44] (assumption)", "Base chance per month of failing the job-search obligation; rises with low mental health, low agency capital and load.")]
    public double ObligationFailureRate;
    [Param("pressure.responsive.intercept", 0.12, -5, 5, "logit", Evidence.Direction, "[003: some welcome pressure; 004 §2.3] (assumption)", "Log-odds that a client at the reference state (agency capital population.agency.mean, mental health population.health.mentalMean, language population.language.native) responds to pressure by searching harder (Responsive); set so that about half of the caseload is Responsive, as before.")]
    public double ResponsiveIntercept;
    [Param("pressure.responsive.agency", 2, 0, 5, "logit per unit of agency capital", Evidence.Direction, "[001 E4: inexperience lowers the ability to handle the paperwork; 002 M10] (assumption)", "Rise of the log-odds of being Responsive with agency capital (knowing how the system works and acting on it) above its population mean.")]
    public double ResponsiveAgency;
    [Param("pressure.responsive.mentalHealth", 2, 0, 5, "logit per unit of mental health", Evidence.Direction, "[003: some say pressure fails under stress; 001 E4, E15] (assumption)", "Rise of the log-odds of being Responsive with mental health above its population mean.")]
    public double ResponsiveMentalHealth;
    [Param("pressure.responsive.language", 1, 0, 5, "logit per unit of language", Evidence.Direction, "[001 E4; 003: letters not understood] (assumption)", "Rise of the log-odds of being Responsive with Dutch proficiency (understanding the rules and letters), relative to a native speaker.")]
    public double ResponsiveLanguage;
    [Param("pressure.stressedShareOfOthers", 0.6, 0, 1, "share of the non-responsive", Evidence.Direction, "[003: some say it fails under stress, some comply minimally; 001 E15] (assumption)", "Share of the clients who are not Responsive whom pressure stresses (Stressed); the rest are Reactant (0.6 gives the former 30% Stressed and 20% Reactant at half Responsive).")]
    public double StressedShareOfOthers;
    [Param("obligations.feltShare", 0.45, 0, 1, "share of obligated clients", Evidence.Direction, "[Divosa via Trouw 2018, scenarios/targets/README.md: more than 60% of recipients believe they have no job-search obligation; 0.40 ÷ (1 − 0.11 formally exempt in 2018) ≈ 0.45]", "Share of clients who know and feel their job-search obligation (drawn at entry; a sanction teaches the rest). Those who do not feel no sanction threat: no threat pressure, no threat accept gain, no deterrence.")]
    public double FeltObligationShare;
    [Param("sanctions.deterrence", 1, 0, 10, "per norm-month of expected penalty", Evidence.Direction, "[003: the sanction threat at the subsistence margin gives compliance without effort; 001 §2.2] (assumption)", "How strongly the expected penalty deters a failed obligation: the failure chance of a client who feels the obligation is × 1 / (1 + this × expected penalty), relative to sanctions.referencePenalty.")]
    public double SanctionDeterrence;
    [Param("sanctions.referencePenalty", 0.15, 0.01, 3, "norm-months withheld per failure", Evidence.Assumption, "assumption: the default levers, strictness 0.5 × cut 0.3 × 1 month", "Expected penalty of a failure under current national practice, at which obligations.failureRate is the mean failure rate and the threat felt is one half.")]
    public double SanctionReferencePenalty;
    [Param("sanctions.threatAcceptGain", 0.5, 0, 2, "logit at full threat", Evidence.Direction, "[003: the threat works at the subsistence margin; 001 §2.2] (assumption)", "Extra willingness to accept an offer under the sanction threat (× the threat felt, one half at national practice), for obligated clients who feel the obligation and can respond (Responsive, able to work).")]
    public double SanctionThreatAcceptGain;
    [Param("sanctions.imposedEffortGain", 0.2, 0, 1, "relative", Evidence.Direction, "[003: \"if they cut your benefit you will do something\"; 001 §2.2, E5] (assumption)", "Extra own search effort after an imposed sanction, for those who can respond.")]
    public double SanctionImposedEffortGain;
    [Param("sanctions.imposedAcceptGain", 0.5, 0, 2, "logit", Evidence.Direction, "[003; 001 §2.2] (assumption)", "Extra willingness to accept an offer after an imposed sanction, for those who can respond.")]
    public double SanctionImposedAcceptGain;
    [Param("sanctions.afterEffectMonths", 3, 0, 12, "months", Evidence.Assumption, "assumption", "Months after an imposed sanction during which those who can respond search harder and accept more readily.")]
    public int SanctionAfterEffectMonths;
    [Param("pressure.responsiveEffortGain", 0.3, 0, 1, "relative", Evidence.Direction, "[003, 004 §2.3] (assumption)", "Extra own search effort of responsive clients at full pressure.")]
    public double ResponsiveEffortGain;
    [Param("pressure.stressLoad", 0.045, 0, 0.3, "load per month at full pressure", Evidence.Direction, "[003, 001 E15, E54] (assumption)", "Extra load per month of stressed clients under the obligation's pressure.")]
    public double StressedLoad;
    [Param("pressure.reactantTrustLoss", 0.02, 0, 0.2, "trust per month at full pressure", Evidence.Direction, "[003, 000 §3.2] (assumption)", "Coach trust lost per month by reactant clients under the obligation's pressure.")]
    public double ReactantTrustLoss;
    [Param("pressure.reactantEffortLoss", 0.3, 0, 1, "relative", Evidence.Direction, "[004 §2.3: pushed clients sabotaged applications; 003] (assumption)", "Own search effort reactant clients withhold at full pressure (less cooperation).")]
    public double ReactantEffortLoss;
    [Param("pressure.threatWeight", 0.5, 0, 1, "weight", Evidence.Direction, "[003, 004 §2.3] (assumption)", "Weight of the sanction threat (expected penalty on a scale that is one half at national practice; 0 for those who do not feel the obligation) in the pressure an obligated client feels.")]
    public double PressureThreatWeight;
    [Param("pressure.contactWeight", 0.5, 0, 1, "weight", Evidence.Direction, "[003: strict and snappy coaches] (assumption)", "Weight of directive contact (contacts × directiveness, capped at 1) in the pressure felt.")]
    public double PressureContactWeight;
    [Param("pressure.targetWeight", 0.3, 0, 1, "weight", Evidence.Direction, "[004 §3] (assumption)", "Weight of target pressure × prospect in the pressure felt.")]
    public double PressureTargetWeight;
    [Param("obligations.failureMentalHealth", 1.5, 0, 5, "relative at mental health 0", Evidence.Direction, "[001 E4, E44] (assumption)", "Rise of the obligation failure rate with poor mental health, × (1 − mental health).")]
    public double FailureMentalHealth;
    [Param("obligations.failureLoadOnset", 0.4, 0, 2, "load", Evidence.Direction, "[001 E44] (assumption)", "Load above which the obligation failure rate rises (one for one).")]
    public double FailureLoadOnset;
    [Param("obligations.failureReactant", 1.5, 1, 5, "relative", Evidence.Direction, "[004 §2.3: sabotaged applications] (assumption)", "Obligation failure rate of reactant clients relative to others.")]
    public double FailureReactant;
    [Param("sanctions.coachTrustLoss", 0.12, 0, 1, "trust", Evidence.Direction, "[001 §2.2, 003] (assumption)", "Coach trust lost by a sanctioned client.")]
    public double SanctionCoachTrustLoss;
    [Param("sanctions.coachTrustLossReactant", 0.25, 0, 1, "trust", Evidence.Direction, "[003, 000 §3.2] (assumption)", "Coach trust lost by a sanctioned reactant client.")]
    public double SanctionCoachTrustLossReactant;
    [Param("sanctions.institutionalTrustLoss", 0.05, 0, 1, "trust", Evidence.Direction, "[002 M11] (assumption)", "Institutional trust lost at a sanction.")]
    public double SanctionInstitutionalTrustLoss;
    [Param("sanctions.selfEfficacyLoss", 0.05, 0, 1, "self-efficacy", Evidence.Direction, "[001 E5] (assumption)", "Self-efficacy lost at a sanction.")]
    public double SanctionSelfEfficacyLoss;
    [Param("sanctions.load", 0.1, 0, 1, "load", Evidence.Direction, "[001 §2.2, E5] (assumption)", "Load of being sanctioned, apart from the cut.")]
    public double SanctionImposedLoad;
    [Param("sanctions.loadPerCutMonth", 0.1, 0, 1, "load per norm-month withheld", Evidence.Direction, "[001 §2.2] (assumption)", "Load per month of the full norm withheld (cut × months, months capped at sanctions.loadMonthsCap).")]
    public double SanctionLoadPerCutMonth;
    [Param("sanctions.loadMonthsCap", 3, 1, 12, "months", Evidence.Assumption, "assumption", "Sanction months beyond which a longer sanction adds no more load at imposition.")]
    public int SanctionLoadMonthsCap;
    [Param("sanctions.stressedLoad", 0.1, 0, 1, "load", Evidence.Direction, "[003, 001 E15] (assumption)", "Extra load of a sanction for stressed clients.")]
    public double SanctionStressedLoad;
    [Param("motivation.driveMean", 0.6, 0, 1, "score", Evidence.Direction, "[004 §2.2: independence and work ethos drive exits] (assumption)", "Mean of the stable intrinsic drive to work (independence, work ethos).")]
    public double DriveMean;
    [Param("motivation.driveSd", 0.18, 0, 0.5, "score", Evidence.Assumption, "assumption", "Spread of the intrinsic drive to work between clients.")]
    public double DriveSd;
    [Param("motivation.driveWeight", 0.5, 0, 1, "weight", Evidence.Direction, "[004 §2.2; 000 Fig. 5] (assumption)", "Weight of the stable drive (the rest: aspiration) in own search effort and job acceptance.")]
    public double DriveWeight;
    [Param("obligations.complianceEffort", 0.3, 0, 1, "effort at full pressure", Evidence.Direction, "[003; 004 §2.3: pushed to apply for everything] (assumption)", "Search effort the job-search obligation adds to comply (applications), in proportion to the pressure felt; absent when exempt.")]
    public double ComplianceEffort;
    [Param("obligations.complianceAcceptPenalty", 1.0, 0, 3, "logit", Evidence.Direction, "[004 §2.3: sabotaged applications; 003: network leads beat forced applications] (assumption)", "Lower acceptance of offers that come from compliance applications (poor matches).")]
    public double ComplianceAcceptPenalty;
    [Param("obligations.complianceJobLossFactor", 1.5, 1, 4, "relative", Evidence.Direction, "[003, 004 §2.3] (assumption)", "Job-loss hazard of a job found through a compliance application relative to other jobs (shorter jobs).")]
    public double ComplianceJobLossFactor;
    [Param("exemption.restRecovery", 0.5, 0, 2, "relative", Evidence.Direction, "[000 §3.2: exemption gave calm; 003 ZR: some relieved] (assumption)", "Faster recovery of mental health toward its baseline while exempt (rest), relative to the usual pull.")]
    public double ExemptionRestRecovery;
    [Param("exemption.autonomyGain", 0.01, 0, 0.05, "per month", Evidence.Direction, "[000 §3.2, 002 M13: autonomy] (assumption)", "Monthly gain of self-efficacy (× the room left below 1) while exempt.")]
    public double ExemptionAutonomyGain;
    [Param("exemption.contactShareWithoutAsking", 0.3, 0, 1, "share of planned contacts", Evidence.Direction, "[003 ZR: guidance only on request; some lost hope of being matched] (assumption)", "Share of planned coach contacts an exempt client gets without asking; clients ask for the rest with a chance equal to their agency capital.")]
    public double ExemptContactShare;
}
