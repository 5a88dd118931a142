using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Records.ClinicalSummary;
using Platform.Records.Content;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.HandBack;
using Platform.Records.Passport;
using Platform.Records.Persistence;

namespace Platform.Records.Features.PrepareHandBackLetter;

/// <summary>
/// When a journey moves to Discharged (told through Journeys' outbox, after its commit), writes the
/// hand-back letter. What it says is read here, outside any Records transaction (Patients and
/// Journeys are asked through their contracts); filing it is one Records command.
/// </summary>
internal sealed class PrepareHandBackLetterOnDischarge(IMediator mediator, RecordsDbContext db, IPassportCareSchedule schedule) : INotificationHandler<JourneyStageChanged>
{
    public async Task Handle(JourneyStageChanged notification, CancellationToken cancellationToken)
    {
        if (notification.To != JourneyStage.Discharged)
        {
            return;
        }

        var journey = await mediator.Send(new GetJourney(notification.JourneyId), cancellationToken);
        var patient = await mediator.Send(new GetPatient(journey.PatientId), cancellationToken);
        var summary = await ClinicalRules.ReadAsync(db, patient.Id, cancellationToken);
        var discharge = await db.DocumentsWithHistory.AsNoTracking()
            .Where(d => d.PatientId == patient.Id && d.Type == DocumentType.DischargeSummary && d.TranslationOfId == null)
            .OrderByDescending(d => d.JourneyId == journey.Id).ThenByDescending(d => d.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var followUp = await schedule.ListFollowUpAsync(patient.Id, journey.Id, cancellationToken);
        var language = PhysicianLanguage.Of(patient.HomePhysician?.Country);
        var html = HandBackLetterHtml.Render(new HandBackLetterContent(
            patient,
            journey,
            notification.At,
            summary?.ToDto(),
            discharge is null ? null : new DischargeSummaryReference(discharge.Id, discharge.Title, discharge.Current.Number, discharge.Current.UploadedAt),
            followUp,
            language));
        await mediator.Send(new FileHandBackLetter(patient.Id, journey.Id, journey.Title, notification.At, language, html), cancellationToken);
    }
}

/// <summary>Files a written hand-back letter as the journey's HandBackLetter document (a new version when it is discharged again).</summary>
[RequiresRole(Roles.System)]
internal sealed record FileHandBackLetter(Guid PatientId, Guid JourneyId, string JourneyTitle, DateTimeOffset DischargedAt, string Language, string Html) : ICommand<Guid>;

internal sealed class FileHandBackLetterHandler(RecordsDbContext db, IDocumentContentStore store, ContentStaging staging, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<FileHandBackLetter, Guid>
{
    public const string ContentType = "text/html";

    public async Task<Guid> Handle(FileHandBackLetter request, CancellationToken cancellationToken)
    {
        var letter = await db.DocumentsWithHistory
            .Where(d => d.JourneyId == request.JourneyId && d.Type == DocumentType.HandBackLetter)
            .OrderBy(d => d.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);

        // Delivery is at least once: a letter already written for this discharge is not written again.
        if (letter is not null && letter.Current.UploadedAt >= request.DischargedAt)
        {
            return letter.Id;
        }

        var now = clock.GetUtcNow();
        var bytes = Encoding.UTF8.GetBytes(request.Html);
        var key = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Guid.CreateVersion7(now):N}");
        staging.Written(key);
        using (var content = new MemoryStream(bytes, writable: false))
        {
            await store.WriteAsync(key, content, cancellationToken);
        }

        var stored = new StoredContent(key, $"hand-back-letter-{request.DischargedAt:yyyyMMdd}.html", ContentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        if (letter is null)
        {
            letter = Document.File(request.PatientId, request.JourneyId, DocumentType.HandBackLetter, $"Hand-back letter: {request.JourneyTitle}", request.Language,
                DocumentSource.Facility, translationOfId: null, recordsRequestId: null, stored, user.UserId, now);
            db.Documents.Add(letter);
        }
        else
        {
            letter.AddVersion(stored, user.UserId, now, $"Discharged again on {request.DischargedAt:yyyy-MM-dd}");
            db.ExpectVersion(letter, letter.Version);
        }

        db.Publish(new JourneyTimelineEvent(request.JourneyId, request.PatientId, "hand-back-prepared",
            $"Hand-back letter for the home physician written ({request.Language}); send it with sendHandBackPackage.", user.UserId, now, RecordsModule.SchemaName), request.JourneyId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return letter.Id;
    }
}
