namespace Platform.Kernel.Auditing;

/// <summary>Appends to the tamper-evident audit trail (implemented by the Audit module).</summary>
public interface IAuditTrail
{
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);
}

/// <summary>Who did what to which record, when, from where, and how it ended.</summary>
public sealed record AuditRecord(
    DateTimeOffset OccurredAt,
    string UserId,
    string UserName,
    string Roles,
    string Action,
    string Request,
    string ResourceType,
    string? ResourceId,
    AuditOutcome Outcome,
    string? Detail,
    string Source);

public enum AuditOutcome
{
    Succeeded,
    Denied,
    Invalid,
    Failed,
}
