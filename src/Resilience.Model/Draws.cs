namespace Resilience.Model;

/// <summary>Marks a draw index that uses two consecutive uniforms (<see cref="Rng.Normal"/>): the next index is
/// taken too.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class TwoDrawsAttribute : Attribute;

/// <summary>
/// The random-draw indices of every stream (<see cref="Stream"/>), in one place: each decision of a submodel has its
/// own index in its stream, so that skipping one draw never shifts another (MODEL.md §9). Within a stream the
/// indices are listed in the order they first appear in the submodel's source and never overlap (a normal draw takes two, marked
/// <see cref="TwoDrawsAttribute"/>); a test checks both.
/// </summary>
public static class Draw
{
    public static class Synthesis
    {
        [TwoDraws] public const int Disadvantage = 0;
        public const int EntryReason = 2;
        public const int AgeBand = 3;
        public const int AgeYear = 4;
        public const int AgeMonth = 5;
        public const int Household = 6;
        public const int SeparationHousehold = 7;
        public const int Sex = 8;
        public const int Children = 9;
        public const int YoungestChild = 10;
        public const int Adults = 11;
        public const int PartnerIncome = 12;
        public const int PartnerIncomeAmount = 13;
        public const int Origin = 14;
        public const int YearsInCountry = 15;
        public const int Education = 16;
        public const int Spell = 17;
        [TwoDraws] public const int Network = 18;
        [TwoDraws] public const int Strain = 20;
        public const int HarmfulTie = 22;
        [TwoDraws] public const int Language = 23;
        [TwoDraws] public const int Agency = 25;
        [TwoDraws] public const int PhysicalHealth = 27;
        [TwoDraws] public const int MentalHealth = 29;
        [TwoDraws] public const int SelfEfficacy = 31;
        [TwoDraws] public const int Coping = 33;
        [TwoDraws] public const int Aspiration = 35;
        [TwoDraws] public const int WorkDrive = 37;
        public const int DesiredHours = 39;
        [TwoDraws] public const int OffsettingFear = 40;
        public const int PressureResponse = 42;
        [TwoDraws] public const int InstitutionalTrust = 43;
        public const int Scarred = 45;
        public const int Savings = 46;
        public const int HasDebt = 47;
        [TwoDraws] public const int DebtAmount = 48;
        public const int DebtStatus = 50;
        public const int ProgrammeMonths = 51;
        [TwoDraws] public const int Neighbourhood = 52;
        [TwoDraws] public const int CoachTrust = 54;
        public const int CoachTenure = 56;
        public const int PartTimeHours = 57;
        public const int PartTime = 58;
        public const int Contract = 59;
        public const int JobMonths = 60;
        public const int EmployerCeiling = 61;
        public const int Activity = 62;
        public const int TrainingMonths = 63;
        public const int FragileExempt = 64;
        public const int OlderExempt = 65;
        public const int SingleParentExempt = 66;
    }

    public static class Household
    {
        public const int LeaveParents = 0;
        public const int AdultLeaves = 1;
        public const int Separation = 2;
        public const int SeparationDebt = 3;
    }

    public static class LifeEvents
    {
        public const int PhysicalShock = 0;
        public const int PhysicalDrop = 1;
        public const int Chronic = 2;
        public const int MentalEpisode = 3;
        public const int MentalDrop = 4;
        public const int Bereavement = 5;
        public const int AdminError = 6;
        public const int AdminClawbackSize = 7;
        public const int FraudAccusation = 8;
        public const int ExitOther = 9;
        public const int ReentryOther = 10;
        public const int Windfall = 11;
        public const int WindfallAmount = 12;
        public const int HarmfulTieOnset = 13;
        public const int HarmfulTieExit = 14;
    }

    public static class Coaching
    {
        public const int Contacts = 0;
        public const int Lead = 1;
        public const int DebtReferral = 2;
        public const int TrainingReferral = 3;
        public const int SteppingStone = 4;
        public const int Exemption = 5;
        public const int ExemptionReview = 6;
        public const int ObligationFailure = 7;
        public const int Sanction = 8;
    }

    public static class Coaches
    {
        [TwoDraws] public const int Empathy = 0;
        [TwoDraws] public const int Directiveness = 2;
    }

    public static class CoachTurnover
    {
        public const int Leaves = 0;
    }

    public static class Money
    {
        public const int OffsettingError = 0;
        public const int ClawbackSize = 1;
        public const int Arrears = 2;
        public const int BufferAsk = 3;
        public const int Advance = 4;
        public const int HelpSeeking = 5;
        public const int RestructuringOutcome = 6;
    }

    public static class Work
    {
        public const int Permanent = 0;
        public const int JobLoss = 1;
        public const int HoursStep = 2;
        public const int PartnerJob = 3;
        public const int PartnerIncome = 4;
        public const int Offer = 5;
        public const int PoorMatch = 6;
        public const int Rejection = 7;
        public const int PartTime = 8;
        public const int Hours = 9;
        public const int Temporary = 10;
        public const int Accept = 11;
        public const int EmployerCeiling = 12;
    }

    public static class Activities
    {
        public const int TrainingStart = 0;
        public const int VolunteerStart = 1;
        public const int VolunteerStop = 2;
        public const int SteppingStoneOffer = 3;
        public const int GuaranteeKept = 4;
    }

    public static class Psychology
    {
        public const int TreatmentReferral = 0;
    }
}
