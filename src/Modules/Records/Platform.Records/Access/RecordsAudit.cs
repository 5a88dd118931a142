using Platform.Kernel.Auditing;
using Platform.Kernel.Security;

namespace Platform.Records.Access;

/// <summary>
/// Audit entries the pipeline cannot write by itself: a download names the document and version it
/// handed out, and a share's recipient is not a signed-in user.
/// </summary>
internal sealed class RecordsAudit(IAuditTrail trail, ICurrentUser user, TimeProvider clock)
{
    public Task DownloadedAsync(string request, Guid documentId, string detail, CancellationToken cancellationToken) =>
        AppendAsync("download", request, documentId, detail, cancellationToken);

    public Task ReadAsync(string request, Guid documentId, string detail, CancellationToken cancellationToken) =>
        AppendAsync("read", request, documentId, detail, cancellationToken);

    private Task AppendAsync(string action, string request, Guid documentId, string detail, CancellationToken cancellationToken) =>
        trail.AppendAsync(
            new AuditRecord(clock.GetUtcNow(), user.UserId, user.DisplayName, string.Join(',', user.Roles.Order(StringComparer.Ordinal)),
                action, request, "Document", documentId.ToString(), AuditOutcome.Succeeded, detail, user.Source),
            cancellationToken);

    public Task ShareUsedAsync(string request, Guid shareId, string recipient, string action, string resourceType, string? resourceId, AuditOutcome outcome, string detail, CancellationToken cancellationToken) =>
        trail.AppendAsync(
            new AuditRecord(clock.GetUtcNow(), $"share:{shareId}", recipient, "share_recipient", action, request, resourceType, resourceId, outcome, detail, user.Source),
            cancellationToken);
}
