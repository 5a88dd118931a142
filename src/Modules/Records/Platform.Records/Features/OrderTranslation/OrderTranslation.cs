using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Kernel.GraphQL;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Security;
using Platform.Partners.Contracts;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;
using Platform.Records.Translations;

namespace Platform.Records.Features.OrderTranslation;

/// <summary>Records the agency's answer to an order: taken (with its reference), declined or failed (with why).</summary>
[RequiresRole(Roles.System)]
internal sealed record RecordTranslationOrder(Guid DocumentId, Guid TranslationId, PartnerTranslationOrderDto Answer) : ICommand<bool>;

/// <summary>
/// Places the order with the agency after the job committed, outside any transaction: reads the current
/// version's bytes, calls the partner under the job's idempotency key (a redelivered message orders the
/// same job again, which the agency answers with the same job), records the answer, then asks the agency
/// once where the job stands, so progress it reported before the reference was recorded is not lost.
/// </summary>
internal sealed partial class OrderTranslationHandler(RecordsDbContext db, IDocumentContentStore store, IMediator mediator, ILogger<OrderTranslationHandler> logger)
    : INotificationHandler<TranslationOrdered>
{
    public async Task Handle(TranslationOrdered notification, CancellationToken cancellationToken)
    {
        var document = await db.DocumentsWithHistory.AsNoTracking().SingleOrDefaultAsync(d => d.Id == notification.DocumentId, cancellationToken);
        var job = document?.Translations.FirstOrDefault(t => t.Id == notification.TranslationId);
        if (document is null || job is null || job.Status != TranslationStatus.Ordering)
        {
            return;
        }

        var answer = await OrderAsync(document, job, cancellationToken);
        await mediator.Send(new RecordTranslationOrder(document.Id, job.Id, answer), cancellationToken);
        if (answer is not { Outcome: PartnerOrderOutcome.Accepted, Job: { } taken })
        {
            return;
        }

        var now = await mediator.Send(new GetPartnerTranslation(job.Channel, taken.JobReference), cancellationToken);
        if (now is { Outcome: PartnerOrderOutcome.Accepted, Job: { State: not PartnerTranslationState.Received } progressed })
        {
            try
            {
                await mediator.Send(new ApplyPartnerTranslation.ApplyPartnerTranslation(job.Channel, progressed), cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // The agency's own report of the same step got there first.
                LogRaced(logger, job.Id);
            }
        }
    }

    private async Task<PartnerTranslationOrderDto> OrderAsync(Document document, TranslationJob job, CancellationToken cancellationToken)
    {
        var version = document.Current;
        await using var content = await store.OpenReadAsync(version.StorageKey, cancellationToken);
        if (content is null)
        {
            return new PartnerTranslationOrderDto(PartnerOrderOutcome.Failed, null, "CONTENT_MISSING", $"Version {version.Number} of document '{document.Id}' ({version.FileName}) is missing from the content store.");
        }

        using var bytes = new MemoryStream();
        await content.CopyToAsync(bytes, cancellationToken);
        var dueBy = new DateTimeOffset(job.DueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var order = new OrderPartnerTranslation(
            job.Channel, job.IdempotencyKey, new PartnerFile(version.FileName, version.ContentType, bytes.ToArray(), document.Title), document.Language, job.TargetLanguage, job.Certified, dueBy);
        try
        {
            return await mediator.Send(order, cancellationToken);
        }
        catch (Exception ex) when (UserErrors.ToUserErrors(ex) is { Count: > 0 } errors)
        {
            // The partner was switched off or removed since the job was recorded.
            return new PartnerTranslationOrderDto(PartnerOrderOutcome.Failed, null, "PARTNER_UNAVAILABLE", string.Join("; ", errors.Select(e => e.Message)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Translation {TranslationId}: the agency's report arrived while catching up; kept the report")]
    private static partial void LogRaced(ILogger logger, Guid translationId);
}

internal sealed class RecordTranslationOrderHandler(RecordsDbContext db, TimeProvider clock) : IRequestHandler<RecordTranslationOrder, bool>
{
    public async Task<bool> Handle(RecordTranslationOrder request, CancellationToken cancellationToken)
    {
        var document = await db.DocumentsWithHistory.SingleOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken)
            ?? throw new NotFoundException(nameof(Document), request.DocumentId);
        var job = document.Translations.Single(t => t.Id == request.TranslationId);
        if (job.Status != TranslationStatus.Ordering)
        {
            return false;
        }

        db.ExpectVersion(document, document.Version);
        var now = clock.GetUtcNow();
        var answer = request.Answer;
        switch (answer)
        {
            case { Outcome: PartnerOrderOutcome.Accepted, Job: { } taken }:
                job.Taken(taken.JobReference, Estimate(taken));
                break;
            case { Outcome: PartnerOrderOutcome.Declined }:
                job.Close(TranslationStatus.Declined, $"{job.Channel} declined the order ({answer.Code}): {answer.Message}", now);
                break;
            default:
                job.Close(TranslationStatus.Failed, $"The order to {job.Channel} failed ({answer.Code}): {answer.Message} Send the document for translation again, or by hand (manual: true).", now);
                break;
        }

        db.PublishTranslationChanged(document, job, now);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string? Estimate(PartnerTranslationJobDto job)
    {
        var price = job.PriceAmount is { } amount ? $"{amount:0.00} {job.PriceCurrency}" : null;
        var due = job.DueAt is { } at ? $"due {at:yyyy-MM-dd HH:mm} UTC" : null;
        var parts = new[] { job.Note, price, due }.Where(p => !string.IsNullOrWhiteSpace(p));
        return parts.Any() ? string.Join("; ", parts) : null;
    }
}
