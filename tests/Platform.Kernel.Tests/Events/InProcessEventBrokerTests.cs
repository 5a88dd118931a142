using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.Kernel.Events;

namespace Platform.Kernel.Tests.Events;

public sealed class InProcessEventBrokerTests
{
    private sealed record Admitted(int Bed);

    private sealed record Discharged(int Bed);

    private static InProcessEventBroker Broker(int capacity = 16, EventBrokerOverflow overflow = EventBrokerOverflow.EndSubscription) =>
        new(Options.Create(new EventBrokerOptions { SubscriberBufferCapacity = capacity, Overflow = overflow }), NullLogger<InProcessEventBroker>.Instance);

    /// <summary>Everything buffered: disposing first ends the subscription after what it holds.</summary>
    private static async Task<List<T>> DrainAsync<T>(IEventSubscription<T> subscription)
    {
        await subscription.DisposeAsync();
        var read = new List<T>();
        await foreach (var message in subscription)
        {
            read.Add(message);
        }

        return read;
    }

    [Fact]
    public async Task Subscriber_GetsTheMessagesOfItsTypeAndTopicPublishedWhileSubscribed_InOrder()
    {
        var broker = Broker();
        await broker.PublishAsync("ward", new Admitted(0));
        var subscription = broker.Subscribe<Admitted>("ward");

        await broker.PublishAsync("ward", new Admitted(1));
        await broker.PublishAsync("ward", new Discharged(1));
        await broker.PublishAsync("icu", new Admitted(9));
        await broker.PublishAsync("ward", new Admitted(2));

        (await DrainAsync(subscription)).ShouldBe([new Admitted(1), new Admitted(2)]);
    }

    [Fact]
    public async Task EverySubscriber_GetsEveryMessage()
    {
        var broker = Broker();
        var first = broker.Subscribe<Admitted>("ward");
        var second = broker.Subscribe<object>("ward");

        await broker.PublishAsync("ward", new Admitted(1));

        (await DrainAsync(first)).ShouldBe([new Admitted(1)]);
        (await DrainAsync(second)).ShouldBe([new Admitted(1)]);
    }

    [Fact]
    public async Task DisposingTheSubscription_OrLeavingItsLoop_Unsubscribes()
    {
        var broker = Broker();
        var disposed = broker.Subscribe<Admitted>("ward");
        var left = broker.Subscribe<Admitted>("ward");
        broker.SubscriberCount("ward").ShouldBe(2);

        await disposed.DisposeAsync();
        broker.SubscriberCount("ward").ShouldBe(1);
        await broker.PublishAsync("ward", new Admitted(1));
        await foreach (var message in left)
        {
            message.ShouldBe(new Admitted(1));
            break;
        }

        broker.SubscriberCount("ward").ShouldBe(0);
    }

    [Fact]
    public async Task Overflow_EndSubscription_DeliversWhatWasBufferedThenEndsWithTheReason()
    {
        var broker = Broker(capacity: 2);
        var subscription = broker.Subscribe<Admitted>("ward");

        for (var bed = 1; bed <= 3; bed++)
        {
            await broker.PublishAsync("ward", new Admitted(bed));
        }

        var read = new List<Admitted>();
        var ended = await Should.ThrowAsync<EventBrokerOverflowException>(async () =>
        {
            await foreach (var message in subscription)
            {
                read.Add(message);
            }
        });

        read.ShouldBe([new Admitted(1), new Admitted(2)]);
        ended.Message.ShouldBe("The subscription to 'ward' fell more than 2 messages behind (EventBroker:SubscriberBufferCapacity) and was ended; subscribe again and refetch what you missed.");
        broker.SubscriberCount("ward").ShouldBe(0);
    }

    [Fact]
    public async Task Overflow_DropOldest_KeepsTheNewestMessages()
    {
        var broker = Broker(capacity: 2, EventBrokerOverflow.DropOldest);
        var subscription = broker.Subscribe<Admitted>("ward");

        for (var bed = 1; bed <= 3; bed++)
        {
            await broker.PublishAsync("ward", new Admitted(bed));
        }

        (await DrainAsync(subscription)).ShouldBe([new Admitted(2), new Admitted(3)]);
    }

    [Fact]
    public async Task ReadingASubscriptionTwice_IsRefused()
    {
        var broker = Broker();
        var subscription = broker.Subscribe<Admitted>("ward");
        await using var reader = subscription.GetAsyncEnumerator();
        await broker.PublishAsync("ward", new Admitted(1));
        (await reader.MoveNextAsync()).ShouldBeTrue();

        var second = subscription.GetAsyncEnumerator();
        var refused = await Should.ThrowAsync<InvalidOperationException>(async () => await second.MoveNextAsync());

        refused.Message.ShouldBe("The subscription to 'ward' is already being read; subscribe again for another reader.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public void BufferCapacityOutOfRange_IsRefusedNamingTheSetting(int capacity)
    {
        var refused = Should.Throw<InvalidOperationException>(() => Broker(capacity));

        refused.Message.ShouldBe($"EventBroker:SubscriberBufferCapacity must be between 1 and 100000, not {capacity}.");
    }
}
