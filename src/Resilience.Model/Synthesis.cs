namespace Resilience.Model;

using D = Draw.Synthesis;

/// <summary>
/// Population synthesis (MODEL.md §5). Resources are drawn jointly from one latent disadvantage factor so that weak
/// social, economic and personal resources cluster in the same people (P2) while education does not separate the
/// resilience types. The engine draws the population (and runs its burn-in) with every lever at its default, so the
/// people depend on seed, replication, size and the model parameters, not on a scenario's levers: every scenario of
/// a comparison starts from the same people (common random numbers). Two lever defaults shape it (the length of a
/// debt programme in progress, the cost-sharer norm of stock part-timers). Its distributions are the
/// <c>population.*</c> parameters.
/// </summary>
public static class Synthesis
{
    /// <summary>Number of future entrants pre-allocated for a horizon.</summary>
    public static int Entrants(int initialClients, int months, Parameters p) =>
        (int)Math.Round(p.InflowMonthlyShare * initialClients * months);

    /// <summary>Draw every client: the initial stock first, then the future entrants in order of entry month (the
    /// engine relies on that order to skip those who have not entered yet).</summary>
    public static void Fill(Population s, int initialClients, int months, Parameters p, Coaches coaches, ulong runKey) =>
        Fill(s, initialClients, months, p, coaches, runKey, 0, s.Count);

    /// <summary>The month at which the initial stock is drawn: <c>population.burnInMonths</c> before month 0, so that
    /// the caseload at month 0 has been shaped by the model's own dynamics (the engine runs the burn-in).</summary>
    public static int StockMonth(Parameters p) => -p.BurnInMonths;

    /// <summary>Draw clients [<paramref name="from"/>, <paramref name="to"/>): each client is a pure function of its
    /// index and the run key, so ranges can be drawn in any order or in parallel.</summary>
    public static void Fill(Population s, int initialClients, int months, Parameters p, Coaches coaches, ulong runKey, int from, int to)
    {
        int entrants = s.Count - initialClients;
        for (int i = from; i < to; i++)
        {
            bool stock = i < initialClients;
            int entry = stock ? StockMonth(p) : Math.Min(months, 1 + (int)((long)(i - initialClients) * months / Math.Max(1, entrants)));
            Draw(s, i, stock, entry, p, coaches, Rng.For(runKey, i, -1, Stream.Synthesis));
        }
    }

    /// <summary>Stock member <paramref name="i"/>'s month in the burn-in (MODEL.md §5): its month as in the run, and
    /// if it left the caseload, a new entrant takes its place (<see cref="ReplaceDuringBurnIn"/>).</summary>
    public static void StepInBurnIn(Population s, int i, MonthContext ctx)
    {
        ClientStep.Step(s, i, ctx);
        if (!s[i].OnCaseload) ReplaceDuringBurnIn(s, i, ctx.Month, ctx.P, ctx.Coaches, ctx.RunKey);
    }

    /// <summary>Burn-in (MODEL.md §5): a member of the initial stock who left the caseload during the
    /// burn-in is replaced by a new entrant who reports this month, so the stock keeps its size while its spells,
    /// debts, trust and types come from the model's own dynamics. Drawn from its own stream.</summary>
    public static void ReplaceDuringBurnIn(Population s, int i, int month, Parameters p, Coaches coaches, ulong runKey)
    {
        Draw(s, i, stock: false, month, p, coaches, Rng.For(runKey, i, month, Stream.BurnInReplacement));
        ref Client c = ref s[i];
        c.InitialStock = true;
        ClientStep.StartWait(ref c, p);
    }

