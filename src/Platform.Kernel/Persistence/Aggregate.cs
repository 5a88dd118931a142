namespace Platform.Kernel.Persistence;

/// <summary>
/// An aggregate root: the unit a command changes. Its version is an optimistic concurrency token;
/// saving a change made from a stale version is refused.
/// </summary>
public abstract class Aggregate
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();

    /// <summary>1 when first saved, one more after every saved change.</summary>
    public long Version { get; internal set; }
}
