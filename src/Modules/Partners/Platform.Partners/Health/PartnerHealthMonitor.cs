using System.Collections.Concurrent;
using Platform.Partners.Contracts;
using Platform.Plugins;
using Platform.Sdk;

namespace Platform.Partners.Health;

/// <summary>
/// Partners' health for the partners list: checked when older than <see cref="MaxAge"/>, so a console
/// that polls the list does not call every partner on every poll. A connection test refreshes it at once.
/// A partner that is not active is unhealthy with its reason, without calling anything.
/// </summary>
internal sealed class PartnerHealthMonitor(PartnerRegistry registry, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string Version, PartnerHealthDto Health)> _last = new(StringComparer.OrdinalIgnoreCase);

    public async Task<PartnerHealthDto> HealthAsync(PartnerInfo partner, CancellationToken cancellationToken)
    {
        if (partner.State != PartnerState.Active)
        {
            var reason = partner.State == PartnerState.Disabled ? $"Partner '{partner.PartnerId}' is disabled in configuration." : partner.Error;
            return new PartnerHealthDto(ConnectionHealth.Unhealthy, reason, time.GetUtcNow());
        }

        if (_last.TryGetValue(partner.PartnerId, out var last) && last.Version == Version(partner) && time.GetUtcNow() - last.Health.CheckedAt < MaxAge)
        {
            return last.Health;
        }

        var health = await registry.CheckHealthAsync(partner.PartnerId, cancellationToken);
        return Remember(partner, new PartnerHealthDto(Map(health.Status), health.Description, time.GetUtcNow()));
    }

    public PartnerHealthDto Remember(PartnerInfo partner, PartnerHealthDto health)
    {
        _last[partner.PartnerId] = (Version(partner), health);
        return health;
    }

    public static ConnectionHealth Map(PartnerHealthStatus status) => status switch
    {
        PartnerHealthStatus.Healthy => ConnectionHealth.Healthy,
        PartnerHealthStatus.Degraded => ConnectionHealth.Degraded,
        _ => ConnectionHealth.Unhealthy,
    };

    /// <summary>A reloaded plugin or a reconfigured partner is checked afresh.</summary>
    private static string Version(PartnerInfo partner) => $"{partner.PluginId}|{partner.PluginVersion}|{partner.State}|{partner.Error}";
}
