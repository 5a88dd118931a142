using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Auditing;
using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Persistence;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.Documents;

/// <summary>Filing documents: what is stored, versions, and what is refused with nothing stored.</summary>
public abstract class DocumentTests(string provider) : RecordsTestBase(provider)
{
    [Fact]
    public async Task Upload_StoresTheBytesWithTheirChecksum_AndTheDownloadIsAudited()
    {
        var patient = await RegisterAsync();
        var bytes = Files.Pdf("Cardiology referral");

        var document = await UploadAsync(patient.Id, DocumentType.ReferralLetter, bytes);

        document.Versions.Count.ShouldBe(1);
        document.Current.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        document.Current.Size.ShouldBe(bytes.Length);
        document.Current.ContentType.ShouldBe("application/pdf");
        document.Language.ShouldBe("en");
        (await DownloadAsync(Users.Clinician, document.Id)).ShouldBe(bytes);
        var entry = Platform.Audit.Records.Last(r => r.Action == "download");
        (entry.UserId, entry.ResourceType, entry.ResourceId, entry.Outcome).ShouldBe(("lena", "Document", document.Id.ToString(), AuditOutcome.Succeeded));
        entry.Detail!.ShouldContain(document.Current.Sha256);
        Platform.StoredFiles().Count.ShouldBe(1);
    }

    [Fact]
    public async Task NewVersion_KeepsThePreviousOnes_ReadableByNumber()
    {
        var patient = await RegisterAsync();
        var first = await UploadAsync(patient.Id, DocumentType.LabResults, Files.Text("HbA1c 7.9%"), "text/plain");

        var second = await Send(Users.Clinician, new UploadDocumentVersion(patient.Id, first.Id, first.Version, Files.Content(Files.Text("HbA1c 7.1% (corrected)"), "text/plain; charset=utf-8", "labs.txt"), "Corrected by the lab"));

        second.Versions.Select(v => v.Number).ShouldBe([1, 2]);
        second.Current.Note.ShouldBe("Corrected by the lab");
        (await DownloadAsync(Users.Coordinator, first.Id, 1)).ShouldBe(Files.Text("HbA1c 7.9%"));
        (await DownloadAsync(Users.Coordinator, first.Id)).ShouldBe(Files.Text("HbA1c 7.1% (corrected)"));
        Platform.StoredFiles().Count.ShouldBe(2);
    }

