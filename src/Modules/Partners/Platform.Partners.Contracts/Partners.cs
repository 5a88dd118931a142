using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Partners.Contracts;

/// <summary>Every partner the hospital configured, with its plugin, state, health, last error and call metrics.</summary>
[RequiresRole(Roles.Administrator, Roles.Coordinator)]
public sealed record ListPartners : IQuery<IReadOnlyList<PartnerDto>>;

/// <summary>Runs a partner's connection check now (its plugin's health check, with the partner's attempt timeout).</summary>
[RequiresRole(Roles.Administrator)]
[Audited("Partner")]
public sealed record TestPartnerConnection(string PartnerId) : ICommand<PartnerConnectionTestDto>;

/// <summary>Whether a partner can be called.</summary>
public enum PartnerStatus
{
    /// <summary>Set up and callable.</summary>
    Active,

    /// <summary>Switched off in configuration.</summary>
    Disabled,

    /// <summary>Could not be set up; <c>lastError</c> says why.</summary>
    Failed,
}

/// <summary>How well a partner answers.</summary>
public enum ConnectionHealth
{
    Healthy,
    Degraded,
    Unhealthy,
}

/// <summary>Why partner calls failed.</summary>
public enum CallFailureCategory
{
    Unavailable,
    Timeout,
    InvalidRequest,
    Unauthorized,
    PluginFault,
}

/// <summary>A configured partner as administrators and coordinators see it.</summary>
[GraphQLName("Partner")]
public sealed record PartnerDto(
    [property: GraphQLDescription("The hospital's id for the partner, as in the Partners configuration.")] string Id,
    [property: GraphQLDescription("The plugin serving it.")] string PluginId,
    [property: GraphQLDescription("The plugin's version; null when the plugin is not loaded.")] string? PluginVersion,
    [property: GraphQLDescription("insurer, ground-transport, interpreter-agency or clinical-trial-registry.")] string Capability,
    [property: GraphQLDescription("Whether configuration switches it on.")] bool Enabled,
    PartnerStatus Status,
    [property: GraphQLDescription("The last health check, at most 30 seconds old (testPartnerConnection checks now).")] PartnerHealthDto Health,
    [property: GraphQLDescription("Why it could not be set up, else the last failed call.")] string? LastError,
    DateTimeOffset? LastErrorAt,
    [property: GraphQLDescription("The circuit breaker: Closed, Open or HalfOpen; null unless active.")] string? Circuit,
    PartnerMetricsDto Metrics);

/// <summary>A partner's health as last checked.</summary>
[GraphQLName("PartnerHealth")]
public sealed record PartnerHealthDto(ConnectionHealth Status, string? Description, DateTimeOffset CheckedAt);

/// <summary>A partner's calls since the host started, and latency over the metrics window.</summary>
[GraphQLName("PartnerMetrics")]
public sealed record PartnerMetricsDto(
    long Calls,
    long Succeeded,
    long Declined,
    long Pending,
    long Cancelled,
    long Failed,
    [property: GraphQLDescription("Failed calls over all calls, 0 to 1.")] double FailureRatio,
    IReadOnlyList<PartnerFailureCountDto> FailuresByCategory,
    [property: GraphQLDescription("The sliding window the latency percentiles cover, in seconds.")] double WindowSeconds,
    int LatencySamples,
    double? P50Ms,
    double? P95Ms,
    double? P99Ms,
    [property: GraphQLDescription("When the first call was counted.")] DateTimeOffset? Since);

/// <summary>Failed calls of one category.</summary>
[GraphQLName("PartnerFailureCount")]
public sealed record PartnerFailureCountDto(CallFailureCategory Category, long Count);

/// <summary>The outcome of a connection test.</summary>
[GraphQLName("PartnerConnectionTest")]
public sealed record PartnerConnectionTestDto(
    string PartnerId,
    ConnectionHealth Status,
    [property: GraphQLDescription("What the plugin found, in words an administrator can act on.")] string? Description,
    DateTimeOffset CheckedAt,
    [property: GraphQLDescription("How long the check took, in milliseconds.")] double DurationMs);
