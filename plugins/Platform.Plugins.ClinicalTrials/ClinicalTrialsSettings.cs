using System.ComponentModel.DataAnnotations;

namespace Platform.Plugins.ClinicalTrials;

/// <summary>Where study records come from.</summary>
internal enum RegistryMode
{
    /// <summary>The v2 study records the plugin ships (or a file of your own in the same format); no network.</summary>
    Recorded,

    /// <summary>The ClinicalTrials.gov API v2 at <see cref="ClinicalTrialsSettings.BaseAddress"/>.</summary>
    Live,
}

internal sealed class ClinicalTrialsSettings : IValidatableObject
{
    public RegistryMode Mode { get; init; } = RegistryMode.Recorded;

    /// <summary>The API's root, ending in <c>/</c>; used in Live mode.</summary>
    public Uri BaseAddress { get; init; } = new("https://clinicaltrials.gov/api/v2/");

    [Range(typeof(TimeSpan), "00:00:01", "00:02:00")]
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The recorded records, a v2 <c>/studies</c> response (<c>{"studies": [...]}</c>); relative to the plugin's folder unless absolute.</summary>
    public string RecordedStudies { get; init; } = "recorded/studies.json";

    /// <summary>How long a recorded answer takes, as the live API would (each call half to one and a half times this).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(80);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Plain http only on loopback: a local mirror or a test double, never across a network.
        var secure = BaseAddress.Scheme == Uri.UriSchemeHttps || (BaseAddress.Scheme == Uri.UriSchemeHttp && BaseAddress.IsLoopback);
        if (Mode == RegistryMode.Live && (!secure || !BaseAddress.AbsolutePath.EndsWith('/')))
        {
            yield return new ValidationResult("use an https address ending in /, such as https://clinicaltrials.gov/api/v2/ (http only on loopback)", [nameof(BaseAddress)]);
        }

        if (string.IsNullOrWhiteSpace(RecordedStudies) || !RecordedStudies.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult("name a .json file in the ClinicalTrials.gov v2 /studies format", [nameof(RecordedStudies)]);
        }
    }
}
