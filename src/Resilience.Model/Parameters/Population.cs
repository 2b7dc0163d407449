namespace Resilience.Model;

/// <summary>Parameters of the synthetic population (ODD §5, MODEL.md §3.2); the rules that read them are in Population.cs where that file exists.</summary>
public sealed partial class Parameters
{
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
    [Param("population.age.shareUnder27", 0.1277, 0, 1, "share", Evidence.Calibrated, "[000 App. 1: caseload skewed to older clients] (assumption); calibrated to seed and national targets (2026-12-04)", "Members of the initial caseload aged 18–26 (entrants: inflow.age.*).")]
    public double AgeShareUnder27;
    [Param("population.age.share27to49", 0.3945, 0, 1, "share", Evidence.Calibrated, "[000 App. 1] (assumption); calibrated to seed and national targets (2026-12-04)", "Members of the initial caseload aged 27–49; the rest are 50–65.")]
    public double AgeShare27to49;
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
    [Param("population.household.women", 0.3737, 0, 1, "share", Evidence.Calibrated, "assumption; calibrated to seed and national targets (2026-12-04)", "Women among clients who are not single parents.")]
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
    [Param("population.exemption.fragileShare", 0.8987, 0, 1, "share", Evidence.Calibrated, "[004 B2: ~35% exempt] (assumption); calibrated to seed and national targets (2026-12-04)", "Fragile stock clients who are exempt.")]
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
}
