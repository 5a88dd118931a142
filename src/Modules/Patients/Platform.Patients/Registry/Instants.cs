namespace Platform.Patients.Registry;

/// <summary>
/// Instants as every provider keeps them. SQLite's instant encoding keeps 100 µs and PostgreSQL
/// 1 µs; cut to whole milliseconds, what a command answers equals what a later read returns.
/// </summary>
internal static class Instants
{
    public static DateTimeOffset StoredNow(this TimeProvider clock) => Stored(clock.GetUtcNow());

    public static DateTimeOffset Stored(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
