using Platform.Kernel.Messaging;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.Requests;

/// <summary>Asking a home-country provider for records, chasing them, and filing what arrives.</summary>
public abstract class RecordsRequestTests(string provider) : RecordsTestBase(provider)
{
    private static readonly RecordsProvider _provider = new("Cleveland Clinic Abu Dhabi", "AE", "records@example.ae", "+971 2 659 0200");

    [Fact]
    public async Task Request_IsChased_ThenFiledPartlyThenWholly()
    {
        var patient = await RegisterAsync();
        var requested = await RequestAsync(patient.Id);

        (await DueAsync()).ShouldBeEmpty();
        Clock.Advance(TimeSpan.FromDays(8));
        (await DueAsync()).ShouldBe([requested.Id]);

        var reminded = await Send(Users.Coordinator, new RemindRecordsRequest(patient.Id, requested.Id, requested.Version, "Called the records office"));
        (await DueAsync()).ShouldBeEmpty();
        var partial = await Send(Users.CaseManager, new RecordRecordsReceived(patient.Id, requested.Id, reminded.Version, DocumentType.LabResults, "Labs 2026", "en",
            Files.Content(Files.Pdf("labs"), "application/pdf", "labs.pdf"), Complete: false));
        var complete = await Send(Users.CaseManager, new RecordRecordsReceived(patient.Id, requested.Id, partial.Request.Version, DocumentType.ImagingReport, "MRI report", "ar",
            Files.Content(Files.Pdf("mri"), "application/pdf", "mri.pdf"), Complete: true));

        (reminded.Status, reminded.Reminders).ShouldBe((RecordsRequestStatus.Reminded, 1));
        partial.Request.Status.ShouldBe(RecordsRequestStatus.PartiallyReceived);
        (partial.Document.Source, partial.Document.RecordsRequestId).ShouldBe((DocumentSource.HomeProvider, requested.Id));
        complete.Request.Status.ShouldBe(RecordsRequestStatus.Received);
        complete.Request.ReceivedDocumentIds.ShouldBe([partial.Document.Id, complete.Document.Id]);
        complete.Request.NextReminderAt.ShouldBeNull();
        Clock.Advance(TimeSpan.FromDays(30));
        (await DueAsync()).ShouldBeEmpty();
        (await Send(Users.Clinician, new ListRecordsRequests(patient.Id))).ShouldHaveSingleItem().Status.ShouldBe(RecordsRequestStatus.Received);
    }

    [Fact]
    public async Task ClosedRequest_ReceivesNothingMore_AndStoresNothing()
    {
        var patient = await RegisterAsync();
        var requested = await RequestAsync(patient.Id);
        var cancelled = await Send(Users.Coordinator, new CancelRecordsRequest(patient.Id, requested.Id, requested.Version, "Patient brought the records in person"));

        var refused = await Should.ThrowAsync<BusinessRuleException>(() => Send(Users.Coordinator, new RecordRecordsReceived(patient.Id, requested.Id, cancelled.Version,
            DocumentType.LabResults, "Late labs", "en", Files.Content(Files.Pdf(), "application/pdf"), Complete: true)));

        refused.Code.ShouldBe("RECORDS_REQUEST_CLOSED");
        Platform.StoredFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Request_WithBrokenFields_NamesEachOne()
    {
        var patient = await RegisterAsync();
        var yesterday = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(-1);

        var refused = await Should.ThrowAsync<ValidationException>(() => Send(Users.Coordinator,
            new RequestRecords(patient.Id, new RecordsProvider("", "Atlantis", "not-an-email", null), "", [], yesterday)));

        refused.Errors.Select(e => e.Field).ShouldBe(["provider.name", "provider.country", "provider.email", "requested", "dueBy"], ignoreOrder: true);
    }

    private Task<RecordsRequestDto> RequestAsync(Guid patientId) => Send(Users.Coordinator, new RequestRecords(patientId, _provider,
        "Cardiology notes, echocardiograms and lab results since 2024", [DocumentType.LabResults, DocumentType.ImagingReport],
        DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(21)));

    private async Task<IReadOnlyList<Guid>> DueAsync() =>
        [.. (await Send(Users.Coordinator, new ListRecordsRequests(RemindersDueOnly: true))).Select(r => r.Id)];
}

public sealed class SqliteRecordsRequestTests() : RecordsRequestTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresRecordsRequestTests() : RecordsRequestTests("Postgres");
