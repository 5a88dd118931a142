namespace Platform.Sdk;

/// <summary>
/// The sink for outcomes a partner reports after the call that started them: an authorization
/// decided hours later, a trip that changed status, a translation delivered. The host registers one
/// bound to each partner instance; inject it where the plugin learns of outcomes (a poller, a webhook).
/// </summary>
public interface IPartnerEvents
{
    /// <summary>Hands an outcome to the host, which records it against this partner instance.</summary>
    /// <param name="partnerEvent">The outcome.</param>
    /// <param name="cancellationToken">Cancels the hand-over.</param>
    /// <returns>A task that completes when the host has taken the event.</returns>
    Task PublishAsync(PartnerEvent partnerEvent, CancellationToken cancellationToken);
}

/// <summary>The base of every asynchronous outcome a partner reports.</summary>
/// <param name="Reference">The partner's reference the outcome is about (authorization, claim, booking, job), as returned earlier.</param>
/// <param name="OccurredAt">When the partner says it happened.</param>
public abstract record PartnerEvent(string Reference, DateTimeOffset OccurredAt);
