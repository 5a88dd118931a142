using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>The plugin side of a host, as <c>AddPartnerPlugins</c> sets it up, over in-memory configuration that tests can change and reload.</summary>
public sealed class PartnerHost(IConfigurationRoot configuration, ServiceProvider services, LogCollector logs, EventCollector events) : IAsyncDisposable
{
    public IConfigurationRoot Configuration { get; } = configuration;

    public PartnerRegistry Registry { get; } = services.GetRequiredService<PartnerRegistry>();

    public LogCollector Logs { get; } = logs;

    public EventCollector Events { get; } = events;

    public static async Task<PartnerHost> StartAsync(string pluginsRoot, IEnumerable<KeyValuePair<string, string?>> settings, Action<PartnerPluginsBuilder>? builtIn = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Plugins:Root", pluginsRoot), .. settings])
            .Build();
        var logs = new LogCollector();
        var events = new EventCollector();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<IPartnerEventObserver>(events)
            .AddPartnerPlugins(configuration, builtIn)
            .BuildServiceProvider();
        var host = new PartnerHost(configuration, services, logs, events);
        await host.Registry.StartAsync();
        return host;
    }

    /// <summary>Changes configuration the way a hospital edits its settings file: set, then reload.</summary>
    public void Reconfigure(params (string Key, string? Value)[] changes)
    {
        foreach (var (key, value) in changes)
        {
            Configuration[key] = value;
        }

        Configuration.Reload();
    }

    public PartnerInfo Partner(string partnerId) => Registry.Partners.Single(p => p.PartnerId == partnerId);

    public PluginInfo Plugin(string pluginId) => Registry.Plugins.Single(p => p.Id == pluginId);

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
