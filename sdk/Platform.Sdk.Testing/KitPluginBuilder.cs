using Microsoft.Extensions.DependencyInjection;

namespace Platform.Sdk.Testing;

/// <summary>The <see cref="IPluginBuilder"/> the kit hands a plugin: the same contract and registrations the host provides.</summary>
internal sealed class KitPluginBuilder(PartnerInstance partner, IServiceCollection services, IReadOnlyDictionary<string, string?> settings) : IPluginBuilder
{
    public PartnerInstance Partner { get; } = partner;

    public IServiceCollection Services { get; } = services;

    public bool BoundSettings { get; private set; }

    public TSettings AddSettings<TSettings>()
        where TSettings : class
    {
        BoundSettings = true;
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

/// <summary>Keeps the events a plugin publishes, as the host would record them.</summary>
internal sealed class RecordedEvents : IPartnerEvents
{
    private readonly List<PartnerEvent> _events = [];

    public IReadOnlyList<PartnerEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public Task PublishAsync(PartnerEvent partnerEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partnerEvent);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_events)
        {
            _events.Add(partnerEvent);
        }

        return Task.CompletedTask;
    }
}
