namespace Platform.Kernel.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, so retry delays and expiries need no waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
