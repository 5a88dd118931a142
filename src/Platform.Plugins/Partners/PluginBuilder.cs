using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Sdk;

namespace Platform.Plugins.Partners;

/// <summary>The <see cref="IPluginBuilder"/> handed to a plugin for one partner instance.</summary>
internal sealed class PluginBuilder(PartnerInstance partner, IServiceCollection services, IReadOnlyDictionary<string, string?> settings) : IPluginBuilder
{
    public PartnerInstance Partner { get; } = partner;

    public IServiceCollection Services { get; } = services;

    public TSettings AddSettings<TSettings>()
        where TSettings : class
    {
        var bound = PartnerSettings.Bind<TSettings>(settings);
        Services.AddSingleton(bound);
        return bound;
    }

    public IPluginBuilder AddCapability<TCapability, TImplementation>()
        where TCapability : class, IPartnerCapability
        where TImplementation : class, TCapability
    {
        Services.AddSingleton<TCapability, TImplementation>();
        return this;
    }

    public IPluginBuilder AddWebhook<TWebhook>()
        where TWebhook : class, IPartnerWebhook
    {
        Services.AddSingleton<IPartnerWebhook, TWebhook>();
        return this;
    }
}

/// <summary>The host's logger factory as a plugin sees it: categories start with <c>Partners.&lt;partner-id&gt;.</c>, and the plugin cannot add providers or dispose it.</summary>
internal sealed class PartnerLoggerFactory(ILoggerFactory host, string partnerId) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => host.CreateLogger($"Partners.{partnerId}.{categoryName}");

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }
}
