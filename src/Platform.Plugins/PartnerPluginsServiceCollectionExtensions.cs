using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Plugins.Events;
using Platform.Plugins.Loading;
using Platform.Plugins.Partners;
using Platform.Plugins.Resilience;

namespace Platform.Plugins;

/// <summary>Registers partner plugins with the host.</summary>
public static class PartnerPluginsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the plugin loader and the <see cref="PartnerRegistry"/>: plugins from the folder in
    /// <c>Plugins:Root</c>, partner instances from the <c>Partners</c> section (followed on reload), and a
    /// hosted service that loads them when the host starts. Implement <see cref="IPartnerEventObserver"/>
    /// to receive partners' asynchronous outcomes.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration (the root; the sections are read from it).</param>
    /// <param name="configure">Registers built-in plugins, if any.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPartnerPlugins(this IServiceCollection services, IConfiguration configuration, Action<PartnerPluginsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddOptions<PluginsOptions>().Bind(configuration.GetSection(PluginsOptions.SectionName));
        services.AddOptions<PartnersOptions>().Bind(configuration.GetSection(PartnersOptions.SectionName));
        configure?.Invoke(new PartnerPluginsBuilder(services));

        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton<PartnerEventDispatcher>();
        services.TryAddSingleton<PartnerWebhooks>();
        services.TryAddSingleton<PartnerMetrics>();
        services.TryAddSingleton<PartnerCalls>();
        services.TryAddSingleton<PartnerFactory>();
        services.TryAddSingleton(sp => new PartnerRegistry(
            sp.GetRequiredService<PluginCatalog>(),
            sp.GetRequiredService<PartnerFactory>(),
            sp.GetRequiredService<PartnerCalls>(),
            sp.GetRequiredService<PartnerWebhooks>(),
            sp.GetRequiredService<IOptionsMonitor<PluginsOptions>>(),
            sp.GetRequiredService<IOptionsMonitor<PartnersOptions>>(),
            sp.GetRequiredService<ILogger<PartnerRegistry>>()));
        services.AddHostedService<PartnerPluginsStartup>();
        return services;
    }
}

/// <summary>Registers plugins compiled into the host (or a test) rather than loaded from a folder.</summary>
public sealed class PartnerPluginsBuilder
{
    private readonly IServiceCollection _services;

    internal PartnerPluginsBuilder(IServiceCollection services) => _services = services;

    /// <summary>Adds a built-in plugin: it shares the host's load context, is never unloaded, and supports this SDK version exactly.</summary>
    /// <param name="id">The plugin's id, as partners name it in configuration.</param>
    /// <param name="entryPoint">The plugin's entry point.</param>
    /// <param name="capabilities">The capabilities it offers, from <see cref="Sdk.PartnerCapabilities"/>.</param>
    /// <returns>This builder.</returns>
    public PartnerPluginsBuilder AddBuiltInPlugin(string id, Sdk.IPartnerPlugin entryPoint, params string[] capabilities)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(entryPoint);
        var unknown = capabilities.Where(c => !Sdk.PartnerCapabilities.Contracts.ContainsKey(c)).ToList();
        if (capabilities.Length == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"Built-in plugin '{id}' needs capabilities from {string.Join(", ", Sdk.PartnerCapabilities.Contracts.Keys)}; got '{string.Join(", ", capabilities)}'.", nameof(capabilities));
        }

        var version = Manifest.SemanticVersion.From(entryPoint.GetType().Assembly.GetName().Version ?? new Version(1, 0, 0));
        _services.AddSingleton(new BuiltInPlugin(id, version, entryPoint, capabilities));
        return this;
    }
}

/// <summary>Loads plugins and partners when the host starts, and releases them when it stops.</summary>
internal sealed class PartnerPluginsStartup(PartnerRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => registry.StartAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken) => await registry.DisposeAsync();
}
