using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Identity.Contracts;
using Platform.Kernel.Http;

namespace Platform.Identity.Tokens;

/// <summary>
/// GET /auth/demo-users and GET|POST /auth/dev-token?user=coordinator: only mapped when development
/// tokens are enabled, so a production host does not even answer them.
/// </summary>
internal static class DevelopmentTokenEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.DevelopmentTokens.Enabled)
        {
            return;
        }

        endpoints.MapGet("/auth/demo-users", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListDemoUsers(), ct));
        endpoints.MapMethods("/auth/dev-token", ["GET", "POST"], IssueAsync);
    }

    private static async Task<IResult> IssueAsync(string? user, IMediator mediator, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Query parameter 'user' is missing",
                detail: "Pass ?user= with a demo user name; GET /auth/demo-users lists them.");
        }

        return await RequestResults.SendAsync(mediator, new IssueDevelopmentToken(user), ct);
    }
}
