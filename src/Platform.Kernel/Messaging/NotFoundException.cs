namespace Platform.Kernel.Messaging;

/// <summary>The record a request names does not exist (or is not visible to the caller).</summary>
public sealed class NotFoundException(string entity, object id)
    : Exception($"{entity} '{id}' does not exist.")
{
    public string Entity { get; } = entity;

    public string Id { get; } = id.ToString() ?? "";
}
