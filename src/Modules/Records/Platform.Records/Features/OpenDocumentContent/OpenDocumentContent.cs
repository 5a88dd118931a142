using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Records.Access;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Persistence;

namespace Platform.Records.Features.OpenDocumentContent;

internal sealed class OpenDocumentContentHandler(RecordsDbContext db, DocumentAccess access, IDocumentContentStore store, RecordsAudit audit)
    : IRequestHandler<Contracts.OpenDocumentContent, DocumentDownload>
{
    public async Task<DocumentDownload> Handle(Contracts.OpenDocumentContent request, CancellationToken cancellationToken)
    {
        var document = await db.DocumentsWithHistory.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken)
            ?? throw new NotFoundException(nameof(Document), request.DocumentId);
        await access.EnsureCanReadAsync(document, nameof(Contracts.OpenDocumentContent), cancellationToken);
        var version = request.Version is { } number
            ? document.Versions.FirstOrDefault(v => v.Number == number) ?? throw new NotFoundException("DocumentVersion", $"{document.Id}/{number}")
            : document.Current;
        var content = await DocumentContentReader.OpenAsync(store, version, cancellationToken);
        try
        {
            await audit.DownloadedAsync(nameof(Contracts.OpenDocumentContent), document.Id,
                $"patient {document.PatientId}, version {version.Number}, {version.Size} bytes, sha256 {version.Sha256}", cancellationToken);
        }
        catch
        {
            // No audit entry, no bytes.
            await content.DisposeAsync();
            throw;
        }

        return new DocumentDownload(document.Id, version.ToDto(), content);
    }
}

internal static class DocumentContentReader
{
    /// <summary>The stored bytes of a version; their absence is a failure of the store, never the caller's fault.</summary>
    public static async Task<Stream> OpenAsync(IDocumentContentStore store, DocumentVersion version, CancellationToken cancellationToken) =>
        await store.OpenReadAsync(version.StorageKey, cancellationToken)
            ?? throw new InvalidOperationException(
                $"The content of version {version.Number} of document {version.DocumentId} (key {version.StorageKey}) is missing from the content store.");
}
