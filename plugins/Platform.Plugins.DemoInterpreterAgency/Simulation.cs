using System.Security.Cryptography;
using System.Text;
using Platform.Sdk;

namespace Platform.Plugins.DemoInterpreterAgency;

/// <summary>The agency's behaviour: seeded rolls, latency and the credential check.</summary>
internal sealed class Simulation(InterpreterAgencySettings settings, TimeProvider time)
{
    public InterpreterAgencySettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();

    public bool AcceptsApiKey => Settings.ApiKey.StartsWith("demo-", StringComparison.Ordinal);

    /// <summary>A number in [0, 1) fixed by the seed and the parts given, whatever the call order.</summary>
    public double Roll(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Settings.Seed}|{string.Join('|', parts)}"));
        return BitConverter.ToUInt64(hash, 0) / (ulong.MaxValue + 1.0);
    }

    public Task RespondAsync(string requestKey, CancellationToken cancellationToken) =>
        Task.Delay(Settings.Latency * (0.5 + Roll("latency", requestKey)), Time, cancellationToken);

    public string Reference(string kind, string identity) =>
        $"{kind}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Settings.AgencyName}|{Settings.Seed}|{identity}")))[..10]}";

    public MonetaryAmount Money(decimal amount) => new(decimal.Round(amount, 2), Settings.Currency);

    public PartnerResult<T>? Refused<T>() => AcceptsApiKey ? null
        : PartnerResult.Failed<T>(PartnerFailureCategory.Unauthorized, $"{Settings.AgencyName} refused the API key (401).");

    /// <summary>The primary language subtag (<c>fa-AF</c> gives <c>fa</c>), lower case.</summary>
    public static string Primary(string tag) => tag.Split('-')[0].ToLowerInvariant();

    public bool Offers(string tag) => Settings.Languages.Contains(Primary(tag), StringComparer.OrdinalIgnoreCase);

    public bool IsRare(string tag) => Settings.RareLanguages.Contains(Primary(tag), StringComparer.OrdinalIgnoreCase);
}
