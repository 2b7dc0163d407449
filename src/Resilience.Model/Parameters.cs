namespace Resilience.Model;

/// <summary>
/// Every policy lever (MODEL.md §4) and model parameter, each a public field carrying its metadata in a
/// <see cref="ParamAttribute"/>. Submodels read the fields directly; files, the CLI, calibration and the workshop go
/// through <see cref="ParameterRegistry"/> by dotted name. Rates are per month unless the unit says otherwise.
/// </summary>
public sealed class Parameters
{
    // ───────────────────────────── Policy levers (MODEL.md §4) ─────────────────────────────
    [Param("sanctions.strictness", 0.5, 0, 1, "probability", Evidence.PolicySetting, "[001 §2.2, 003]", "Chance that a failed job-search obligation is sanctioned.", Lever = true)]
    public double SanctionStrictness;
    [Param("sanctions.cutFraction", 0.3, 0, 1, "share of norm", Evidence.PolicySetting, "assumption", "Share of the benefit norm withheld during a sanction.", Lever = true)]
    public double SanctionCutFraction;
    [Param("sanctions.months", 1, 0, 12, "months", Evidence.PolicySetting, "assumption", "Duration of a sanction.", Lever = true)]
    public int SanctionMonths;
    [Param("obligations.exemption", (double)ExemptionPolicy.Fragile, 0, 2, "None|Fragile|All", Evidence.PolicySetting, "[000 §3.2, 003 ZR, 004 B2]", "Who is exempt from the job-search obligation: nobody, fragile clients at the coach's discretion, or everyone (self-direction arm).", Lever = true)]
    public ExemptionPolicy Exemption;
    [Param("buffer.budgetPerCoachMonth", 0, 0, 5000, "€ per coach per month", Evidence.PolicySetting, "[002 action line 1]", "Non-reclaimable buffer budget a coach may grant in acute need each month.", Lever = true)]
    public double BufferBudgetPerCoachMonth;
    [Param("buffer.maxGrant", 500, 0, 2000, "€ per grant", Evidence.PolicySetting, "assumption", "Largest single buffer grant.", Lever = true)]
    public double BufferMaxGrant;
    [Param("buffer.minGrant", 50, 0, 500, "€ per grant", Evidence.Assumption, "assumption", "Smallest grant worth paying: a coach whose remaining monthly budget is below it (or below the request) makes no grant.")]
    public double BufferMinGrant;
    [Param("buffer.entryAdvance", 0, 0, 1, "bool", Evidence.PolicySetting, "[001 §2.2]", "Pay an advance equal to the norm during the processing wait.", Lever = true)]
    public bool EntryAdvance;
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
    [Param("earnings.premiumShare", 0, 0, 1, "share of earnings", Evidence.PolicySetting, "[003: 50% to €200; 30% to €219]", "Earnings premium as a share of earnings while on a top-up benefit.", Lever = true)]
    public double PremiumShare;
    [Param("earnings.premiumCap", 0, 0, 500, "€ per month", Evidence.PolicySetting, "[003: €200 experiment, €219 city-wide]", "Monthly cap of the earnings premium.", Lever = true)]
    public double PremiumCap;
    [Param("earnings.premiumPayoutMonths", 6, 1, 12, "months", Evidence.PolicySetting, "[003: paid twice a year]", "The accrued premium is paid as a lump sum every this many months.", Lever = true)]
    public int PremiumPayoutMonths;
    [Param("earnings.autoSettlement", 0, 0, 1, "bool", Evidence.PolicySetting, "[002 M3, recommendation 3]", "Earnings are settled automatically: no wrong settlements, no later clawbacks.", Lever = true)]
    public bool AutoSettlement;
    [Param("earnings.disregardShare", 0.25, 0, 1, "share of earnings", Evidence.PolicySetting, "[Participatiewet art. 31; 003]", "Share of earnings not offset against the benefit (vrijlating).", Lever = true)]
    public double DisregardShare;
    [Param("earnings.disregardCap", 250, 0, 500, "€ per month", Evidence.PolicySetting, "[Participatiewet art. 31]", "Monthly cap of the earnings disregard.", Lever = true)]
    public double DisregardCap;
    [Param("earnings.disregardMonths", 6, 0, 24, "months", Evidence.PolicySetting, "[Participatiewet art. 31]", "Months during which the disregard applies.", Lever = true)]
    public int DisregardMonths;
    [Param("benefit.processingMonths", 2, 0, 4, "months", Evidence.PolicySetting, "[001 §2.2; 003: 3–4 months]", "Wait between application and first payment.", Lever = true)]
    public int ProcessingMonths;
    [Param("benefit.youthSearchWeeks", 4, 0, 13, "weeks", Evidence.PolicySetting, "[Participatiewet art. 41 lid 4]", "Search period of under-27s: they can apply only this many weeks after reporting, so these weeks are not paid back.", Lever = true)]
    public double YouthSearchWeeks;
    [Param("benefit.costSharerRule", 1, 0, 1, "bool", Evidence.PolicySetting, "[000 §4.3.1, 002 M8]", "Apply the cost-sharer rule (kostendelersnorm) to co-resident adults.", Lever = true)]
    public bool CostSharerRule;
    [Param("debtHelp.waitMonths", 3, 0, 24, "months", Evidence.PolicySetting, "[000 §4.5.1, 004 §2.3]", "Wait between asking for debt help and the start of restructuring.", Lever = true)]
    public int DebtHelpWaitMonths;
    [Param("debtHelp.durationMonths", 36, 6, 84, "months", Evidence.PolicySetting, "[000 §4.5.1, 004 §2.3: ~3 years]", "Length of a debt-restructuring programme.", Lever = true)]
    public int DebtHelpDurationMonths;
    [Param("training.budgetPerClientYear", 500, 0, 5000, "€ per client per year", Evidence.PolicySetting, "[000 §4.2.3, 003 Table 2]", "Funding for training; the chance of starting a course scales with it.", Lever = true)]
    public double TrainingBudgetPerClientYear;
    [Param("training.jobGuarantee", 0, 0, 1, "bool", Evidence.PolicySetting, "[000 §4.2.3]", "Training comes with a job guarantee; guarantees that are not honoured breed cynicism.", Lever = true)]
    public bool TrainingJobGuarantee;
    [Param("mentalHealthCare.waitMonths", 10, 0, 24, "months", Evidence.PolicySetting, "[001 §3.2]", "Wait for mental-health treatment.", Lever = true)]
    public int MentalHealthWaitMonths;
    [Param("labourMarket.demand", 1.0, 0.3, 1.7, "index (1 = normal)", Evidence.PolicySetting, "assumption", "Labour demand; multiplies the job-offer hazard and divides the job-loss hazard.", Lever = true)]
    public double LabourDemand;