    /// <summary>Draw one client. A member of the stock is drawn as of <paramref name="entryMonth"/> (the start of
    /// the burn-in) with a spell already running; an entrant enters at <paramref name="entryMonth"/>.</summary>
    private static void Draw(Population s, int i, bool stock, int entryMonth, Parameters p, Coaches coaches, Rng r)
    {
        ref Client c = ref s[i];
        c = default;
        double z = r.Normal(D.Disadvantage); // latent disadvantage: higher = more disadvantaged
        double load = p.DisadvantageLoading, unique = Math.Sqrt(1 - load * load);
        double Res(D k, double mean, double sd) => M.Clamp(mean + sd * (-load * z + unique * r.Normal(k)), p.ResourceMin, p.ResourceMax);

        // Entry reason for new entrants [004 §2.11, 002]: job loss, separation, illness, leaving school, status holder.
        var reason = stock ? EntryReason.Stock : PickReason(r.U(D.EntryReason), p);
        bool schoolLeaver = reason == EntryReason.SchoolLeaver, illness = reason == EntryReason.Illness;

        // Age: the initial caseload is skewed to older clients; the inflow is younger (CBS inflow by age band), with
        // school leavers 18 to population.entry.schoolLeaverMaxAge counted in its youngest band.
        double ua = r.U(D.AgeBand);
        int ageYears = schoolLeaver ? AdultAge + r.Below(D.AgeYear, p.SchoolLeaverMaxAge - AdultAge + 1)
            : stock ? (ua < p.AgeShareUnder27 ? AdultAge + r.Below(D.AgeYear, YouthAge - AdultAge)
                : ua < p.AgeShareUnder27 + p.AgeShare27to49 ? YouthAge + r.Below(D.AgeYear, OlderAge - YouthAge)
                : OlderAge + r.Below(D.AgeYear, OldestAge - OlderAge))
            : EntrantAge(ua, p, ref r);
        c.AgeMonths = (short)(ageYears * Units.MonthsPerYear + r.Below(D.AgeMonth, Units.MonthsPerYear));

        // Household [000 App. 1, 004 §2.1]; the young more often live with parents.
        double uh = r.U(D.Household);
        Household hh = schoolLeaver ? Household.WithParents
            : reason == EntryReason.Separation ? (r.U(D.SeparationHousehold) < p.SeparationSingleParentShare ? Household.SingleParent : Household.Single)
            : ageYears < YouthAge ? Pick(uh, Household.WithParents, p.YoungWithParentsShare, Household.Single, p.YoungSingleShare,
                Household.SingleParent, p.YoungSingleParentShare, Household.Couple)
            : Pick(uh, Household.Single, p.SingleShare, Household.SingleParent, p.SingleParentShare, Household.Couple, p.CoupleShare,
                Household.CoupleWithChildren, p.CoupleWithChildrenShare, Household.WithParents);
        c.Household = hh;
        // Most single parents are mothers [002]; otherwise men and women equally.
        c.Sex = r.U(D.Sex) < (hh == Household.SingleParent ? p.SingleParentMothersShare : p.WomenShare) ? Sex.F : Sex.M;
        bool kids = hh is Household.SingleParent or Household.CoupleWithChildren;
        c.Children = (byte)(kids ? 1 + r.Below(D.Children, p.MaxChildren) : 0);
        c.YoungestChildAgeMonths = (short)(kids ? r.Below(D.YoungestChild, Math.Min(ChildYears, Math.Max(1, ageYears - ParentAgeAtBirth)) * Units.MonthsPerYear) : 0);
        int adults = hh switch
        {
            Household.WithParents => r.U(D.Adults) < p.WithBothParentsShare ? ClientAndBothParents : ClientAndParent,
            Household.Couple or Household.CoupleWithChildren => CoupleAdults + (r.U(D.Adults) < p.CoupleExtraAdultShare ? 1 : 0),
            _ => 1 + (ageYears > p.AdultChildAge && r.U(D.Adults) < p.AdultChildShare ? 1 : 0),
        };
        c.CoResidentAdults = (byte)adults;
        c.PartnerIncome = (float)(hh is Household.Couple or Household.CoupleWithChildren && r.U(D.PartnerIncome) < p.PartnerIncomeShare
            ? r.Uniform(D.PartnerIncomeAmount, p.InitialPartnerIncomeMin, p.InitialPartnerIncomeMax) : 0);

        // Origin [001 §4.1, 000]; refugees arrive as status holders.
        double uo = r.U(D.Origin);
        Origin origin = reason == EntryReason.StatusHolder ? Origin.Refugee
            : Pick(uo, Origin.None, p.OriginNoneShare, Origin.Western, p.OriginWesternShare, Origin.NonWestern, p.OriginNonWesternShare, Origin.Refugee);
        c.Origin = origin;
        c.YearsInCountry = origin switch
        {
            Origin.None => ageYears,
            Origin.Refugee => (float)(reason == EntryReason.StatusHolder ? r.Uniform(D.YearsInCountry, 0, 1)
                : r.Uniform(D.YearsInCountry, 1, Math.Min(p.RefugeeMaxYears, ageYears - ArrivalAge))),
            _ => (float)r.Uniform(D.YearsInCountry, p.MigrantMinYears, Math.Max(p.MigrantMinYears + 1, ageYears - ArrivalAge)),
        };

        // Education: about half without a start qualification [000, 001]; single parents skewed low [002, 001 E40].
        // Deliberately not loaded on z (P2: cultural resources do not separate the types).
        double ue = r.U(D.Education) - (hh == Household.SingleParent ? p.EducationSingleParentShift : 0)
                    - (origin == Origin.Refugee ? p.EducationRefugeeShift : 0) - (schoolLeaver ? p.EducationSchoolLeaverShift : 0);
        c.Education = Pick(ue, Education.BelowStartQualification, p.EducationBelowShare, Education.StartQualification, p.EducationStartShare, Education.Higher);

        // Spell duration of the initial stock: months to decades [000 App. 1]; longer spells go with more disadvantage.
        int spell = stock ? (int)Math.Min(-p.SpellMeanMonths * Math.Log(1 - r.U(D.Spell)), Math.Min(p.SpellMaxMonths, (ageYears - AdultAge) * Units.MonthsPerYear)) : 0;
        z += p.SpellDisadvantage * Math.Log((spell + p.SpellDisadvantageOffset) / p.SpellDisadvantageReference); // entrants have spell 0
        c.SpellMonths = (short)spell;
        c.MonthsOutOfWork = (short)spell;

        // Resources, jointly drawn (P2).
        c.NetworkSupport = (float)Res(D.Network, origin == Origin.Refugee ? p.NetworkMeanRefugee : p.NetworkMean, p.NetworkSd);
        c.NetworkStrain = (float)M.Clamp(p.StrainMean + p.StrainSd * r.Normal(D.Strain), 0, 1);
        c.HarmfulTie = r.U(D.HarmfulTie) < p.HarmfulTieShare + p.HarmfulTieDisadvantage * Math.Max(0, z);
        c.Language = (float)(origin switch
        {
            Origin.None => p.LanguageNative,
            Origin.Western => M.Clamp(p.LanguageWesternBase + p.LanguagePerYear * c.YearsInCountry, p.LanguageWesternMin, p.LanguageNative),
            Origin.NonWestern => M.Clamp(p.LanguageNonWesternBase + p.LanguagePerYear * c.YearsInCountry + p.LanguageSd * r.Normal(D.Language),
                p.LanguageNonWesternMin, p.LanguageNative),
            _ => M.Clamp(p.LanguageRefugeeBase + p.LanguageRefugeePerYear * c.YearsInCountry + p.LanguageSd * r.Normal(D.Language),
                p.LanguageRefugeeMin, p.LanguageRefugeeMax),
        });
        c.AgencyCapital = (float)Res(D.Agency, p.AgencyMean + (c.Education == Education.Higher ? p.AgencyHigherEducation : 0), p.ResourceSd);
        double ageHealth = -p.HealthAgeSlope * (ageYears - p.HealthAgeCentre);
        c.PhysicalBaseline = (float)Res(D.PhysicalHealth, p.PhysicalMean + ageHealth - (illness ? p.IllnessPhysical : 0), p.ResourceSd);
        c.PhysicalHealth = c.PhysicalBaseline;
        c.MentalBaseline = (float)Res(D.MentalHealth, p.MentalMean - (origin == Origin.Refugee ? p.RefugeeMental : 0) - (illness ? p.IllnessMental : 0), p.ResourceSd);
        c.MentalHealth = c.MentalBaseline;
        c.SelfEfficacy = (float)Res(D.SelfEfficacy, p.SelfEfficacyMean, p.ResourceSd);
        c.CopingCapacity = (float)M.Clamp(p.CopingMean + p.CopingSd * r.Normal(D.Coping), p.CopingMin, p.CopingMax); // latent trait [001 E52]
        c.Aspiration = (float)Res(D.Aspiration, p.AspirationMean, p.ResourceSd);
        // A stable intrinsic drive to work (independence, work ethos [004 §2.2]), apart from the aspiration that
        // moves with experience; drawn independently of the disadvantage factor.
        c.WorkDrive = (float)M.Clamp(p.DriveMean + p.DriveSd * r.Normal(D.WorkDrive), 0, 1);
        c.DesiredHours = (byte)(hh == Household.SingleParent ? p.DesiredHoursMinSingleParent + p.HoursStep * r.Below(D.DesiredHours, p.DesiredHoursLevelsSingleParent)
            : p.DesiredHoursMin + p.HoursStep * r.Below(D.DesiredHours, p.DesiredHoursLevels));
        c.OffsettingFear = (float)M.Clamp(p.OffsettingFearTarget + p.OffsettingFearSd * r.Normal(D.OffsettingFear), 0, 1);
        // The response to pressure is a disposition drawn from the state at entry: clients with more agency capital,
        // better mental health and better Dutch are likelier to respond by searching harder [001 E4, 003, 004 §2.3].
        double up = r.U(D.PressureResponse), responsive = Coaching.ResponsiveChance(c, p);
        c.PressureResponse = up < responsive ? PressureResponse.Responsive
            : (up - responsive) / (1 - responsive) < p.StressedShareOfOthers ? PressureResponse.Stressed : PressureResponse.Reactant;
        c.LastSanctionMonth = NeverMonth;
        c.LastContactMonth = NeverMonth;
        c.MonthsSinceWorkExit = -1;
        // First-generation migrants start with high institutional trust that decays with years here [002 M11].
        c.InstitutionalTrust = (float)M.Clamp(p.InstitutionalTrustMean
            + (origin is Origin.NonWestern or Origin.Refugee ? p.MigrantTrustBonus - p.MigrantTrustDecayPerYear * c.YearsInCountry : 0)
            + p.InstitutionalTrustSd * r.Normal(D.InstitutionalTrust), p.TrustMin, p.TrustMax);
        c.Scarred = stock && r.U(D.Scarred) < p.ScarredShare + p.ScarredLongSpell * Math.Min(1, spell / p.ScarredSpellMonths);
        if (c.Scarred) c.InstitutionalTrust *= (float)p.ScarTrustFactor;

        // Money: little savings; nearly half with substantial debts [000 §4.5.1, 004].
        c.Savings = (float)(-p.SavingsMean * Math.Log(1 - r.U(D.Savings)) * (reason == EntryReason.JobLoss ? p.JobLossSavingsFactor : 1));
        double debtChance = stock ? M.Logistic(p.DebtLogitBase + p.DebtLogitDisadvantage * z)
            : reason == EntryReason.Separation ? p.EntrantDebtShareSeparation : p.EntrantDebtShare;
        if (r.U(D.HasDebt) < debtChance)
        {
            double debt = Math.Exp(Math.Log(p.DebtMedian) + p.DebtLogSd * r.Normal(D.DebtAmount));
            c.Debt = (float)debt;
            if (debt > p.ProblematicThreshold)
            {
                double ur = r.U(D.DebtStatus);
                bool canBeInProgramme = stock && spell > p.ProgrammeMinSpell;
                // Close to the model's own steady state: most long-standing problem debts are in a programme or stuck.
                c.DebtStatus = canBeInProgramme && ur < p.StockRestructuringShare ? DebtStatus.InRestructuring
                    : canBeInProgramme && ur < p.StockRestructuringShare + p.StockStuckShare ? DebtStatus.Stuck : DebtStatus.Problematic;
                if (c.DebtStatus == DebtStatus.InRestructuring) c.DebtProgramMonthsLeft = (short)(1 + r.Below(D.ProgrammeMonths, p.DebtHelpDurationMonths));
            }
            else c.DebtStatus = DebtStatus.Arrears;
        }
        c.ProblematicAtEntry = c.DebtStatus is DebtStatus.Problematic or DebtStatus.Stuck or DebtStatus.InRestructuring;

        c.Neighbourhood = (byte)M.Clamp((int)(p.Neighbourhoods * M.Logistic(p.NeighbourhoodClustering * z + p.NeighbourhoodNoise * r.Normal(D.Neighbourhood))), 0, p.Neighbourhoods - 1);

        // Coach: youth desk under 27; trust and tenure of the initial stock spread over their history.
        bool youth = ageYears < YouthAge;
        int slot = coaches.SlotFor(i, youth);
        c.CoachSlot = slot;
        c.CoachLayout = coaches.Layout;
        c.CoachId = coaches.Ident[slot];
        c.CoachTrust = (float)M.Clamp(stock ? p.StockCoachTrustMean + p.StockCoachTrustSd * r.Normal(D.CoachTrust)
            : p.EntrantCoachTrustBase + p.EntrantCoachTrustInstitutional * c.InstitutionalTrust, p.TrustMin, p.TrustMax);
        c.CoachTenureMonths = (short)(stock ? r.Below(D.CoachTenure, Math.Max(1, Math.Min(spell, p.MaxInitialTenureMonths))) : 0);
        c.LastCoachChangeMonth = (short)(stock ? entryMonth - c.CoachTenureMonths : entryMonth);

        // Status and work.
        c.EntryMonth = (short)(stock ? entryMonth - spell : entryMonth);
        c.InitialStock = stock;
        c.LastTrigger = Trigger.Gradual;
        c.LastTriggerMonth = NoTriggerMonth;
        c.LastGoodTrigger = Trigger.Gradual;
        c.LastGoodTriggerMonth = NoTriggerMonth;
        if (stock)
        {
            // Part-timers of the initial caseload earn less than their norm (else they would not be on benefit).
            byte hours = (byte)(p.StockPartTimeMinHours + p.HoursStep * r.Below(D.PartTimeHours, p.StockPartTimeLevels));
            bool partTime = r.U(D.PartTime) < p.StockPartTimeShare && c.PhysicalHealth > p.WorkHealthThreshold
                            && Money.EarningsOf(hours, p) + c.PartnerIncome < p.StockPartTimeMaxNormShare * Money.Norm(c, p);
            c.Status = partTime ? Status.PartTimeWithTopUp : Status.OnBenefit;
            if (partTime)
            {
                c.Hours = hours;
                c.Contract = r.U(D.Contract) < p.StockTemporaryShare ? Contract.Temporary : Contract.Permanent;
                c.JobMonths = (short)r.Below(D.JobMonths, p.StockMaxJobMonths);
                c.EmployerCeiling = r.U(D.EmployerCeiling) < p.EmployerCeilingShare;
                c.DisregardMonthsUsed = (byte)Math.Min(byte.MaxValue, (int)c.JobMonths);
            }
            double ua2 = r.U(D.Activity);
            double activeShare = Math.Exp(-spell / p.StockActivityDecayMonths); // activity falls with time on benefit [004 B2]
            if (!partTime) c.Activity = ua2 < p.StockVolunteerShare * activeShare ? Activity.Volunteering
                : ua2 < (p.StockVolunteerShare + p.StockTrainingShare) * activeShare ? Activity.Training : Activity.None;
            if (c.Activity == Activity.Training) c.ActivityMonthsLeft = (byte)(1 + r.Below(D.TrainingMonths, p.TrainingMonths));
            // Exemption for fragile clients, older clients and single parents of young children (~35% exempt [004 B2]).
            bool fragile = Math.Min(c.PhysicalHealth, c.MentalHealth) < p.FragileThreshold;
            c.Obligation = (fragile && r.U(D.FragileExempt) < p.StockFragileExemptShare)
                           || (ageYears >= p.StockOlderExemptAge && r.U(D.OlderExempt) < p.StockOlderExemptShare)
                           || (hh == Household.SingleParent && c.YoungestChildAgeMonths < p.StockYoungChildExemptMonths && r.U(D.SingleParentExempt) < p.StockSingleParentExemptShare)
                ? Obligation.Exempt : Obligation.JobSearch;
            c.Load = (float)M.Clamp(p.StockLoadMean + p.StockLoadDisadvantage * z, 0, p.InitialLoadMax);
            c.Discouragement = (float)M.Clamp(p.DiscouragementPerLogYear * Math.Log(1 + spell / (double)Units.MonthsPerYear), 0, 1);
        }
        else
        {
            c.Status = Status.NotEntered;
            c.Load = (float)M.Clamp(p.EntrantLoadMean + p.EntrantLoadDisadvantage * z, 0, p.InitialLoadMax);
        }
        // Not everyone under the obligation knows and feels it [Divosa via Trouw 2018].
        c.FeelsObligation = r.U(D.FeltObligation) < p.FeltObligationShare;
        c.LadderRung = Activities.Rung(c, p);
        c.Resilience = ResilienceType.Coping;
        c.PreviousResilience = ResilienceType.Coping;
        Psychology.UpdateIndicators(ref c, p, initialise: true);
    }

