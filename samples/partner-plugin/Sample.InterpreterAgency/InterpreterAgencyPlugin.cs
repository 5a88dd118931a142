using Platform.Sdk;
using Platform.Sdk.Interpretation;

namespace Sample.InterpreterAgency;

/// <summary>The plugin's entry point: one agency per partner instance, each with its own settings and bookings.</summary>
public sealed class InterpreterAgencyPlugin : IPartnerPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSettings<AgencySettings>();
        builder.AddCapability<IInterpreterAgency, InterpreterAgency>();
    }
}
