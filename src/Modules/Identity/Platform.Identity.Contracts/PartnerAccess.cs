using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Identity.Contracts;

/// <summary>Gives a partner organization's agents access to one patient, until the grant expires or is revoked.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Administrator)]
public sealed record GrantPartnerAccess(Guid PatientId, Guid OrganizationId, string Purpose, DateTimeOffset? ExpiresAt) : ICommand<PartnerAccessGrantDto>, IPatientScoped;

/// <summary>Ends a grant at once.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Administrator)]
public sealed record RevokePartnerAccess(Guid PatientId, Guid GrantId, long ExpectedVersion) : ICommand<PartnerAccessGrantDto>, IPatientScoped;

public sealed record PartnerAccessGrantDto(
    Guid Id,
    Guid PatientId,
    Guid OrganizationId,
    string Purpose,
    string GrantedBy,
    DateTimeOffset GrantedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    long Version);

/// <summary>Told to other modules (through the outbox) when a partner organization gains access to a patient.</summary>
public sealed record PartnerAccessGranted(Guid GrantId, Guid PatientId, Guid OrganizationId, string Purpose, DateTimeOffset? ExpiresAt) : MediatR.INotification;

/// <summary>Told to other modules when a grant ends early.</summary>
public sealed record PartnerAccessRevoked(Guid GrantId, Guid PatientId, Guid OrganizationId) : MediatR.INotification;
