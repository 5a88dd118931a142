using System.ComponentModel.DataAnnotations;

namespace Platform.Plugins.DemoVideoVisits;

/// <summary>
/// The demo provider's settings. Whether a room is declined is drawn from <see cref="Seed"/> and the
/// appointment, never from call order, so a run is repeatable.
/// </summary>
internal sealed class VideoVisitsSettings : IValidatableObject
{
    [Required]
    public required string ProviderName { get; init; }

    /// <summary>The credential; the demo API accepts any key starting with <c>demo-</c> and refuses others.</summary>
    [Required]
    public required string ApiKey { get; init; }

    public int Seed { get; init; } = 42;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(120);

    /// <summary>Where join links point; each room gets its own path under it.</summary>
    [Url]
    public string JoinBaseUrl { get; init; } = "https://meet.carelink.example";

    /// <summary>Share of rooms declined for lack of capacity (NO_CAPACITY).</summary>
    [Range(0.0, 1.0)]
    public double DeclineRate { get; init; } = 0.05;

    /// <summary>How long before the start the links open the room.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan OpensBefore { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after the booked end the links still work (visits run over).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ClosesAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The longest visit a room is booked for.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromHours(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(JoinBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            yield return new ValidationResult("must be an absolute https:// address, such as https://meet.carelink.example", [nameof(JoinBaseUrl)]);
        }
    }
}
