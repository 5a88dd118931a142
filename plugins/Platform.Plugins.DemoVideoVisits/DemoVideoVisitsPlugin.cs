using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk;
using Platform.Sdk.Video;

namespace Platform.Plugins.DemoVideoVisits;

/// <summary>The plugin's entry point: one demo video provider per partner instance, each with its own settings and rooms.</summary>
public sealed class DemoVideoVisitsPlugin : IPartnerPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSettings<VideoVisitsSettings>();
        builder.Services.AddSingleton<Simulation>();
        builder.Services.AddSingleton<VisitBook>();
        builder.AddCapability<IVideoVisitProvider, DemoVideoVisits>();
    }
}
