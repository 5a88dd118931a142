using System.Threading.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Plugins;

namespace Platform.Sdk.Tests.Packaging;

/// <summary>The host's plugin side (<c>AddPartnerPlugins</c>) over a plugins folder and one partner, as a hospital would configure it.</summary>
public sealed class PluginHost(ServiceProvider services, PluginHost.EventInbox events) : IAsyncDisposable
{
    public PartnerRegistry Registry { get; } = services.GetRequiredService<PartnerRegistry>();

    /// <summary>The next outcome a partner reports through <see cref="IPartnerEvents"/>.</summary>
    public async Task<PartnerEventEnvelope> NextEventAsync() => await events.Received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

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
        var events = new EventInbox();
        var services = new ServiceCollection().AddSingleton<IPartnerEventObserver>(events).AddPartnerPlugins(configuration).BuildServiceProvider();
        var host = new PluginHost(services, events);
        await host.Registry.StartAsync();
        return host;
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    public sealed class EventInbox : IPartnerEventObserver
    {
        public Channel<PartnerEventEnvelope> Received { get; } = Channel.CreateUnbounded<PartnerEventEnvelope>();

        public Task OnPartnerEventAsync(PartnerEventEnvelope envelope, CancellationToken cancellationToken) => Received.Writer.WriteAsync(envelope, cancellationToken).AsTask();
    }
}
