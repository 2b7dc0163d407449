namespace Resilience.Model;

/// <summary>Marks a draw index that uses two consecutive uniforms (<see cref="Rng.Normal(int)"/>): the next member,
/// marked <see cref="SecondDrawAttribute"/>, reserves the second.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class TwoDrawsAttribute : Attribute;

/// <summary>Reserves the second uniform of the <see cref="TwoDrawsAttribute"/> draw before it; never used by name.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class SecondDrawAttribute : Attribute;

/// <summary>
/// The random-draw indices of every stream (<see cref="Stream"/>), in one place: each decision of a submodel has its
/// own index in its stream, so that skipping one draw never shifts another (MODEL.md §9). Each stream is an enum whose
/// members number themselves in the order they first appear in the submodel's source, so no index is written by hand
/// and none can overlap (a normal draw takes two: its member and the reserved one after it); a test checks the order.
/// </summary>
public static class Draw
{
    public enum Synthesis
    {
        [TwoDraws] Disadvantage,
        [SecondDraw] DisadvantageSecond,
        EntryReason,
        AgeBand,
        AgeYear,
        AgeMonth,
        Household,
        SeparationHousehold,
        Sex,
        Children,
        YoungestChild,
        Adults,
        PartnerIncome,
        PartnerIncomeAmount,
        Origin,
        YearsInCountry,
        Education,
        Spell,
        [TwoDraws] Network,
        [SecondDraw] NetworkSecond,
        [TwoDraws] Strain,
        [SecondDraw] StrainSecond,
        HarmfulTie,
        [TwoDraws] Language,
        [SecondDraw] LanguageSecond,
        [TwoDraws] Agency,
        [SecondDraw] AgencySecond,
        [TwoDraws] PhysicalHealth,
        [SecondDraw] PhysicalHealthSecond,
        [TwoDraws] MentalHealth,
        [SecondDraw] MentalHealthSecond,
        [TwoDraws] SelfEfficacy,
        [SecondDraw] SelfEfficacySecond,
        [TwoDraws] Coping,
        [SecondDraw] CopingSecond,
        [TwoDraws] Aspiration,
        [SecondDraw] AspirationSecond,
        [TwoDraws] WorkDrive,
        [SecondDraw] WorkDriveSecond,
        DesiredHours,
        [TwoDraws] OffsettingFear,
        [SecondDraw] OffsettingFearSecond,
        PressureResponse,
        [TwoDraws] InstitutionalTrust,
        [SecondDraw] InstitutionalTrustSecond,
        Scarred,
        Savings,
        HasDebt,
        [TwoDraws] DebtAmount,
        [SecondDraw] DebtAmountSecond,
        DebtStatus,
        ProgrammeMonths,
        [TwoDraws] Neighbourhood,
        [SecondDraw] NeighbourhoodSecond,
        [TwoDraws] CoachTrust,
        [SecondDraw] CoachTrustSecond,
        CoachTenure,
        PartTimeHours,
        PartTime,
        Contract,
        JobMonths,
        EmployerCeiling,
        Activity,
        TrainingMonths,
        FragileExempt,
        OlderExempt,
        SingleParentExempt,
        FeltObligation,
    }

    public enum Household
    {
        LeaveParents,
        AdultLeaves,
        Separation,
        SeparationDebt,
    }

    public enum LifeEvents
    {
        PhysicalShock,
        PhysicalDrop,
        Chronic,
        MentalEpisode,
        MentalDrop,
        Bereavement,
        AdminError,
        AdminClawbackSize,
        FraudAccusation,
        ExitOther,
        ReentryOther,
        Windfall,
        WindfallAmount,
        HarmfulTieOnset,
        HarmfulTieExit,
    }

    public enum Coaching
    {
        Contacts,
        Lead,
        DebtReferral,
        TrainingReferral,
        SteppingStone,
        Exemption,
        ExemptionReview,
        ObligationFailure,
        Sanction,
    }

    public enum Coaches
    {
        [TwoDraws] Empathy,
        [SecondDraw] EmpathySecond,
        [TwoDraws] Directiveness,
        [SecondDraw] DirectivenessSecond,
    }

    public enum CoachTurnover
    {
        Leaves,
    }

    public enum Money
    {
        OffsettingError,
        ClawbackSize,
        Arrears,
        BufferAsk,
        Advance,
        HelpSeeking,
        RestructuringOutcome,
        Withdrawal,
        WithdrawalIncome,
    }

    public enum Work
    {
        Permanent,
        JobLoss,
        Report,
        HoursStep,
        PartnerJob,
        PartnerIncome,
        ReportAfterWw,
        Offer,
        PoorMatch,
        Rejection,
        PartTime,
        Hours,
        Temporary,
        Accept,
        EmployerCeiling,
    }

    public enum Activities
    {
        TrainingStart,
        VolunteerStart,
        VolunteerStop,
        SteppingStoneOffer,
        GuaranteeKept,
    }

    public enum Psychology
    {
        TreatmentReferral,
    }
}
