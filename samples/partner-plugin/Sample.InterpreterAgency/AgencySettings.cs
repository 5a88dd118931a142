using System.ComponentModel.DataAnnotations;

namespace Sample.InterpreterAgency;

/// <summary>One agency instance's settings, as a hospital configures them under <c>Partners:&lt;id&gt;:Settings</c>.</summary>
internal sealed class AgencySettings
{
    /// <summary>The agency's API key; its sandbox accepts keys starting with <c>sandbox-</c>.</summary>
    [Required]
    public required string ApiKey { get; init; }

    /// <summary>Languages the agency offers, as BCP 47 primary tags.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["ar", "ru", "fa", "ku", "en", "tr", "de"];

    /// <summary>How long the agency takes to answer a call.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long after a booking the agency assigns an interpreter (reported through partner events).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "2.00:00:00")]
    public TimeSpan AssignAfter { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The shortest notice the agency accepts for an interpreter.</summary>
    [Range(0, 168)]
    public int MinimumNoticeHours { get; init; } = 4;

    /// <summary>The hourly rate for interpreting.</summary>
    [Range(typeof(decimal), "0", "1000")]
    public decimal HourlyRate { get; init; } = 60m;

    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "use an ISO 4217 code such as EUR")]
    public string Currency { get; init; } = "EUR";
}
