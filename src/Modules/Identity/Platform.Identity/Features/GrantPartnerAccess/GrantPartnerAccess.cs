using MediatR;
using Platform.Identity.Contracts;
using Platform.Identity.Grants;
using Platform.Identity.Persistence;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Identity.Features.GrantPartnerAccess;

internal sealed class GrantPartnerAccessValidator(TimeProvider clock) : IValidator<Contracts.GrantPartnerAccess>
{
    public ValueTask ValidateAsync(Contracts.GrantPartnerAccess request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("patientId", request.PatientId);
        errors.NotDefault("organizationId", request.OrganizationId);
        if (errors.NotEmpty("purpose", request.Purpose))
        {
            errors.MaxLength("purpose", request.Purpose, 500);
        }

        if (request.ExpiresAt is { } expires && expires <= clock.GetUtcNow())
        {
            errors.Add("expiresAt", expires.ToString("O", System.Globalization.CultureInfo.InvariantCulture), "Future", "must be in the future");
        }

        return ValueTask.CompletedTask;
    }
}

internal sealed class GrantPartnerAccessHandler(IdentityDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.GrantPartnerAccess, PartnerAccessGrantDto>
{
    public async Task<PartnerAccessGrantDto> Handle(Contracts.GrantPartnerAccess request, CancellationToken cancellationToken)
    {
        var grant = PartnerAccessGrant.Issue(request.PatientId, request.OrganizationId, request.Purpose, user.UserId, clock.GetUtcNow(), request.ExpiresAt);
        db.Grants.Add(grant);
        db.Publish(new PartnerAccessGranted(grant.Id, grant.PatientId, grant.OrganizationId, grant.Purpose, grant.ExpiresAt), $"patient:{grant.PatientId}");
        await db.SaveChangesAsync(cancellationToken);
        return grant.ToDto();
    }
}
