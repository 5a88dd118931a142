using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk;
using Platform.Sdk.Trials;

namespace Platform.Plugins.ClinicalTrials;

/// <summary>The plugin's entry point: per partner instance, the recorded study set (the default) or the live ClinicalTrials.gov API.</summary>
public sealed class ClinicalTrialsPlugin : IPartnerPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = builder.AddSettings<ClinicalTrialsSettings>();
        if (settings.Mode == RegistryMode.Live)
        {
            builder.Services.AddSingleton(_ => new HttpClient { BaseAddress = settings.BaseAddress, Timeout = settings.RequestTimeout });
            builder.AddCapability<IClinicalTrialRegistry, LiveRegistry>();
        }
        else
        {
            builder.AddCapability<IClinicalTrialRegistry, RecordedRegistry>();
        }
    }
}
