using Platform.Sdk;
using Platform.Sdk.Transport;

namespace Company.PartnerPlugin;

/// <summary>The plugin's entry point. The host creates it once and calls <see cref="Configure"/> for every partner instance a hospital enables with it.</summary>
public sealed class PartnerPlugin : IPartnerPlugin
{
    /// <inheritdoc/>
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Binds and validates the instance's settings; a bad one stops the instance with a message naming it.
        builder.AddSettings<TransportSettings>();
        builder.AddCapability<IGroundTransport, GroundTransport>();
    }
}
