namespace Platform.Journeys.Tests.Infrastructure;

/// <summary>
/// A clock the test moves: it starts at a fixed instant, steps one millisecond per reading (so records
/// made one after another sort by time) and jumps forward when told.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            _now = _now.AddMilliseconds(1);
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
