using System.Security.Cryptography;
using System.Text;
using Platform.Sdk;

namespace Platform.Plugins.DemoVideoVisits;

/// <summary>The provider's behaviour: seeded rolls, latency and the credential check.</summary>
internal sealed class Simulation(VideoVisitsSettings settings, TimeProvider time)
{
    public VideoVisitsSettings Settings { get; } = settings;

    public DateTimeOffset Now => time.GetUtcNow();

    public bool AcceptsApiKey => Settings.ApiKey.StartsWith("demo-", StringComparison.Ordinal);

    /// <summary>A number in [0, 1) fixed by the seed and the parts given, whatever the call order.</summary>
    public double Roll(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Settings.Seed}|{string.Join('|', parts)}"));
        return BitConverter.ToUInt64(hash, 0) / (ulong.MaxValue + 1.0);
    }

    public Task RespondAsync(string requestKey, CancellationToken cancellationToken) =>
        Task.Delay(Settings.Latency * (0.5 + Roll("latency", requestKey)), time, cancellationToken);

    /// <summary>An unguessable token for a join link, fixed by the provider, the seed and what it identifies.</summary>
    public string Token(string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Settings.ProviderName}|{Settings.ApiKey}|{Settings.Seed}|{identity}")))[..24];

    public PartnerResult<T>? Refused<T>() => AcceptsApiKey ? null
        : PartnerResult.Failed<T>(PartnerFailureCategory.Unauthorized, $"{Settings.ProviderName} refused the API key (401).");
}
