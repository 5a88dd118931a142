using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Outbox;
using Platform.Kernel.Tests.ClinicModule;
using Platform.Kernel.Tests.Infrastructure;

namespace Platform.Kernel.Tests.Outbox;

/// <summary>The dispatcher against a real database: at least once, in order per aggregate, retries, parking and replay.</summary>
public abstract class OutboxDeliveryTests(string provider) : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly DeliveryLog _deliveries = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Dispatch_AfterACrashBetweenCommitAndDispatch_DeliversTheMessageOnce()
    {
        var platform = await PlatformUnderTest.StartAsync(_database, _clock, _deliveries);
        var note = await platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "committed before the crash"));
        await platform.DisposeAsync(); // the process dies before its dispatcher ran

        await using var restarted = await PlatformUnderTest.StartAsync(_database, _clock, _deliveries);
        var first = await restarted.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        var second = await restarted.Dispatcher.DispatchPendingAsync(CancellationToken.None);

        first.ShouldBe(1);
        second.ShouldBe(0);
        _deliveries.Received.ShouldHaveSingleItem().NoteId.ShouldBe(note.Id);
        var stored = await restarted.WithContext<ClinicDbContext, OutboxMessage>(db => db.OutboxMessages.SingleAsync());
        stored.ProcessedAt.ShouldBe(_clock.GetUtcNow());
    }

    [Fact]
    public async Task Dispatch_WhenAHandlerFails_RetriesAfterBackoffAndKeepsOrderPerAggregate()
    {
        await using var platform = await PlatformUnderTest.StartAsync(_database, _clock, _deliveries);
        var other = Guid.NewGuid();
        await platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "first"));
        await platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "second"));
        await platform.SendAs(Users.Coordinator, new WriteCareNote(other, "another patient"));
        _deliveries.FailuresToInject = 1;

        var pass1 = await platform.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        var failed = await platform.WithContext<ClinicDbContext, OutboxMessage>(db => db.OutboxMessages.OrderBy(m => m.Id).FirstAsync());
        var pass2 = await platform.Dispatcher.DispatchPendingAsync(CancellationToken.None); // backoff not over
        _clock.Advance(TimeSpan.FromSeconds(10));
        var pass3 = await platform.Dispatcher.DispatchPendingAsync(CancellationToken.None);

        pass1.ShouldBe(1); // "first" failed, so "second" waited; the other patient's note went through
        pass2.ShouldBe(0);
        pass3.ShouldBe(2);
        _deliveries.Received.Select(m => m.Text).ShouldBe(["another patient", "first", "second"]);
        failed.Attempts.ShouldBe(1);
        failed.NextAttemptAt.ShouldBe(failed.OccurredAt + TimeSpan.FromSeconds(10));
        failed.LastError.ShouldBe($"InvalidOperationException: Timeline is down (note {_deliveries.Received[1].NoteId}).");
        var delivered = await platform.WithContext<ClinicDbContext, OutboxMessage>(db => db.OutboxMessages.OrderBy(m => m.Id).FirstAsync());
        (delivered.ProcessedAt, delivered.LastError).ShouldBe((_clock.GetUtcNow(), null));
    }

    [Fact]
    public async Task Dispatch_AfterMaxAttempts_ParksTheMessageUntilAnAdministratorReplaysIt()
    {
        await using var platform = await PlatformUnderTest.StartAsync(_database, _clock, _deliveries);
        await platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "poison"));
        await platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "behind the poison"));
        _deliveries.AlwaysFail = true;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await platform.Dispatcher.DispatchPendingAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromMinutes(5));
        }

        var parked = await platform.SendAs(Users.Administrator, new ListParkedMessages());
        var whileParked = await platform.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        await Should.ThrowAsync<Kernel.Security.AccessDeniedException>(() => platform.SendAs(Users.Coordinator, new ListParkedMessages()));
        _deliveries.AlwaysFail = false;
        var replayed = await platform.SendAs(Users.Administrator, new ReplayParkedMessage("clinic", parked[0].Id));
        var afterReplay = await platform.Dispatcher.DispatchPendingAsync(CancellationToken.None);

        var message = parked.ShouldHaveSingleItem();
        (message.Module, message.Attempts).ShouldBe(("clinic", 3));
        message.LastError!.ShouldStartWith("InvalidOperationException: Timeline is down");
        whileParked.ShouldBe(0); // the later message of the same patient waits behind the parked one
        replayed.Id.ShouldBe(message.Id);
        afterReplay.ShouldBe(2);
        _deliveries.Received.Select(m => m.Text).ShouldBe(["poison", "behind the poison"]);
        (await platform.SendAs(Users.Administrator, new ListParkedMessages())).ShouldBeEmpty();
    }

    [Fact]
    public async Task Stop_WhileAMessageIsBeingDelivered_FinishesThatDeliveryFirst()
    {
        await using var platform = await PlatformUnderTest.StartAsync(_database, _clock, _deliveries);
        _deliveries.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "in flight at shutdown"));
        await platform.Dispatcher.StartAsync(CancellationToken.None);
        await _deliveries.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = platform.Dispatcher.StopAsync(CancellationToken.None);
        stopping.IsCompleted.ShouldBeFalse();
        _deliveries.Gate.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        _deliveries.Received.ShouldHaveSingleItem().Text.ShouldBe("in flight at shutdown");
        var message = await platform.WithContext<ClinicDbContext, OutboxMessage>(db => db.OutboxMessages.SingleAsync());
        message.ProcessedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Replay_OfAMessageThatIsNotParked_IsRefusedWithTheReason()
    {
        await using var platform = await PlatformUnderTest.StartAsync(_database, _clock, _deliveries);
        await platform.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "fine"));
        var id = await platform.WithContext<ClinicDbContext, long>(db => db.OutboxMessages.Select(m => m.Id).SingleAsync());

        var error = await Should.ThrowAsync<InvalidOperationException>(() => platform.SendAs(Users.Administrator, new ReplayParkedMessage("clinic", id)));
        var unknownModule = await Should.ThrowAsync<KeyNotFoundException>(() => platform.SendAs(Users.Administrator, new ReplayParkedMessage("billing", id)));

        error.Message.ShouldBe($"Outbox message {id} in module 'clinic' is not parked; only parked messages can be replayed.");
        unknownModule.Message.ShouldBe("Module 'billing' has no outbox; modules with one: audit, identity, clinic.");
    }
}

public sealed class SqliteOutboxDeliveryTests() : OutboxDeliveryTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresOutboxDeliveryTests() : OutboxDeliveryTests("Postgres");

public sealed class OutboxBackoffTests
{
    [Fact]
    public void Backoff_DoublesFromTheBaseDelayUpToTheCap()
    {
        var options = new OutboxOptions { RetryBaseDelay = TimeSpan.FromSeconds(2), MaxRetryDelay = TimeSpan.FromSeconds(30) };

        Enumerable.Range(1, 6).Select(options.Backoff).ShouldBe(
            [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)]);
    }
}
