using System.Security.Cryptography;
using System.Text;
using Platform.Sdk;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>The firm's behaviour: seeded rolls per trip, forced scenarios, latency and the credential check.</summary>
internal sealed class Simulation(GroundTransportSettings settings, TimeProvider time)
{
    public GroundTransportSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();

    public bool AcceptsApiKey => Settings.ApiKey.StartsWith("demo-", StringComparison.Ordinal);

    /// <summary>A number in [0, 1) fixed by the seed and the parts given, whatever the call order.</summary>
    public double Roll(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Settings.Seed}|{string.Join('|', parts)}"));
        return BitConverter.ToUInt64(hash, 0) / (ulong.MaxValue + 1.0);
    }

    /// <summary>The outcome a passenger name forces, if any (<c>NOSHOW-Ali</c> forces <c>NOSHOW</c>).</summary>
    public static string? Forced(string passengerName)
    {
        var dash = passengerName.IndexOf('-', StringComparison.Ordinal);
        var prefix = dash > 0 ? passengerName[..dash].ToUpperInvariant() : string.Empty;
        return prefix is "NOSHOW" or "PEND" or "NOVEHICLE" ? prefix : null;
    }

    /// <summary>Waits like a remote API would; honours cancellation.</summary>
    public Task RespondAsync(string requestKey, CancellationToken cancellationToken) =>
        Task.Delay(Settings.Latency * (0.5 + Roll("latency", requestKey)), Time, cancellationToken);

    /// <summary>A reference fixed by the firm, the seed and what it identifies.</summary>
    public string Reference(string kind, string identity) =>
        $"{kind}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Settings.CompanyName}|{Settings.Seed}|{identity}")))[..10]}";

    public MonetaryAmount Money(decimal amount) => new(decimal.Round(amount, 2), Settings.Currency);

    /// <summary>Every call fails this way while the API key is refused, as a real firm's API would.</summary>
    public PartnerResult<T>? Refused<T>() => AcceptsApiKey ? null
        : PartnerResult.Failed<T>(PartnerFailureCategory.Unauthorized, $"{Settings.CompanyName} refused the API key (401).");
}
