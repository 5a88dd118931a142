using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk;
using Platform.Sdk.Transport;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>The plugin's entry point: one demo transport firm per partner instance, each with its own settings, fleet and trip book.</summary>
public sealed class DemoGroundTransportPlugin : IPartnerPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSettings<GroundTransportSettings>();
        builder.Services.AddSingleton<Simulation>();
        builder.Services.AddSingleton<TripBook>();
        builder.Services.AddSingleton<TripTimeline>();
        builder.AddCapability<IGroundTransport, DemoGroundTransport>();
    }
}
