using Microsoft.EntityFrameworkCore;
using Platform.Identity.Persistence;
using Platform.Kernel.Security;

namespace Platform.Identity.Grants;

internal sealed class PartnerAccessGrants(IdentityDbContext db, TimeProvider clock) : IPartnerAccessGrants
{
    public Task<bool> IsGrantedAsync(Guid organizationId, Guid patientId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Grants.AsNoTracking().AnyAsync(
            g => g.OrganizationId == organizationId && g.PatientId == patientId && g.RevokedAt == null && (g.ExpiresAt == null || g.ExpiresAt > now),
            cancellationToken);
    }
}