    /// <summary>The month stored for an event that has not happened.</summary>
    public const short NeverMonth = short.MinValue;

    /// <summary>The month stored for a trigger that has not happened (long enough ago to explain no transition).</summary>
    private const short NoTriggerMonth = -100;

    /// <summary>Age bands of the caseload (MODEL.md §7: 18–26, 27–49, 50+; up to the state pension).</summary>
    private const int AdultAge = Ages.Adult, YouthAge = Ages.Youth, OlderAge = Ages.Older, OldestAge = Ages.LastOnBenefit;

    /// <summary>Youngest children are under this many years; parents were at least this old at the birth.</summary>
    private const int ChildYears = 17, ParentAgeAtBirth = 17;

    /// <summary>Migrants arrived at this age or later.</summary>
    private const int ArrivalAge = 16;

    private const int CoupleAdults = 2, ClientAndParent = 2, ClientAndBothParents = 3;

    /// <summary>The age of an entrant other than a school leaver: the CBS inflow bands (inflow.age.*) describe all
    /// entrants, school leavers (all under 25) included, so the other entrants' share under 25 is what the school
    /// leavers leave of it: (share − school leavers) ÷ (1 − school leavers), the other bands in proportion (ages uniform within a band, 45 to 65 in the last).</summary>
    private static int EntrantAge(double u, Parameters p, ref Rng r)
    {
        double under25 = Math.Max(0, p.InflowShareUnder25 - p.EntrySchoolLeaverShare);
        double total = under25 + p.InflowShare25to34 + p.InflowShare35to44 + Math.Max(0, 1 - p.InflowShareUnder25 - p.InflowShare25to34 - p.InflowShare35to44);
        double x = u * total;
        if (x < under25) return AdultAge + r.Below(D.AgeYear, InflowBand1 - AdultAge);
        x -= under25;
        if (x < p.InflowShare25to34) return InflowBand1 + r.Below(D.AgeYear, InflowBand2 - InflowBand1);
        x -= p.InflowShare25to34;
        if (x < p.InflowShare35to44) return InflowBand2 + r.Below(D.AgeYear, InflowBand3 - InflowBand2);
        return InflowBand3 + r.Below(D.AgeYear, OldestAge - InflowBand3);
    }

