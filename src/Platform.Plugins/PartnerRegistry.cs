using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Plugins.Events;
using Platform.Plugins.Loading;
using Platform.Plugins.Partners;
using Platform.Plugins.Resilience;
using Platform.Sdk;

namespace Platform.Plugins;

/// <summary>
/// The partners a hospital configured, each served by a loaded plugin: resolve one by id as its
/// capability contract (every call then goes through the partner's resilience pipeline), list them with
/// their state, and follow configuration changes and plugin reloads without a restart.
/// </summary>
public sealed partial class PartnerRegistry : IAsyncDisposable
{
    private readonly SemaphoreSlim _changes = new(1, 1);
    private readonly Lock _start = new();
    private readonly ConcurrentDictionary<(string, Type), object> _proxies = new();
    private readonly PluginCatalog _catalog;
    private readonly PartnerFactory _factory;
    private readonly IOptionsMonitor<PartnersOptions> _partners;
    private readonly PartnerWebhooks _webhooks;
    private readonly IOptionsMonitor<PluginsOptions> _pluginOptions;
    private readonly ILogger<PartnerRegistry> _logger;
    private Dictionary<string, PartnerSlot> _slots = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyList<PluginInfo> _plugins = [];
    private Task? _started;
    private IDisposable? _subscription;
    private PluginFolderWatcher? _watcher;

    internal PartnerRegistry(PluginCatalog catalog, PartnerFactory factory, PartnerCalls calls, PartnerWebhooks webhooks, IOptionsMonitor<PluginsOptions> plugins, IOptionsMonitor<PartnersOptions> partners, ILogger<PartnerRegistry> logger)
    {
        _pluginOptions = plugins;
        _webhooks = webhooks;
        _catalog = catalog;
        _factory = factory;
        Calls = calls;
        _partners = partners;
        _logger = logger;
        calls.Attach(this);
    }

    /// <summary>Every plugin found, loaded or failed.</summary>
    public IReadOnlyList<PluginInfo> Plugins => Volatile.Read(ref _plugins);

    /// <summary>Every configured partner: active, disabled or failed.</summary>
    public IReadOnlyList<PartnerInfo> Partners => [.. Volatile.Read(ref _slots).Values.OrderBy(s => s.Definition.PartnerId, StringComparer.Ordinal).Select(s => s.ToInfo())];

    /// <summary>Every partner's call counts and latency percentiles, for service-level reporting.</summary>
    public PartnerMetrics Metrics => Calls.Metrics;

    internal PartnerCalls Calls { get; }

    /// <summary>
    /// The partner as its capability contract. Every call goes through the partner's resilience pipeline
    /// and ends in a <see cref="PartnerResult{T}"/>, never an exception from the plugin. The object stays
    /// valid across configuration changes and reloads: each call uses the partner as it is then.
    /// </summary>
    /// <typeparam name="TCapability">The capability contract, e.g. <c>IInsurer</c>.</typeparam>
    /// <param name="partnerId">The hospital's id for the partner.</param>
    /// <returns>The partner.</returns>
    /// <exception cref="InvalidOperationException">No partner with that id is configured for that capability.</exception>
    public TCapability Resolve<TCapability>(string partnerId)
        where TCapability : class, IPartnerCapability
    {
        var capability = typeof(TCapability).GetCustomAttribute<PartnerCapabilityAttribute>()?.Name
            ?? throw new InvalidOperationException($"{typeof(TCapability).Name} is not a partner capability contract.");
        if (!Volatile.Read(ref _slots).TryGetValue(partnerId, out var slot) || slot.Definition.Capability != capability)
        {
            var known = Partners.Where(p => p.Capability == capability).Select(p => p.PartnerId).DefaultIfEmpty("none");
            throw new InvalidOperationException($"No partner '{partnerId}' is configured for capability '{capability}' (configured: {string.Join(", ", known)}).");
        }

        return (TCapability)_proxies.GetOrAdd((slot.Definition.PartnerId, typeof(TCapability)), key => PartnerProxy.Create<TCapability>(Calls, key.Item1));
    }

    /// <summary>Tests a partner's connection: runs its health check with its attempt timeout. A disabled or failed partner is unhealthy with the reason.</summary>
    /// <param name="partnerId">The hospital's id for the partner.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The partner's health; never throws for a misbehaving plugin.</returns>
    public Task<PartnerHealth> CheckHealthAsync(string partnerId, CancellationToken cancellationToken = default) =>
        Calls.CheckHealthAsync(partnerId, cancellationToken);

    /// <summary>Routes a partner's inbound webhook call to its plugin, which verifies and parses it; the outcomes go to every <see cref="IPartnerEventObserver"/>.</summary>
    /// <param name="partnerId">The partner the call is addressed to (from the webhook's URL).</param>
    /// <param name="request">The call as received.</param>
    /// <param name="cancellationToken">Cancels handling.</param>
    /// <returns>How to answer the partner.</returns>
    public Task<WebhookResult> HandleWebhookAsync(string partnerId, PartnerWebhookRequest request, CancellationToken cancellationToken = default) =>
        _webhooks.HandleAsync(Slot(partnerId), partnerId, request, cancellationToken);

    internal PartnerSlot? Slot(string partnerId) => Volatile.Read(ref _slots).GetValueOrDefault(partnerId);
}
