using MediatR;

namespace Platform.Kernel.Events;

/// <summary>
/// The bridge from MediatR to the event stream: every notification published through the
/// mediator (by the outbox after its transaction committed, or in-process) is also published on
/// its topic (<see cref="EventTopics.Of{TNotification}"/>). Modules publish notifications as they
/// always do; they need nothing else to become subscribable.
/// </summary>
internal sealed class EventBrokerForwarder<TNotification>(IEventBroker broker) : INotificationHandler<TNotification>
    where TNotification : INotification
{
    public Task Handle(TNotification notification, CancellationToken cancellationToken) =>
        broker.PublishAsync(EventTopics.Of<TNotification>(), notification!, cancellationToken).AsTask();
}
