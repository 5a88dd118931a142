namespace Platform.Plugins;

/// <summary>How the host answered a partner's webhook call.</summary>
public enum WebhookStatus
{
    /// <summary>Verified, parsed and recorded (HTTP 202).</summary>
    Accepted,

    /// <summary>No such partner, or it takes no webhooks (HTTP 404).</summary>
    NotFound,

    /// <summary>The plugin could not verify that the call comes from the partner (HTTP 401).</summary>
    Unverified,

    /// <summary>Verified but unreadable (HTTP 400).</summary>
    Invalid,

    /// <summary>The partner is disabled or failed, or the plugin did not answer in time (HTTP 503: the partner should retry).</summary>
    Unavailable,

    /// <summary>The plugin threw (HTTP 500: the partner should retry).</summary>
    Failed,
}

/// <summary>The outcome of routing a webhook call to its plugin.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="EventCount">Outcomes recorded.</param>
/// <param name="Reason">Why it was not accepted, for the host's log (not for the caller: it may reveal set-up).</param>
public sealed record WebhookResult(WebhookStatus Status, int EventCount, string? Reason)
{
    /// <summary>The HTTP status code to answer the partner with.</summary>
    public int HttpStatusCode => Status switch
    {
        WebhookStatus.Accepted => 202,
        WebhookStatus.NotFound => 404,
        WebhookStatus.Unverified => 401,
        WebhookStatus.Invalid => 400,
        WebhookStatus.Unavailable => 503,
        _ => 500,
    };
}
