using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Kernel.Messaging;
using Platform.Patients.Contracts;
using static Platform.Journeys.Contracts.JourneyStage;

namespace Platform.Journeys.Tests.Stages;

/// <summary>The transition table, checked move by move against the table the center agreed on (written out here, not read from the code).</summary>
public sealed class StageTransitionTests
{
    public static readonly (JourneyStage From, JourneyStage To)[] Legal =
    [
        (Inquiry, MedicalReview), (Inquiry, Declined), (Inquiry, Cancelled), (Inquiry, LostToFollowUp),
        (MedicalReview, Quotation), (MedicalReview, Declined), (MedicalReview, Cancelled), (MedicalReview, LostToFollowUp),
        (Quotation, Confirmed), (Quotation, MedicalReview), (Quotation, Declined), (Quotation, Cancelled), (Quotation, LostToFollowUp),
        (Confirmed, PreTravel), (Confirmed, InCare), (Confirmed, Cancelled),
        (PreTravel, InCare), (PreTravel, Confirmed), (PreTravel, Cancelled),
        (InCare, InCare), (InCare, Discharged),
        (Discharged, FollowUp), (Discharged, InCare), (Discharged, Closed),
        (FollowUp, Closed), (FollowUp, InCare), (FollowUp, LostToFollowUp),
        (LostToFollowUp, FollowUp), (LostToFollowUp, Closed),
    ];

    public static TheoryData<JourneyStage, JourneyStage> EveryPair()
    {
        var data = new TheoryData<JourneyStage, JourneyStage>();
        foreach (var from in Enum.GetValues<JourneyStage>())
        {
            foreach (var to in Enum.GetValues<JourneyStage>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void EnsureAllowed_EveryPairOfStages_FollowsTheTable(JourneyStage from, JourneyStage to)
    {
        var legal = Legal.Contains((from, to));
        var setting = from == InCare ? CareSetting.Admitted : (CareSetting?)null;
        var newSetting = to == InCare ? CareSetting.Outpatient : (CareSetting?)null;

        if (legal)
        {
            Should.NotThrow(() => StageTransitions.EnsureAllowed(from, to, setting, newSetting));
            return;
        }

        var refused = Should.Throw<BusinessRuleException>(() => StageTransitions.EnsureAllowed(from, to, setting, newSetting));
        refused.Code.ShouldBe("ILLEGAL_STAGE_MOVE");
        refused.Message.ShouldStartWith($"A journey in {StageTransitions.Name(from)} cannot move to {StageTransitions.Name(to)}. Moves allowed from {StageTransitions.Name(from)}: ");
        foreach (var allowed in Legal.Where(m => m.From == from))
        {
            refused.Message.ShouldContain(StageTransitions.Name(allowed.To));
        }
    }

    [Fact]
    public void EnsureAllowed_FromAnEndedJourney_SaysNothingIsAllowed()
    {
        var refused = Should.Throw<BusinessRuleException>(() => StageTransitions.EnsureAllowed(Closed, FollowUp, null, null));

        refused.Message.ShouldBe("A journey in closed cannot move to follow-up. Moves allowed from closed: none: closed ends the journey.");
    }

    [Fact]
    public void EnsureAllowed_InCareToTheSameSetting_IsRefused()
    {
        var refused = Should.Throw<BusinessRuleException>(() => StageTransitions.EnsureAllowed(InCare, InCare, CareSetting.Admitted, CareSetting.Admitted));

        refused.Code.ShouldBe("ILLEGAL_STAGE_MOVE");
        refused.Message.ShouldContain("already in care (Admitted)");
    }

    [Theory]
    [InlineData(PatientKind.MedicalTourist, Inquiry)]
    [InlineData(PatientKind.IllOrInjuredTraveler, InCare)]
    [InlineData(PatientKind.ExpatriateOrForeignWorker, MedicalReview)]
    [InlineData(PatientKind.PensionerOrLongStayVisitor, MedicalReview)]
    public void DefaultStart_DependsOnTheKindOfPatient(PatientKind kind, JourneyStage expected) =>
        StageTransitions.DefaultStart(kind).ShouldBe(expected);
}