    // ───────────────────────────── Population and inflow (§3.2, §5) ─────────────────────────────
    [Param("inflow.monthlyShare", 0.01039, 0, 0.05, "share of initial caseload per month", Evidence.Calibrated, "assumption; calibrated to seed and national targets (2026-12-04)", "New entrants per month as a share of the initial caseload: reports for bijstand, some of which are withdrawn before a first payment (takeUp.*).")]
    public double InflowMonthlyShare;
    [Param("population.burnInMonths", 36, 0, 120, "months", Evidence.Assumption, "MODEL.md §5 (assumption)", "Months the initial stock is run through the model's own dynamics, under default levers, before month 0 (leavers replaced by entrants), so that month 0 is not an artefact of the synthesis.")]
    public int BurnInMonths;
    [Param("population.neighbourhoods", 20, 1, 200, "count", Evidence.Assumption, "MODEL.md §2.4 (assumption)", "Number of neighbourhoods.")]
    public int Neighbourhoods;
    [Param("population.disadvantageCorrelation", 0.6, 0, 0.95, "loading", Evidence.Direction, "[000 §4.6, Fig. 4] (assumption)", "Loading of resources on the latent disadvantage factor (P2: resources are drawn jointly).")]
    public double DisadvantageLoading;
    [Param("population.entry.jobLossShare", 0.4, 0, 1, "share of entrants", Evidence.Direction, "[004 §2.11, 002] (assumption)", "Entrants whose reason is job loss.")]
    public double EntryJobLossShare;
    [Param("population.entry.separationShare", 0.2, 0, 1, "share of entrants", Evidence.Direction, "[004 §2.11, 002 Fig. 5] (assumption)", "Entrants whose reason is separation.")]
    public double EntrySeparationShare;
    [Param("population.entry.illnessShare", 0.15, 0, 1, "share of entrants", Evidence.Direction, "[004 §2.11] (assumption)", "Entrants whose reason is illness.")]
    public double EntryIllnessShare;
    [Param("population.entry.schoolLeaverShare", 0.15, 0, 1, "share of entrants", Evidence.Direction, "[002 Fig. 5: early school leavers] (assumption)", "Entrants who turn 18 or leave school; the rest are status holders (refugees).")]
    public double EntrySchoolLeaverShare;
    [Param("population.entry.schoolLeaverMaxAge", 20, 18, 26, "years", Evidence.Assumption, "assumption", "Oldest age of a school leaver at entry (from 18).")]
    public int SchoolLeaverMaxAge;
    [Param("population.age.shareUnder27", 0.1275, 0, 1, "share", Evidence.Calibrated, "[000 App. 1: caseload skewed to older clients] (assumption); calibrated to seed and national targets (2026-12-04)", "Members of the initial caseload aged 18–26 (entrants: inflow.age.*).")]
    public double AgeShareUnder27;
    [Param("population.age.share27to49", 0.3902, 0, 1, "share", Evidence.Calibrated, "[000 App. 1] (assumption); calibrated to seed and national targets (2026-11-30)", "Members of the initial caseload aged 27–49; the rest are 50–65.")]
    public double AgeShare27to49;
    [Param("inflow.age.shareUnder25", 0.229, 0, 1, "share of entrants", Evidence.Measured, "[CBS StatLine 82662NED, (her)instroom en uitstroom, 2023 Q4: 4,970 of 21,720 instromers under 25]", "Entrants (school leavers included) aged 18–24: the inflow is younger than the caseload.")]
    public double InflowShareUnder25;
    [Param("inflow.age.share25to34", 0.294, 0, 1, "share of entrants", Evidence.Measured, "[CBS StatLine 82662NED, 2023 Q4: 6,390 of 21,720 instromers aged 25–34]", "Entrants aged 25–34.")]
    public double InflowShare25to34;
    [Param("inflow.age.share35to44", 0.206, 0, 1, "share of entrants", Evidence.Measured, "[CBS StatLine 82662NED, 2023 Q4: 4,480 of 21,720 instromers aged 35–44]", "Entrants aged 35–44; the rest (27.1% in 2023 Q4) are 45–65.")]
    public double InflowShare35to44;
    [Param("population.household.youngWithParents", 0.35, 0, 1, "share of under-27s", Evidence.Direction, "[000 App. 1, 004 §2.1: the young more often live with parents] (assumption)", "Under-27s living with parents.")]
    public double YoungWithParentsShare;
    [Param("population.household.youngSingle", 0.35, 0, 1, "share of under-27s", Evidence.Assumption, "assumption", "Under-27s living alone.")]
    public double YoungSingleShare;
    [Param("population.household.youngSingleParent", 0.2, 0, 1, "share of under-27s", Evidence.Assumption, "assumption", "Under-27s who are single parents; the rest are couples.")]
    public double YoungSingleParentShare;
    [Param("population.household.single", 0.5, 0, 1, "share of 27+", Evidence.Direction, "[000 App. 1, 004 §2.1] (assumption)", "Clients of 27 and over living alone.")]
    public double SingleShare;
    [Param("population.household.singleParent", 0.22, 0, 1, "share of 27+", Evidence.Direction, "[000 App. 1, 004 §2.1] (assumption)", "Single parents among clients of 27 and over.")]
    public double SingleParentShare;
    [Param("population.household.couple", 0.08, 0, 1, "share of 27+", Evidence.Assumption, "assumption", "Couples without children among clients of 27 and over.")]
    public double CoupleShare;
    [Param("population.household.coupleWithChildren", 0.1, 0, 1, "share of 27+", Evidence.Assumption, "assumption", "Couples with children among clients of 27 and over; the rest live with parents.")]
    public double CoupleWithChildrenShare;
    [Param("population.household.separationSingleParent", 0.55, 0, 1, "share", Evidence.Assumption, "assumption", "Entrants after a separation who are single parents (the rest live alone).")]
    public double SeparationSingleParentShare;
    [Param("population.household.singleParentMothers", 0.9, 0, 1, "share", Evidence.Measured, "[002: ~90% of single parents are mothers]", "Single parents who are women.")]
    public double SingleParentMothersShare;
    [Param("population.household.women", 0.3708, 0, 1, "share", Evidence.Calibrated, "assumption; calibrated to seed and national targets (2026-12-04)", "Women among clients who are not single parents.")]
    public double WomenShare;
    [Param("population.household.maxChildren", 3, 1, 10, "children", Evidence.Assumption, "assumption", "Most children of a household with children (uniform from 1).")]
    public int MaxChildren;
    [Param("population.household.withBothParents", 0.6, 0, 1, "share", Evidence.Assumption, "assumption", "Clients living with parents who live with two parents (3 adults) rather than one.")]
    public double WithBothParentsShare;
    [Param("population.household.coupleExtraAdult", 0.1, 0, 1, "share", Evidence.Direction, "[000 §4.3.1: cost sharers] (assumption)", "Couples with a third adult in the home.")]
    public double CoupleExtraAdultShare;
    [Param("population.household.adultChildAge", 40, 18, 66, "years", Evidence.Assumption, "assumption", "Age above which a single client may have a grown child at home.")]
    public int AdultChildAge;
    [Param("population.household.adultChildShare", 0.12, 0, 1, "share", Evidence.Direction, "[001 E33, 002 M8] (assumption)", "Single clients above population.household.adultChildAge with a grown child at home (a cost sharer).")]
    public double AdultChildShare;
    [Param("population.household.partnerIncomeShare", 0.25, 0, 1, "share of couples", Evidence.Assumption, "assumption", "Couples on benefit whose partner has some income.")]
    public double PartnerIncomeShare;
    [Param("population.household.partnerIncomeMin", 200, 0, 3000, "€ per month", Evidence.Assumption, "assumption", "Least partner income (uniform up to the max).")]
    public double InitialPartnerIncomeMin;
    [Param("population.household.partnerIncomeMax", 900, 0, 3000, "€ per month", Evidence.Assumption, "assumption", "Most partner income of a couple at the start.")]
    public double InitialPartnerIncomeMax;
    [Param("population.origin.none", 0.6, 0, 1, "share", Evidence.Direction, "[001 §4.1, 000] (assumption)", "Clients without a migration background.")]
    public double OriginNoneShare;
    [Param("population.origin.western", 0.08, 0, 1, "share", Evidence.Direction, "[001 §4.1] (assumption)", "Clients of western origin.")]
    public double OriginWesternShare;
    [Param("population.origin.nonWestern", 0.22, 0, 1, "share", Evidence.Direction, "[001 §4.1: ~10% in Limburg, higher in the cities] (assumption)", "Clients of non-western origin; the rest are refugees.")]
    public double OriginNonWesternShare;
    [Param("population.origin.refugeeMaxYears", 15, 1, 40, "years", Evidence.Assumption, "assumption", "Most years in the country of a refugee in the initial stock.")]
    public int RefugeeMaxYears;
    [Param("population.origin.migrantMinYears", 3, 0, 20, "years", Evidence.Assumption, "assumption", "Fewest years in the country of other migrants.")]
    public int MigrantMinYears;
    [Param("population.education.belowStart", 0.5, 0, 1, "share", Evidence.Measured, "[000, 001: about half lack a start qualification]", "Clients without a start qualification (before the shifts below).")]
    public double EducationBelowShare;
    [Param("population.education.start", 0.38, 0, 1, "share", Evidence.Assumption, "assumption", "Clients with a start qualification; the rest have higher education.")]
    public double EducationStartShare;
    [Param("population.education.singleParentShift", 0.1, 0, 1, "share", Evidence.Direction, "[002, 001 E40: single parents skewed to low education] (assumption)", "Shift of single parents toward lower education.")]
    public double EducationSingleParentShift;
    [Param("population.education.refugeeShift", 0.1, 0, 1, "share", Evidence.Assumption, "assumption", "Shift of refugees toward lower (recognised) education.")]
    public double EducationRefugeeShift;
    [Param("population.education.schoolLeaverShift", 0.2, 0, 1, "share", Evidence.Direction, "[002 Fig. 5: early school leavers] (assumption)", "Shift of school leavers toward lower education.")]
    public double EducationSchoolLeaverShift;
    [Param("population.spell.meanMonths", 42, 1, 240, "months", Evidence.Direction, "[000 App. 1: months to decades] (assumption)", "Mean of the (exponential) spell duration of the initial stock.")]
    public double SpellMeanMonths;
    [Param("population.spell.maxMonths", 300, 12, 600, "months", Evidence.Assumption, "assumption", "Longest spell of the initial stock (also at most the months since 18).")]
    public int SpellMaxMonths;
    [Param("population.spell.disadvantage", 0.25, 0, 2, "latent sd per log", Evidence.Direction, "[004 B2, 003 duration effect] (assumption)", "Longer spells go with more disadvantage: the latent factor rises by this × ln((spell + offset) / reference).")]
    public double SpellDisadvantage;
    [Param("population.spell.disadvantageOffset", 6, 1, 60, "months", Evidence.Assumption, "assumption", "Offset of the spell in the disadvantage term.")]
    public int SpellDisadvantageOffset;
    [Param("population.spell.disadvantageReference", 30, 1, 240, "months", Evidence.Assumption, "assumption", "Spell (plus offset) at which the disadvantage term is zero.")]
    public double SpellDisadvantageReference;
    [Param("population.resources.min", 0.02, 0, 0.5, "score", Evidence.Assumption, "assumption", "Lowest drawn resource score.")]
    public double ResourceMin;
    [Param("population.resources.max", 0.98, 0.5, 1, "score", Evidence.Assumption, "assumption", "Highest drawn resource score.")]
    public double ResourceMax;
    [Param("population.resources.sd", 0.18, 0, 0.5, "score", Evidence.Assumption, "assumption", "Spread of agency capital, health, self-efficacy and aspiration.")]
    public double ResourceSd;
    [Param("population.network.mean", 0.45, 0, 1, "score", Evidence.Direction, "[SCP via 000: ~40% few contacts] (assumption)", "Mean network support.")]
    public double NetworkMean;
    [Param("population.network.meanRefugee", 0.35, 0, 1, "score", Evidence.Direction, "[000, 001 §4.3] (assumption)", "Mean network support of refugees.")]
    public double NetworkMeanRefugee;
    [Param("population.network.sd", 0.2, 0, 0.5, "score", Evidence.Assumption, "assumption", "Spread of network support.")]
    public double NetworkSd;
    [Param("population.network.strainMean", 0.2, 0, 1, "score", Evidence.Assumption, "assumption", "Mean network strain.")]
    public double StrainMean;
    [Param("population.network.strainSd", 0.1, 0, 0.5, "score", Evidence.Assumption, "assumption", "Spread of network strain.")]
    public double StrainSd;
    [Param("population.harmfulTie.share", 0.04, 0, 0.5, "share", Evidence.Direction, "[000 §4.1, §5.3] (assumption)", "Clients with a harmful tie at average disadvantage or less.")]
    public double HarmfulTieShare;
    [Param("population.harmfulTie.disadvantage", 0.04, 0, 0.5, "share per sd", Evidence.Assumption, "assumption", "Rise of the harmful-tie share per sd of disadvantage above average.")]
    public double HarmfulTieDisadvantage;
    [Param("population.language.native", 0.95, 0, 1, "score", Evidence.Assumption, "assumption", "Dutch proficiency of clients without a migration background (and the highest of western and non-western migrants).")]
    public double LanguageNative;
    [Param("population.language.westernBase", 0.6, 0, 1, "score", Evidence.Assumption, "assumption", "Proficiency of western migrants at arrival.")]
    public double LanguageWesternBase;
    [Param("population.language.perYear", 0.02, 0, 0.1, "per year in the country", Evidence.Assumption, "assumption", "Proficiency gained per year in the country (migrants).")]
    public double LanguagePerYear;
    [Param("population.language.westernMin", 0.3, 0, 1, "score", Evidence.Assumption, "assumption", "Lowest proficiency of western migrants.")]
    public double LanguageWesternMin;
    [Param("population.language.nonWesternBase", 0.45, 0, 1, "score", Evidence.Assumption, "assumption", "Proficiency of non-western migrants at arrival.")]
    public double LanguageNonWesternBase;
    [Param("population.language.sd", 0.1, 0, 0.5, "score", Evidence.Assumption, "assumption", "Spread of proficiency of non-western migrants and refugees.")]
    public double LanguageSd;
    [Param("population.language.nonWesternMin", 0.1, 0, 1, "score", Evidence.Assumption, "assumption", "Lowest proficiency of non-western migrants.")]
    public double LanguageNonWesternMin;
    [Param("population.language.refugeeBase", 0.25, 0, 1, "score", Evidence.Direction, "[000, 001 §4.3: refugees with low language] (assumption)", "Proficiency of refugees at arrival.")]
    public double LanguageRefugeeBase;
    [Param("population.language.refugeePerYear", 0.04, 0, 0.2, "per year in the country", Evidence.Assumption, "assumption", "Proficiency refugees gain per year in the country.")]
    public double LanguageRefugeePerYear;
    [Param("population.language.refugeeMin", 0.05, 0, 1, "score", Evidence.Assumption, "assumption", "Lowest proficiency of refugees.")]
    public double LanguageRefugeeMin;
    [Param("population.language.refugeeMax", 0.9, 0, 1, "score", Evidence.Assumption, "assumption", "Highest proficiency of refugees.")]
    public double LanguageRefugeeMax;
    [Param("population.agency.mean", 0.5, 0, 1, "score", Evidence.Assumption, "assumption", "Mean agency capital.")]
    public double AgencyMean;
    [Param("population.agency.higherEducation", 0.1, 0, 1, "score", Evidence.Direction, "[002 M10] (assumption)", "Extra agency capital with higher education.")]
    public double AgencyHigherEducation;
    [Param("population.health.physicalMean", 0.66, 0, 1, "score", Evidence.Direction, "[003: ~50% of non-workers cannot work for health] (assumption; calibrated)", "Mean physical health baseline at age 40.")]
    public double PhysicalMean;
    [Param("population.health.ageSlope", 0.006, 0, 0.05, "per year", Evidence.Direction, "[001 E18] (assumption)", "Fall of the physical health baseline per year of age.")]
    public double HealthAgeSlope;
    [Param("population.health.ageCentre", 40, 18, 66, "years", Evidence.Assumption, "assumption", "Age at which the physical baseline has its mean.")]
    public int HealthAgeCentre;
    [Param("population.health.illnessPhysical", 0.2, 0, 1, "score", Evidence.Direction, "[004 §2.11] (assumption)", "Lower physical baseline of entrants after illness.")]
    public double IllnessPhysical;
    [Param("population.health.mentalMean", 0.6, 0, 1, "score", Evidence.Assumption, "assumption", "Mean mental health baseline.")]
    public double MentalMean;
    [Param("population.health.refugeeMental", 0.08, 0, 1, "score", Evidence.Direction, "[001 E24: trauma] (assumption)", "Lower mental baseline of refugees.")]
    public double RefugeeMental;
    [Param("population.health.illnessMental", 0.1, 0, 1, "score", Evidence.Assumption, "assumption", "Lower mental baseline of entrants after illness.")]
    public double IllnessMental;
    [Param("population.selfEfficacy.mean", 0.55, 0, 1, "score", Evidence.Assumption, "assumption", "Mean self-efficacy.")]
    public double SelfEfficacyMean;
    [Param("population.aspiration.mean", 0.6, 0, 1, "score", Evidence.Assumption, "assumption", "Mean aspiration.")]
    public double AspirationMean;
    [Param("population.coping.mean", 0.7, 0, 2, "load", Evidence.Direction, "[001 E52: some function despite adversity] (assumption)", "Mean coping capacity (the load at which the bucket overflows).")]
    public double CopingMean;
    [Param("population.coping.sd", 0.15, 0, 1, "load", Evidence.Assumption, "assumption", "Spread of coping capacity.")]
    public double CopingSd;
    [Param("population.coping.min", 0.35, 0, 2, "load", Evidence.Assumption, "assumption", "Lowest coping capacity.")]
    public double CopingMin;
    [Param("population.coping.max", 1.1, 0, 3, "load", Evidence.Assumption, "assumption", "Highest coping capacity.")]
    public double CopingMax;
    [Param("population.hours.desiredMin", 20, 0, 40, "hours per week", Evidence.Assumption, "assumption", "Fewest desired weekly hours (in steps of work.hoursStep).")]
    public int DesiredHoursMin;
    [Param("population.hours.desiredLevels", 5, 1, 10, "levels", Evidence.Assumption, "assumption", "Number of equally likely desired-hour levels.")]
    public int DesiredHoursLevels;
    [Param("population.hours.desiredMinSingleParent", 16, 0, 40, "hours per week", Evidence.Direction, "[001 §5] (assumption)", "Fewest desired weekly hours of single parents.")]
    public int DesiredHoursMinSingleParent;
    [Param("population.hours.desiredLevelsSingleParent", 4, 1, 10, "levels", Evidence.Assumption, "assumption", "Number of desired-hour levels of single parents.")]
    public int DesiredHoursLevelsSingleParent;
    [Param("population.offsettingFearSd", 0.15, 0, 0.5, "fear", Evidence.Assumption, "assumption", "Spread of offsetting fear (mean: psych.offsettingFearTarget).")]
    public double OffsettingFearSd;
    [Param("population.trust.institutionalMean", 0.5, 0, 1, "trust", Evidence.Assumption, "assumption", "Mean institutional trust.")]
    public double InstitutionalTrustMean;
    [Param("population.trust.migrantBonus", 0.25, 0, 1, "trust", Evidence.Direction, "[002 M11: first-generation migrants start with high trust] (assumption)", "Extra institutional trust of non-western migrants and refugees at arrival.")]
    public double MigrantTrustBonus;
    [Param("population.trust.migrantDecayPerYear", 0.01, 0, 0.1, "trust per year", Evidence.Direction, "[002 M11: trust decays with years here] (assumption)", "Fall of that extra trust per year in the country.")]
    public double MigrantTrustDecayPerYear;
    [Param("population.trust.institutionalSd", 0.12, 0, 0.5, "trust", Evidence.Assumption, "assumption", "Spread of institutional trust.")]
    public double InstitutionalTrustSd;
    [Param("population.trust.min", 0.05, 0, 0.5, "trust", Evidence.Assumption, "assumption", "Lowest drawn institutional or coach trust.")]
    public double TrustMin;
    [Param("population.trust.max", 0.95, 0.5, 1, "trust", Evidence.Assumption, "assumption", "Highest drawn institutional or coach trust.")]
    public double TrustMax;
    [Param("population.trust.scarredShare", 0.05, 0, 1, "share", Evidence.Direction, "[003, 002 M4, M5] (assumption)", "Stock clients scarred by an earlier clawback, accusation or misinformation, at spell 0.")]
    public double ScarredShare;
    [Param("population.trust.scarredLongSpell", 0.1, 0, 1, "share", Evidence.Assumption, "assumption", "Extra scarred share at spells of population.trust.scarredSpellMonths or more.")]
    public double ScarredLongSpell;
    [Param("population.trust.scarredSpellMonths", 120, 1, 600, "months", Evidence.Assumption, "assumption", "Spell at which the extra scarred share is full.")]
    public double ScarredSpellMonths;
    [Param("population.trust.scarFactor", 0.6, 0, 1, "factor", Evidence.Direction, "[002 M11] (assumption)", "Institutional trust of a scarred client relative to others.")]
    public double ScarTrustFactor;
    [Param("population.trust.stockCoachMean", 0.45, 0, 1, "trust", Evidence.Assumption, "assumption", "Mean coach trust of the initial stock.")]
    public double StockCoachTrustMean;
    [Param("population.trust.stockCoachSd", 0.15, 0, 0.5, "trust", Evidence.Assumption, "assumption", "Spread of coach trust of the initial stock.")]
    public double StockCoachTrustSd;
    [Param("population.trust.entrantCoachBase", 0.3, 0, 1, "trust", Evidence.Assumption, "assumption", "Coach trust of an entrant at institutional trust 0.")]
    public double EntrantCoachTrustBase;
    [Param("population.trust.entrantCoachInstitutional", 0.3, 0, 1, "trust per unit", Evidence.Assumption, "assumption", "Rise of an entrant's coach trust with institutional trust.")]
    public double EntrantCoachTrustInstitutional;
    [Param("population.coach.maxTenureMonths", 60, 1, 240, "months", Evidence.Assumption, "assumption", "Longest initial tenure with the current coach (at most the spell).")]
    public int MaxInitialTenureMonths;
    [Param("population.money.savingsMean", 250, 0, 5000, "€", Evidence.Direction, "[000: little savings] (assumption)", "Mean (exponential) savings.")]
    public double SavingsMean;
    [Param("population.money.jobLossSavingsFactor", 3, 1, 10, "relative", Evidence.Assumption, "assumption", "Savings of entrants after job loss relative to others.")]
    public double JobLossSavingsFactor;
    [Param("population.debt.logitBase", 0.3, -3, 3, "logit", Evidence.Direction, "[000 §4.5.1, 004: nearly half with substantial debts] (assumption; calibrated)", "Logit of having debts in the initial stock at average disadvantage.")]
    public double DebtLogitBase;
    [Param("population.debt.logitDisadvantage", 0.9, 0, 3, "logit per sd", Evidence.Direction, "[000 Fig. 4] (assumption)", "Rise of that logit per sd of disadvantage.")]
    public double DebtLogitDisadvantage;
    [Param("population.debt.entrantShare", 0.25, 0, 1, "share", Evidence.Direction, "[002 Fig. 5] (assumption)", "Entrants with debts.")]
    public double EntrantDebtShare;
    [Param("population.debt.entrantShareSeparation", 0.45, 0, 1, "share", Evidence.Direction, "[002 Fig. 5: separation ×3.4] (assumption)", "Entrants after separation with debts.")]
    public double EntrantDebtShareSeparation;
    [Param("population.debt.median", 2500, 100, 50000, "€", Evidence.Assumption, "assumption", "Median debt of those with debts (lognormal).")]
    public double DebtMedian;
    [Param("population.debt.logSd", 0.9, 0, 3, "log €", Evidence.Assumption, "assumption", "Spread of log debt.")]
    public double DebtLogSd;
    [Param("population.debt.programmeMinSpell", 6, 0, 60, "months", Evidence.Assumption, "assumption", "Spell after which a stock client's problem debts may already be in a programme or stuck.")]
    public int ProgrammeMinSpell;
    [Param("population.debt.restructuringShare", 0.4, 0, 1, "share", Evidence.Assumption, "assumption", "Of those problem debts, the share in restructuring (close to the model's own steady state).")]
    public double StockRestructuringShare;
    [Param("population.debt.stuckShare", 0.15, 0, 1, "share", Evidence.Assumption, "assumption", "Of those problem debts, the share stuck.")]
    public double StockStuckShare;
    [Param("population.neighbourhood.clustering", 0.9, 0, 3, "logit per sd", Evidence.Direction, "[001 E45] (assumption)", "How strongly disadvantage clusters clients in neighbourhoods.")]
    public double NeighbourhoodClustering;
    [Param("population.neighbourhood.noise", 0.8, 0, 3, "logit", Evidence.Assumption, "assumption", "Random spread of clients over neighbourhoods.")]
    public double NeighbourhoodNoise;
    [Param("population.work.partTimeShare", 0.12, 0, 1, "share", Evidence.Direction, "[004 B2: top-ups] (assumption)", "Stock clients able to work who have a part-time job with a top-up.")]
    public double StockPartTimeShare;
    [Param("population.work.partTimeMinHours", 8, 1, 40, "hours per week", Evidence.Assumption, "assumption", "Fewest weekly hours of those part-timers (in steps of work.hoursStep).")]
    public int StockPartTimeMinHours;
    [Param("population.work.partTimeLevels", 3, 1, 10, "levels", Evidence.Assumption, "assumption", "Number of equally likely hour levels of those part-timers.")]
    public int StockPartTimeLevels;
    [Param("population.work.partTimeMaxNormShare", 0.8, 0, 1, "share of norm", Evidence.Assumption, "assumption", "Earnings plus partner income of a stock part-timer stay below this share of the norm.")]
    public double StockPartTimeMaxNormShare;
    [Param("population.work.temporaryShare", 0.5, 0, 1, "share", Evidence.Direction, "[002 M14: about half temporary] (assumption)", "Stock part-timers on a temporary contract.")]
    public double StockTemporaryShare;
    [Param("population.work.maxJobMonths", 24, 1, 120, "months", Evidence.Assumption, "assumption", "Longest current job of a stock part-timer.")]
    public int StockMaxJobMonths;
    [Param("population.activity.decayMonths", 240, 1, 1200, "months", Evidence.Direction, "[004 B2: activity falls with time on benefit] (assumption)", "E-folding time of the share of the stock in an activity, by spell.")]
    public double StockActivityDecayMonths;
    [Param("population.activity.volunteerShare", 0.22, 0, 1, "share at spell 0", Evidence.Direction, "[003 Table 6] (assumption)", "Stock clients volunteering (at spell 0).")]
    public double StockVolunteerShare;
    [Param("population.activity.trainingShare", 0.05, 0, 1, "share at spell 0", Evidence.Assumption, "assumption", "Stock clients in training (at spell 0).")]
    public double StockTrainingShare;
    [Param("population.exemption.fragileShare", 0.9022, 0, 1, "share", Evidence.Calibrated, "[004 B2: ~35% exempt] (assumption); calibrated to seed and national targets (2026-11-30)", "Fragile stock clients who are exempt.")]
    public double StockFragileExemptShare;
    [Param("population.exemption.olderAge", 60, 40, 66, "years", Evidence.Assumption, "assumption", "Age from which stock clients may be exempt for age.")]
    public int StockOlderExemptAge;
    [Param("population.exemption.olderShare", 0.5, 0, 1, "share", Evidence.Assumption, "assumption", "Stock clients from that age who are exempt.")]
    public double StockOlderExemptShare;
    [Param("population.exemption.youngChildMonths", 60, 0, 216, "months", Evidence.Direction, "[000 §3.2: care for young children] (assumption)", "Youngest child under this age: a single parent may be exempt.")]
    public int StockYoungChildExemptMonths;
    [Param("population.exemption.singleParentShare", 0.6, 0, 1, "share", Evidence.Assumption, "assumption", "Single parents with such a child who are exempt.")]
    public double StockSingleParentExemptShare;
    [Param("population.load.stockMean", 0.35, 0, 2, "load", Evidence.Assumption, "assumption", "Mean load of the initial stock.")]
    public double StockLoadMean;
    [Param("population.load.stockDisadvantage", 0.12, 0, 1, "load per sd", Evidence.Direction, "[002 M1] (assumption)", "Rise of the stock's load per sd of disadvantage.")]
    public double StockLoadDisadvantage;
    [Param("population.load.entrantMean", 0.3, 0, 2, "load", Evidence.Assumption, "assumption", "Mean load of an entrant.")]
    public double EntrantLoadMean;
    [Param("population.load.entrantDisadvantage", 0.1, 0, 1, "load per sd", Evidence.Assumption, "assumption", "Rise of an entrant's load per sd of disadvantage.")]
    public double EntrantLoadDisadvantage;
    [Param("population.load.max", 1.5, 0, 3, "load", Evidence.Assumption, "assumption", "Highest initial load.")]
    public double InitialLoadMax;
    [Param("population.discouragementPerLogYear", 0.1, 0, 1, "per ln(1 + years)", Evidence.Direction, "[003 duration effect] (assumption)", "Initial discouragement of the stock: this × ln(1 + spell in years).")]
    public double DiscouragementPerLogYear;

