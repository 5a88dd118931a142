using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk;
using Platform.Sdk.Interpretation;

namespace Platform.Plugins.DemoInterpreterAgency;

/// <summary>The plugin's entry point: one demo agency per partner instance, each with its own settings, roster and book.</summary>
public sealed class DemoInterpreterAgencyPlugin : IPartnerPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSettings<InterpreterAgencySettings>();
        builder.Services.AddSingleton<Simulation>();
        builder.Services.AddSingleton<AgencyBook>();
        builder.Services.AddSingleton<AgencyScheduler>();
        builder.AddCapability<IInterpreterAgency, DemoInterpreterAgency>();
    }
}
