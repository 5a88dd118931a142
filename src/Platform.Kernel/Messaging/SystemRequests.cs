using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Security;

namespace Platform.Kernel.Messaging;

/// <summary>Sends a request as the platform itself, in a scope of its own, as scheduled work must.</summary>
public static class SystemRequests
{
    /// <summary>Sends <paramref name="request"/> through the pipeline as the system user, in a new service scope.</summary>
    public static async Task<TResponse> SendAsSystemAsync<TResponse>(this IServiceScopeFactory scopes, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Assign(PlatformPrincipal.System, "system");
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