    // ───────────────────────────── Money (§3.3.3) ─────────────────────────────
    [Param("benefit.coupleNorm", 1860, 1000, 3000, "€ per month", Evidence.Measured, "[001 §2.2.1] (2024 level)", "Benefit norm for a couple; the single norm is 70% of it.")]
    public double CoupleNorm;
    [Param("benefit.advanceDueWeeks", 4, 0, 13, "weeks", Evidence.Statute, "[Participatiewet art. 52]", "An advance is due when the application has not been decided this many weeks after it was made.")]
    public double AdvanceDueWeeks;
    [Param("benefit.advanceTakeUp", 0.5, 0, 1, "probability per waiting month", Evidence.Direction, "[002 M7, M9: waits and non-take-up; 003: payment problems during 3–4 month waits] (assumption)", "Chance that a due advance is actually paid in a waiting month (the client asks and the municipality pays).")]
    public double AdvanceTakeUp;
    [Param("takeUp.waitWithdrawalRate", 0.03, 0, 0.3, "per month of wait", Evidence.Direction, "[002 M7: long waits make people drop out of applications; 002: non-take-up of bijstand 35%] (assumption)", "Chance per month of the processing wait (outside the youth search period) that an applicant withdraws before the first payment: finds work or other income, or gives up.")]
    public double WaitWithdrawalRate;
    [Param("takeUp.searchWithdrawalRate", 0.15, 0, 0.6, "per month of search period", Evidence.Direction, "[Participatiewet art. 41 lid 4; Inspectie SZW 2015, Jongeren buiten beeld: young people who report and drop out during the search period] (assumption)", "Chance per month of the youth search period (under-27s must look for work or school before they can apply) that the applicant withdraws.")]
    public double SearchWithdrawalRate;
    [Param("takeUp.withdrawalIncomeShare", 0.5, 0, 1, "share", Evidence.Direction, "[002 M7, M9: some drop out of applications without other income; Inspectie SZW 2015: some find work or school] (assumption)", "Share of withdrawn applicants who found work or other income (they leave like other non-work leavers); the rest drop out without income and may report again at takeUp.reportRate.")]
    public double WithdrawalIncomeShare;
    [Param("takeUp.reportRate", 0.03584, 0, 1, "per month", Evidence.Calibrated, "[CBS cohort uitstroom naar werk 2021: at 18 months 19% not working but off bijstand, 9% back on bijstand; 002 M7, M9: non-take-up] (assumption); calibrated to seed and national targets (2026-12-04)", "Chance per month that an eligible person out of work and off bijstand without other income reports for bijstand: after a lost job without WW (or at its end) once savings are within the asset limit, or after dropping out of an application.")]
    public double ReportRate;
    [Param("benefit.under21Factor", 0.3, 0.1, 1, "share of adult norm", Evidence.Measured, "[001 §2.2.1, E6]", "Norm of clients under 21 relative to the adult norm.")]
    public double Under21Factor;
    [Param("money.shortfallSingle", 150, 0, 600, "€ per month", Evidence.Direction, "[000: Commissie Sociaal Minimum €100–500]", "Necessary spending above the norm, single.")]
    public double ShortfallSingle;
    [Param("money.shortfallSingleParent", 350, 0, 600, "€ per month", Evidence.Direction, "[000: Commissie Sociaal Minimum €100–500]", "Necessary spending above the norm, single parent.")]
    public double ShortfallSingleParent;
    [Param("money.shortfallCouple", 200, 0, 600, "€ per month", Evidence.Direction, "[000: Commissie Sociaal Minimum €100–500]", "Necessary spending above the norm, couple without children.")]
    public double ShortfallCouple;
    [Param("money.shortfallCoupleWithChildren", 450, 0, 700, "€ per month", Evidence.Direction, "[000: Commissie Sociaal Minimum €100–500]", "Necessary spending above the norm, couple with children.")]
    public double ShortfallCoupleWithChildren;
    [Param("money.shortfallWithParents", 100, 0, 600, "€ per month", Evidence.Direction, "[000: Commissie Sociaal Minimum €100–500]", "Necessary spending above the norm, living with parents.")]
    public double ShortfallWithParents;
    [Param("money.cutBackShare", 0.5, 0, 1, "share", Evidence.Assumption, "assumption", "Share of an uncovered monthly gap absorbed by cutting back (deprivation, load); the rest becomes arrears.")]
    public double CutBackShare;
    [Param("money.supplementValue", 250, 0, 600, "€ per month", Evidence.Measured, "[002 M14, Nibud: local schemes worth €216–307 a month]", "Local income-related supplements a household on or near the social minimum receives; lost above money.supplementIncomeLimit.")]
    public double SupplementValue;
    [Param("money.supplementIncomeLimit", 1.3, 1, 2, "× norm", Evidence.Measured, "[002 M14: schemes stop at 120–130% of the minimum]", "Household income (× the benefit norm) above which the local supplements stop after leaving the benefit.")]
    public double SupplementIncomeLimit;
    [Param("money.repaymentAfterOtherExit", 40, 0, 500, "€ per month", Evidence.Assumption, "assumption", "Debt repaid per month after an exit for reasons other than work (income about the social minimum).")]
    public double RepaymentAfterOtherExit;
    [Param("benefit.singleNormShare", 0.7, 0.5, 1, "share of couple norm", Evidence.Statute, "[Participatiewet art. 21, 22a; 001 §2.2.1]", "Norm of a single adult (and the cost-sharer base at one adult) as a share of the couple norm.")]
    public double SingleNormShare;
    [Param("benefit.costSharerBase", 40, 0, 100, "% of couple norm", Evidence.Statute, "[Participatiewet art. 22a]", "Cost-sharer rule: with A adults sharing a home each gets (base + perAdult·A) / A % of the couple norm.")]
    public double CostSharerBase;
    [Param("benefit.costSharerPerAdult", 30, 0, 100, "% of couple norm per adult", Evidence.Statute, "[Participatiewet art. 22a]", "Cost-sharer rule: the per-adult term of (base + perAdult·A) / A %.")]
    public double CostSharerPerAdult;
    [Param("benefit.under21Age", 21, 18, 27, "years", Evidence.Statute, "[Participatiewet art. 20; 001 §2.2.1]", "Age below which the youth norm (benefit.under21Factor) applies.")]
    public int Under21Age;
    [Param("money.clawbackShape", 1.5, 1.1, 5, "Pareto shape", Evidence.Direction, "[002 M4: a heavy tail of large demands] (assumption)", "Shape of the heavy-tailed size of a wrong settlement (lower = heavier tail); the mean is money.clawbackMonthsOfEarnings.")]
    public double ClawbackShape;
    [Param("money.clawbackMax", 30000, 1000, 100000, "€", Evidence.Assumption, "assumption", "Largest repayment demand from one wrong settlement.")]
    public double ClawbackMax;
    [Param("money.arrears.agencyReference", 1.4, 1, 3, "1 + score", Evidence.Direction, "[001 E4, E7] (assumption)", "The arrears chance scales with (this − agency capital): lower agency capital, likelier arrears.")]
    public double ArrearsAgencyReference;
    [Param("money.arrears.mentalReference", 1.4, 1, 3, "1 + score", Evidence.Direction, "[001 E11] (assumption)", "The arrears chance scales with (this − mental health).")]
    public double ArrearsMentalReference;
    [Param("money.arrears.loadBase", 0.6, 0, 2, "factor", Evidence.Direction, "[001 E11, 002 M1] (assumption)", "The arrears chance scales with (this + load, load capped at 1).")]
    public double ArrearsLoadBase;
    [Param("money.arrears.waiting", 0.15, 0, 1, "probability", Evidence.Direction, "[002 M7, 003: payment problems in the wait] (assumption)", "Extra chance of leaving a gap unpaid during the processing wait.")]
    public double ArrearsWaiting;
    [Param("money.networkStrainScale", 2000, 100, 20000, "€ of help", Evidence.Direction, "[000 §4.1: support is time-limited] (assumption)", "Help received from the network that would strain it fully; network strain rises by help / this.")]
    public double NetworkStrainScale;
    [Param("money.strainRecoveryWithSurplus", 0.02, 0, 0.2, "per month", Evidence.Assumption, "assumption", "Monthly fall of network strain in a month with money left over.")]
    public double StrainRecoveryWithSurplus;
    [Param("money.strainRecovery", 0.01, 0, 0.2, "per month", Evidence.Assumption, "assumption", "Monthly fall of network strain in a month without an uncovered gap (on top of the surplus recovery).")]
    public double StrainRecovery;
    [Param("money.surplusToDebt", 0.5, 0, 1, "share of surplus", Evidence.Assumption, "assumption", "Share of a monthly surplus used to repay debts outside restructuring.")]
    public double SurplusToDebt;
    [Param("money.surplusToSavings", 0.5, 0, 1, "share of surplus", Evidence.Assumption, "assumption", "Share of what remains of a monthly surplus that is saved (up to money.assetLimit).")]
    public double SurplusToSavings;
    [Param("clawback.coachTrustFactor", 0.5, 0, 1, "factor", Evidence.Direction, "[003, 002 M4: trust collapses] (assumption)", "Coach trust is multiplied by this when a repayment demand falls due.")]
    public double ClawbackCoachTrustFactor;
    [Param("clawback.institutionalTrustLoss", 0.2, 0, 1, "trust", Evidence.Direction, "[003, 002 M4, M11] (assumption)", "Institutional trust lost when a repayment demand falls due.")]
    public double ClawbackInstitutionalTrustLoss;
    [Param("clawback.offsettingFear", 0.3, 0, 1, "fear", Evidence.Direction, "[003 Tables 3–5] (assumption)", "Offsetting fear added when a repayment demand falls due.")]
    public double ClawbackOffsettingFear;
    [Param("clawback.load", 0.35, 0, 2, "load", Evidence.Direction, "[003, 002 M4] (assumption)", "Load added when a repayment demand falls due.")]
    public double ClawbackLoad;
    [Param("earnings.premiumRecognition", 0.03, 0, 0.3, "self-efficacy", Evidence.Direction, "[003: the premium is felt as recognition] (assumption)", "Self-efficacy gained when the earnings premium is paid.")]
    public double PremiumRecognition;
    [Param("earnings.premiumFearRelief", 0.08, 0, 0.5, "fear", Evidence.Direction, "[003] (assumption)", "Offsetting fear lost when the earnings premium is paid.")]
    public double PremiumFearRelief;
    [Param("ww.qualifyingWeeks", 26, 0, 52, "weeks", Evidence.Statute, "[WW art. 17: 26 of the last 36 weeks worked]", "A job lost after at least this many weeks leads to unemployment insurance (WW) before bijstand.")]
    public double WwQualifyingWeeks;
    [Param("ww.minMonths", 3, 0, 24, "months", Evidence.Statute, "[WW art. 42]", "Shortest WW entitlement.")]
    public int WwMinMonths;
    [Param("ww.maxMonths", 24, 1, 38, "months", Evidence.Statute, "[WW art. 42 (since 2016)]", "Longest WW entitlement.")]
    public int WwMaxMonths;
    [Param("ww.monthsPerYearWorked", 1, 0, 2, "months per year worked", Evidence.Statute, "[WW art. 42]", "WW months per year of work history (work history counts the months worked in the model).")]
    public double WwMonthsPerYearWorked;
    [Param("ww.replacementRate", 0.7, 0, 1, "share of earnings", Evidence.Statute, "[WW art. 47: 75% in the first two months, 70% after]", "WW benefit as a share of the last earnings.")]
    public double WwReplacementRate;
    [Param("money.waitFixedCostShare", 0.1156, 0, 1, "share of norm", Evidence.Calibrated, "[002 M7: rent unpaid and eviction threat in a 3-month wait; 001 E1; 000: debts from waiting for the benefit to start] (assumption: rent net of the rent allowance, energy and insurance; the entrants' debt inflow of §8 stays inside its band up to about 0.45); calibrated to seed and national targets (2026-12-04), not identified: the targets hardly move with it", "Fixed costs (rent, energy, insurance) as a share of the norm: in the processing wait they cannot be gone without, so what savings and the network do not cover is left unpaid (arrears, settled by the back payment).")]
    public double WaitFixedCostShare;
    [Param("money.maxCutBack", 1300, 0, 2500, "€ per month", Evidence.Calibrated, "[001 E1, 002 M7] (assumption; calibrated to the entrants' debt inflow of §8)", "Most of a monthly gap a household can bridge by going without and small informal loans; beyond it bills are left unpaid (arrears). In the processing wait the lower bound is that fixed costs cannot be gone without (money.waitFixedCostShare); this one binds when a benefit stops.")]
    public double MaxCutBack;
    [Param("money.arrearsChance", 0.3, 0, 1, "per month with an uncovered gap", Evidence.Direction, "[001 E4, E7, E11] (assumption)", "Chance that an uncovered gap is left unpaid (arrears) rather than cut back; scaled up by low agency capital and mental health.")]
    public double ArrearsChance;
    [Param("money.assetLimit", 7605, 0, 20000, "€", Evidence.Statute, "[Participatiewet art. 34 lid 3 (2024 level); 004: ~€5,500 in 2011]", "Asset limit (vermogensgrens) of a single person: on benefit, savings built from monthly surpluses are capped at it; after a lost job, savings above it must be spent before bijstand can be claimed.")]
    public double AssetLimit;
    [Param("money.assetLimitFamily", 15210, 0, 40000, "€", Evidence.Statute, "[Participatiewet art. 34 lid 3 (2024 level); 004: ~€11,000 in 2011]", "Asset limit of couples and single parents (money.assetLimit for the others).")]
    public double AssetLimitFamily;
    [Param("money.commuteCost", 60, 0, 300, "€ per month", Evidence.Direction, "[001 E12] (assumption)", "Extra costs of working (transport, childcare not covered).")]
    public double CommuteCost;
    [Param("money.networkHelpCap", 150, 0, 1000, "€ per month", Evidence.Direction, "[000 §4.1] (assumption)", "Most the network gives in a month at full support and no strain.")]
    public double NetworkHelpCap;
    [Param("money.hourlyWage", 13.5, 10, 25, "€ per hour", Evidence.Measured, "[003] (minimum-wage level, 2024)", "Hourly wage of jobs open to clients.")]
    public double HourlyWage;
    [Param("money.offsettingErrorRate", 0.025, 0, 0.2, "per month with earnings", Evidence.Direction, "[003 Tables 3–5, 002 M4] (assumption)", "Chance per month with earnings that the settlement is wrong and becomes a clawback later.")]
    public double OffsettingErrorRate;
    [Param("money.clawbackMonthsOfEarnings", 3, 0.5, 24, "months of earnings", Evidence.Direction, "[003, 002 M4] (assumption)", "Mean size of a wrong settlement in months of earnings (Pareto with shape money.clawbackShape).")]
    public double ClawbackScale;
    [Param("money.clawbackLagMonths", 4, 1, 24, "months", Evidence.Direction, "[003] (assumption)", "Lag between a wrong settlement and the repayment demand.")]
    public double ClawbackLag;
    [Param("debt.problematicThreshold", 2500, 500, 20000, "€", Evidence.Direction, "[001 §2 operational definitions] (assumption)", "Debt above which debts count as problematic.")]
    public double ProblematicThreshold;
    [Param("debt.problematicArrearsMonths", 3, 1, 12, "months", Evidence.Direction, "[002 M7] (assumption)", "Consecutive arrears months that make debts problematic.")]
    public int ProblematicArrearsMonths;
    [Param("debt.substantialThreshold", 1000, 0, 10000, "€", Evidence.Direction, "[000 §4.5.1] (assumption)", "Debt counted as substantial in the §8 debt-share target.")]
    public double SubstantialThreshold;
    [Param("debt.collectionCostRate", 0.01, 0, 0.05, "share per month", Evidence.Assumption, "assumption", "Collection costs and fines added each month to problematic debts outside restructuring.")]
    public double CollectionCostRate;
    [Param("debt.helpSeekingRate", 0.03, 0, 0.5, "per month", Evidence.Direction, "[000 §4.5.1, 004 §2.3] (assumption)", "Base chance per month that a client with problematic debts asks for debt help.")]
    public double HelpSeekingRate;
    [Param("debt.restructuringSuccess", 0.75, 0, 1, "probability", Evidence.Direction, "[004: about half resolved; 000: one stuck 7 years] (assumption)", "Chance that restructuring ends debt-free; otherwise the client is stuck.")]
    public double RestructuringSuccess;
    [Param("debt.restructuringAllowanceCut", 0.1, 0, 0.3, "share of norm", Evidence.Direction, "[000 §4.5.1] (assumption)", "Share of the norm withheld to pay creditors during restructuring: the free allowance (vrij te laten bedrag) is (1 − this) × the norm plus the costs of working, and household income above it goes to creditors.")]
    public double RestructuringAllowanceCut;
    [Param("debt.schemeIncomeKept", 0, 0, 1, "share of income above the free allowance", Evidence.Statute, "[Faillissementswet art. 295: income above the vrij te laten bedrag belongs to the estate; the amicable scheme follows the same rule]", "Share of household income above the free allowance that a client in a debt scheme keeps; the rest goes to creditors, so extra earnings pay off debt instead of raising income for the scheme's duration.")]
    public double SchemeIncomeKept;
    [Param("debt.schemeGainHorizonMonths", 12, 1, 60, "months", Evidence.Assumption, "assumption", "Months ahead over which a client in a debt scheme weighs the gain of work: the share of them still in the scheme is the share of the gain that goes to creditors.")]
    public double SchemeGainHorizonMonths;
    [Param("debtHelp.costPerMonth", 60, 0, 500, "€ per client-month", Evidence.Assumption, "assumption", "Public cost of one month of debt restructuring (municipal credit bank).")]
    public double DebtHelpCostPerMonth;
    [Param("debt.separationShock", 2500, 0, 20000, "€ mean", Evidence.Direction, "[002 Fig. 5: separation ×3.4] (assumption)", "Mean debt shock at a separation.")]
    public double SeparationDebtShock;
    [Param("debt.problematicLoad", 0.15, 0, 1, "load", Evidence.Direction, "[001 E9, 002 M1] (assumption)", "Load added when debts become problematic.")]
    public double ProblematicLoad;
    [Param("debt.freezeInstitutionalTrust", 0.3, 0, 1, "trust", Evidence.Direction, "[002: freeze response; 002 M11] (assumption)", "A scarred client with institutional trust below this freezes and seldom seeks debt help.")]
    public double FreezeInstitutionalTrust;
    [Param("debt.freezeMentalHealth", 0.3, 0, 1, "score", Evidence.Direction, "[001 E9, E11] (assumption)", "Mental health below which a client freezes and seldom seeks debt help.")]
    public double FreezeMentalHealth;
    [Param("debt.helpSeekingBase", 0.3, 0, 2, "factor", Evidence.Assumption, "assumption", "Help seeking scales with (this + coach trust + agency capital).")]
    public double HelpSeekingBase;
    [Param("debt.freezeFactor", 0.3, 0, 1, "factor", Evidence.Direction, "[002] (assumption)", "Help seeking of a frozen client relative to others.")]
    public double FreezeFactor;
    [Param("debt.stuckSeekFactor", 0.3, 0, 1, "factor", Evidence.Direction, "[000 §4.5.1: one stuck 7 years] (assumption)", "Help seeking of a client stuck after a failed programme relative to a first request.")]
    public double StuckSeekFactor;
    [Param("debt.clearedSelfEfficacy", 0.15, 0, 0.5, "self-efficacy", Evidence.Direction, "[000 §3.1, §4.5.1: a success experience] (assumption)", "Self-efficacy gained on becoming debt-free after problem debts.")]
    public double ClearedSelfEfficacy;
    [Param("debt.clearedAspiration", 0.05, 0, 0.5, "aspiration", Evidence.Direction, "[000 §3.1] (assumption)", "Aspiration gained on becoming debt-free after problem debts.")]
    public double ClearedAspiration;
    [Param("debt.clearedLoadRelief", 0.2, 0, 1, "load", Evidence.Direction, "[000 §3.1] (assumption)", "Load taken off on becoming debt-free after problem debts.")]
    public double ClearedLoadRelief;
    [Param("buffer.arrearsMonths", 2, 1, 12, "months", Evidence.Direction, "[002 M7: eviction threat after a few months] (assumption)", "Months in arrears after which a client asks for a buffer grant.")]
    public int BufferArrearsMonths;
    [Param("buffer.arrearsNeedMonths", 3, 1, 12, "months of gap", Evidence.Assumption, "assumption", "A buffer request for arrears asks at most this many months of the current gap (and no more than the debt).")]
    public double BufferArrearsNeedMonths;
    [Param("buffer.askBase", 0.3, 0, 1, "probability", Evidence.Direction, "[002 action line 1] (assumption)", "Chance of asking the coach for a buffer grant in acute need at zero trust (rises to askBase + askTrust at full trust).")]
    public double BufferAskBase;
    [Param("buffer.askTrust", 0.7, 0, 1, "probability", Evidence.Direction, "[002 action line 1] (assumption)", "Extra chance of asking for a buffer grant at full coach trust.")]
    public double BufferAskTrust;
    [Param("buffer.askReachBase", 0.4, 0, 1, "factor", Evidence.Direction, "[002 action line 1: coach time] (assumption)", "The chance of asking scales with min(1, this + planned contacts per month).")]
    public double BufferAskReachBase;
    [Param("buffer.loadRelief", 0.1, 0, 1, "load", Evidence.Direction, "[002 action line 1] (assumption)", "Load taken off by a buffer grant.")]
    public double BufferLoadRelief;
    [Param("buffer.coachTrustGain", 0.1, 0, 1, "trust", Evidence.Direction, "[002 action line 1] (assumption)", "Coach trust gained by a buffer grant.")]
    public double BufferCoachTrustGain;
    [Param("buffer.institutionalTrustGain", 0.05, 0, 1, "trust", Evidence.Direction, "[002 action line 1] (assumption)", "Institutional trust gained by a buffer grant.")]
    public double BufferInstitutionalTrustGain;

