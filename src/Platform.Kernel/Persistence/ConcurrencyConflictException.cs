namespace Platform.Kernel.Persistence;

/// <summary>A change was made from a version of a record that someone else has changed since.</summary>
public sealed class ConcurrencyConflictException(string entity, Guid id, long expectedVersion, long? currentVersion)
    : Exception(currentVersion is null
        ? $"{entity} '{id}' no longer exists; it was removed after version {expectedVersion} was read."
        : $"{entity} '{id}' was changed by someone else: you edited version {expectedVersion}, it is now at version {currentVersion}. Reload it and apply your change again.")
{
    public string Entity { get; } = entity;

    public Guid Id { get; } = id;

    public long ExpectedVersion { get; } = expectedVersion;

    public long? CurrentVersion { get; } = currentVersion;
}
