namespace Platform.Sdk;

/// <summary>
/// The entry point of a partner plugin. The host finds the one public, non-abstract class that
/// implements it in the manifest's entry assembly and creates it with its parameterless constructor.
/// </summary>
/// <remarks>
/// <see cref="Configure"/> runs once for every partner instance the hospital configures with this
/// plugin (two insurers on one connector means two calls), each time with a fresh service
/// collection, so instances never share state unless the plugin shares it on purpose.
/// </remarks>
public interface IPartnerPlugin
{
    /// <summary>
    /// Registers the plugin's capability implementations, settings, webhook and their dependencies
    /// for one partner instance. Throw <see cref="PartnerSettingsException"/> (as
    /// <see cref="IPluginBuilder.AddSettings{TSettings}"/> does) when the instance cannot work.
    /// </summary>
    /// <param name="builder">The partner instance being configured.</param>
    void Configure(IPluginBuilder builder);
}
