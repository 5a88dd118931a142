using Microsoft.Extensions.Logging;
using Platform.Plugins.Partners;
using Platform.Plugins.Resilience;
using Platform.Sdk;

namespace Platform.Plugins.Events;

/// <summary>Routes a partner's inbound webhook call to its plugin: verify, then parse, then record the outcomes.</summary>
internal sealed partial class PartnerWebhooks(PartnerEventDispatcher events, ILogger<PartnerWebhooks> logger)
{
    public async Task<WebhookResult> HandleAsync(PartnerSlot? slot, string partnerId, PartnerWebhookRequest request, CancellationToken cancellationToken)
    {
        var result = await RouteAsync(slot, partnerId, request, cancellationToken);
        if (result.Status != WebhookStatus.Accepted)
        {
            LogRefused(logger, partnerId, result.Status, result.Reason ?? string.Empty);
        }

        return result;
    }

    private async Task<WebhookResult> RouteAsync(PartnerSlot? slot, string partnerId, PartnerWebhookRequest request, CancellationToken cancellationToken)
    {
        if (slot is null)
        {
            return new(WebhookStatus.NotFound, 0, $"No partner '{partnerId}' is configured.");
        }

        if (slot.Active is not { } partner)
        {
            return new(WebhookStatus.Unavailable, 0, slot.Error ?? $"Partner '{partnerId}' is disabled.");
        }

        if (partner.Webhook is not { } webhook)
        {
            return new(WebhookStatus.NotFound, 0, $"Partner '{partnerId}' (plugin {partner.Definition.PluginId}) takes no webhooks.");
        }

        var limit = partner.Definition.Resilience.AttemptTimeout;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            var verification = await partner.Gate.RunAsync(_ => Task.FromResult(webhook.Verify(request)), timeout.Token);
            if (verification is not { IsVerified: true })
            {
                return new(WebhookStatus.Unverified, 0, verification?.Reason ?? "the plugin returned no verification");
            }

            var parsed = await partner.Gate.RunAsync(token => webhook.ParseAsync(request, token), timeout.Token);
            if (parsed is null || !parsed.TryGetValue(out var outcomes))
            {
                return new(WebhookStatus.Invalid, 0, parsed?.ToString() ?? "the plugin returned no result");
            }

            foreach (var outcome in outcomes)
            {
                await events.DispatchAsync(partner.Instance, outcome, PartnerEventSource.Webhook, cancellationToken);
            }

            return new(WebhookStatus.Accepted, outcomes.Count, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(WebhookStatus.Unavailable, 0, $"Plugin '{partner.Definition.PluginId}' did not handle the webhook within {limit}.");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return new(WebhookStatus.Failed, 0, PartnerFaults.Describe(e, partnerId, partner.Definition.PluginId).Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook for partner {PartnerId} refused ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string partnerId, WebhookStatus status, string reason);
}