    /// <summary>CBS reports the inflow by age in ten-year bands from 25: under 25 (here from 18), 25–34, 35–44, and 45 up to
    /// the last age on benefit.</summary>
    private const int CbsBandFrom = 25, CbsBandYears = 10;
    private const int InflowBand1 = CbsBandFrom, InflowBand2 = CbsBandFrom + CbsBandYears, InflowBand3 = CbsBandFrom + 2 * CbsBandYears;

    private enum EntryReason { Stock, JobLoss, Separation, Illness, SchoolLeaver, StatusHolder }

    private static EntryReason PickReason(double u, Parameters p) =>
        Pick(u, EntryReason.JobLoss, p.EntryJobLossShare, EntryReason.Separation, p.EntrySeparationShare, EntryReason.Illness, p.EntryIllnessShare,
            EntryReason.SchoolLeaver, p.EntrySchoolLeaverShare, EntryReason.StatusHolder);

    /// <summary>The category a uniform draw <paramref name="u"/> falls in, given the shares of all categories but the
    /// last, which takes the rest (cumulative thresholds, summed in order).</summary>
    private static T Pick<T>(double u, T a, double shareA, T b, double shareB, T rest) =>
        u < shareA ? a : u < shareA + shareB ? b : rest;

    private static T Pick<T>(double u, T a, double shareA, T b, double shareB, T c, double shareC, T rest) =>
        u < shareA ? a : u < shareA + shareB ? b : u < shareA + shareB + shareC ? c : rest;

    private static T Pick<T>(double u, T a, double shareA, T b, double shareB, T c, double shareC, T d, double shareD, T rest) =>
        u < shareA ? a : u < shareA + shareB ? b : u < shareA + shareB + shareC ? c : u < shareA + shareB + shareC + shareD ? d : rest;
}
