using System.Text;

namespace Platform.Sdk.Testing;

/// <summary>The health and webhook checks.</summary>
public sealed partial class PluginConformance
{
    private async Task<IReadOnlyList<string>> CheckHealthAsync()
    {
        List<string> findings = [];
        var (working, problem) = await TryConfigureAsync(_options.Settings, "ConformanceOptions.Settings").ConfigureAwait(false);
        if (working is null)
        {
            return [problem!];
        }

        await using (working.ConfigureAwait(false))
        {
            var health = await HealthAsync(working).ConfigureAwait(false);
            if (health.Problem is not null)
            {
                findings.Add(health.Problem);
            }
            else if (health.Health!.Status == PartnerHealthStatus.Unhealthy)
            {
                findings.Add($"with ConformanceOptions.Settings the partner reports Unhealthy ({health.Health.Description}); the kit expects working settings");
            }
            else if (health.Health.Status == PartnerHealthStatus.Degraded && string.IsNullOrWhiteSpace(health.Health.Description))
            {
                findings.Add("Degraded health without a description; say what is wrong");
            }
        }

        if (_options.UnhealthySettings is { } unhealthySettings)
        {
            var (refused, refusedProblem) = await TryConfigureAsync(unhealthySettings, "ConformanceOptions.UnhealthySettings").ConfigureAwait(false);
            if (refused is null)
            {
                findings.Add($"{refusedProblem}; settings the partner refuses (a revoked key) still configure, and health reports them");
                return findings;
            }

            await using (refused.ConfigureAwait(false))
            {
                var health = await HealthAsync(refused).ConfigureAwait(false);
                if (health.Problem is not null)
                {
                    findings.Add(health.Problem);
                }
                else if (health.Health!.Status != PartnerHealthStatus.Unhealthy || string.IsNullOrWhiteSpace(health.Health.Description))
                {
                    findings.Add($"with ConformanceOptions.UnhealthySettings the partner reports {health.Health.Status} ({health.Health.Description ?? "no description"}); expected Unhealthy with a description a person can act on");
                }
            }
        }

        return findings;
    }

    private async Task<(PartnerHealth? Health, string? Problem)> HealthAsync(Instance instance)
    {
        var task = instance.Capability<IPartnerCapability>(_contract).CheckHealthAsync(CancellationToken.None);
        if (await Task.WhenAny(task, Task.Delay(_options.HangLimit)).ConfigureAwait(false) != task)
        {
            return (null, $"CheckHealthAsync did not answer within {_options.HangLimit.TotalSeconds:0} s");
        }

        try
        {
            var health = await task.ConfigureAwait(false);
            return health is null ? (null, "CheckHealthAsync answered null") : (health, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"CheckHealthAsync threw {e.GetType().Name} ({e.Message}); report an unreachable partner as Unhealthy with the reason");
        }
    }

    private async Task<IReadOnlyList<string>> CheckWebhookAsync()
    {
        var (instance, problem) = await TryConfigureAsync(_options.Settings, "ConformanceOptions.Settings").ConfigureAwait(false);
        if (instance is null)
        {
            return [problem!];
        }

        await using (instance.ConfigureAwait(false))
        {
            if (instance.Services.GetService(typeof(IPartnerWebhook)) is not IPartnerWebhook webhook)
            {
                return [];
            }

            // A request anyone could send: no signature, no secret, a plausible body.
            var forged = new PartnerWebhookRequest("POST", "/", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" },
                Encoding.UTF8.GetBytes("""{"reference":"KIT-UNKNOWN-0001","status":"approved"}"""), DateTimeOffset.UtcNow);
            try
            {
                var verification = webhook.Verify(forged);
                return verification.IsVerified ? ["the webhook verified an unsigned request; check the partner's signature or shared secret before trusting a body"]
                    : string.IsNullOrWhiteSpace(verification.Reason) ? ["the webhook rejected an unsigned request without a reason; the host logs it"]
                    : [];
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return [$"the webhook's Verify threw {e.GetType().Name} ({e.Message}) on an unsigned request; return WebhookVerification.Rejected(reason)"];
            }
        }
    }
}
