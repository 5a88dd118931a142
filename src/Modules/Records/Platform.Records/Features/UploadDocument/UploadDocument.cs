using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.Content;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;

namespace Platform.Records.Features.UploadDocument;

internal sealed class UploadDocumentValidator(ICurrentUser user, IMediator mediator) : IValidator<Contracts.UploadDocument>
{
    public async ValueTask ValidateAsync(Contracts.UploadDocument request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        await mediator.EnsurePatientAsync(request.PatientId, cancellationToken);
        DocumentRules.Defined(errors, "type", request.Type);
        DocumentRules.Defined(errors, "source", request.Source);
        DocumentRules.Title(errors, "title", request.Title);
        DocumentRules.Language(errors, "language", request.Language);
        DocumentRules.Content(errors, "content", request.Content);
        if (user.IsInRole(Roles.Patient) && !Roles.CareStaff.Any(user.IsInRole) && request.Source != DocumentSource.Patient)
        {
            errors.Add("source", request.Source.ToString(), "PatientSource", $"must be {DocumentSource.Patient} for a document a patient uploads");
        }
    }
}

internal sealed class UploadDocumentHandler(RecordsDbContext db, UploadIntake intake, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.UploadDocument, DocumentDto>
{
    public async Task<DocumentDto> Handle(Contracts.UploadDocument request, CancellationToken cancellationToken)
    {
        var language = DocumentRules.CanonicalLanguage(request.Language);
        Document? original = null;
        if (request.TranslationOfId is { } originalId)
        {
            original = await db.DocumentsWithHistory.SingleOrDefaultAsync(d => d.Id == originalId && d.PatientId == request.PatientId, cancellationToken)
                ?? throw new NotFoundException(nameof(Document), originalId);
        }

        var content = await intake.TakeAsync(nameof(Contracts.UploadDocument), "content", request.Content, cancellationToken);
        var now = clock.GetUtcNow();
        var document = Document.File(request.PatientId, request.JourneyId, request.Type, request.Title, language, request.Source,
            request.TranslationOfId, recordsRequestId: null, content, user.UserId, now);
        db.Documents.Add(document);
        if (original is not null)
        {
            original.CompleteTranslation(document, now);
            db.ExpectVersion(original, original.Version);
            db.PublishTranslationChanged(original, original.Translations.Single(t => t.TranslationDocumentId == document.Id), now);
        }

        db.PublishDocumentAdded(document, document.Current);

        await db.SaveChangesAsync(cancellationToken);
        return document.ToDto();
    }
}
