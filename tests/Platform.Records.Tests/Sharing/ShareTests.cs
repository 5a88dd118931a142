using Platform.Kernel.Auditing;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Patients.Contracts;
using Platform.Records.Contracts;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.Sharing;

/// <summary>Shares: refused without the matching consent, opened by token, ended by expiry or revocation.</summary>
public abstract class ShareTests(string provider) : RecordsTestBase(provider)
{
    private static readonly ShareRecipient _homePhysicianAbroad = new(ShareRecipientKind.HomePhysician, "Dr. Khalid Al-Mansoori", "AE", "k.almansoori@example.ae");
    private static readonly ShareRecipient _specialistHere = new(ShareRecipientKind.SecondOpinionSpecialist, "Dr. Núria Puig", "ES", null);

    [Fact]
    public async Task Share_Abroad_WithoutCrossBorderConsent_IsRefused_EvenWithTreatmentConsent()
    {
        var patient = await RegisterAsync();
        var document = await UploadAsync(patient.Id, DocumentType.DischargeSummary);
        await ConsentAsync(patient, ConsentKind.TreatmentDataSharing);

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => ShareAsync(patient.Id, _homePhysicianAbroad, document.Id));

        refused.Code.ShouldBe("CONSENT_REQUIRED");
        refused.Message.ShouldContain("CrossBorderTransfer");
    }

    [Fact]
    public async Task Share_Here_NeedsTreatmentDataSharingConsent()
    {
        var patient = await RegisterAsync();
        var document = await UploadAsync(patient.Id);
        await ConsentAsync(patient, ConsentKind.CrossBorderTransfer);

        (await Should.ThrowAsync<BusinessRuleException>(() => ShareAsync(patient.Id, _specialistHere, document.Id))).Message.ShouldContain("TreatmentDataSharing");
        await ConsentAsync(await CurrentAsync(patient.Id), ConsentKind.TreatmentDataSharing);
        var created = await ShareAsync(patient.Id, _specialistHere, document.Id);

        created.Share.ConsentBasis.ShouldStartWith("TreatmentDataSharing granted");
    }

    [Fact]
    public async Task Share_AfterConsentIsWithdrawn_IsRefused()
    {
        var patient = await RegisterAsync();
        var document = await UploadAsync(patient.Id);
        patient = await ConsentAsync(patient, ConsentKind.CrossBorderTransfer);
        await ConsentAsync(patient, ConsentKind.CrossBorderTransfer, ConsentDecision.Withdrawn);

        (await Should.ThrowAsync<BusinessRuleException>(() => ShareAsync(patient.Id, _homePhysicianAbroad, document.Id))).Message.ShouldContain("last decision: Withdrawn");
    }

    [Fact]
    public async Task Token_OpensTheSharedDocuments_UntilItExpires_AndEveryUseIsAudited()
    {
        var patient = await RegisterAsync();
        var summary = await UploadAsync(patient.Id, DocumentType.DischargeSummary, Files.Pdf("summary"));
        var notShared = await UploadAsync(patient.Id, DocumentType.Invoice);
        await ConsentAsync(patient, ConsentKind.CrossBorderTransfer);
        var created = await ShareAsync(patient.Id, _homePhysicianAbroad, summary.Id, TimeSpan.FromDays(7));

        var package = await Send(Users.Marketing, new OpenShare(created.Token));
        await using (var download = await Send(Users.Marketing, new OpenSharedDocument(created.Token, summary.Id)))
        {
            download.Version.Sha256.ShouldBe(summary.Current.Sha256);
        }

        await Should.ThrowAsync<NotFoundException>(() => Send(Users.Marketing, new OpenSharedDocument(created.Token, notShared.Id)));
        Clock.Advance(TimeSpan.FromDays(8));
        var expired = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Marketing, new OpenShare(created.Token)));

        package.Documents.ShouldHaveSingleItem().Id.ShouldBe(summary.Id);
        expired.Code.ShouldBe("SHARE_CLOSED");
        expired.Message.ShouldContain("expired");
        var uses = Platform.Audit.Records.Where(r => r.UserId == $"share:{created.Share.Id}").Select(r => (r.Action, r.Outcome)).ToList();
        uses.ShouldBe([("read", AuditOutcome.Succeeded), ("download", AuditOutcome.Succeeded), ("read", AuditOutcome.Denied)]);
    }

    [Fact]
    public async Task RevokedShare_OpensNothing()
    {
        var patient = await RegisterAsync();
        var document = await UploadAsync(patient.Id);
        await ConsentAsync(patient, ConsentKind.CrossBorderTransfer);
        var created = await ShareAsync(patient.Id, _homePhysicianAbroad, document.Id);

        var revoked = await Send(Users.CaseManager, new RevokeShare(patient.Id, created.Share.Id, created.Share.Version, "Sent to the wrong physician"));

        revoked.Status.ShouldBe(ShareStatus.Revoked);
        (await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Marketing, new OpenSharedDocument(created.Token, document.Id)))).Message.ShouldContain("revoked");
        await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.CaseManager, new RevokeShare(patient.Id, created.Share.Id, revoked.Version)));
    }

    [Fact]
    public async Task UnknownToken_IsNotFound()
    {
        await Should.ThrowAsync<NotFoundException>(() => Send(Users.Marketing, new OpenShare("not-a-token")));
    }

    [Fact]
    public async Task Share_OfAnotherPatientsDocument_OrTooLong_IsRefused()
    {
        var patient = await RegisterAsync();
        var other = await RegisterAsync(Registrations.Pensioner());
        var theirs = await UploadAsync(other.Id);
        await ConsentAsync(patient, ConsentKind.CrossBorderTransfer);

        var notTheirs = await Should.ThrowAsync<ValidationException>(() => ShareAsync(patient.Id, _homePhysicianAbroad, theirs.Id));
        var tooLong = await Should.ThrowAsync<ValidationException>(() => ShareAsync(patient.Id, _homePhysicianAbroad, theirs.Id, TimeSpan.FromDays(365)));

        notTheirs.Errors.ShouldHaveSingleItem().Field.ShouldBe("documentIds");
        tooLong.Errors.ShouldHaveSingleItem().Field.ShouldBe("expiresAt");
    }

    private Task<CreatedShare> ShareAsync(Guid patientId, ShareRecipient recipient, Guid documentId, TimeSpan? lasting = null) =>
        Send(Users.Coordinator, new ShareDocuments(patientId, recipient, [documentId], Clock.GetUtcNow() + (lasting ?? TimeSpan.FromDays(14))));

    private async Task<PatientDto> ConsentAsync(PatientDto patient, ConsentKind kind, ConsentDecision decision = ConsentDecision.Granted) =>
        await Send(Users.Coordinator, new RecordConsent(patient.Id, patient.Version, kind, decision, ConsentChannel.SignedForm, null, null));

    private Task<PatientDto> CurrentAsync(Guid patientId) => Send(Users.Coordinator, new GetPatient(patientId));
}

public sealed class SqliteShareTests() : ShareTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresShareTests() : ShareTests("Postgres");
