using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Records.Access;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;

namespace Platform.Records.Features.GetDocument;

internal sealed class GetDocumentHandler(RecordsDbContext db, DocumentAccess access, RecordsAudit audit) : IRequestHandler<Contracts.GetDocument, DocumentDto>
{
    public async Task<DocumentDto> Handle(Contracts.GetDocument request, CancellationToken cancellationToken)
    {
        var document = await db.DocumentsWithHistory.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken)
            ?? throw new NotFoundException(nameof(Document), request.DocumentId);
        await access.EnsureCanReadAsync(document, nameof(Contracts.GetDocument), cancellationToken);
        await audit.ReadAsync(nameof(Contracts.GetDocument), document.Id, $"patient {document.PatientId}", cancellationToken);
        return document.ToDto();
    }
}
