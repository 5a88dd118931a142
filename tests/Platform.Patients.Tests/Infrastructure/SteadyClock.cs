namespace Platform.Patients.Tests.Infrastructure;

/// <summary>
/// Real time, except that it never answers the same millisecond twice: records made one after
/// another in a test get distinct, increasing instants, so orders by time are deterministic.
/// Frozen, it answers one instant for ever, as a fast machine may within a millisecond.
/// Advanced, it runs on from later, as if that much time had passed.
/// </summary>
public sealed class SteadyClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _last = DateTimeOffset.MinValue;
    private bool _frozen;
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            if (!_frozen)
            {
                var now = base.GetUtcNow() + _offset;
                _last = now > _last.AddMilliseconds(1) ? now : _last.AddMilliseconds(1);
            }

            return _last;
        }
    }

    public void Freeze()
    {
        GetUtcNow();
        lock (_gate)
        {
            _frozen = true;
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
