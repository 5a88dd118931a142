using MediatR;
using Platform.Partners.Contracts;
using Platform.Partners.Health;
using Platform.Plugins;

namespace Platform.Partners.Features.ListPartners;

internal sealed class ListPartnersHandler(PartnerRegistry registry, PartnerHealthMonitor health) : IRequestHandler<Contracts.ListPartners, IReadOnlyList<PartnerDto>>
{
    public async Task<IReadOnlyList<PartnerDto>> Handle(Contracts.ListPartners request, CancellationToken cancellationToken)
    {
        var partners = registry.Partners;
        // Checked side by side: one slow partner must not add its time to every other's.
        var checks = await Task.WhenAll(partners.Select(p => health.HealthAsync(p, cancellationToken)));
        return [.. partners.Select((p, i) => new PartnerDto(
            p.PartnerId,
            p.PluginId,
            p.PluginVersion,
            p.Capability,
            p.Enabled,
            p.State switch { PartnerState.Active => PartnerStatus.Active, PartnerState.Disabled => PartnerStatus.Disabled, _ => PartnerStatus.Failed },
            checks[i],
            p.Error ?? p.LastFailure,
            p.Error is null ? p.LastFailureAt : null,
            p.Circuit,
            Metrics(registry.Metrics.For(p.PartnerId))))];
    }

    private static PartnerMetricsDto Metrics(PartnerMetricsSnapshot m) => new(
        m.Calls,
        m.Succeeded,
        m.Declined,
        m.Pending,
        m.Cancelled,
        m.Failed,
        m.FailureRatio,
        [.. m.Failures.OrderBy(f => f.Key).Select(f => new PartnerFailureCountDto(Enum.Parse<CallFailureCategory>(f.Key.ToString()), f.Value))],
        m.Window.TotalSeconds,
        m.LatencySamples,
        m.P50?.TotalMilliseconds,
        m.P95?.TotalMilliseconds,
        m.P99?.TotalMilliseconds,
        m.Since);
}
