namespace Platform.Kernel.Security;

/// <summary>Answers whether a partner organization was given access to a patient (implemented by the Identity module).</summary>
public interface IPartnerAccessGrants
{
    Task<bool> IsGrantedAsync(Guid organizationId, Guid patientId, CancellationToken cancellationToken);
}
