using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;

namespace Platform.Records.Features.SendDocumentForTranslation;

internal sealed class SendDocumentForTranslationValidator(TimeProvider clock) : IValidator<Contracts.SendDocumentForTranslation>
{
    public ValueTask ValidateAsync(Contracts.SendDocumentForTranslation request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("documentId", request.DocumentId);
        DocumentRules.Language(errors, "targetLanguage", request.TargetLanguage);
        errors.MaxLength("translator", request.Translator, RecordsDbContext.NameLength);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.DueOn < today)
        {
            errors.Add("dueOn", request.DueOn, "Future", $"must be today ({today:yyyy-MM-dd}) or later");
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// The manual path: the job is recorded as sent by hand. When interpreter-agency plugins serve
/// document translation, this is where the job is handed to the enabled partner (its Channel then
/// names the partner) instead.
/// </summary>
internal sealed class SendDocumentForTranslationHandler(RecordsDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.SendDocumentForTranslation, DocumentDto>
{
    public async Task<DocumentDto> Handle(Contracts.SendDocumentForTranslation request, CancellationToken cancellationToken)
    {
        var document = await db.DocumentsWithHistory.SingleOrDefaultAsync(d => d.Id == request.DocumentId && d.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(Document), request.DocumentId);
        db.ExpectVersion(document, request.ExpectedVersion);
        var job = document.SendForTranslation(DocumentRules.CanonicalLanguage(request.TargetLanguage), request.Certified, request.DueOn, request.Translator?.Trim(), user.UserId, clock.GetUtcNow());
        db.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        return document.ToDto();
    }
}
