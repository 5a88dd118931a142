using System.Security.Claims;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// The request's DI scope as resolvers see it, plus the request's user, so code-first
/// <see cref="ClaimsPrincipal"/> parameters get who is calling.
/// </summary>
internal sealed class RequestServices(IServiceProvider scope, ClaimsPrincipal user) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(ClaimsPrincipal) ? user : scope.GetService(serviceType);
}
