namespace Platform.Journeys.Journeys;

/// <summary>
/// Instants cut to whole milliseconds: SQLite keeps 100 µs and PostgreSQL 1 µs, so what a command
/// answers equals what a later read returns.
/// </summary>
internal static class Instants
{
    public static DateTimeOffset StoredNow(this TimeProvider clock) => Stored(clock.GetUtcNow());

    public static DateTimeOffset Stored(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
