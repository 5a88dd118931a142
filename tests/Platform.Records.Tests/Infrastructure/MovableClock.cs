namespace Platform.Records.Tests.Infrastructure;

/// <summary>
/// Real time moved forward on demand (a share's expiry, a reminder falling due), never answering
/// the same instant twice so records made one after another sort in the order they were made.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            var now = base.GetUtcNow() + _offset;
            _last = now > _last ? now : _last.AddTicks(10);
            return _last;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _offset += by;
        }
    }
}