    // ───────────────────────────── Life events (§3.3.2); base rates are assumptions ─────────────────────────────
    [Param("life.physicalShockRate", 0.004, 0, 0.05, "per month", Evidence.Direction, "[001 E18, 000 §4.4] (assumption)", "Base hazard of a physical health shock at age 18; rises with age and strenuous work.")]
    public double PhysicalShockRate;
    [Param("life.physicalShockAgeGradient", 2.0, 0, 6, "relative increase 18→66", Evidence.Direction, "[001 E18] (assumption)", "Relative increase of the physical-shock hazard between ages 18 and 66.")]
    public double PhysicalShockAgeGradient;
    [Param("life.mentalEpisodeRate", 0.004, 0, 0.05, "per month", Evidence.Direction, "[001 E9, E14, E24] (assumption)", "Base hazard of a mental-health episode; rises with load, debt and refugee history.")]
    public double MentalEpisodeRate;
    [Param("life.separationRate", 0.004, 0, 0.03, "per month", Evidence.Direction, "[004 §2.1, 002 Fig. 5] (assumption)", "Hazard of separation for couples.")]
    public double SeparationRate;
    [Param("life.bereavementRate", 0.002, 0, 0.02, "per month", Evidence.Direction, "[000 §4.4] (assumption)", "Hazard of bereavement.")]
    public double BereavementRate;
    [Param("life.adminErrorRate", 0.003, 0, 0.05, "per month", Evidence.Direction, "[003, 002 M4, 001 E2–E3] (assumption)", "Hazard of an administrative error or misinformation (reduced by agency capital and a trusted coach).")]
    public double AdminErrorRate;
    [Param("life.fraudAccusationRate", 0.0005, 0, 0.01, "per month", Evidence.Direction, "[002 M5, 003] (assumption)", "Hazard of a fraud accusation (benefit stopped one month, lasting trust scar).")]
    public double FraudAccusationRate;
    [Param("life.windfallRate", 0.001, 0, 0.01, "per month", Evidence.Direction, "[000 §3.1] (assumption)", "Hazard of a windfall or compensation payment.")]
    public double WindfallRate;
    [Param("life.harmfulTieOnsetRate", 0.001, 0, 0.02, "per month", Evidence.Direction, "[000 §4.1, §5.3] (assumption)", "Hazard of a harmful tie arising (household veto, criminal network).")]
    public double HarmfulTieOnsetRate;
    [Param("life.harmfulTieExitRate", 0.02, 0, 0.2, "per month", Evidence.Direction, "[000 §4.1] (assumption)", "Base hazard of leaving a harmful tie (higher with coach trust).")]
    public double HarmfulTieExitRate;
    [Param("life.adultLeavesHomeRate", 0.02, 0, 0.1, "per month", Evidence.Assumption, "assumption", "Hazard that a co-resident adult (grown child, parent) moves out.")]
    public double AdultLeavesHomeRate;
    [Param("life.reentryOtherRate", 0.0511, 0, 0.1, "per month", Evidence.Calibrated, "[001 Ch. 7] (assumption); calibrated to seed and national targets (2026-11-30)", "Hazard of returning to benefit after a non-work exit.")]
    public double ReentryOtherRate;
    [Param("life.exitOtherRate", 0.01483, 0, 0.03, "per month", Evidence.Calibrated, "[003: 18 of 125 left for other reasons] (assumption); calibrated to seed and national targets (2026-11-30)", "Hazard of leaving the benefit for reasons other than work (moving, partner, other benefit).")]
    public double ExitOtherRate;
    [Param("life.exitOtherSpellDecline", 0.1891, 0, 1, "relative per year", Evidence.Calibrated, "[CBS 85617NED, 85585NED: leaving falls with time on benefit]; calibrated to seed and national targets (2026-11-30)", "Fall of the hazard of leaving for other reasons with time on benefit in the current spell: life.exitOtherRate × exp(−this × years).")]
    public double ExitOtherSpellDecline;
    [Param("life.leaveParentsRate", 0.005, 0, 0.1, "per month", Evidence.Assumption, "assumption", "Hazard that a client living with parents moves out on their own.")]
    public double LeaveParentsRate;
    [Param("life.strenuousWorkFactor", 1.5, 1, 5, "relative", Evidence.Direction, "[001 E18: strenuous work] (assumption)", "Physical-shock hazard of low-educated clients in work relative to others.")]
    public double StrenuousWorkFactor;
    [Param("life.physicalDropMin", 0.1, 0, 1, "health", Evidence.Assumption, "assumption", "Least physical health lost in a shock (uniform up to life.physicalDropMax).")]
    public double PhysicalDropMin;
    [Param("life.physicalDropMax", 0.35, 0, 1, "health", Evidence.Assumption, "assumption", "Most physical health lost in a shock.")]
    public double PhysicalDropMax;
    [Param("life.chronicShare", 0.4, 0, 1, "probability", Evidence.Direction, "[001 E18: often chronic] (assumption)", "Chance that a physical shock is chronic (lowers the health baseline).")]
    public double ChronicShare;
    [Param("life.chronicBaselineShare", 0.6, 0, 1, "share of the drop", Evidence.Assumption, "assumption", "Share of a chronic shock's drop that the health baseline keeps.")]
    public double ChronicBaselineShare;
    [Param("life.illnessAspiration", 0.5, 0, 2, "aspiration per unit of health lost", Evidence.Direction, "[000 §4.4: illness shifts priorities] (assumption)", "Aspiration lost per unit of physical health lost in a shock.")]
    public double IllnessAspiration;
    [Param("life.illnessSelfEfficacy", 0.3, 0, 2, "self-efficacy per unit of health lost", Evidence.Direction, "[000 §4.4] (assumption)", "Self-efficacy lost per unit of physical health lost in a shock.")]
    public double IllnessSelfEfficacy;
    [Param("life.physicalShockLoad", 0.25, 0, 2, "load", Evidence.Direction, "[000 §4.4, 002 M1: shocks tip the bucket] (assumption)", "Load added by a physical health shock.")]
    public double PhysicalShockLoad;
    [Param("life.mentalLoadWeight", 2, 0, 10, "relative per unit of load", Evidence.Direction, "[001 E9, 002 M1] (assumption)", "Rise of the mental-episode hazard per unit of load above life.mentalLoadOnset.")]
    public double MentalLoadWeight;
    [Param("life.mentalLoadOnset", 0.3, 0, 2, "load", Evidence.Assumption, "assumption", "Load above which the mental-episode hazard rises.")]
    public double MentalLoadOnset;
    [Param("life.mentalDebt", 1, 0, 5, "relative", Evidence.Direction, "[001 E9, E11: debt and mental health feed each other] (assumption)", "Extra mental-episode hazard with problematic or stuck debts (1 doubles it).")]
    public double MentalDebt;
    [Param("life.mentalRefugee", 0.5, 0, 5, "relative", Evidence.Direction, "[001 E24] (assumption)", "Extra mental-episode hazard of refugees.")]
    public double MentalRefugee;
    [Param("life.mentalWaiting", 0.5, 0, 5, "relative", Evidence.Direction, "[001 §2.2, E1] (assumption)", "Extra mental-episode hazard during the processing wait.")]
    public double MentalWaiting;
    [Param("life.mentalDropMin", 0.12, 0, 1, "mental health", Evidence.Assumption, "assumption", "Least mental health lost in an episode (uniform up to life.mentalDropMax).")]
    public double MentalDropMin;
    [Param("life.mentalDropMax", 0.3, 0, 1, "mental health", Evidence.Assumption, "assumption", "Most mental health lost in an episode.")]
    public double MentalDropMax;
    [Param("life.mentalEpisodeLoad", 0.2, 0, 2, "load", Evidence.Direction, "[002 M1] (assumption)", "Load added by a mental-health episode.")]
    public double MentalEpisodeLoad;
    [Param("life.bereavementLoad", 0.25, 0, 2, "load", Evidence.Direction, "[000 §4.4] (assumption)", "Load added by a bereavement.")]
    public double BereavementLoad;
    [Param("life.bereavementMentalHealth", 0.08, 0, 1, "mental health", Evidence.Direction, "[000 §4.4] (assumption)", "Mental health lost at a bereavement.")]
    public double BereavementMentalHealth;
    [Param("life.adminAgencyReference", 1.5, 1, 3, "1 + score", Evidence.Direction, "[001 E2–E4] (assumption)", "The admin-error hazard scales with (this − agency capital).")]
    public double AdminAgencyReference;
    [Param("life.adminCoachProtection", 0.5, 0, 1, "share at full trust", Evidence.Direction, "[003: a coach who explains letters] (assumption)", "Share of admin errors a fully trusted coach prevents.")]
    public double AdminCoachProtection;
    [Param("life.adminClawbackScale", 300, 0, 5000, "€ (Pareto scale)", Evidence.Direction, "[003, 002 M4: heavy-tailed] (assumption)", "Smallest repayment demand after an admin error (Pareto with shape money.clawbackShape).")]
    public double AdminClawbackScale;
    [Param("life.adminClawbackMax", 20000, 0, 100000, "€", Evidence.Assumption, "assumption", "Largest repayment demand after an admin error.")]
    public double AdminClawbackMax;
    [Param("life.adminInstitutionalTrustLoss", 0.1, 0, 1, "trust", Evidence.Direction, "[003, 002 M11] (assumption)", "Institutional trust lost at an admin error.")]
    public double AdminInstitutionalTrustLoss;
    [Param("life.adminCoachTrustLoss", 0.1, 0, 1, "trust", Evidence.Direction, "[003] (assumption)", "Coach trust lost at an admin error.")]
    public double AdminCoachTrustLoss;
    [Param("life.adminLoad", 0.1, 0, 2, "load", Evidence.Direction, "[003, 001 E2–E3] (assumption)", "Load added by an admin error.")]
    public double AdminLoad;
    [Param("life.fraudInstitutionalTrustFactor", 0.4, 0, 1, "factor", Evidence.Direction, "[002 M5: a lasting trust scar] (assumption)", "Institutional trust is multiplied by this at a fraud accusation.")]
    public double FraudInstitutionalTrustFactor;
    [Param("life.fraudCoachTrustFactor", 0.3, 0, 1, "factor", Evidence.Direction, "[002 M5, 003] (assumption)", "Coach trust is multiplied by this at a fraud accusation.")]
    public double FraudCoachTrustFactor;
    [Param("life.fraudLoad", 0.4, 0, 2, "load", Evidence.Direction, "[002 M5] (assumption)", "Load added by a fraud accusation.")]
    public double FraudLoad;
    [Param("life.windfallMin", 2000, 0, 50000, "€", Evidence.Assumption, "assumption", "Smallest windfall (uniform up to life.windfallMax).")]
    public double WindfallMin;
    [Param("life.windfallMax", 15000, 0, 50000, "€", Evidence.Direction, "[000 §3.1: compensation can clear debts] (assumption)", "Largest windfall.")]
    public double WindfallMax;
    [Param("life.windfallSavingsCap", 5000, 0, 50000, "€", Evidence.Assumption, "assumption", "Most of a windfall kept as savings after debts are paid (the rest is spent).")]
    public double WindfallSavingsCap;
    [Param("life.harmfulTieLoad", 0.15, 0, 2, "load", Evidence.Direction, "[000 §4.1] (assumption)", "Load added when a harmful tie arises.")]
    public double HarmfulTieOnsetLoad;
    [Param("life.harmfulTieExitBase", 0.5, 0, 2, "factor", Evidence.Direction, "[000 §4.1: easier with a trusted coach] (assumption)", "The hazard of leaving a harmful tie scales with (this + coach trust).")]
    public double HarmfulTieExitBase;
    [Param("life.harmfulTieLeftSelfEfficacy", 0.08, 0, 0.5, "self-efficacy", Evidence.Direction, "[000 §4.1, P3] (assumption)", "Self-efficacy gained on leaving a harmful tie.")]
    public double HarmfulTieLeftSelfEfficacy;
    [Param("life.separationLoad", 0.3, 0, 2, "load", Evidence.Direction, "[002 Fig. 5, 004 §2.1] (assumption)", "Load added by a separation.")]
    public double SeparationLoad;
    [Param("life.separationMentalHealth", 0.08, 0, 1, "mental health", Evidence.Direction, "[004 §2.1] (assumption)", "Mental health lost at a separation.")]
    public double SeparationMentalHealth;
    [Param("life.partnerExitReentryMonths", 120, 0, 600, "months", Evidence.Assumption, "assumption", "A client who left the benefit for other reasons (e.g. the partner's income) within this many months returns at a separation.")]
    public int PartnerExitReentryMonths;
    [Param("household.costSharerLoad", 0.1, 0, 1, "load", Evidence.Direction, "[001 E33, 002 M8] (assumption)", "Load when a child turning 18 makes the household cost sharers (with the rule on).")]
    public double CostSharerLoad;
    [Param("life.reentryLoad", 0.2, 0, 2, "load", Evidence.Direction, "[001 Ch. 7, E19] (assumption)", "Load of returning to the benefit.")]
    public double ReentryLoad;

