namespace Platform.Kernel.Security;

/// <summary>Answers whether a partner organization was given access to a patient (implemented by the Identity module).</summary>
public interface IPartnerAccessGrants
{
    Task<bool> IsGrantedAsync(Guid organizationId, Guid patientId, CancellationToken cancellationToken);

    /// <summary>
    /// The patients the organization holds a grant for now (not revoked, not expired), so a list can
    /// show a partner agent exactly the patients they could open one by one.
    /// </summary>
    Task<IReadOnlyList<Guid>> GrantedPatientsAsync(Guid organizationId, CancellationToken cancellationToken);
}
