using Platform.Identity.Contracts;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;

namespace Platform.Identity.Grants;

/// <summary>A partner organization's access to one patient's data, for a stated purpose.</summary>
internal sealed class PartnerAccessGrant : Aggregate
{
    private PartnerAccessGrant()
    {
    }

    public Guid PatientId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Purpose { get; private set; } = "";

    public string GrantedBy { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public static PartnerAccessGrant Issue(Guid patientId, Guid organizationId, string purpose, string grantedBy, DateTimeOffset now, DateTimeOffset? expiresAt) => new()
    {
        PatientId = patientId,
        OrganizationId = organizationId,
        Purpose = purpose.Trim(),
        GrantedBy = grantedBy,
        GrantedAt = now,
        ExpiresAt = expiresAt,
    };

    public bool IsActiveAt(DateTimeOffset instant) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > instant);

    public void Revoke(string revokedBy, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            throw new BusinessRuleException("GRANT_ALREADY_REVOKED", $"Grant '{Id}' was already revoked at {RevokedAt:u} by {RevokedBy}.");
        }

        RevokedAt = now;
        RevokedBy = revokedBy;
    }

    public PartnerAccessGrantDto ToDto() => new(Id, PatientId, OrganizationId, Purpose, GrantedBy, GrantedAt, ExpiresAt, RevokedAt, Version);
}
