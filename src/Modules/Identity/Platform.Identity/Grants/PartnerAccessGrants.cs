using Microsoft.EntityFrameworkCore;
using Platform.Identity.Persistence;
using Platform.Kernel.Security;

namespace Platform.Identity.Grants;

internal sealed class PartnerAccessGrants(IdentityDbContext db, TimeProvider clock) : IPartnerAccessGrants
{
    public Task<bool> IsGrantedAsync(Guid organizationId, Guid patientId, CancellationToken cancellationToken) =>
        Current(organizationId).AnyAsync(g => g.PatientId == patientId, cancellationToken);

    public async Task<IReadOnlyList<Guid>> GrantedPatientsAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await Current(organizationId).Select(g => g.PatientId).Distinct().ToListAsync(cancellationToken);

    private IQueryable<PartnerAccessGrant> Current(Guid organizationId)
    {
        var now = clock.GetUtcNow();
        return db.Grants.AsNoTracking().Where(g => g.OrganizationId == organizationId && g.RevokedAt == null && (g.ExpiresAt == null || g.ExpiresAt > now));
    }
}
