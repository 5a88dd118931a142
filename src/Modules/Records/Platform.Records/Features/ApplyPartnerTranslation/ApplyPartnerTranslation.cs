using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Partners.Contracts;
using Platform.Records.Content;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;

namespace Platform.Records.Features.ApplyPartnerTranslation;

/// <summary>Moves the job an agency reported on; a delivery files the translation as a new document linked to its original.</summary>
[RequiresRole(Roles.System)]
internal sealed record ApplyPartnerTranslation(string PartnerId, PartnerTranslationJobDto Job) : ICommand<bool>;

/// <summary>An agency's report arrives from Partners (plugin or webhook) as the platform itself.</summary>
internal sealed class PartnerTranslationChangedHandler(IMediator mediator) : INotificationHandler<PartnerTranslationChanged>
{
    public async Task Handle(PartnerTranslationChanged notification, CancellationToken cancellationToken) =>
        await mediator.Send(new ApplyPartnerTranslation(notification.PartnerId, notification.Job), cancellationToken);
}

/// <summary>
/// Applies a report once: a late or repeated report leaves a closed job as it is. The delivered file goes
/// through the same intake as an upload (type against bytes, virus scan); a file the intake refuses
/// closes the job as failed with the reason, and nothing of it is stored.
/// </summary>
internal sealed partial class ApplyPartnerTranslationHandler(RecordsDbContext db, UploadIntake intake, TimeProvider clock, ILogger<ApplyPartnerTranslationHandler> logger)
    : IRequestHandler<ApplyPartnerTranslation, bool>
{
    public async Task<bool> Handle(ApplyPartnerTranslation request, CancellationToken cancellationToken)
    {
        var reference = request.Job.JobReference;
        var original = await db.DocumentsWithHistory
            .SingleOrDefaultAsync(d => d.Translations.Any(t => t.Channel == request.PartnerId && t.PartnerReference == reference), cancellationToken);
        var job = original?.Translations.Single(t => t.Channel == request.PartnerId && t.PartnerReference == reference);
        if (original is null || job is null)
        {
            // Reported before the order's answer was recorded: the order handler asks the agency once after recording it.
            LogUnknown(logger, request.PartnerId, reference, request.Job.State);
            return false;
        }

        if (!job.IsOpen)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var changed = request.Job.State switch
        {
            PartnerTranslationState.InProgress => job.Started(request.Job.Note),
            PartnerTranslationState.Delivered => await DeliverAsync(original, job, request, now, cancellationToken),
            PartnerTranslationState.Rejected => Close(job, TranslationStatus.Declined, $"{request.PartnerId} rejected the job: {request.Job.Note ?? "no reason given"}", now),
            PartnerTranslationState.Cancelled => Close(job, TranslationStatus.Cancelled, $"{request.PartnerId} cancelled the job: {request.Job.Note ?? "no reason given"}", now),
            _ => false,
        };
        if (!changed)
        {
            return false;
        }

        db.ExpectVersion(original, original.Version);
        db.PublishTranslationChanged(original, job, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<bool> DeliverAsync(Document original, TranslationJob job, ApplyPartnerTranslation request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Job.Translation is not { } file)
        {
            return Close(job, TranslationStatus.Failed, $"{request.PartnerId} reported job {job.PartnerReference} delivered without a file; ask the agency to send it again.", now);
        }

        StoredContent content;
        try
        {
            await using var bytes = new MemoryStream(file.Content, writable: false);
            content = await intake.TakeAsync(nameof(ApplyPartnerTranslation), "translation", new DocumentContent(file.FileName, file.ContentType, bytes), cancellationToken);
        }
        catch (Exception ex) when (ex is ValidationException or BusinessRuleException)
        {
            return Close(job, TranslationStatus.Failed, $"The file {request.PartnerId} delivered ({file.FileName}) was refused: {ex.Message}", now);
        }

        var by = $"partner:{request.PartnerId}";
        var title = $"{original.Title} ({job.TargetLanguage} translation{(job.Certified ? ", certified" : string.Empty)})";
        var translation = Document.File(original.PatientId, original.JourneyId, original.Type, title[..Math.Min(title.Length, RecordsDbContext.TitleLength)], job.TargetLanguage,
            DocumentSource.Partner, original.Id, recordsRequestId: null, content, by, now);
        db.Documents.Add(translation);
        job.Complete(translation.Id, now);
        db.PublishDocumentAdded(translation, translation.Current);
        db.PublishOnTimeline(original, "translation-delivered",
            $"{request.PartnerId} delivered the {(job.Certified ? "certified " : string.Empty)}{job.TargetLanguage} translation of \"{original.Title}\" (job {job.PartnerReference}).", by, now);
        return true;
    }

    private static bool Close(TranslationJob job, TranslationStatus status, string note, DateTimeOffset now)
    {
        job.Close(status, note, now);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Partner {PartnerId} reported {State} for translation job {Reference}, which no recorded job has (yet)")]
    private static partial void LogUnknown(ILogger logger, string partnerId, string reference, PartnerTranslationState state);
}
