using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Partners.Contracts;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;
using Platform.Records.Translations;

namespace Platform.Records.Features.SendDocumentForTranslation;

/// <summary>Checks the job and chooses its channel (asking Partners which agencies are enabled) before the transaction opens.</summary>
internal sealed class SendDocumentForTranslationValidator(TimeProvider clock, IMediator mediator, TranslationRoute route) : IValidator<Contracts.SendDocumentForTranslation>
{
    public async ValueTask ValidateAsync(Contracts.SendDocumentForTranslation request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("documentId", request.DocumentId);
        DocumentRules.Language(errors, "targetLanguage", request.TargetLanguage);
        errors.MaxLength("translator", request.Translator, RecordsDbContext.NameLength);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.DueOn < today)
        {
            errors.Add("dueOn", request.DueOn, "Future", $"must be today ({today:yyyy-MM-dd}) or later");
        }

        var partnerId = string.IsNullOrWhiteSpace(request.PartnerId) ? null : request.PartnerId.Trim();
        if (request.Manual)
        {
            if (partnerId is not null)
            {
                errors.Add("partnerId", request.PartnerId, "ManualOrPartner", "must be empty when manual is true: a manual job goes to no agency");
            }

            route.Channel = TranslationJob.ManualChannel;
            return;
        }

        var agencies = await mediator.Send(new ListTranslationPartners(), cancellationToken);
        var names = agencies.Count == 0 ? "none is enabled" : string.Join(", ", agencies.Select(a => a.PartnerId));
        if (partnerId is not null)
        {
            var chosen = agencies.FirstOrDefault(a => string.Equals(a.PartnerId, partnerId, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                errors.Add("partnerId", request.PartnerId, "TranslationPartner", $"must name an enabled interpreter-agency partner ({names}), or leave it empty");
            }

            route.Channel = chosen?.PartnerId;
            return;
        }

        switch (agencies.Count)
        {
            case 0:
                route.Channel = TranslationJob.ManualChannel;
                break;
            case 1:
                route.Channel = agencies[0].PartnerId;
                break;
            default:
                errors.Add("partnerId", null, "Required", $"must name one of the enabled interpreter-agency partners ({names}), or set manual: true");
                break;
        }
    }
}

/// <summary>
/// Records the job on its channel. A manual job is sent; an agency's job is Ordering, and the order is
/// placed after commit by <c>OrderTranslationHandler</c> (told through the outbox), so
/// the agency is never called inside this transaction and a crash in between still places the order.
/// </summary>
internal sealed class SendDocumentForTranslationHandler(RecordsDbContext db, ICurrentUser user, TimeProvider clock, TranslationRoute route)
    : IRequestHandler<Contracts.SendDocumentForTranslation, DocumentDto>
{
    public async Task<DocumentDto> Handle(Contracts.SendDocumentForTranslation request, CancellationToken cancellationToken)
    {
        var document = await db.DocumentsWithHistory.SingleOrDefaultAsync(d => d.Id == request.DocumentId && d.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(Document), request.DocumentId);
        db.ExpectVersion(document, request.ExpectedVersion);
        var channel = route.Channel ?? TranslationJob.ManualChannel;
        var now = clock.GetUtcNow();
        var job = document.SendForTranslation(DocumentRules.CanonicalLanguage(request.TargetLanguage), request.Certified, request.DueOn, request.Translator?.Trim(), channel, user.UserId, now);
        db.Add(job);
        if (!job.IsManual)
        {
            db.Publish(new TranslationOrdered(job.Id, document.Id, document.PatientId), $"translation-order:{job.Id}");
        }

        db.PublishTranslationChanged(document, job, now);
        await db.SaveChangesAsync(cancellationToken);
        return document.ToDto();
    }
}
