using Platform.Kernel.Outbox;
using Platform.Kernel.Tests.ClinicModule;
using Platform.Kernel.Tests.Infrastructure;

namespace Platform.Kernel.Tests.Outbox;

/// <summary>Two host instances on one PostgreSQL database: each module's outbox is dispatched by one of them at a time.</summary>
[Collection(PostgresServer.Name)]
public sealed class OutboxInstancesTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync("Postgres");

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Dispatch_WhileAnotherInstanceIsMidPass_SkipsTheModule_SoNothingIsDeliveredTwice()
    {
        var first = new DeliveryLog { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var second = new DeliveryLog();
        await using var instanceA = await PlatformUnderTest.StartAsync(_database, _clock, first);
        await using var instanceB = await PlatformUnderTest.StartAsync(_database, _clock, second, migrate: false);
        await instanceA.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "first"));
        await instanceA.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "second"));

        var passA = instanceA.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        await first.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30)); // A holds the turn, stopped inside its first delivery
        var passBDuring = await instanceB.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        first.Gate!.SetResult();
        var deliveredByA = await passA;
        var passBAfter = await instanceB.Dispatcher.DispatchPendingAsync(CancellationToken.None);

        passBDuring.ShouldBe(0);
        second.Received.ShouldBeEmpty();
        deliveredByA.ShouldBe(2);
        first.Received.Select(n => n.Text).ShouldBe(["first", "second"]);
        passBAfter.ShouldBe(0);
    }

    [Fact]
    public async Task Dispatch_AfterTheOtherInstanceFinished_TakesTheTurnAndDeliversWhatIsNew()
    {
        var first = new DeliveryLog();
        var second = new DeliveryLog();
        await using var instanceA = await PlatformUnderTest.StartAsync(_database, _clock, first);
        await using var instanceB = await PlatformUnderTest.StartAsync(_database, _clock, second, migrate: false);
        await instanceA.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "to A"));
        await instanceA.Dispatcher.DispatchPendingAsync(CancellationToken.None);
        await instanceB.SendAs(Users.Coordinator, new WriteCareNote(Users.OwnPatient, "to B"));

        var delivered = await instanceB.Dispatcher.DispatchPendingAsync(CancellationToken.None);

        delivered.ShouldBe(1);
        second.Received.ShouldHaveSingleItem().Text.ShouldBe("to B");
        first.Received.ShouldHaveSingleItem().Text.ShouldBe("to A");
    }

    [Fact]
    public void LockKey_IsStablePerModule_AndDiffersBetweenModules()
    {
        DispatchTurn.LockKey("patients").ShouldBe(DispatchTurn.LockKey("patients"));
        DispatchTurn.LockKey("patients").ShouldNotBe(DispatchTurn.LockKey("journeys"));
    }
}
