using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Identity.Contracts;
using Platform.Identity.Grants;
using Platform.Identity.Persistence;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Identity.Features.RevokePartnerAccess;

internal sealed class RevokePartnerAccessHandler(IdentityDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.RevokePartnerAccess, PartnerAccessGrantDto>
{
    public async Task<PartnerAccessGrantDto> Handle(Contracts.RevokePartnerAccess request, CancellationToken cancellationToken)
    {
        var grant = await db.Grants.SingleOrDefaultAsync(g => g.Id == request.GrantId && g.PatientId == request.PatientId, cancellationToken)
            ?? throw new NotFoundException(nameof(PartnerAccessGrant), request.GrantId);
        db.ExpectVersion(grant, request.ExpectedVersion);
        grant.Revoke(user.UserId, clock.GetUtcNow());
        db.Publish(new PartnerAccessRevoked(grant.Id, grant.PatientId, grant.OrganizationId), $"patient:{grant.PatientId}");
        await db.SaveChangesAsync(cancellationToken);
        return grant.ToDto();
    }
}
