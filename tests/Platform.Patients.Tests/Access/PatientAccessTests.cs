using Platform.Identity.Contracts;
using Platform.Kernel.Auditing;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Access;

public abstract class PatientAccessTests(string provider) : PatientsTestBase(provider)
{
    [Fact]
    public async Task GetPatient_ThePatient_ReadsOnlyTheirOwnRecord()
    {
        var own = await RegisterAsync(Registrations.Pensioner());
        var stranger = await RegisterAsync(Registrations.IllTraveler());
        var patient = Users.PatientWithRecord(own.Id);

        var read = await Send(patient, new GetPatient(own.Id));
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Send(patient, new GetPatient(stranger.Id)));

        read.Identity.FamilyName.ShouldBe("Lindqvist");
        denied.Message.ShouldBe($"User 'maria' may use GetPatient only for their own patient record, not for patient {stranger.Id}.");
        (Platform.Audit.Last.Request, Platform.Audit.Last.ResourceId, Platform.Audit.Last.Outcome).ShouldBe(("GetPatient", stranger.Id.ToString(), AuditOutcome.Denied));
    }

    [Fact]
    public async Task GetPatient_PartnerAgent_ReadsOnlyWhileTheirOrganizationHoldsAGrant()
    {
        var patient = await RegisterAsync(Registrations.IllTraveler());
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PartnerAgent, new GetPatient(patient.Id)));

        var grant = await Send(Users.Coordinator, new GrantPartnerAccess(patient.Id, Users.PartnerOrganization, "Guarantee of payment", null));
        var whileGranted = await Send(Users.PartnerAgent, new GetPatient(patient.Id));
        await Send(Users.Coordinator, new RevokePartnerAccess(patient.Id, grant.Id, grant.Version));

        whileGranted.Id.ShouldBe(patient.Id);
        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PartnerAgent, new GetPatient(patient.Id)));
        denied.Message.ShouldBe($"User 'kenji' acts for organization {Users.PartnerOrganization}, which was not granted access to patient {patient.Id} (GetPatient).");
    }

    [Fact]
    public async Task GetPatient_ByStaff_IsAuditedAsAReadOfThatPatient()
    {
        var patient = await RegisterAsync(Registrations.Expatriate());

        await Send(Users.Clinician, new GetPatient(patient.Id));

        var entry = Platform.Audit.Last;
        (entry.UserId, entry.Action, entry.Request, entry.ResourceType, entry.ResourceId, entry.Outcome)
            .ShouldBe(("lena", "read", "GetPatient", "Patient", patient.Id.ToString(), AuditOutcome.Succeeded));
    }

    [Fact]
    public async Task UpdateContactDetails_ByAClinician_IsRefused()
    {
        var patient = await RegisterAsync(Registrations.Expatriate());

        var denied = await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Clinician, new UpdateContactDetails(patient.Id, 1, patient.Contacts)));

        denied.Message.ShouldBe("User 'lena' (roles: clinician) may not use UpdateContactDetails: it needs one of the roles coordinator, case_manager.");
    }

    [Fact]
    public async Task Marketing_SeesOnlyTheMarketingAndTestimonialConsents()
    {
        var patient = await RegisterAsync(Registrations.MedicalTourist());
        await Send(Users.Coordinator, new RecordConsent(patient.Id, 1, ConsentKind.Testimonials, ConsentDecision.Granted, ConsentChannel.SignedForm, null, "Video story"));

        var consent = await Send(Users.Marketing, new GetMarketingConsent(patient.Id));

        (consent.Marketing.Granted, consent.Testimonials.Granted, consent.Testimonials.LastDecision).ShouldBe((false, true, ConsentDecision.Granted));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Marketing, new GetPatient(patient.Id)));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Marketing, new GetConsentHistory(patient.Id)));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Marketing, new SearchPatients()));
        Platform.Audit.Records.Count(r => r.UserId == "sofia" && r.Outcome == AuditOutcome.Denied).ShouldBe(3);
    }

    [Fact]
    public async Task RecordConsent_ThePatient_ForSomeoneElse_IsRefused()
    {
        var own = await RegisterAsync(Registrations.Pensioner());
        var stranger = await RegisterAsync(Registrations.IllTraveler());

        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PatientWithRecord(own.Id),
            new RecordConsent(stranger.Id, 1, ConsentKind.Marketing, ConsentDecision.Withdrawn, ConsentChannel.Portal, null, null)));

        (await Send(Users.Coordinator, new GetConsentHistory(stranger.Id))).Records.ShouldBeEmpty();
    }
}

public sealed class SqlitePatientAccessTests() : PatientAccessTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresPatientAccessTests() : PatientAccessTests("Postgres");
