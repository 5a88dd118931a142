using Microsoft.Extensions.DependencyInjection;

namespace Platform.Sdk;

/// <summary>What a plugin receives to set up one partner instance.</summary>
/// <remarks>
/// The host has already registered, in <see cref="Services"/>: <see cref="PartnerInstance"/>,
/// <see cref="TimeProvider"/>, <c>ILoggerFactory</c> and <c>ILogger&lt;T&gt;</c> (categories are
/// prefixed with the partner id), and <see cref="IPartnerEvents"/> bound to this instance.
/// </remarks>
public interface IPluginBuilder
{
    /// <summary>The partner instance being configured.</summary>
    PartnerInstance Partner { get; }

    /// <summary>The instance's own service collection; the host builds it into a provider once <see cref="IPartnerPlugin.Configure"/> returns.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// Binds the instance's settings (key/values from the host's configuration) to
    /// <typeparamref name="TSettings"/>, validates them and registers the result as a singleton.
    /// </summary>
    /// <typeparam name="TSettings">A class or record whose public properties (or constructor parameters) are the settings; see <see cref="PartnerSettings"/>.</typeparam>
    /// <returns>The bound, validated settings.</returns>
    /// <exception cref="PartnerSettingsException">A setting is missing, unknown, malformed or invalid; the message names each one and never its value.</exception>
    TSettings AddSettings<TSettings>()
        where TSettings : class;

    /// <summary>Registers the implementation of a capability as a singleton of this instance.</summary>
    /// <typeparam name="TCapability">A capability contract such as <c>IInsurer</c>.</typeparam>
    /// <typeparam name="TImplementation">The plugin's implementation.</typeparam>
    /// <returns>This builder.</returns>
    IPluginBuilder AddCapability<TCapability, TImplementation>()
        where TCapability : class, IPartnerCapability
        where TImplementation : class, TCapability;

    /// <summary>Registers the handler of the partner's inbound webhooks (callbacks) for this instance.</summary>
    /// <typeparam name="TWebhook">The plugin's webhook handler.</typeparam>
    /// <returns>This builder.</returns>
    IPluginBuilder AddWebhook<TWebhook>()
        where TWebhook : class, IPartnerWebhook;
}
