namespace Platform.Plugins;

/// <summary>Whether a partner instance can be called.</summary>
public enum PartnerState
{
    /// <summary>Set up and callable.</summary>
    Active,

    /// <summary>Switched off in configuration.</summary>
    Disabled,

    /// <summary>Could not be set up; <see cref="PartnerInfo.Error"/> says why. Calls fail with category Unavailable.</summary>
    Failed,
}

/// <summary>A partner instance as the host sees it, for administrators and the API.</summary>
/// <param name="PartnerId">The hospital's id for the partner.</param>
/// <param name="PluginId">The plugin serving it.</param>
/// <param name="PluginVersion">The plugin's version, when it is loaded.</param>
/// <param name="Capability">The capability it serves.</param>
/// <param name="Enabled">Whether configuration switches it on.</param>
/// <param name="State">Whether it can be called.</param>
/// <param name="Error">Why it could not be set up.</param>
/// <param name="Circuit">The circuit breaker's state (<c>Closed</c>, <c>Open</c>, <c>HalfOpen</c>), when active.</param>
/// <param name="LastFailure">The last call failure, e.g. "Timeout: Partner 'globalcare' did not answer within 00:00:10".</param>
/// <param name="LastFailureAt">When it happened.</param>
public sealed record PartnerInfo(string PartnerId, string PluginId, string? PluginVersion, string Capability, bool Enabled, PartnerState State, string? Error, string? Circuit, string? LastFailure, DateTimeOffset? LastFailureAt);
