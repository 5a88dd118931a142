namespace Platform.Sdk;

/// <summary>
/// Handles the callbacks a partner sends to the hospital (a decision, a status change). The host
/// receives the HTTP request, finds the partner instance from the address, asks this handler to
/// verify it (signature, shared secret, source) and, only if verified, to parse it into events the
/// host then records as if published through <see cref="IPartnerEvents"/>.
/// </summary>
public interface IPartnerWebhook
{
    /// <summary>Checks that the request really comes from the partner. Must not trust anything in the body before this succeeds.</summary>
    /// <param name="request">The request as received.</param>
    /// <returns>Whether the request is authentic, and why not.</returns>
    WebhookVerification Verify(PartnerWebhookRequest request);

    /// <summary>Turns a verified request into the outcomes it reports.</summary>
    /// <param name="request">The verified request.</param>
    /// <param name="cancellationToken">Cancels parsing.</param>
    /// <returns>The events on success (possibly none, e.g. a ping); a failure with category <see cref="PartnerFailureCategory.InvalidRequest"/> for a body the plugin cannot read.</returns>
    Task<PartnerResult<IReadOnlyList<PartnerEvent>>> ParseAsync(PartnerWebhookRequest request, CancellationToken cancellationToken);
}

/// <summary>An inbound webhook request as the host received it.</summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The path below the partner's webhook address, e.g. <c>/decisions</c>.</param>
/// <param name="Headers">The headers, names compared without regard to case; repeated headers joined with commas.</param>
/// <param name="Body">The raw body, exactly as received (signatures are computed over it).</param>
/// <param name="ReceivedAt">When the host received it.</param>
public sealed record PartnerWebhookRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body, DateTimeOffset ReceivedAt);

/// <summary>Whether a webhook request is authentic.</summary>
/// <param name="IsVerified">Whether it is.</param>
/// <param name="Reason">Why not, for the host's log (the sender only sees a 401).</param>
public sealed record WebhookVerification(bool IsVerified, string? Reason)
{
    /// <summary>An authentic request.</summary>
    public static WebhookVerification Verified { get; } = new(true, null);

    /// <summary>A request that is not authentic.</summary>
    /// <param name="reason">Why, e.g. "signature does not match".</param>
    /// <returns>The verification.</returns>
    public static WebhookVerification Rejected(string reason) => new(false, reason);
}