    [Fact]
    public async Task NewVersion_FromAStaleVersion_IsRefused_AndStoresNothing()
    {
        var patient = await RegisterAsync();
        var document = await UploadAsync(patient.Id);
        await Send(Users.Coordinator, new UploadDocumentVersion(patient.Id, document.Id, document.Version, Files.Content(Files.Pdf("v2"), "application/pdf")));

        await Should.ThrowAsync<Kernel.Persistence.ConcurrencyConflictException>(() =>
            Send(Users.Coordinator, new UploadDocumentVersion(patient.Id, document.Id, document.Version, Files.Content(Files.Pdf("v2 again"), "application/pdf"))));

        Platform.StoredFiles().Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("image/png", "a PDF document (application/pdf)")]
    [InlineData("text/plain", "a PDF document (application/pdf)")]
    [InlineData("application/dicom", "a PDF document (application/pdf)")]
    public async Task DeclaredType_ThatTheBytesContradict_IsRefused_NamingBoth(string declared, string actual)
    {
        var patient = await RegisterAsync();

        var refused = await Should.ThrowAsync<ValidationException>(() => UploadAsync(patient.Id, bytes: Files.Pdf(), contentType: declared));

        var error = refused.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("content.contentType");
        error.Message.ShouldContain($"says {declared}");
        error.Message.ShouldContain(actual);
        await ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task EveryAcceptedType_IsRecognisedByItsBytes()
    {
        var patient = await RegisterAsync();

        await UploadAsync(patient.Id, DocumentType.Images, Files.Png(), "image/png");
        await UploadAsync(patient.Id, DocumentType.Images, Files.Dicom(), "application/dicom");
        await UploadAsync(patient.Id, DocumentType.Images, [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "image/jpg");
        await UploadAsync(patient.Id, DocumentType.Images, [0x49, 0x49, 0x2A, 0, 8, 0, 0, 0], "image/tiff");
        var text = await UploadAsync(patient.Id, DocumentType.Other, Files.Text("Médecin traitant: Dr. Dupont — خطاب"), "text/plain");

        text.Current.ContentType.ShouldBe("text/plain");
        Platform.StoredFiles().Count.ShouldBe(5);
    }

    [Fact]
    public async Task BinaryBytes_DeclaredAsText_AreRefused()
    {
        var patient = await RegisterAsync();

        var refused = await Should.ThrowAsync<ValidationException>(() => UploadAsync(patient.Id, bytes: [0x00, 0x01, 0xFE, 0xFF, 0x80], contentType: "text/plain"));

        refused.Errors.ShouldHaveSingleItem().Message.ShouldContain("binary data of no accepted type");
        await ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task UnacceptedType_IsRefused_ListingTheAcceptedOnes()
    {
        var patient = await RegisterAsync();

        var refused = await Should.ThrowAsync<ValidationException>(() => UploadAsync(patient.Id, bytes: [0x50, 0x4B, 3, 4], contentType: "application/zip"));

        var error = refused.Errors.ShouldHaveSingleItem();
        (error.Field, error.AttemptedValue).ShouldBe(("content.contentType", "application/zip"));
        error.Message.ShouldContain("application/pdf, image/png, image/jpeg, image/tiff, application/dicom, text/plain");
    }

    [Fact]
    public async Task Eicar_IsRefusedByTheScanner_AndNothingIsStored()
    {
        var patient = await RegisterAsync();

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => UploadAsync(patient.Id, bytes: Files.Text(Files.Eicar), contentType: "text/plain"));

        refused.Code.ShouldBe("CONTENT_REFUSED_BY_SCANNER");
        refused.Message.ShouldContain("EICAR");
        await ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task File_OverTheSizeLimit_IsRefused_AndNothingIsStored()
    {
        var patient = await RegisterAsync();
        var big = Files.Text(new string('a', (int)RecordsPlatform.MaxDocumentBytes + 1));

        var refused = await Should.ThrowAsync<ValidationException>(() => UploadAsync(patient.Id, bytes: big, contentType: "text/plain"));

        var error = refused.Errors.ShouldHaveSingleItem();
        (error.Field, error.Rule).ShouldBe(("content", "MaxSize"));
        error.Message.ShouldContain($"at most {RecordsPlatform.MaxDocumentBytes} bytes");
        await ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task Upload_ThatFailsAfterTheBytesWereStored_LeavesNoFileBehind()
    {
        var patient = await RegisterAsync();
        var original = await UploadAsync(patient.Id, DocumentType.DischargeSummary);

        // Not sent for translation: refused after the translation's bytes were checked and written.
        var refused = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Coordinator,
            new UploadDocument(patient.Id, DocumentType.DischargeSummary, "Alta (traducción)", "es", DocumentSource.Partner, Files.Content(Files.Pdf("es"), "application/pdf"), TranslationOfId: original.Id)));

        refused.Code.ShouldBe("TRANSLATION_NOT_SENT");
        Platform.StoredFiles().Count.ShouldBe(1);
        (await Platform.WithContext<RecordsDbContext, int>(db => db.Documents.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task Upload_ForAnUnknownPatient_IsNotFound()
    {
        await Should.ThrowAsync<NotFoundException>(() => UploadAsync(Guid.NewGuid()));

        await ShouldHoldNothingAsync();
    }

    [Fact]
    public async Task Upload_WithBrokenMetadata_NamesEveryField()
    {
        var patient = await RegisterAsync();

        var refused = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator,
            new UploadDocument(patient.Id, (DocumentType)99, " ", "english!", DocumentSource.Facility, Files.Content(Files.Pdf(), "application/pdf"))));

        refused.Errors.Select(e => e.Field).ShouldBe(["type", "title", "language"], ignoreOrder: true);
    }

    [Fact]
    public async Task Translation_SentByHand_IsLinkedToItsOriginal_WhenUploaded()
    {
        var patient = await RegisterAsync();
        var original = await UploadAsync(patient.Id, DocumentType.DischargeSummary);
        var dueOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(5);

        var sent = await Send(Users.Coordinator, new SendDocumentForTranslation(patient.Id, original.Id, original.Version, "ar-AE", Certified: true, dueOn, "Gulf Translations"));
        var translation = await Send(Users.Coordinator,
            new UploadDocument(patient.Id, DocumentType.DischargeSummary, "Discharge summary (Arabic)", "ar-AE", DocumentSource.Partner, Files.Content(Files.Pdf("ar"), "application/pdf"), TranslationOfId: original.Id));

        var job = sent.Translations.ShouldHaveSingleItem();
        (job.TargetLanguage, job.Certified, job.Status, job.Channel).ShouldBe(("ar-AE", true, TranslationStatus.Sent, "manual"));
        translation.TranslationOfId.ShouldBe(original.Id);
        var linked = (await Send(Users.Clinician, new GetDocument(original.Id))).Translations.ShouldHaveSingleItem();
        (linked.Status, linked.TranslationDocumentId).ShouldBe((TranslationStatus.Completed, translation.Id));
    }

    [Fact]
    public async Task Translation_IntoTheSameLanguageTwiceWhileOpen_IsRefused()
    {
        var patient = await RegisterAsync();
        var original = await UploadAsync(patient.Id);
        var dueOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(5);
        var sent = await Send(Users.Coordinator, new SendDocumentForTranslation(patient.Id, original.Id, original.Version, "de", false, dueOn));

        var refused = await Should.ThrowAsync<BusinessRuleException>(() =>
            Send(Users.Coordinator, new SendDocumentForTranslation(patient.Id, original.Id, sent.Version, "de", true, dueOn)));

        refused.Code.ShouldBe("TRANSLATION_ALREADY_SENT");
    }

    private async Task ShouldHoldNothingAsync()
    {
        Platform.StoredFiles().ShouldBeEmpty();
        (await Platform.WithContext<RecordsDbContext, int>(db => db.Documents.CountAsync())).ShouldBe(0);
        var incoming = Path.Combine(Platform.ContentRoot, ".incoming");
        (Directory.Exists(incoming) ? Directory.EnumerateFiles(incoming) : []).ShouldBeEmpty();
    }
}

public sealed class SqliteDocumentTests() : DocumentTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresDocumentTests() : DocumentTests("Postgres");
