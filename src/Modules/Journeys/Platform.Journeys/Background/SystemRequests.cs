using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;

namespace Platform.Journeys.Background;

/// <summary>Sends a request as the platform itself, in a scope of its own, as scheduled work must.</summary>
internal static class SystemRequests
{
    public static async Task<TResponse> SendAsSystemAsync<TResponse>(this IServiceScopeFactory scopes, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(PlatformPrincipal.System, "system");
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
