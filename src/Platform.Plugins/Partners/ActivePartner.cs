using Microsoft.Extensions.DependencyInjection;
using Platform.Plugins.Resilience;
using Platform.Sdk;
using Polly;
using Polly.CircuitBreaker;

namespace Platform.Plugins.Partners;

/// <summary>A partner instance that is set up: its own service provider, its capability, and the resilience around it.</summary>
internal sealed class ActivePartner(
    PartnerInstance instance,
    PartnerDefinition definition,
    string pluginVersion,
    ServiceProvider services,
    object capability,
    IPartnerWebhook? webhook,
    ResiliencePipeline pipeline,
    CircuitBreakerStateProvider circuit) : IAsyncDisposable
{
    private string? _lastFailure;
    private DateTimeOffset? _lastFailureAt;

    public PartnerInstance Instance { get; } = instance;

    public PartnerDefinition Definition { get; } = definition;

    public string PluginVersion { get; } = pluginVersion;

    public object Capability { get; } = capability;

    public IPartnerWebhook? Webhook { get; } = webhook;

    public ResiliencePipeline Pipeline { get; } = pipeline;

    public CallGate Gate { get; } = new(definition.Resilience.MaxConcurrentCalls);

    public string Circuit => circuit.CircuitState.ToString();

    public (string? Failure, DateTimeOffset? At) LastFailure => (_lastFailure, _lastFailureAt);

    public void RecordFailure(PartnerFailure failure, DateTimeOffset at)
    {
        _lastFailure = $"{failure.Category}: {failure.Message}";
        _lastFailureAt = at;
    }

    /// <summary>
    /// Lets running calls finish, then disposes the plugin's services, stopping its timers and connections.
    /// It waits at most one attempt timeout: a call still running after that has been abandoned by its caller.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await Gate.DrainAsync(Definition.Resilience.AttemptTimeout);
        await services.DisposeAsync();
    }
}

/// <summary>The registry's record of one configured partner: active, disabled or failed.</summary>
internal sealed record PartnerSlot(PartnerDefinition Definition, PartnerState State, string? Error, ActivePartner? Active, string? PluginVersion)
{
    public PartnerInfo ToInfo() => new(
        Definition.PartnerId,
        Definition.PluginId,
        PluginVersion,
        Definition.Capability,
        Definition.Enabled,
        State,
        Error,
        Active?.Circuit,
        Active?.LastFailure.Failure,
        Active?.LastFailure.At);
}
