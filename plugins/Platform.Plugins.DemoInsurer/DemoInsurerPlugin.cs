using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.DemoInsurer;

/// <summary>The plugin's entry point: one demo insurer per partner instance, each with its own settings and book.</summary>
public sealed class DemoInsurerPlugin : IPartnerPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSettings<DemoInsurerSettings>();
        builder.Services.AddSingleton<Simulation>();
        builder.Services.AddSingleton<InsurerBook>();
        builder.Services.AddSingleton<DecisionScheduler>();
        builder.AddCapability<IInsurer, DemoInsurer>();
        builder.AddWebhook<DemoInsurerWebhook>();
    }
}
