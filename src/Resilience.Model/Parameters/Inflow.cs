namespace Resilience.Model;

/// <summary>Parameters of inflow and take-up (MODEL.md §3.2, §3.3.3); the rules that read them are in Inflow.cs where that file exists.</summary>
public sealed partial class Parameters
{
    [Param("inflow.monthlyShare", 0.01043, 0, 0.05, "share of initial caseload per month", Evidence.Calibrated, "assumption; calibrated to seed and national targets (2026-12-05)", "New entrants per month as a share of the initial caseload: reports for bijstand, some of which are withdrawn before a first payment (takeUp.*).")]
    public double InflowMonthlyShare;
    [Param("inflow.age.shareUnder25", 0.229, 0, 1, "share of entrants", Evidence.Measured, "[CBS StatLine 82662NED, (her)instroom en uitstroom, 2023 Q4: 4,970 of 21,720 instromers under 25]", "Entrants (school leavers included) aged 18–24: the inflow is younger than the caseload.")]
    public double InflowShareUnder25;
    [Param("inflow.age.share25to34", 0.294, 0, 1, "share of entrants", Evidence.Measured, "[CBS StatLine 82662NED, 2023 Q4: 6,390 of 21,720 instromers aged 25–34]", "Entrants aged 25–34.")]
    public double InflowShare25to34;
    [Param("inflow.age.share35to44", 0.206, 0, 1, "share of entrants", Evidence.Measured, "[CBS StatLine 82662NED, 2023 Q4: 4,480 of 21,720 instromers aged 35–44]", "Entrants aged 35–44; the rest (27.1% in 2023 Q4) are 45–65.")]
    public double InflowShare35to44;
    [Param("takeUp.waitWithdrawalRate", 0.03, 0, 0.3, "per month of wait", Evidence.Direction, "[002 M7: long waits make people drop out of applications; 002: non-take-up of bijstand 35%] (assumption)", "Chance per month of the processing wait (outside the youth search period) that an applicant withdraws before the first payment: finds work or other income, or gives up.")]
    public double WaitWithdrawalRate;
    [Param("takeUp.searchWithdrawalRate", 0.15, 0, 0.6, "per month of search period", Evidence.Direction, "[Participatiewet art. 41 lid 4; Inspectie SZW 2015, Jongeren buiten beeld: young people who report and drop out during the search period] (assumption)", "Chance per month of the youth search period (under-27s must look for work or school before they can apply) that the applicant withdraws.")]
    public double SearchWithdrawalRate;
    [Param("takeUp.withdrawalIncomeShare", 0.5, 0, 1, "share", Evidence.Direction, "[002 M7, M9: some drop out of applications without other income; Inspectie SZW 2015: some find work or school] (assumption)", "Share of withdrawn applicants who found work or other income (they leave like other non-work leavers); the rest drop out without income and may report again at takeUp.reportRate.")]
    public double WithdrawalIncomeShare;
    [Param("takeUp.reportRate", 0.03121, 0, 1, "per month", Evidence.Calibrated, "[CBS cohort uitstroom naar werk 2021: at 18 months 19% not working but off bijstand, 9% back on bijstand; 002 M7, M9: non-take-up] (assumption); calibrated to seed and national targets (2026-12-05)", "Chance per month that an eligible person out of work and off bijstand without other income reports for bijstand: after a lost job without WW (or at its end) once savings are within the asset limit, or after dropping out of an application.")]
    public double ReportRate;
}
