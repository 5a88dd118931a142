using MediatR;
using Platform.Kernel.Events;
using Platform.Kernel.Tests.ClinicModule;
using Platform.Kernel.Tests.Infrastructure;

namespace Platform.Kernel.Tests.Events;

/// <summary>Notifications reach the event broker through the outbox: after commit, once each.</summary>
public sealed class NotificationForwardingTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("Sqlite");

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task CommittedNotification_IsPublishedOnItsTopicOnceWhenTheOutboxDeliversIt()
    {
        await using var platform = await PlatformUnderTest.StartAsync(_database);
        var broker = platform.Services.GetRequiredService<IEventBroker>();
        var subscription = broker.Subscribe<CareNoteWritten>();

        var note = await platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "seen live"));
        await Should.ThrowAsync<InvalidOperationException>(() => platform.SendAs(Users.Coordinator, new WriteCareNoteThenFail(Users.OwnPatient, "rolled back")));
        await platform.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        await subscription.DisposeAsync();

        var received = new List<CareNoteWritten>();
        await foreach (var message in subscription)
        {
            received.Add(message);
        }

        received.ShouldBe([new CareNoteWritten(note.Id, Users.OwnPatient, "seen live")]);
    }

    [Fact]
    public async Task ComposedPlatform_RegistersTheForwarderExactlyOnce()
    {
        await using var platform = await PlatformUnderTest.StartAsync(_database, migrate: false);
        await using var scope = platform.Services.CreateAsyncScope();

        scope.ServiceProvider.GetServices<INotificationHandler<CareNoteWritten>>()
            .Count(handler => handler.GetType().IsGenericType && handler.GetType().GetGenericTypeDefinition() == typeof(EventBrokerForwarder<>))
            .ShouldBe(1);
    }
}
