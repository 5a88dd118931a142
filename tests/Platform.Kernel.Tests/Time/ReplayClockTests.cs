using Platform.Kernel.Time;

namespace Platform.Kernel.Tests.Time;

public sealed class ReplayClockTests
{
    private static readonly DateTimeOffset _past = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void ReplayAt_MakesNowThePastInstant_UntilDisposed_ThenTheInnerClockAgain()
    {
        var clock = new ReplayClock(TimeProvider.System);

        using (clock.ReplayAt(_past))
        {
            clock.GetUtcNow().ShouldBe(_past);
            ReplayClock.IsReplaying.ShouldBeTrue();
        }

        ReplayClock.IsReplaying.ShouldBeFalse();
        clock.GetUtcNow().ShouldBeGreaterThan(_past.AddDays(1));
    }

    [Fact]
    public async Task ReplayAt_StaysWithTheFlowThatStartedIt_OtherFlowsReadTheRealTime()
    {
        var clock = new ReplayClock(TimeProvider.System);
        var otherFlowSaw = DateTimeOffset.MinValue;
        using var started = new ManualResetEventSlim();
        using var replaying = new ManualResetEventSlim();
        var other = Task.Run(() =>
        {
            started.Set();
            replaying.Wait(TimeSpan.FromSeconds(10));
            otherFlowSaw = clock.GetUtcNow();
        });
        started.Wait(TimeSpan.FromSeconds(10));

        using (clock.ReplayAt(_past))
        {
            replaying.Set();
            await other;
            clock.GetUtcNow().ShouldBe(_past);
        }

        otherFlowSaw.ShouldBeGreaterThan(_past.AddDays(1));
    }

    [Fact]
    public void ReplayAt_TheFuture_IsRefused()
    {
        var clock = new ReplayClock(TimeProvider.System);

        var refused = Should.Throw<ArgumentOutOfRangeException>(() => clock.ReplayAt(DateTimeOffset.UtcNow.AddHours(1)));

        refused.ParamName.ShouldBe("instant");
        refused.Message.ShouldContain("already happened");
    }
}
