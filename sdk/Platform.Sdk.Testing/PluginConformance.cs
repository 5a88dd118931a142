using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Sdk.Testing.Samples;

namespace Platform.Sdk.Testing;

/// <summary>
/// The conformance kit: checks a plugin against the rules of the SDK by configuring it as the host does
/// (settings bound through <see cref="IPluginBuilder"/>, the same services registered) and calling every method
/// of its capability with sample requests. Each check throws <see cref="ConformanceException"/> listing what
/// it found, so any test framework reports it.
/// </summary>
/// <example>
/// <code>
/// public static TheoryData&lt;string&gt; Checks =&gt; new(PluginConformance.CheckNames);
///
/// [Theory, MemberData(nameof(Checks))]
/// public Task Plugin_conforms(string check) =&gt; PluginConformance.For&lt;MyPlugin&gt;(options).RunAsync(check);
/// </code>
/// </example>
public sealed partial class PluginConformance
{
    private readonly Func<IPartnerPlugin> _create;
    private readonly Assembly _assembly;
    private readonly ConformanceOptions _options;
    private readonly Type _contract;

    private PluginConformance(Func<IPartnerPlugin> create, Assembly assembly, ConformanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!PartnerCapabilities.Contracts.TryGetValue(options.Capability ?? string.Empty, out var contract))
        {
            throw new ArgumentException($"Capability '{options.Capability}' is not one of {string.Join(", ", PartnerCapabilities.Contracts.Keys)}.", nameof(options));
        }

        _create = create;
        _assembly = assembly;
        _options = options;
        _contract = contract;
    }

    /// <summary>The checks, by name, in the order <see cref="RunAllAsync"/> runs them.</summary>
    public static IReadOnlyList<string> CheckNames { get; } = ["manifest", "settings", "health", "results", "idempotency", "cancellation", "no-blocking", "webhook"];

    /// <summary>The kit for a plugin's entry point, created the way the host creates it (public parameterless constructor).</summary>
    /// <typeparam name="TPlugin">The plugin's entry point.</typeparam>
    /// <param name="options">The capability to check and the settings to use.</param>
    /// <returns>The kit.</returns>
    public static PluginConformance For<TPlugin>(ConformanceOptions options)
        where TPlugin : class, IPartnerPlugin, new() => new(() => new TPlugin(), typeof(TPlugin).Assembly, options);

    /// <summary>Runs one check.</summary>
    /// <param name="check">One of <see cref="CheckNames"/>.</param>
    /// <returns>A task that completes when the check passed.</returns>
    /// <exception cref="ConformanceException">The plugin broke a rule; the message lists every finding.</exception>
    public async Task RunAsync(string check)
    {
        var findings = await FindAsync(check).ConfigureAwait(false);
        if (findings.Count > 0)
        {
            throw new ConformanceException(check, findings);
        }
    }

    /// <summary>Runs every check and returns what each found (an empty list for a check passed).</summary>
    /// <returns>Findings per check name.</returns>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> RunAllAsync()
    {
        var report = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var check in CheckNames)
        {
            report[check] = await FindAsync(check).ConfigureAwait(false);
        }

        return report;
    }

    private Task<IReadOnlyList<string>> FindAsync(string check) => check switch
    {
        "manifest" => CheckManifestAsync(),
        "settings" => CheckSettingsAsync(),
        "health" => CheckHealthAsync(),
        "results" => CheckResultsAsync(),
        "idempotency" => CheckIdempotencyAsync(),
        "cancellation" => CheckCancellationAsync(),
        "no-blocking" => CheckNoBlockingAsync(),
        "webhook" => CheckWebhookAsync(),
        _ => throw new ArgumentException($"'{check}' is not a conformance check; the checks are {string.Join(", ", CheckNames)}.", nameof(check)),
    };

    private IReadOnlyList<SampleCall> Calls() => CapabilitySamples.For(_options.Capability);

    private string ManifestPath => _options.ManifestPath ?? Path.Combine(Path.GetDirectoryName(_assembly.Location) ?? ".", "plugin.json");

    /// <summary>Configures one partner instance as the host does; throws what the plugin throws.</summary>
    private Instance Configure(IReadOnlyDictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        var partner = new PartnerInstance("conformance", _assembly.GetName().Name ?? "plugin", _options.Capability, Path.GetDirectoryName(Path.GetFullPath(ManifestPath)) ?? ".");
        var events = new RecordedEvents();
        services.AddSingleton(partner);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IPartnerEvents>(events);
        var builder = new KitPluginBuilder(partner, services, settings);
        _create().Configure(builder);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new Instance(provider, builder, events, services);
    }

    private async Task<(Instance? Instance, string? Finding)> TryConfigureAsync(IReadOnlyDictionary<string, string?> settings, string which)
    {
        try
        {
            var instance = Configure(settings);
            if (instance.Services.GetService(_contract) is null)
            {
                await instance.DisposeAsync().ConfigureAwait(false);
                return (null, $"Configure did not register {_contract.Name} (call builder.AddCapability<{_contract.Name}, YourImplementation>())");
            }

            return (instance, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"configuring an instance with {which} threw {e.GetType().Name}: {e.Message}");
        }
    }

    private sealed class Instance(ServiceProvider services, KitPluginBuilder builder, RecordedEvents events, IServiceCollection registrations) : IAsyncDisposable
    {
        public ServiceProvider Services { get; } = services;

        public KitPluginBuilder Builder { get; } = builder;

        public RecordedEvents Events { get; } = events;

        public IServiceCollection Registrations { get; } = registrations;

        public T Capability<T>(Type contract) => (T)Services.GetRequiredService(contract);

        public ValueTask DisposeAsync() => Services.DisposeAsync();
    }
}
