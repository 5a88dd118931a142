using Platform.Identity.Contracts;
using Platform.Journeys.Contracts;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Security;

namespace Platform.Journeys.Tests.Access;

public abstract class JourneyAccessTests(string provider) : JourneysTestBase(provider)
{
    [Fact]
    public async Task GetJourney_ThePatient_ReadsOnlyTheirOwn()
    {
        var own = await OpenAsync(Registrations.Pensioner());
        var stranger = await OpenAsync(Registrations.IllTraveler());
        var patient = Users.PatientWithRecord(own.PatientId);

        var read = await Send(patient, new GetJourney(own.Id));
        var list = await Send(patient, new GetJourneysOfPatients([own.PatientId]));
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new GetJourney(stranger.Id)));

        read.Id.ShouldBe(own.Id);
        list.ShouldHaveSingleItem().Id.ShouldBe(own.Id);
        denied.Message.ShouldBe($"User 'maria' may use ReadJourneysOfPatient only for their own patient record, not for patient {stranger.PatientId}.");
        await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new GetJourneysOfPatients([own.PatientId, stranger.PatientId])));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new GetJourneyTasks([own.Id])));
    }

    [Fact]
    public async Task GetJourney_PartnerAgent_OnlyWhileTheirOrganizationHoldsAGrant()
    {
        var journey = await OpenAsync(Registrations.IllTraveler());
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PartnerAgent, new GetJourney(journey.Id)));

        var grant = await Send(Users.Coordinator, new GrantPartnerAccess(journey.PatientId, Users.PartnerOrganization, "Guarantee of payment", null));
        var whileGranted = await Send(Users.PartnerAgent, new GetJourney(journey.Id));
        await Send(Users.Coordinator, new RevokePartnerAccess(journey.PatientId, grant.Id, grant.Version));

        whileGranted.Id.ShouldBe(journey.Id);
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PartnerAgent, new GetJourney(journey.Id)));
    }

    [Fact]
    public async Task MoveJourneyStage_Finance_IsRefused_ButMayReadTheJourney()
    {
        var journey = await OpenAsync(Registrations.MedicalTourist());
        var finance = PlatformPrincipal.Create("priya", "Priya Raman", [Roles.Finance]);

        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Send(finance, new MoveJourneyStage(journey.Id, journey.Version, JourneyStage.MedicalReview)));
        var read = await Send(finance, new GetJourney(journey.Id));

        denied.Message.ShouldBe("User 'priya' (roles: finance) may not use MoveJourneyStage: it needs one of the roles coordinator, case_manager, clinician.");
        read.Stage.ShouldBe(JourneyStage.Inquiry);
    }
}

public sealed class SqliteJourneyAccessTests() : JourneyAccessTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresJourneyAccessTests() : JourneyAccessTests("Postgres");
