using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;

namespace Platform.Kernel.Messaging.Behaviors;

/// <summary>
/// Refuses a request unless the user holds a role its contract names. Patient-scoped requests
/// additionally pass for a patient only on their own record, and for a partner agent only when
/// their organization was granted that patient. A request that declares nothing is refused.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser user, IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var access = RequestAccess.Of(typeof(TRequest));
        if (user.IsInRole(Roles.System) || access.IsPublic)
        {
            return await next();
        }

        if (!access.Declared)
        {
            throw new AccessDeniedException(
                $"{access.Name} declares no access rule, so nobody may send it; its contract needs [RequiresRole] or [PublicRequest].",
                user.IsAuthenticated);
        }

        if (!user.IsAuthenticated)
        {
            throw new AccessDeniedException($"{access.Name} needs a signed-in user with one of the roles {string.Join(", ", access.Roles)}.", authenticated: false);
        }

        var held = access.Roles.Where(user.IsInRole).ToList();
        if (held.Count == 0)
        {
            throw new AccessDeniedException(
                $"User '{user.UserId}' (roles: {Describe(user.Roles)}) may not use {access.Name}: it needs one of the roles {string.Join(", ", access.Roles)}.",
                authenticated: true);
        }

        if (request is IPatientScoped scoped && held.All(r => r is Roles.Patient or Roles.PartnerAgent))
        {
            await EnsurePatientAccessAsync(access, scoped.PatientId, held, cancellationToken);
        }

        return await next();
    }

    private async Task EnsurePatientAccessAsync(RequestAccess access, Guid patientId, List<string> held, CancellationToken cancellationToken)
    {
        if (held.Contains(Roles.Patient) && user.PatientId == patientId)
        {
            return;
        }

        if (held.Contains(Roles.PartnerAgent) && user.OrganizationId is { } organization)
        {
            var grants = services.GetService<IPartnerAccessGrants>();
            if (grants is not null && await grants.IsGrantedAsync(organization, patientId, cancellationToken))
            {
                return;
            }

            throw new AccessDeniedException(
                $"User '{user.UserId}' acts for organization {organization}, which was not granted access to patient {patientId} ({access.Name}).",
                authenticated: true);
        }

        throw new AccessDeniedException($"User '{user.UserId}' may use {access.Name} only for their own patient record, not for patient {patientId}.", authenticated: true);
    }

    private static string Describe(IReadOnlySet<string> roles) => roles.Count == 0 ? "none" : string.Join(", ", roles.Order(StringComparer.Ordinal));
}
