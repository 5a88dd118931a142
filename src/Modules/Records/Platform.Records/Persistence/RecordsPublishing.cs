using Platform.Journeys.Contracts;
using Platform.Records.Contracts;
using Platform.Records.Documents;

namespace Platform.Records.Persistence;

/// <summary>What Records tells through its outbox when documents are filed and translations move; keyed by patient so a patient's events stay in order.</summary>
internal static class RecordsPublishing
{
    public static string PatientKey(Guid patientId) => $"patient:{patientId}";

    public static void PublishDocumentAdded(this RecordsDbContext db, Document document, DocumentVersion version) =>
        db.Publish(
            new DocumentAdded(document.Id, document.PatientId, version.Number, document.Type, document.Title, document.TranslationOfId, version.UploadedBy, version.UploadedAt),
            PatientKey(document.PatientId));

    public static void PublishTranslationChanged(this RecordsDbContext db, Document original, TranslationJob job, DateTimeOffset now) =>
        db.Publish(new TranslationChanged(job.Id, original.Id, original.PatientId, job.Status, job.Channel, now), PatientKey(original.PatientId));

    public static void PublishOnTimeline(this RecordsDbContext db, Document document, string kind, string summary, string actor, DateTimeOffset now) =>
        db.Publish(new JourneyTimelineEvent(document.JourneyId, document.PatientId, kind, summary, actor, now, RecordsModule.SchemaName), PatientKey(document.PatientId));
}
