using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Plugins.Events;
using Platform.Plugins.Loading;
using Platform.Plugins.Resilience;
using Platform.Sdk;
using Polly.CircuitBreaker;

namespace Platform.Plugins.Partners;

/// <summary>Sets up one partner instance from its definition and its plugin, or says why it cannot.</summary>
internal sealed class PartnerFactory(IOptionsMonitor<PluginsOptions> plugins, PartnerEventDispatcher events, TimeProvider time, ILoggerFactory loggers)
{
    public async Task<PartnerSlot> CreateAsync(PartnerDefinition definition, PluginCatalog catalog)
    {
        var id = definition.PartnerId;
        var entry = catalog.Find(definition.PluginId);
        var version = entry?.Manifest?.Version.ToString();
        if (definition.Problems.Count > 0)
        {
            return Failed($"Partner '{id}' is not configured correctly: {string.Join("; ", definition.Problems)}.");
        }

        if (!definition.Enabled)
        {
            return new PartnerSlot(definition, PartnerState.Disabled, null, null, version);
        }

        if (entry?.Loaded is not { } plugin)
        {
            return Failed(entry is null
                ? $"Partner '{id}' names plugin '{definition.PluginId}', which is not installed in {catalog.Root} (installed: {Installed(catalog)})."
                : $"Partner '{id}' cannot start because plugin '{definition.PluginId}' failed: {entry.Error}");
        }

        if (!plugin.Manifest.Capabilities.Contains(definition.Capability, StringComparer.Ordinal))
        {
            return Failed($"Partner '{id}': plugin '{definition.PluginId}' does not offer capability '{definition.Capability}' (it offers {string.Join(", ", plugin.Manifest.Capabilities)}).");
        }

        var timeout = plugins.CurrentValue.StartupTimeout;
        try
        {
            var active = await Task.Run(() => Build(definition, plugin), CancellationToken.None).WaitAsync(timeout);
            return new PartnerSlot(definition, PartnerState.Active, null, active, version);
        }
        catch (PartnerSettingsException e)
        {
            var problems = e.Errors.Count > 0 ? string.Join("; ", e.Errors) : e.Message;
            return Failed($"Partner '{id}' (plugin {definition.PluginId}) is disabled: {problems.TrimEnd('.')}.");
        }
        catch (TimeoutException)
        {
            return Failed($"Partner '{id}' (plugin {definition.PluginId}) did not finish setting up within {timeout}.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Failed($"Partner '{id}' (plugin {definition.PluginId}) failed to start: {e.GetType().Name}: {e.Message}");
        }

        PartnerSlot Failed(string error) => new(definition, PartnerState.Failed, error, null, version);
    }

    private ActivePartner Build(PartnerDefinition definition, LoadedPlugin plugin)
    {
        var instance = new PartnerInstance(definition.PartnerId, definition.PluginId, definition.Capability, plugin.Directory);
        var services = new ServiceCollection()
            .AddSingleton(instance)
            .AddSingleton(time)
            .AddSingleton<ILoggerFactory>(new PartnerLoggerFactory(loggers, definition.PartnerId))
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton<IPartnerEvents>(new PartnerEventSink(instance, events));
        plugin.EntryPoint.Configure(new PluginBuilder(instance, services, definition.Settings));

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            var contract = PartnerCapabilities.Contracts[definition.Capability];
            var capability = provider.GetService(contract)
                ?? throw new InvalidOperationException($"the plugin registered no {contract.Name}; call builder.AddCapability<{contract.Name}, ...>() in Configure");
            var circuit = new CircuitBreakerStateProvider();
            var pipeline = PartnerPipeline.Create(definition.PartnerId, definition.Resilience, time, circuit);
            return new ActivePartner(instance, definition, plugin.Manifest.Version.ToString(), provider, capability, provider.GetService<IPartnerWebhook>(), pipeline, circuit);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    private static string Installed(PluginCatalog catalog) =>
        catalog.Entries.Count == 0 ? "none" : string.Join(", ", catalog.Entries.Select(e => e.Id));
}
