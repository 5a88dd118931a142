using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// A fixed-window limiter per client: the signed-in user when there is one, else the remote address.
/// One limiter serves every transport, so an operation counts the same whether it arrives over HTTP,
/// as a message on a WebSocket or as a Server-Sent Events stream.
/// </summary>
internal sealed class ClientRateLimiter(PartitionedRateLimiter<string> limiter, GraphQLHttpOptions options)
{
    public static ClientRateLimiter? Create(GraphQLHttpOptions options) =>
        options.RateLimitPermits == 0
            ? null
            : new ClientRateLimiter(
                PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(
                    client,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RateLimitPermits, Window = options.RateLimitWindow, QueueLimit = 0 })),
                options);

    public string RefusalMessage =>
        $"Too many requests: each client may send {options.RateLimitPermits} per {options.RateLimitWindow} (RateLimitPermits); try again after the Retry-After seconds.";

    /// <summary>Takes one permit for the client; false with the seconds to wait (at least 1) when its window is used up.</summary>
    public bool TryAcquire(ClaimsPrincipal user, IPAddress? address, out int retryAfterSeconds)
    {
        using var lease = limiter.AttemptAcquire(ClientKey(user, address));
        retryAfterSeconds = lease.IsAcquired ? 0
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        return lease.IsAcquired;
    }

    /// <summary>The refusal as a GraphQL error, for transports that answer per operation (WebSocket).</summary>
    public ExecutionError Refusal(int retryAfterSeconds) => new(
        RefusalMessage,
        extensions: new Dictionary<string, object?>
        {
            ["code"] = GraphQLHttpErrorCodes.RateLimited,
            ["retryAfterSeconds"] = retryAfterSeconds,
        });

    private static string ClientKey(ClaimsPrincipal user, IPAddress? address) =>
        user.FindFirstValue("sub") is { Length: > 0 } subject
            ? "user:" + subject
            : "address:" + (address?.ToString() ?? "unknown");
}
