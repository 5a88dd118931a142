namespace Platform.Kernel.Time;

/// <summary>
/// The platform's clock: another clock (the system's by default), except inside a replay, where
/// "now" is the instant the replay chose. A replay lets a story be told through the real commands
/// at the dates it happened (the demo center's patients registered over months, their journeys
/// moved stage by stage), so validation, audit, the outbox and every notification handler run as
/// they would have. The replay is carried by the calling flow (an <see cref="AsyncLocal{T}"/>), so
/// requests served at the same time keep reading the real time.
/// </summary>
public sealed class ReplayClock(TimeProvider inner) : TimeProvider
{
    private static readonly AsyncLocal<DateTimeOffset?> _replayedNow = new();

    /// <summary>Whether the current flow is inside a replay.</summary>
    public static bool IsReplaying => _replayedNow.Value is not null;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => _replayedNow.Value ?? inner.GetUtcNow();

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <inheritdoc/>
    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <inheritdoc/>
    public override long GetTimestamp() => inner.GetTimestamp();

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>
    /// Makes "now" <paramref name="instant"/> for the current flow until the result is disposed.
    /// Refuses the future: a replay tells what already happened.
    /// </summary>
    public IDisposable ReplayAt(DateTimeOffset instant)
    {
        var real = inner.GetUtcNow();
        if (instant > real)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, $"A replay tells what already happened; {instant:u} is after now ({real:u}).");
        }

        var previous = _replayedNow.Value;
        _replayedNow.Value = instant.ToUniversalTime();
        return new Restore(previous);
    }

    private sealed class Restore(DateTimeOffset? previous) : IDisposable
    {
        public void Dispose() => _replayedNow.Value = previous;
    }
}
