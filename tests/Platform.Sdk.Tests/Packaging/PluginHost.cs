using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Plugins;

namespace Platform.Sdk.Tests.Packaging;

/// <summary>The host's plugin side (<c>AddPartnerPlugins</c>) over a plugins folder and one partner, as a hospital would configure it.</summary>
public sealed class PluginHost(ServiceProvider services) : IAsyncDisposable
{
    public PartnerRegistry Registry { get; } = services.GetRequiredService<PartnerRegistry>();

    public static async Task<PluginHost> StartAsync(string pluginsRoot, string partnerId, string pluginId, string capability, IReadOnlyDictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
            [
                new("Plugins:Root", pluginsRoot),
                new($"Partners:{partnerId}:Plugin", pluginId),
                new($"Partners:{partnerId}:Capability", capability),
                new($"Partners:{partnerId}:Enabled", "true"),
                .. settings.Select(s => new KeyValuePair<string, string?>($"Partners:{partnerId}:Settings:{s.Key}", s.Value)),
            ])
            .Build();
        var services = new ServiceCollection().AddPartnerPlugins(configuration).BuildServiceProvider();
        var host = new PluginHost(services);
        await host.Registry.StartAsync();
        return host;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
