namespace Platform.Kernel.Security;

/// <summary>Who is asking, in the form the pipeline's authorization and audit need.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>Stable subject identifier; "anonymous" when not authenticated.</summary>
    string UserId { get; }

    string DisplayName { get; }

    IReadOnlySet<string> Roles { get; }

    /// <summary>Set on a patient's own login: the patient record they may see.</summary>
    Guid? PatientId { get; }

    /// <summary>Set on a partner agent's login: the organization whose grants they use.</summary>
    Guid? OrganizationId { get; }

    /// <summary>Where the request came from: a client address, "cli" or "system".</summary>
    string Source { get; }

    bool IsInRole(string role) => Roles.Contains(role);
}
