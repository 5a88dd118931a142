using System.ComponentModel.DataAnnotations;

namespace Platform.Plugins.DemoInsurer;

/// <summary>
/// The demo insurer's settings. Outcomes are drawn from <see cref="Seed"/> and the request (never from
/// call order), so the same request gets the same answer on every run and under retries. Member ids that
/// start with <c>APPROVE-</c>, <c>PARTIAL-</c>, <c>DENY-</c>, <c>PEND-</c>, <c>INACTIVE-</c> or <c>NOTFOUND-</c>
/// force that outcome, for scripted demos.
/// </summary>
internal sealed class DemoInsurerSettings
{
    /// <summary>The payor's name, shown in plan names and messages.</summary>
    [Required]
    public required string PayerName { get; init; }

    /// <summary>The credential; the demo API accepts any key starting with <c>demo-</c> and refuses others (as a revoked key would be).</summary>
    [Required]
    public required string ApiKey { get; init; }

    public int Seed { get; init; } = 42;

    /// <summary>Typical response time; each call takes between half and one and a half times this.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>How long after submission a pended authorization, a claim or an appeal is decided.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan DecisionDelay { get; init; } = TimeSpan.FromMinutes(2);

    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "use an ISO 4217 code such as EUR")]
    public string Currency { get; init; } = "EUR";

    /// <summary>Countries (ISO 3166-1 alpha-2) whose providers are in network.</summary>
    public IReadOnlyList<string> NetworkCountries { get; init; } = ["TR", "AE", "DE"];

    /// <summary>The most a guarantee of payment covers without review.</summary>
    [Range(typeof(decimal), "0", "10000000")]
    public decimal GuaranteeLimit { get; init; } = 50_000m;

    [Range(0.0, 1.0)]
    public double PendRate { get; init; } = 0.3;

    [Range(0.0, 1.0)]
    public double DenyRate { get; init; } = 0.15;

    [Range(0.0, 1.0)]
    public double PartialRate { get; init; } = 0.15;

    /// <summary>The shared secret the payor signs its webhook calls with; without it, webhooks are refused.</summary>
    public string? WebhookSecret { get; init; }
}
