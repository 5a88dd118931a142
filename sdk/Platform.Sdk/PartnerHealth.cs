namespace Platform.Sdk;

/// <summary>How well a partner can be served right now.</summary>
public enum PartnerHealthStatus
{
    /// <summary>The partner cannot be served (unreachable, credentials refused, plugin failed).</summary>
    Unhealthy,

    /// <summary>The partner answers but slowly or partly (e.g. a sandbox, one endpoint down).</summary>
    Degraded,

    /// <summary>The partner answers normally.</summary>
    Healthy,
}

/// <summary>The result of a health check.</summary>
/// <param name="Status">How well the partner can be served.</param>
/// <param name="Description">What was found, for a person; required unless healthy. Never include secrets.</param>
public sealed record PartnerHealth(PartnerHealthStatus Status, string? Description = null)
{
    /// <summary>A healthy partner.</summary>
    /// <param name="description">Optional detail, e.g. the partner's API version.</param>
    /// <returns>The health.</returns>
    public static PartnerHealth Healthy(string? description = null) => new(PartnerHealthStatus.Healthy, description);

    /// <summary>A partner that answers but not fully.</summary>
    /// <param name="description">What is wrong.</param>
    /// <returns>The health.</returns>
    public static PartnerHealth Degraded(string description) => new(PartnerHealthStatus.Degraded, description);

    /// <summary>A partner that cannot be served.</summary>
    /// <param name="description">What is wrong and, when known, what to do.</param>
    /// <returns>The health.</returns>
    public static PartnerHealth Unhealthy(string description) => new(PartnerHealthStatus.Unhealthy, description);
}
