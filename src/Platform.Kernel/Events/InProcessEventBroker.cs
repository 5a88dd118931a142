using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Kernel.Events;

/// <summary>
/// The event stream of one process: each subscriber has a bounded buffer of its own, filled by
/// publishers without waiting and drained by the subscriber; a full buffer meets the configured
/// <see cref="EventBrokerOverflow"/> policy. Serves a single host instance; see <see cref="IEventBroker"/>
/// for replacing it with a backplane when there are several.
/// </summary>
public sealed partial class InProcessEventBroker : IEventBroker
{
    private readonly Dictionary<string, Subscriber[]> _topics = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly EventBrokerOptions _options;
    private readonly ILogger<InProcessEventBroker> _logger;

    public InProcessEventBroker(IOptions<EventBrokerOptions> options, ILogger<InProcessEventBroker> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        if (_options.SubscriberBufferCapacity is < 1 or > 100_000)
        {
            throw new InvalidOperationException($"EventBroker:SubscriberBufferCapacity must be between 1 and 100000, not {_options.SubscriberBufferCapacity}.");
        }
    }

    /// <summary>How many subscribers <paramref name="topic"/> has now.</summary>
    public int SubscriberCount(string topic)
    {
        lock (_gate)
        {
            return _topics.TryGetValue(topic, out var subscribers) ? subscribers.Length : 0;
        }
    }

    public ValueTask PublishAsync(string topic, object message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(message);
        Subscriber[]? subscribers;
        lock (_gate)
        {
            _topics.TryGetValue(topic, out subscribers);
        }

        foreach (var subscriber in subscribers ?? [])
        {
            subscriber.Offer(message);
        }

        return ValueTask.CompletedTask;
    }

    public IEventSubscription<T> Subscribe<T>(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var subscriber = new Subscriber<T>(this, topic, _options);
        lock (_gate)
        {
            _topics[topic] = _topics.TryGetValue(topic, out var existing) ? [.. existing, subscriber] : [subscriber];
        }

        return subscriber;
    }

    private void Remove(Subscriber subscriber)
    {
        lock (_gate)
        {
            if (!_topics.TryGetValue(subscriber.Topic, out var existing))
            {
                return;
            }

            var remaining = Array.FindAll(existing, s => !ReferenceEquals(s, subscriber));
            if (remaining.Length == 0)
            {
                _topics.Remove(subscriber.Topic);
            }
            else
            {
                _topics[subscriber.Topic] = remaining;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber of {Topic} fell {Capacity} messages behind; {Policy}")]
    private static partial void LogOverflow(ILogger logger, string topic, int capacity, string policy);

    private abstract class Subscriber(string topic)
    {
        public string Topic { get; } = topic;

        public abstract void Offer(object message);
    }

    private sealed class Subscriber<T> : Subscriber, IEventSubscription<T>
    {
        private readonly InProcessEventBroker _stream;
        private readonly Channel<T> _buffer;
        private readonly EventBrokerOverflow _overflow;
        private readonly int _capacity;
        private int _read;
        private int _ended;
        private int _warned;

        public Subscriber(InProcessEventBroker stream, string topic, EventBrokerOptions options)
            : base(topic)
        {
            _stream = stream;
            _overflow = options.Overflow;
            _capacity = options.SubscriberBufferCapacity;
            var bounded = new BoundedChannelOptions(_capacity)
            {
                SingleReader = true,
                FullMode = _overflow == EventBrokerOverflow.DropOldest ? BoundedChannelFullMode.DropOldest : BoundedChannelFullMode.Wait,
            };
            _buffer = Channel.CreateBounded(bounded, (T _) => Warn("the oldest message was dropped (EventBroker:Overflow DropOldest)"));
        }

        public override void Offer(object message)
        {
            if (message is not T typed || _buffer.Writer.TryWrite(typed) || _overflow == EventBrokerOverflow.DropOldest)
            {
                return;
            }

            // Full under EndSubscription: the reader gets what is buffered, then the exception.
            if (_buffer.Writer.TryComplete(new EventBrokerOverflowException(Topic, _capacity)))
            {
                Warn("its subscription was ended (EventBroker:Overflow EndSubscription)");
                End();
            }
        }

        public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _read, 1) != 0)
            {
                throw new InvalidOperationException($"The subscription to '{Topic}' is already being read; subscribe again for another reader.");
            }

            try
            {
                await foreach (var message in _buffer.Reader.ReadAllAsync(cancellationToken))
                {
                    yield return message;
                }
            }
            finally
            {
                End();
            }
        }

        public ValueTask DisposeAsync()
        {
            _buffer.Writer.TryComplete();
            End();
            return ValueTask.CompletedTask;
        }

        private void End()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                _stream.Remove(this);
            }
        }

        private void Warn(string policy)
        {
            // Once per subscriber: a flood of drops would flood the log too.
            if (Interlocked.Exchange(ref _warned, 1) == 0)
            {
                LogOverflow(_stream._logger, Topic, _capacity, policy);
            }
        }
    }
}
