using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Records.Contracts;

namespace Platform.Records.Sharing;

/// <summary>Selected documents of one patient, shared with a named recipient until it expires or is revoked.</summary>
internal sealed class Share : Aggregate
{
    private Share()
    {
    }

    public Guid PatientId { get; private set; }

    public ShareRecipientKind RecipientKind { get; private set; }

    public string RecipientName { get; private set; } = "";

    public string RecipientCountry { get; private set; } = "";

    public string? RecipientEmail { get; private set; }

    /// <summary>The shared documents' ids, comma-separated (read whole, never queried by item).</summary>
    public string DocumentIds { get; private set; } = "";

    /// <summary>SHA-256 of the access token (hex): the token itself is never stored.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public string? RevokeReason { get; private set; }

    /// <summary>Which consent allowed it, and when the patient gave it.</summary>
    public string ConsentBasis { get; private set; } = "";

    public string? Note { get; private set; }

    public IReadOnlyList<Guid> Documents => [.. DocumentIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];

    public static Share Create(Guid patientId, ShareRecipient recipient, IReadOnlyList<Guid> documentIds, string tokenHash, DateTimeOffset expiresAt,
        string consentBasis, string? note, string by, DateTimeOffset now) => new()
    {
        PatientId = patientId,
        RecipientKind = recipient.Kind,
        RecipientName = recipient.Name.Trim(),
        RecipientCountry = recipient.Country,
        RecipientEmail = recipient.Email?.Trim(),
        DocumentIds = string.Join(',', documentIds.Distinct()),
        TokenHash = tokenHash,
        ExpiresAt = expiresAt,
        ConsentBasis = consentBasis,
        Note = note?.Trim(),
        CreatedAt = now,
        CreatedBy = by,
    };

    public ShareStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? ShareStatus.Revoked : ExpiresAt <= now ? ShareStatus.Expired : ShareStatus.Active;

    public void Revoke(string by, string? reason, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new BusinessRuleException("SHARE_ALREADY_REVOKED", $"Share '{Id}' was already revoked at {RevokedAt:u} by {RevokedBy}.");
        }

        RevokedAt = now;
        RevokedBy = by;
        RevokeReason = reason?.Trim();
    }

    public ShareDto ToDto(DateTimeOffset now) => new(
        Id,
        PatientId,
        new ShareRecipient(RecipientKind, RecipientName, RecipientCountry, RecipientEmail),
        Documents,
        CreatedAt,
        CreatedBy,
        ExpiresAt,
        RevokedAt,
        StatusAt(now),
        ConsentBasis,
        Version);
}
