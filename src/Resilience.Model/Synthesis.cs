namespace Resilience.Model;

/// <summary>
/// Population synthesis (MODEL.md §5). Resources are drawn jointly from one latent disadvantage factor so that weak
/// social, economic and personal resources cluster in the same people (P2) while education does not separate the
/// resilience types. The population depends only on seed, replication and size — never on levers — so that every
/// scenario of a comparison starts from the same people (common random numbers).
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

    /// <summary>Burn-in (MODEL.md §5, issue 12): a member of the initial stock who left the caseload during the
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
        double z = r.Normal(0); // latent disadvantage: higher = more disadvantaged
        double load = p.DisadvantageLoading, unique = Math.Sqrt(1 - load * load);
        double Res(int k, double mean, double sd) => Math.Clamp(mean + sd * (-load * z + unique * r.Normal(k)), 0.02, 0.98);

        // Entry reason for new entrants [004 §2.11, 002]: job loss, separation, illness, leaving school, status holder.
        int reason = stock ? -1 : PickReason(r.U(2));

        // Age: caseload skewed to older clients; school leavers 18–20.
        double ua = r.U(3);
        int ageYears = reason == 3 ? 18 + r.Below(4, 3)
            : ua < 0.15 ? 18 + r.Below(4, 9) : ua < 0.65 ? 27 + r.Below(4, 23) : 50 + r.Below(4, 16);
        c.AgeMonths = (short)(ageYears * 12 + r.Below(5, 12));

        // Household [000 App. 1, 004 §2.1]; the young more often live with parents.
        double uh = r.U(6);
        Household hh = reason == 3 ? Household.WithParents
            : reason == 1 ? (r.U(7) < 0.55 ? Household.SingleParent : Household.Single)
            : ageYears < 27 ? (uh < 0.35 ? Household.WithParents : uh < 0.7 ? Household.Single : uh < 0.9 ? Household.SingleParent : Household.Couple)
            : uh < 0.5 ? Household.Single : uh < 0.72 ? Household.SingleParent : uh < 0.8 ? Household.Couple : uh < 0.9 ? Household.CoupleWithChildren : Household.WithParents;
        c.Household = hh;
        // ~90% of single parents are mothers [002]; otherwise men and women equally.
        c.Sex = hh == Household.SingleParent ? (r.U(8) < 0.9 ? Sex.F : Sex.M) : (r.U(8) < 0.5 ? Sex.F : Sex.M);
        bool kids = hh is Household.SingleParent or Household.CoupleWithChildren;
        c.Children = (byte)(kids ? 1 + r.Below(9, 3) : 0);
        c.YoungestChildAgeMonths = (short)(kids ? r.Below(10, Math.Min(17, Math.Max(1, ageYears - 17)) * 12) : 0);
        int adults = hh switch
        {
            Household.WithParents => r.U(11) < 0.6 ? 3 : 2,
            Household.Couple or Household.CoupleWithChildren => 2 + (r.U(11) < 0.1 ? 1 : 0),
            _ => 1 + (ageYears > 40 && r.U(11) < 0.12 ? 1 : 0),
        };
        c.CoResidentAdults = (byte)adults;
        c.PartnerIncome = (float)(hh is Household.Couple or Household.CoupleWithChildren && r.U(12) < 0.25 ? r.Uniform(13, 200, 900) : 0);

        // Origin [001 §4.1, 000]; refugees arrive as status holders.
        double uo = r.U(14);
        Origin origin = reason == 4 ? Origin.Refugee : uo < 0.6 ? Origin.None : uo < 0.68 ? Origin.Western : uo < 0.9 ? Origin.NonWestern : Origin.Refugee;
        c.Origin = origin;
        c.YearsInCountry = origin switch
        {
            Origin.None => ageYears,
            Origin.Refugee => (float)(reason == 4 ? r.Uniform(15, 0, 1) : r.Uniform(15, 1, Math.Min(15, ageYears - 16))),
            _ => (float)r.Uniform(15, 3, Math.Max(4, ageYears - 16)),
        };

        // Education: about half without a start qualification [000, 001]; single parents skewed low [002, 001 E40].
        // Deliberately not loaded on z (P2: cultural resources do not separate the types).
        double ue = r.U(16) + (hh == Household.SingleParent ? -0.1 : 0) + (origin == Origin.Refugee ? -0.1 : 0) + (reason == 3 ? -0.2 : 0);
        c.Education = ue < 0.5 ? Education.BelowStartQualification : ue < 0.88 ? Education.StartQualification : Education.Higher;

        // Spell duration of the initial stock: months to decades [000 App. 1]; longer spells go with more disadvantage.
        int spell = stock ? (int)Math.Min(-42.0 * Math.Log(1 - r.U(17)), Math.Min(300, (ageYears - 18) * 12)) : 0;
        z += 0.25 * Math.Log((spell + 6) / 30.0); // longer spells go with more disadvantage; entrants have spell 0
        c.SpellMonths = (short)spell;
        c.MonthsOutOfWork = (short)spell;

        // Resources, jointly drawn (P2).
        c.NetworkSupport = (float)Res(20, origin == Origin.Refugee ? 0.35 : 0.45, 0.2);
        c.NetworkStrain = (float)Math.Clamp(0.2 + 0.1 * r.Normal(21), 0, 1);
        c.HarmfulTie = r.U(23) < 0.04 + 0.04 * Math.Max(0, z);
        c.Language = (float)(origin switch
        {
            Origin.None => 0.95,
            Origin.Western => Math.Clamp(0.6 + 0.02 * c.YearsInCountry, 0.3, 0.95),
            Origin.NonWestern => Math.Clamp(0.45 + 0.02 * c.YearsInCountry + 0.1 * r.Normal(24), 0.1, 0.95),
            _ => Math.Clamp(0.25 + 0.04 * c.YearsInCountry + 0.1 * r.Normal(24), 0.05, 0.9),
        });
        c.AgencyCapital = (float)Res(26, 0.5 + (c.Education == Education.Higher ? 0.1 : 0), 0.18);
        double ageHealth = -0.006 * (ageYears - 40);
        c.PhysicalBaseline = (float)Res(28, 0.66 + ageHealth + (reason == 2 ? -0.2 : 0), 0.18);
        c.PhysicalHealth = c.PhysicalBaseline;
        c.MentalBaseline = (float)Res(30, 0.6 + (origin == Origin.Refugee ? -0.08 : 0) + (reason == 2 ? -0.1 : 0), 0.18);
        c.MentalHealth = c.MentalBaseline;
        c.SelfEfficacy = (float)Res(32, 0.55, 0.18);
        c.CopingCapacity = (float)Math.Clamp(0.7 + 0.15 * r.Normal(34), 0.35, 1.1); // latent trait [001 E52]
        c.Aspiration = (float)Res(36, 0.6, 0.18);
        // A stable intrinsic drive to work (independence, work ethos [004 §2.2]), apart from the aspiration that
        // moves with experience; drawn independently of the disadvantage factor.
        c.WorkDrive = (float)Math.Clamp(p.DriveMean + p.DriveSd * r.Normal(70), 0, 1);
        c.DesiredHours = (byte)(hh == Household.SingleParent ? 16 + 4 * r.Below(38, 4) : 20 + 4 * r.Below(38, 5));
        c.OffsettingFear = (float)Math.Clamp(0.34 + 0.15 * r.Normal(39), 0, 1);
        double up = r.U(41);
        c.PressureResponse = up < p.ResponsiveShare ? PressureResponse.Responsive
            : up < p.ResponsiveShare + p.StressedShare ? PressureResponse.Stressed : PressureResponse.Reactant;
        c.LastSanctionMonth = NeverMonth;
        c.LastContactMonth = NeverMonth;
        c.MonthsSinceWorkExit = -1;
        // First-generation migrants start with high institutional trust that decays with years here [002 M11].
        c.InstitutionalTrust = (float)Math.Clamp(0.5 + (origin is Origin.NonWestern or Origin.Refugee ? 0.25 - 0.01 * c.YearsInCountry : 0) + 0.12 * r.Normal(42), 0.05, 0.95);
        c.Scarred = stock && r.U(44) < 0.05 + 0.1 * Math.Min(1, spell / 120.0);
        if (c.Scarred) c.InstitutionalTrust *= 0.6f;

        // Money: little savings; nearly half with substantial debts [000 §4.5.1, 004].
        c.Savings = (float)(-250 * Math.Log(1 - r.U(45)) * (reason == 0 ? 3 : 1));
        double debtChance = stock ? M.Logistic(0.3 + 0.9 * z) : reason == 1 ? 0.45 : 0.25;
        if (r.U(46) < debtChance)
        {
            double debt = Math.Exp(Math.Log(2500) + 0.9 * r.Normal(47));
            c.Debt = (float)debt;
            if (debt > p.ProblematicThreshold)
            {
                double ur = r.U(49);
                bool canBeInProgramme = stock && spell > 6;
                // Close to the model's own steady state: most long-standing problem debts are in a programme or stuck.
                c.DebtStatus = canBeInProgramme && ur < 0.4 ? DebtStatus.InRestructuring : canBeInProgramme && ur < 0.55 ? DebtStatus.Stuck : DebtStatus.Problematic;
                if (c.DebtStatus == DebtStatus.InRestructuring) c.DebtProgramMonthsLeft = (short)(1 + r.Below(50, p.DebtHelpDurationMonths));
            }
            else c.DebtStatus = DebtStatus.Arrears;
        }
        c.ProblematicAtEntry = c.DebtStatus is DebtStatus.Problematic or DebtStatus.Stuck or DebtStatus.InRestructuring;

        c.Neighbourhood = (byte)Math.Clamp((int)(p.Neighbourhoods * M.Logistic(0.9 * z + 0.8 * r.Normal(52))), 0, p.Neighbourhoods - 1);

        // Coach: youth desk under 27; trust and tenure of the initial stock spread over their history.
        bool youth = ageYears < 27;
        int slot = coaches.SlotFor(i, youth);
        c.CoachSlot = slot;
        c.CoachLayout = coaches.Layout;
        c.CoachId = coaches.Ident[slot];
        c.CoachTrust = (float)Math.Clamp(stock ? 0.45 + 0.15 * r.Normal(54) : 0.3 + 0.3 * c.InstitutionalTrust, 0.05, 0.95);
        c.CoachTenureMonths = (short)(stock ? r.Below(56, Math.Max(1, Math.Min(spell, 60))) : 0);
        c.LastCoachChangeMonth = (short)(stock ? entryMonth - c.CoachTenureMonths : entryMonth);

        // Status and work.
        c.EntryMonth = (short)(stock ? entryMonth - spell : entryMonth);
        c.InitialStock = stock;
        c.LastTrigger = Trigger.Gradual;
        c.LastTriggerMonth = -100;
        c.LastGoodTrigger = Trigger.Gradual;
        c.LastGoodTriggerMonth = -100;
        if (stock)
        {
            // Part-timers of the initial caseload earn less than their norm (else they would not be on benefit).
            byte hours = (byte)(8 + 4 * r.Below(58, 3));
            bool partTime = r.U(57) < 0.12 && c.PhysicalHealth > p.WorkHealthThreshold
                            && Money.EarningsOf(hours, p) + c.PartnerIncome < 0.8 * Money.Norm(c, p);
            c.Status = partTime ? Status.PartTimeWithTopUp : Status.OnBenefit;
            if (partTime)
            {
                c.Hours = hours;
                c.Contract = r.U(59) < 0.5 ? Contract.Temporary : Contract.Permanent;
                c.JobMonths = (short)r.Below(60, 24);
                c.EmployerCeiling = r.U(61) < p.EmployerCeilingShare;
                c.DisregardMonthsUsed = (byte)Math.Min(byte.MaxValue, (int)c.JobMonths);
            }
            double ua2 = r.U(62);
            double activeShare = Math.Exp(-spell / 240.0); // activity falls with time on benefit [004 B2]
            if (!partTime) c.Activity = ua2 < 0.22 * activeShare ? Activity.Volunteering : ua2 < 0.27 * activeShare ? Activity.Training : Activity.None;
            if (c.Activity == Activity.Training) c.ActivityMonthsLeft = (byte)(1 + r.Below(63, p.TrainingMonths));
            // Exemption for fragile clients (~35% exempt [004 B2]).
            bool fragile = Math.Min(c.PhysicalHealth, c.MentalHealth) < p.FragileThreshold;
            c.Obligation = (fragile && r.U(64) < 0.8) || (ageYears >= 60 && r.U(66) < 0.5) || (hh == Household.SingleParent && c.YoungestChildAgeMonths < 60 && r.U(65) < 0.6) ? Obligation.Exempt : Obligation.JobSearch;
            c.Load = (float)Math.Clamp(0.35 + 0.12 * z, 0, 1.5);
            c.Discouragement = (float)Math.Clamp(0.1 * Math.Log(1 + spell / 12.0), 0, 1);
        }
        else
        {
            c.Status = Status.NotEntered;
            c.Load = (float)Math.Clamp(0.3 + 0.1 * z, 0, 1.5);
        }
        c.LadderRung = Activities.Rung(c, p);
        c.Resilience = ResilienceType.Coping;
        c.PreviousResilience = ResilienceType.Coping;
        Psychology.UpdateIndicators(ref c, p, initialise: true);
    }

    /// <summary>The month stored for an event that has not happened.</summary>
    public const short NeverMonth = short.MinValue;

    private static int PickReason(double u) => u < 0.4 ? 0 : u < 0.6 ? 1 : u < 0.75 ? 2 : u < 0.9 ? 3 : 4;
}
