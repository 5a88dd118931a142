using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Records.Content;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;

namespace Platform.Records.Features.UploadDocumentVersion;

internal sealed class UploadDocumentVersionValidator : IValidator<Contracts.UploadDocumentVersion>
{
    public ValueTask ValidateAsync(Contracts.UploadDocumentVersion request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        errors.NotDefault("documentId", request.DocumentId);
        DocumentRules.Content(errors, "content", request.Content);
        DocumentRules.OptionalText(errors, "note", request.Note);
        return ValueTask.CompletedTask;
    }
}

internal sealed class UploadDocumentVersionHandler(RecordsDbContext db, UploadIntake intake, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.UploadDocumentVersion, DocumentDto>
{
    public async Task<DocumentDto> Handle(Contracts.UploadDocumentVersion request, CancellationToken cancellationToken)
    {
        var document = await db.DocumentsWithHistory.SingleOrDefaultAsync(d => d.Id == request.DocumentId && d.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(Document), request.DocumentId);
        db.ExpectVersion(document, request.ExpectedVersion);
        var content = await intake.TakeAsync(nameof(Contracts.UploadDocumentVersion), "content", request.Content, cancellationToken);
        var version = document.AddVersion(content, user.UserId, clock.GetUtcNow(), request.Note?.Trim());
        db.Add(version);
        db.PublishDocumentAdded(document, version);
        await db.SaveChangesAsync(cancellationToken);
        return document.ToDto();
    }
}
