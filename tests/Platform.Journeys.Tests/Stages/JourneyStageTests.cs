using Platform.Journeys.Contracts;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Tests.Stages;

public abstract class JourneyStageTests(string provider) : JourneysTestBase(provider)
{
    [Fact]
    public async Task OpenJourney_EachKindOfPatient_StartsWhereItsPathBegins()
    {
        var tourist = await OpenAsync(Registrations.MedicalTourist());
        var traveler = await OpenAsync(Registrations.IllTraveler());
        var expatriate = await OpenAsync(Registrations.Expatriate());
        var pensioner = await OpenAsync(Registrations.Pensioner());

        (tourist.Stage, tourist.CareSetting).ShouldBe((JourneyStage.Inquiry, null));
        (traveler.Stage, traveler.CareSetting).ShouldBe((JourneyStage.InCare, CareSetting.Admitted));
        traveler.Milestones.Select(m => m.Kind).ShouldBe([MilestoneKind.InquiryReceived, MilestoneKind.Admission]);
        expatriate.Stage.ShouldBe(JourneyStage.MedicalReview);
        pensioner.Stage.ShouldBe(JourneyStage.MedicalReview);
        tourist.StageHistory.ShouldHaveSingleItem().ShouldBe(new StageChangeDto(null, JourneyStage.Inquiry, null, tourist.OpenedAt, "amira", "opened"));
    }

    [Fact]
    public async Task OpenJourney_ForNoRegisteredPatient_OrWithASettingOutsideCare_NamesTheFields()
    {
        var missing = Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        var patient = await RegisterAsync(Registrations.MedicalTourist());

        var unknown = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new OpenJourney(missing, "Hip replacement")));
        var setting = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new OpenJourney(patient.Id, " ", StartStage: JourneyStage.Inquiry, CareSetting: CareSetting.Outpatient)));

        unknown.Errors.ShouldHaveSingleItem().Message.ShouldBe($"'patientId' must name a registered patient; got '{missing}'.");
        setting.Errors.Select(e => e.Field).ShouldBe(["title", "careSetting"]);
        (await Send(Users.Coordinator, new SearchJourneys(new JourneyFilter(PatientId: patient.Id)))).Edges.ShouldBeEmpty();
    }

    [Fact]
    public async Task MoveJourneyStage_AlongThePath_KeepsHistoryWithWhoWhenAndWhy()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist());

        var reviewed = await Send(Users.Coordinator, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.MedicalReview, Reason: "Records complete"));
        var quoted = await Send(Users.Clinician, new MoveJourneyStage(journey.Id, reviewed.Version, JourneyStage.Quotation));

        quoted.Stage.ShouldBe(JourneyStage.Quotation);
        quoted.Version.ShouldBe(journey.Version + 2);
        quoted.StageHistory.Select(h => (h.From, h.To, h.By, h.Reason)).ShouldBe([
            (null, JourneyStage.Inquiry, "amira", "opened"),
            (JourneyStage.Inquiry, JourneyStage.MedicalReview, "amira", "Records complete"),
            (JourneyStage.MedicalReview, JourneyStage.Quotation, "lena", null)]);
        quoted.AllowedMoves.ShouldBe([JourneyStage.Confirmed, JourneyStage.MedicalReview, JourneyStage.Declined, JourneyStage.Cancelled, JourneyStage.LostToFollowUp]);
        var outbox = await OutboxAsync();
        outbox.Count(m => m.Type == TypeName<JourneyStageChanged>()).ShouldBe(2);
        (await TimelineAsync(journey.Id)).Select(e => e.Kind).ShouldBe(["journey-opened", "stage-changed", "stage-changed"]);
    }

    [Fact]
    public async Task MoveJourneyStage_Illegal_IsRefusedAndChangesNothing()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist());

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Coordinator, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.Discharged)));

        refused.Code.ShouldBe("ILLEGAL_STAGE_MOVE");
        refused.Message.ShouldBe("A journey in inquiry cannot move to discharged. Moves allowed from inquiry: medical review, declined, cancelled, lost to follow-up.");
        var after = await Send(Users.Coordinator, new GetJourney(journey.Id));
        (after.Stage, after.Version, after.StageHistory.Count).ShouldBe((JourneyStage.Inquiry, journey.Version, 1));
    }

    [Fact]
    public async Task MoveJourneyStage_FromAStaleVersion_IsAConcurrencyConflict()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist());
        await Send(Users.Coordinator, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.MedicalReview));

        await Should.ThrowAsync<ConcurrencyConflictException>(() => Send(Users.CaseManager, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.Cancelled)));
    }

    [Fact]
    public async Task MoveJourneyStage_CareSettingOutsideCare_IsAValidationErrorNamingTheField()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist());

        var invalid = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.MedicalReview, CareSetting.Admitted)));

        invalid.Errors.ShouldHaveSingleItem().Message.ShouldBe("'careSetting' applies only to a move to InCare, not to MedicalReview; got 'Admitted'.");
    }

    [Fact]
    public async Task MoveJourneyStage_IntoCareAndOut_DatesAdmissionAndDischarge_AndSwitchesSetting()
    {
        var journey = await OpenAsync(Registrations.Expatriate());
        var quoted = await Send(Users.Coordinator, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.Quotation));
        var confirmed = await Send(Users.Coordinator, new MoveJourneyStage(journey.Id, quoted.Version, JourneyStage.Confirmed));

        var admitted = await Send(Users.Coordinator, new MoveJourneyStage(journey.Id, confirmed.Version, JourneyStage.InCare, CareSetting.Outpatient));
        var switched = await Send(Users.Clinician, new MoveJourneyStage(journey.Id, admitted.Version, JourneyStage.InCare));
        var discharged = await Send(Users.Clinician, new MoveJourneyStage(journey.Id, switched.Version, JourneyStage.Discharged));

        admitted.CareSetting.ShouldBe(CareSetting.Outpatient);
        switched.CareSetting.ShouldBe(CareSetting.Admitted);
        discharged.CareSetting.ShouldBeNull();
        discharged.Milestones.Select(m => m.Kind).ShouldBe([MilestoneKind.InquiryReceived, MilestoneKind.Admission, MilestoneKind.Discharge]);
    }
}

public sealed class SqliteJourneyStageTests() : JourneyStageTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresJourneyStageTests() : JourneyStageTests("Postgres");
