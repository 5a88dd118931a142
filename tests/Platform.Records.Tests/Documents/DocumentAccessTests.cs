using Platform.Identity.Contracts;
using Platform.Kernel.Auditing;
using Platform.Kernel.Security;
using Platform.Records.Contracts;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.Documents;

/// <summary>Who reads which documents: care staff all, patients their own, finance invoices, partners with a grant their types.</summary>
public abstract class DocumentAccessTests(string provider) : RecordsTestBase(provider)
{
    private static readonly System.Security.Claims.ClaimsPrincipal _finance = PlatformPrincipal.Create("priya", "Priya Raman", [Roles.Finance]);

    [Fact]
    public async Task CareStaff_ReadEveryDocument()
    {
        var patient = await RegisterAsync();
        var labs = await UploadAsync(patient.Id, DocumentType.LabResults);

        foreach (var user in new[] { Users.Coordinator, Users.CaseManager, Users.Clinician })
        {
            (await Send(user, new GetDocument(labs.Id))).Id.ShouldBe(labs.Id);
        }
    }

    [Fact]
    public async Task Patient_ReadsAndUploadsTheirOwn_ButNotAnotherPatients()
    {
        var own = await RegisterAsync();
        var other = await RegisterAsync(Registrations.IllTraveler());
        var patient = Users.PatientWithRecord(own.Id);
        var theirs = await UploadAsync(other.Id);

        var uploaded = await Send(patient, new UploadDocument(own.Id, DocumentType.PassportCopy, "My passport", "en", DocumentSource.Patient, Files.Content(Files.Png(), "image/png", "passport.png")));

        (await DownloadAsync(patient, uploaded.Id)).ShouldBe(Files.Png());
        var refused = await Should.ThrowAsync<AccessDeniedException>(() => DownloadAsync(patient, theirs.Id));
        refused.Message.ShouldContain("only documents of their own record");
        var denied = Platform.Audit.Last;
        (denied.Request, denied.Outcome).ShouldBe(("OpenDocumentContent", AuditOutcome.Denied));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(patient,
            new UploadDocument(other.Id, DocumentType.PassportCopy, "Not mine", "en", DocumentSource.Patient, Files.Content(Files.Png(), "image/png"))));
    }

    [Fact]
    public async Task Finance_ReadsInvoicesOnly()
    {
        var patient = await RegisterAsync();
        var invoice = await UploadAsync(patient.Id, DocumentType.Invoice);
        var labs = await UploadAsync(patient.Id, DocumentType.LabResults);

        (await DownloadAsync(_finance, invoice.Id)).ShouldNotBeEmpty();
        (await Should.ThrowAsync<AccessDeniedException>(() => Send(_finance, new GetDocument(labs.Id)))).Message.ShouldContain("finance staff may read only invoices");
        var listed = await Send(_finance, new ListPatientsDocuments([patient.Id]));
        listed[patient.Id].Items.Select(i => i.Document.Id).ShouldBe([invoice.Id]);
    }

    [Fact]
    public async Task PartnerAgent_WithAGrant_ReadsCoordinationDocumentsOnly_AndWithoutOneNothing()
    {
        var patient = await RegisterAsync();
        var passport = await UploadAsync(patient.Id, DocumentType.PassportCopy, Files.Png(), "image/png");
        var labs = await UploadAsync(patient.Id, DocumentType.LabResults);

        (await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PartnerAgent, new GetDocument(passport.Id)))).Message.ShouldContain("no active grant");
        await Send(Users.Coordinator, new GrantPartnerAccess(patient.Id, Users.PartnerOrganization, "Visa and travel coordination", null));

        (await Send(Users.PartnerAgent, new GetDocument(passport.Id))).Type.ShouldBe(DocumentType.PassportCopy);
        (await Should.ThrowAsync<AccessDeniedException>(() => DownloadAsync(Users.PartnerAgent, labs.Id))).Message.ShouldContain("partner agents may read only");
        var listed = await Send(Users.PartnerAgent, new ListPatientsDocuments([patient.Id]));
        listed[patient.Id].Items.Select(i => i.Document.Id).ShouldBe([passport.Id]);
    }

    [Fact]
    public async Task Marketing_MayNotReadDocuments()
    {
        var patient = await RegisterAsync();
        var document = await UploadAsync(patient.Id);

        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.Marketing, new GetDocument(document.Id)));
    }

    [Fact]
    public async Task ListingSeveralPatients_PagesEachNewestFirst()
    {
        var first = await RegisterAsync();
        var second = await RegisterAsync(Registrations.Pensioner());
        var a1 = await UploadAsync(first.Id, DocumentType.ReferralLetter);
        var a2 = await UploadAsync(first.Id, DocumentType.LabResults);
        var a3 = await UploadAsync(first.Id, DocumentType.ImagingReport);
        var b1 = await UploadAsync(second.Id);

        var pages = await Send(Users.Coordinator, new ListPatientsDocuments([first.Id, second.Id], First: 2));
        var next = await Send(Users.Coordinator, new ListPatientsDocuments([first.Id], First: 2, After: pages[first.Id].Items[^1].Cursor));

        pages[first.Id].Items.Select(i => i.Document.Id).ShouldBe([a3.Id, a2.Id]);
        (pages[first.Id].HasNextPage, pages[first.Id].TotalCount).ShouldBe((true, 3));
        pages[second.Id].Items.Select(i => i.Document.Id).ShouldBe([b1.Id]);
        next[first.Id].Items.Select(i => i.Document.Id).ShouldBe([a1.Id]);
        next[first.Id].HasNextPage.ShouldBeFalse();
    }
}

public sealed class SqliteDocumentAccessTests() : DocumentAccessTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresDocumentAccessTests() : DocumentAccessTests("Postgres");
