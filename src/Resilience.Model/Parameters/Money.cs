namespace Resilience.Model;

/// <summary>Parameters of money: benefit, costs, buffer, debts, clawbacks, WW and earnings (ODD §7, MODEL.md §3.3.3); the rules that read them are in Money.cs where that file exists.</summary>
public sealed partial class Parameters
{
    [Param("buffer.budgetPerCoachMonth", 0, 0, 5000, "€ per coach per month", Evidence.PolicySetting, "[002 action line 1]", "Non-reclaimable buffer budget a coach may grant in acute need each month.", Lever = true)]
    public double BufferBudgetPerCoachMonth;
    [Param("buffer.maxGrant", 500, 0, 2000, "€ per grant", Evidence.PolicySetting, "assumption", "Largest single buffer grant.", Lever = true)]
    public double BufferMaxGrant;
    [Param("buffer.minGrant", 50, 0, 500, "€ per grant", Evidence.Assumption, "assumption", "Smallest grant worth paying: a coach whose remaining monthly budget is below it (or below the request) makes no grant.")]
    public double BufferMinGrant;
    [Param("buffer.entryAdvance", 0, 0, 1, "bool", Evidence.PolicySetting, "[001 §2.2]", "Pay an advance equal to the norm during the processing wait.", Lever = true)]
    public bool EntryAdvance;
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
    [Param("benefit.coupleNorm", 1860, 1000, 3000, "€ per month", Evidence.Measured, "[001 §2.2.1] (2024 level)", "Benefit norm for a couple; the single norm is 70% of it.")]
    public double CoupleNorm;
    [Param("benefit.advanceDueWeeks", 4, 0, 13, "weeks", Evidence.Statute, "[Participatiewet art. 52]", "An advance is due when the application has not been decided this many weeks after it was made.")]
    public double AdvanceDueWeeks;
    [Param("benefit.advanceTakeUp", 0.5, 0, 1, "probability per waiting month", Evidence.Direction, "[002 M7, M9: waits and non-take-up; 003: payment problems during 3–4 month waits] (assumption)", "Chance that a due advance is actually paid in a waiting month (the client asks and the municipality pays).")]
    public double AdvanceTakeUp;
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
    [Param("money.waitFixedCostShare", 0.1, 0, 1, "share of norm", Evidence.Calibrated, "[002 M7: rent unpaid and eviction threat in a 3-month wait; 001 E1; 000: debts from waiting for the benefit to start] (assumption: rent net of the rent allowance, energy and insurance; the entrants' debt inflow of §8 stays inside its band up to about 0.45); calibrated to seed and national targets (2026-12-05), not identified: the targets hardly move with it", "Fixed costs (rent, energy, insurance) as a share of the norm: in the processing wait they cannot be gone without, so what savings and the network do not cover is left unpaid (arrears, settled by the back payment).")]
    public double WaitFixedCostShare;
    [Param("money.backPayCatchUpShare", 0.03351, 0, 1, "share", Evidence.Calibrated, "[001 E1, §2.2: the wait without savings leads to debts, an advance prevents them] (assumption: what was gone without in the wait is caught up, not saved); calibrated to seed and national targets (2026-12-05), not identified: only the entrants' debt inflow moves with it, and the fit drives it towards 0; its prior spans the whole range", "Share of the back payment after a wait, beyond the wait's unpaid bills and the savings it used up, that goes on the needs deferred in the wait (groceries, clothes, repairs, small informal loans); the rest is saved.", PriorLow = 0, PriorHigh = 1)]
    public double BackPayCatchUpShare;
    [Param("money.maxCutBack", 1300, 0, 2500, "€ per month", Evidence.Direction, "[001 E1, 002 M7] (assumption; tuned by hand to the entrants' debt inflow of §8 in issue 12, 1,000 → 1,300: no calibration fitted it)", "Most of a monthly gap a household can bridge by going without and small informal loans; beyond it bills are left unpaid (arrears). In the processing wait the lower bound is that fixed costs cannot be gone without (money.waitFixedCostShare); this one binds when a benefit stops.")]
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
}
