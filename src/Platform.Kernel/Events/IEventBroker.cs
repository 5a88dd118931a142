namespace Platform.Kernel.Events;

/// <summary>
/// Topics that carry messages from publishers to live subscribers: the seam between what
/// happened (MediatR notifications, delivered after commit by the outbox) and who is watching
/// (GraphQL subscriptions). Fire and forget: a subscriber sees the messages published while it is
/// subscribed, nothing from before, and nothing is stored; durable delivery is the outbox's job.
/// The host registers <see cref="InProcessEventBroker"/>; a distributed backplane (PostgreSQL
/// LISTEN/NOTIFY, Redis pub/sub) replaces it by registering its own <see cref="IEventBroker"/>
/// before <c>AddPlatform</c>: its publish sends the message serialized as JSON (messages are
/// notification records, which the outbox already serializes) to every instance, and each instance
/// hands what it receives to its local subscribers, so a subscriber on instance B sees an event
/// the outbox of instance A delivered.
/// </summary>
public interface IEventBroker
{
    /// <summary>Hands <paramref name="message"/> to every current subscriber of <paramref name="topic"/> whose message type it is. Never waits for a slow subscriber.</summary>
    ValueTask PublishAsync(string topic, object message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Subscribes to the messages of type <typeparamref name="T"/> published on <paramref name="topic"/>
    /// from this call on (the subscription exists before this method returns, so an event published
    /// right after is not missed). Read it once; disposing it, or the enumerator that reads it, unsubscribes.
    /// </summary>
    IEventSubscription<T> Subscribe<T>(string topic);
}

/// <summary>A live subscription to one topic: read it once, dispose it to unsubscribe.</summary>
/// <typeparam name="T">The messages it carries.</typeparam>
public interface IEventSubscription<out T> : IAsyncEnumerable<T>, IAsyncDisposable
{
    /// <summary>The topic subscribed to.</summary>
    string Topic { get; }
}

/// <summary>Topic names. A notification's topic is its type's full name, so a subscriber names the notification it wants.</summary>
public static class EventTopics
{
    /// <summary>The topic on which notifications of type <typeparamref name="TNotification"/> are published.</summary>
    public static string Of<TNotification>() => Of(typeof(TNotification));

    /// <summary>The topic on which notifications of <paramref name="notificationType"/> are published.</summary>
    public static string Of(Type notificationType)
    {
        ArgumentNullException.ThrowIfNull(notificationType);
        return notificationType.FullName ?? notificationType.Name;
    }

    /// <summary>Subscribes to the notifications of type <typeparamref name="TNotification"/> (topic <see cref="Of{TNotification}"/>).</summary>
    public static IEventSubscription<TNotification> Subscribe<TNotification>(this IEventBroker broker)
    {
        ArgumentNullException.ThrowIfNull(broker);
        return broker.Subscribe<TNotification>(Of<TNotification>());
    }
}
