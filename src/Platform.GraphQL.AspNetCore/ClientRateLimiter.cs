using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.AspNetCore;

/// <summary>A fixed-window limiter per client: the signed-in user when there is one, else the remote address.</summary>
internal static class ClientRateLimiter
{
    public static PartitionedRateLimiter<HttpContext>? Create(GraphQLHttpOptions options) =>
        options.RateLimitPermits == 0
            ? null
            : PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0 }));

    private static string ClientKey(HttpContext context) =>
        context.User.FindFirstValue("sub") is { Length: > 0 } user
            ? "user:" + user
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
