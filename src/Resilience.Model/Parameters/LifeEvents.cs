namespace Resilience.Model;

/// <summary>Parameters of life events and household changes (MODEL.md §3.3.2); the rules that read them are in LifeEvents.cs where that file exists.</summary>
public sealed partial class Parameters
{
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
    [Param("life.reentryOtherRate", 0.05454, 0, 0.1, "per month", Evidence.Calibrated, "[001 Ch. 7] (assumption); calibrated to seed and national targets (2026-12-04)", "Hazard of returning to benefit after a non-work exit.")]
    public double ReentryOtherRate;
    [Param("life.exitOtherRate", 0.0149, 0, 0.03, "per month", Evidence.Calibrated, "[003: 18 of 125 left for other reasons] (assumption); calibrated to seed and national targets (2026-12-04)", "Hazard of leaving the benefit for reasons other than work (moving, partner, other benefit).")]
    public double ExitOtherRate;
    [Param("life.exitOtherSpellDecline", 0.1954, 0, 1, "relative per year", Evidence.Calibrated, "[CBS 85617NED, 85585NED: leaving falls with time on benefit]; calibrated to seed and national targets (2026-12-04)", "Fall of the hazard of leaving for other reasons with time on benefit in the current spell: life.exitOtherRate × exp(−this × years).")]
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
    [Param("household.partnerJobRate", 0.004, 0, 0.05, "per month at normal demand", Evidence.Direction, "[004 §2.1] (assumption)", "Chance per month that the partner of a couple on benefit finds work (× labour demand).")]
    public double PartnerJobRate;
    [Param("household.partnerIncomeMin", 800, 0, 3000, "€ per month", Evidence.Assumption, "assumption", "Lowest income of a partner who finds work (uniform up to household.partnerIncomeMax).")]
    public double PartnerIncomeMin;
    [Param("household.partnerIncomeMax", 2400, 0, 5000, "€ per month", Evidence.Assumption, "assumption", "Highest income of a partner who finds work.")]
    public double PartnerIncomeMax;
}
