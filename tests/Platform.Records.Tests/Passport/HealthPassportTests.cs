using System.IO.Compression;
using System.Text;
using Platform.Kernel.Auditing;
using Platform.Kernel.Security;
using Platform.Records.Contracts;
using Platform.Records.Tests.ClinicalSummary;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.Passport;

/// <summary>The passport through MediatR on a real database: what it gathers, the ZIP's files, access and audit.</summary>
public abstract class HealthPassportTests(string provider) : RecordsTestBase(provider)
{
    [Fact]
    public async Task Zip_HoldsThePage_AndTheLatestVersionOfEachLetter_AuditingEveryFile()
    {
        var patient = await RegisterAsync();
        await Send(ClinicalSummaryTests.Clinician, new RecordAllergy(patient.Id, null, null, "Penicillin", "Hives", AllergySeverity.Severe));
        var invitation = await UploadAsync(patient.Id, DocumentType.InvitationLetter, Files.Pdf("invitation v1"));
        await Send(Users.Coordinator, new UploadDocumentVersion(patient.Id, invitation.Id, invitation.Version, Files.Content(Files.Pdf("invitation v2"), "application/pdf", "invitation.pdf")));
        var discharge = await UploadAsync(patient.Id, DocumentType.DischargeSummary, Files.Pdf("discharge"));
        await UploadAsync(patient.Id, DocumentType.LabResults);

        await using var file = await Send(Users.Coordinator, new GetHealthPassport(patient.Id, HealthPassportFormat.Zip));
        using var zip = new ZipArchive(file.Content, ZipArchiveMode.Read);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        (file.FileName, file.ContentType).ShouldBe(("health-passport-Al-Mansouri-" + Clock.GetUtcNow().ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + ".zip", "application/zip"));
        entries.ShouldBe(["index.html", "documents/01-file.pdf", "documents/02-invitation.pdf"]);
        ReadEntry(zip, "documents/01-file.pdf").ShouldContain("% discharge");
        ReadEntry(zip, "documents/02-invitation.pdf").ShouldContain("% invitation v2");
        var html = ReadEntry(zip, "index.html");
        html.ShouldContain("<a href=\"documents/02-invitation.pdf\">invitation.pdf</a>");
        html.ShouldContain("Penicillin");
        html.ShouldContain("AL-MANSOURI, Fatima");
        html.ShouldNotContain("LAB_RESULTS", Case.Insensitive);
        var downloads = Platform.Audit.Records.Where(r => r.Action == "download" && r.Request == nameof(GetHealthPassport)).Select(r => r.ResourceId).ToList();
        downloads.ShouldBe([discharge.Id.ToString(), invitation.Id.ToString()], ignoreOrder: true);
        Platform.Audit.Records.ShouldContain(r => r.Request == nameof(GetHealthPassport) && r.ResourceType == "HealthPassport" && r.Outcome == AuditOutcome.Succeeded);
    }

    [Fact]
    public async Task Describe_ListsTheSections_AndSaysWhatIsNotRecorded()
    {
        var patient = await RegisterAsync();
        await UploadAsync(patient.Id, DocumentType.DischargeSummary);

        var passport = await Send(Users.Coordinator, new DescribeHealthPassport(patient.Id));

        (passport.Language, passport.LanguageSupported).ShouldBe(("ar", true));
        passport.HtmlUrl.ShouldBe($"/records/patients/{patient.Id}/health-passport?format=html");
        passport.Sections.Select(s => (s.Key, s.Items)).ShouldBe(
            [("identity", 1), ("emergencyContacts", 0), ("allergies", 0), ("diagnoses", 0), ("medications", 0), ("appointments", 0), ("followUp", 0), ("documents", 1)]);
        passport.Documents.ShouldHaveSingleItem().Type.ShouldBe(DocumentType.DischargeSummary);
    }

    [Fact]
    public async Task APatient_GetsTheirOwn_NotAnothers_AndRefusalsAreAudited()
    {
        var patient = await RegisterAsync();
        var own = PlatformPrincipal.Create("fatima", "Fatima Al-Mansouri", [Roles.Patient], patientId: patient.Id);

        await using var mine = await Send(own, new GetHealthPassport(patient.Id));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PatientWithRecord(Guid.NewGuid()), new GetHealthPassport(patient.Id)));
        await Should.ThrowAsync<AccessDeniedException>(() => Send(Users.PartnerAgent, new GetHealthPassport(patient.Id)));

        mine.ContentType.ShouldBe("text/html; charset=utf-8");
        Platform.Audit.Records.Count(r => r.Request == nameof(GetHealthPassport) && r.Outcome == AuditOutcome.Denied).ShouldBe(2);
    }

    private static string ReadEntry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

public sealed class SqliteHealthPassportTests() : HealthPassportTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresHealthPassportTests() : HealthPassportTests("Postgres");
