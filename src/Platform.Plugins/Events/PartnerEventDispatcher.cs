using Microsoft.Extensions.Logging;
using Platform.Sdk;

namespace Platform.Plugins.Events;

/// <summary>Hands partner outcomes to every registered observer.</summary>
internal sealed partial class PartnerEventDispatcher(IEnumerable<IPartnerEventObserver> observers, TimeProvider time, ILogger<PartnerEventDispatcher> logger)
{
    public async Task DispatchAsync(PartnerInstance partner, PartnerEvent partnerEvent, PartnerEventSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partnerEvent);
        var envelope = new PartnerEventEnvelope(partner.PartnerId, partner.PluginId, partner.Capability, partnerEvent, source, time.GetUtcNow());
        LogReceived(logger, partner.PartnerId, partnerEvent.GetType().Name, partnerEvent.Reference, source);
        foreach (var observer in observers)
        {
            try
            {
                await observer.OnPartnerEventAsync(envelope, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogObserverFailed(logger, e, observer.GetType().Name, partner.PartnerId, partnerEvent.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Partner {PartnerId} reported {EventType} for {Reference} ({Source})")]
    private static partial void LogReceived(ILogger logger, string partnerId, string eventType, string reference, PartnerEventSource source);

    [LoggerMessage(Level = LogLevel.Error, Message = "Observer {Observer} failed on {EventType} from partner {PartnerId}")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, string observer, string partnerId, string eventType);
}

/// <summary>The <see cref="IPartnerEvents"/> a plugin receives: bound to its partner instance.</summary>
internal sealed class PartnerEventSink(PartnerInstance partner, PartnerEventDispatcher dispatcher) : IPartnerEvents
{
    public Task PublishAsync(PartnerEvent partnerEvent, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(partner, partnerEvent, PartnerEventSource.Plugin, cancellationToken);
}