    // ───────────────────────────── Coaches (§2.2, §3.3.4) ─────────────────────────────
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
    [Param("coach.exemptionGrantRate", 0.001, 0, 1, "per month with a contact", Evidence.Calibrated, "[000 §4.5.2, 004 B2: ~35% exempt]; calibrated to seed and national targets (2026-11-30)", "Chance per month with a contact that a coach exempts a fragile client ('rest first').")]
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

    // ───────────────────────────── Obligations and pressure (§3.3.4) ─────────────────────────────
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

    // ───────────────────────────── Motivation, obligation and exemption (§3.3.4) ─────────────────────────────
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

    // ───────────────────────────── Work (§3.3.5) ─────────────────────────────
    [Param("work.offerRate", 0.5, 0, 0.5, "per month at full effort", Evidence.Calibrated, "[003: ~25% left in ~3 years] (assumption); calibrated to seed and national targets (2026-12-04)", "Base job-offer hazard at full search effort and normal demand.")]
    public double OfferRate;
    [Param("work.partTimeOfferShare", 0.1852, 0, 1, "share", Evidence.Calibrated, "[003, 004 §2.2]; calibrated to seed and national targets (2026-12-04)", "Share of first offers that are part-time (~10–12 h).")]
    public double PartTimeOfferShare;
    [Param("work.temporaryShareLowEducated", 0.5, 0, 1, "share", Evidence.Measured, "[002 M14]", "Share of temporary contracts for clients without a start qualification.")]
    public double TemporaryShareLow;
    [Param("work.temporaryShareOther", 0.3, 0, 1, "share", Evidence.Assumption, "assumption", "Share of temporary contracts for others.")]
    public double TemporaryShareOther;
    [Param("work.employerCeilingShare", 0.41, 0, 1, "share", Evidence.Measured, "[003: 41%]", "Share of part-time jobs where the employer cannot offer more hours.")]
    public double EmployerCeilingShare;
    [Param("work.hoursStepRate", 0.2, 0, 1, "per month", Evidence.Direction, "[003, 004 §2.2] (assumption)", "Chance per month that hours grow by one step of 4 h toward the ceiling.")]
    public double HoursStepRate;
    [Param("work.jobLossRate", 0.01084, 0, 0.1, "per month", Evidence.Calibrated, "[001 E28, 002 M14] (assumption); calibrated to seed and national targets (2026-12-04)", "Base job-loss hazard on a permanent contract.")]
    public double JobLossRate;
    [Param("work.temporaryLossFactor", 3, 1, 10, "relative", Evidence.Direction, "[002 M14] (assumption)", "Job-loss hazard on temporary contracts relative to permanent.")]
    public double TemporaryLossFactor;
    [Param("work.prejudiceNonWestern", 0.3, 0, 0.9, "relative reduction", Evidence.Direction, "[001 E23, E49]", "Reduction of offer chance by employer prejudice against non-western origin.")]
    public double PrejudiceNonWestern;
    [Param("work.spellPenaltyPerYear", 0.1557, 0, 0.5, "relative per year", Evidence.Calibrated, "[004 B2, 003 duration effect] (assumption); calibrated to seed and national targets (2026-12-04)", "Relative reduction of offer chance per year out of work on benefit, summed over spells (employer prejudice by benefit history; not reset at re-entry).")]
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
    [Param("work.youngOfferFactor", 0.3669, 0, 3, "relative", Evidence.Calibrated, "[004 B2] (assumption); calibrated to seed and national targets (2026-12-04)", "Offer hazard under 27 relative to ages 27–49.")]
    public double YoungOfferFactor;
    [Param("work.olderAge", 50, 40, 66, "years", Evidence.Direction, "[004 B2, 000 App. 1] (assumption)", "Age from which clients count as older: a lower offer hazard (work.olderOfferFactor) and less training (training.olderFactor).")]
    public int OlderAge;
    [Param("work.olderOfferFactor", 0.1033, 0, 2, "relative", Evidence.Calibrated, "[004 B2, 001 E23] (assumption); calibrated to seed and national targets (2026-11-30)", "Offer hazard from work.olderAge relative to ages 27–49.")]
    public double OlderOfferFactor;
    [Param("work.ageOfferDecline", 0.04071, 0, 0.2, "relative per year", Evidence.Calibrated, "[CBS news 2014/42: exits to work fall with age, 25–34 at 1.9× the caseload's rate, 15–24 at 2.3×; 001 E23]; calibrated to seed and national targets (2026-11-30)", "Fall of the offer hazard per year of age from 27 (on top of work.olderOfferFactor): × exp(−this × (age − 27)).")]
    public double AgeOfferDecline;
    [Param("work.womenOfferFactor", 0.3886, 0.2, 1.5, "relative", Evidence.Calibrated, "[CBS 2014/2015: 11% of men and 6% of women on bijstand found a job the next year]; calibrated to seed and national targets (2026-12-04)", "Job offers to women relative to men, own search and coach leads alike, beyond the care limits of single parents (household roles, part-time preferences, the jobs on offer).")]
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
    [Param("household.partnerJobRate", 0.004, 0, 0.05, "per month at normal demand", Evidence.Direction, "[004 §2.1] (assumption)", "Chance per month that the partner of a couple on benefit finds work (× labour demand).")]
    public double PartnerJobRate;
    [Param("household.partnerIncomeMin", 800, 0, 3000, "€ per month", Evidence.Assumption, "assumption", "Lowest income of a partner who finds work (uniform up to household.partnerIncomeMax).")]
    public double PartnerIncomeMin;
    [Param("household.partnerIncomeMax", 2400, 0, 5000, "€ per month", Evidence.Assumption, "assumption", "Highest income of a partner who finds work.")]
    public double PartnerIncomeMax;

    // ───────────────────────────── Activities (§3.3.6) ─────────────────────────────
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

    // ───────────────────────────── Psychology (§3.3.7) ─────────────────────────────
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

    /// <summary>A fresh set holding every default.</summary>
    public Parameters() => ParameterRegistry.ApplyDefaults(this);

    public Parameters Clone() => (Parameters)MemberwiseClone();
}
