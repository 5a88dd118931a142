using System.ComponentModel.DataAnnotations;

namespace Platform.Plugins.DemoInterpreterAgency;

/// <summary>
/// The demo agency's settings. Outcomes (a search that fills or not, an unreadable scan) are drawn from
/// <see cref="Seed"/> and the request, never from call order, so a run is repeatable.
/// </summary>
internal sealed class InterpreterAgencySettings : IValidatableObject
{
    [Required]
    public required string AgencyName { get; init; }

    /// <summary>The credential; the demo API accepts any key starting with <c>demo-</c> and refuses others.</summary>
    [Required]
    public required string ApiKey { get; init; }

    public int Seed { get; init; } = 42;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(150);

    [RegularExpression("^[A-Z]{3}$", ErrorMessage = "use an ISO 4217 code such as EUR")]
    public string Currency { get; init; } = "EUR";

    /// <summary>Languages the agency interprets and translates (primary BCP 47 subtags).</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["tr", "en", "ar", "ru", "de", "fr", "fa", "uk", "az", "ka", "ku", "ps", "so", "ug"];

    /// <summary>Languages few of its interpreters speak: a pair with one of them is searched for, and may be declined or go unfilled.</summary>
    public IReadOnlyList<string> RareLanguages { get; init; } = ["ka", "ku", "ps", "so", "ug"];

    /// <summary>Share of rare-pair requests declined at once (NO_INTERPRETER); of the rest, as many go unfilled after the search.</summary>
    [Range(0.0, 1.0)]
    public double RarePairDeclineRate { get; init; } = 0.3;

    /// <summary>How long the search for an interpreter takes when it is not confirmed at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan SearchDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The least notice for an on-site interpreter; video and phone need a quarter of it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00")]
    public TimeSpan OnSiteNotice { get; init; } = TimeSpan.FromHours(4);

    [Range(typeof(decimal), "0", "10000")]
    public decimal OnSiteHourlyRate { get; init; } = 60m;

    [Range(typeof(decimal), "0", "10000")]
    public decimal RemoteHourlyRate { get; init; } = 40m;

    /// <summary>A cancellation this close to the start costs half the estimate.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00")]
    public TimeSpan LateCancellationWindow { get; init; } = TimeSpan.FromHours(24);

    [Range(typeof(decimal), "0", "1000")]
    public decimal PricePerWord { get; init; } = 0.12m;

    /// <summary>How many words a translator does in a working day; sets the earliest due date the agency commits to.</summary>
    [Range(100, 100000)]
    public int WordsPerDay { get; init; } = 2500;

    /// <summary>Time between two steps of a translation job (received, in progress, delivered), compressed for demos.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan TranslationStep { get; init; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Languages.Count < 2)
        {
            yield return new ValidationResult("list at least two languages, such as tr,en,ar", [nameof(Languages)]);
        }

        var unknown = RareLanguages.Except(Languages, StringComparer.OrdinalIgnoreCase).ToList();
        if (unknown.Count > 0)
        {
            yield return new ValidationResult($"lists {string.Join(", ", unknown)}, which Languages does not offer", [nameof(RareLanguages)]);
        }
    }
}
