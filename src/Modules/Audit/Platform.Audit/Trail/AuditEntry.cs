namespace Platform.Audit.Trail;

/// <summary>One immutable link of the audit chain.</summary>
internal sealed class AuditEntry
{
    public long Sequence { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public string UserId { get; init; } = "";

    public string UserName { get; init; } = "";

    public string Roles { get; init; } = "";

    /// <summary>"read" or "change".</summary>
    public string Action { get; init; } = "";

    public string Request { get; init; } = "";

    public string ResourceType { get; init; } = "";

    public string? ResourceId { get; init; }

    public string Outcome { get; init; } = "";

    public string? Detail { get; init; }

    public string Source { get; init; } = "";

    public string PreviousHash { get; init; } = "";

    /// <summary>Set once when the entry is linked; the context refuses to save any later change.</summary>
    public string Hash { get; set; } = "";
}
