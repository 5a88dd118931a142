using Platform.Sdk;

namespace Platform.Plugins;

/// <summary>
/// Receives the asynchronous outcomes partners report (through <see cref="IPartnerEvents"/> or a webhook).
/// Register implementations as singletons; one that needs scoped services creates its own scope.
/// </summary>
public interface IPartnerEventObserver
{
    /// <summary>Handles one outcome. An exception is logged and does not reach the plugin or other observers.</summary>
    /// <param name="envelope">The outcome and the partner it came from.</param>
    /// <param name="cancellationToken">Cancels handling.</param>
    /// <returns>A task that completes when the outcome is handled.</returns>
    Task OnPartnerEventAsync(PartnerEventEnvelope envelope, CancellationToken cancellationToken);
}

/// <summary>Where an outcome came from.</summary>
public enum PartnerEventSource
{
    /// <summary>The plugin published it (it polled, or its timer fired).</summary>
    Plugin,

    /// <summary>The partner called the hospital's webhook and the plugin parsed the call.</summary>
    Webhook,
}

/// <summary>An outcome with the partner it came from.</summary>
/// <param name="PartnerId">The partner instance.</param>
/// <param name="PluginId">The plugin serving it.</param>
/// <param name="Capability">The capability.</param>
/// <param name="Event">The outcome.</param>
/// <param name="Source">How it arrived.</param>
/// <param name="ReceivedAt">When the host received it.</param>
public sealed record PartnerEventEnvelope(string PartnerId, string PluginId, string Capability, PartnerEvent Event, PartnerEventSource Source, DateTimeOffset ReceivedAt);
