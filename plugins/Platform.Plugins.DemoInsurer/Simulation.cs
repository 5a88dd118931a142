using System.Security.Cryptography;
using System.Text;

namespace Platform.Plugins.DemoInsurer;

/// <summary>The insurer's behaviour: seeded rolls per request, the forced scenarios, latency and the credential check.</summary>
internal sealed class Simulation(DemoInsurerSettings settings, TimeProvider time)
{
    public DemoInsurerSettings Settings { get; } = settings;

    public TimeProvider Time { get; } = time;

    public bool AcceptsApiKey => Settings.ApiKey.StartsWith("demo-", StringComparison.Ordinal);

    /// <summary>A number in [0, 1) fixed by the seed and the parts given, whatever the call order.</summary>
    public double Roll(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Settings.Seed}|{string.Join('|', parts)}"));
        return BitConverter.ToUInt64(hash, 0) / (ulong.MaxValue + 1.0);
    }

    /// <summary>The outcome a member id forces, if any (<c>DENY-123</c> forces <c>DENY</c>).</summary>
    public static string? Forced(string memberId)
    {
        var dash = memberId.IndexOf('-', StringComparison.Ordinal);
        var prefix = dash > 0 ? memberId[..dash].ToUpperInvariant() : string.Empty;
        return prefix is "APPROVE" or "PARTIAL" or "DENY" or "PEND" or "INACTIVE" or "NOTFOUND" ? prefix : null;
    }

    /// <summary>Waits like a remote API would; honours cancellation.</summary>
    public Task RespondAsync(string requestKey, CancellationToken cancellationToken)
    {
        var factor = 0.5 + Roll("latency", requestKey);
        return Task.Delay(Settings.Latency * factor, Time, cancellationToken);
    }

    public string Reference(string kind, string idempotencyKey) =>
        $"{kind}-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Settings.PayerName}|{idempotencyKey}")))[..10]}";

    public Sdk.MonetaryAmount Money(decimal amount) => new(decimal.Round(amount, 2), Settings.Currency);
}
