using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Auditing;
using Platform.Kernel.Messaging;
using Platform.Records.Access;
using Platform.Records.Contracts;
using Platform.Records.Features.OpenDocumentContent;
using Platform.Records.Persistence;
using Platform.Records.Sharing;

namespace Platform.Records.Features.OpenShare;

/// <summary>
/// A share's recipient is not a user of the platform: the token is their only credential. Every use,
/// and every refused use of a known share, is audited under the share's id.
/// </summary>
internal sealed class ShareGate(RecordsDbContext db, RecordsAudit audit, TimeProvider clock)
{
    public const string ShareClosed = "SHARE_CLOSED";

    public async Task<Share> OpenAsync(string requestName, string token, Guid? documentId, CancellationToken cancellationToken)
    {
        var hash = ShareTokens.Hash(token ?? "");
        var share = await db.Shares.AsNoTracking().SingleOrDefaultAsync(s => s.TokenHash == hash, cancellationToken)
            ?? throw new NotFoundException(nameof(Share), "(the given token)");
        var status = share.StatusAt(clock.GetUtcNow());
        if (status != ShareStatus.Active)
        {
            await audit.ShareUsedAsync(requestName, share.Id, share.RecipientName, "read", documentId is null ? "Share" : "Document",
                (documentId ?? share.Id).ToString(), AuditOutcome.Denied, $"share {status}", CancellationToken.None);
            throw new BusinessRuleException(ShareClosed, status == ShareStatus.Expired
                ? $"This share expired at {share.ExpiresAt:u}; ask the center for a new one."
                : $"This share was revoked at {share.RevokedAt:u}; ask the center if you still need the documents.");
        }

        return share;
    }
}

internal sealed class OpenShareHandler(RecordsDbContext db, ShareGate gate, RecordsAudit audit) : IRequestHandler<Contracts.OpenShare, SharedPackage>
{
    public async Task<SharedPackage> Handle(Contracts.OpenShare request, CancellationToken cancellationToken)
    {
        var share = await gate.OpenAsync(nameof(Contracts.OpenShare), request.Token, null, cancellationToken);
        var ids = share.Documents;
        var documents = await db.DocumentsWithHistory.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        await audit.ShareUsedAsync(nameof(Contracts.OpenShare), share.Id, share.RecipientName, "read", "Share", share.Id.ToString(), AuditOutcome.Succeeded,
            $"patient {share.PatientId}, {documents.Count} documents listed", cancellationToken);
        return new SharedPackage(share.Id, share.RecipientName, share.ExpiresAt, [.. documents
            .OrderBy(d => ids.ToList().IndexOf(d.Id))
            .Select(d => (d, v: d.Current))
            .Select(x => new SharedDocumentDto(x.d.Id, x.d.Type, x.d.Title, x.d.Language, x.v.FileName, x.v.ContentType, x.v.Size, x.v.Sha256))]);
    }
}

internal sealed class OpenSharedDocumentHandler(RecordsDbContext db, ShareGate gate, RecordsAudit audit, IDocumentContentStore store)
    : IRequestHandler<Contracts.OpenSharedDocument, DocumentDownload>
{
    public async Task<DocumentDownload> Handle(Contracts.OpenSharedDocument request, CancellationToken cancellationToken)
    {
        var share = await gate.OpenAsync(nameof(Contracts.OpenSharedDocument), request.Token, request.DocumentId, cancellationToken);
        if (!share.Documents.Contains(request.DocumentId))
        {
            throw new NotFoundException("SharedDocument", request.DocumentId);
        }

        var document = await db.DocumentsWithHistory.AsNoTracking().SingleAsync(d => d.Id == request.DocumentId, cancellationToken);
        var version = document.Current;
        var content = await DocumentContentReader.OpenAsync(store, version, cancellationToken);
        try
        {
            await audit.ShareUsedAsync(nameof(Contracts.OpenSharedDocument), share.Id, share.RecipientName, "download", "Document", document.Id.ToString(), AuditOutcome.Succeeded,
                $"patient {share.PatientId}, version {version.Number}, {version.Size} bytes, sha256 {version.Sha256}", cancellationToken);
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
