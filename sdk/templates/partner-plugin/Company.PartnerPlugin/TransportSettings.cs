using System.ComponentModel.DataAnnotations;

namespace Company.PartnerPlugin;

/// <summary>
/// One partner instance's settings, from the hospital's configuration (<c>Partners:&lt;id&gt;:Settings</c>).
/// Required members must be given; unknown keys and bad values are refused, naming the setting.
/// </summary>
public sealed class TransportSettings
{
    /// <summary>The firm's API key. Hospitals write <c>env:VARIABLE</c> so the secret stays out of files.</summary>
    [Required]
    public required string ApiKey { get; init; }

    /// <summary>How long the firm takes to answer (the sandbox simulates it).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The fare's currency, ISO 4217.</summary>
    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "use an ISO 4217 code such as EUR")]
    public string Currency { get; init; } = "EUR";

    /// <summary>The fare of a ride before distance.</summary>
    [Range(typeof(decimal), "0", "10000")]
    public decimal BaseFare { get; init; } = 40m;

    /// <summary>How long a quoted fare is honoured.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan FareLock { get; init; } = TimeSpan.FromMinutes(15);
}
