namespace Platform.Kernel.Events;

/// <summary>The "EventBroker" configuration section.</summary>
public sealed class EventBrokerOptions
{
    public const string SectionName = "EventBroker";

    /// <summary>Messages held for one subscriber that has not read them yet (1 to 100,000). A subscriber that falls further behind meets <see cref="Overflow"/>.</summary>
    public int SubscriberBufferCapacity { get; set; } = 256;

    /// <summary>What happens to a subscriber whose buffer is full when a message arrives.</summary>
    public EventBrokerOverflow Overflow { get; set; } = EventBrokerOverflow.EndSubscription;
}

/// <summary>
/// The overflow policy: publishers never wait for subscribers, so a subscriber that reads slower
/// than messages arrive loses something. Which loss is the choice here.
/// </summary>
public enum EventBrokerOverflow
{
    /// <summary>
    /// The subscription ends with an <see cref="EventBrokerOverflowException"/> after the buffered
    /// messages are read (a GraphQL client sees an error and can subscribe again and refetch).
    /// The default: a client never silently misses an event.
    /// </summary>
    EndSubscription,

    /// <summary>The oldest buffered message is dropped to make room (for feeds where only the latest state matters).</summary>
    DropOldest,
}

/// <summary>A subscriber fell behind by more than its buffer and its subscription was ended (<see cref="EventBrokerOverflow.EndSubscription"/>).</summary>
public sealed class EventBrokerOverflowException(string topic, int capacity)
    : Exception($"The subscription to '{topic}' fell more than {capacity} messages behind (EventBroker:SubscriberBufferCapacity) and was ended; subscribe again and refetch what you missed.")
{
    /// <summary>The topic of the ended subscription.</summary>
    public string Topic { get; } = topic;
}
