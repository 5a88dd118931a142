using MediatR;
using Platform.Kernel.Messaging;
using Platform.Partners.Contracts;
using Platform.Partners.Health;
using Platform.Plugins;

namespace Platform.Partners.Features.TestPartnerConnection;

internal sealed class TestPartnerConnectionHandler(PartnerRegistry registry, PartnerHealthMonitor health, TimeProvider time)
    : IRequestHandler<Contracts.TestPartnerConnection, PartnerConnectionTestDto>
{
    public async Task<PartnerConnectionTestDto> Handle(Contracts.TestPartnerConnection request, CancellationToken cancellationToken)
    {
        var partner = registry.Partners.FirstOrDefault(p => string.Equals(p.PartnerId, request.PartnerId, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotFoundException("Partner", request.PartnerId);
        if (!partner.Enabled)
        {
            throw new BusinessRuleException("PARTNER_DISABLED", $"Partner '{partner.PartnerId}' is disabled in configuration (Partners:{partner.PartnerId}:Enabled); enable it to test its connection.");
        }

        // A partner that failed to set up is tested too: the answer carries the reason (missing setting,
        // plugin not installed) an administrator needs.
        var started = time.GetTimestamp();
        var result = await registry.CheckHealthAsync(partner.PartnerId, cancellationToken);
        var checkedAt = time.GetUtcNow();
        var status = PartnerHealthMonitor.Map(result.Status);
        health.Remember(partner, new PartnerHealthDto(status, result.Description, checkedAt));
        return new PartnerConnectionTestDto(partner.PartnerId, status, result.Description, checkedAt, Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 1));
    }
}
