namespace Platform.Plugins;

/// <summary>
/// The <c>Partners</c> configuration section: the partner instances a hospital enables, keyed by the
/// hospital's id for each (<c>Partners:globalcare:Plugin</c>). Changes apply without a restart.
/// </summary>
/// <example>
/// <code>
/// "Partners": {
///   "globalcare": {
///     "Plugin": "demo-insurer", "Capability": "insurer", "Enabled": true,
///     "Settings": { "PayerName": "GlobalCare", "ApiKey": "env:GLOBALCARE_API_KEY" }
///   }
/// }
/// </code>
/// </example>
public sealed class PartnersOptions : Dictionary<string, PartnerOptions>
{
    /// <summary>The configuration section's name.</summary>
    public const string SectionName = "Partners";

    /// <summary>Creates an empty set; partner ids compare without regard to case.</summary>
    public PartnersOptions()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }
}

/// <summary>One partner instance.</summary>
public sealed class PartnerOptions
{
    /// <summary>The id of the plugin that serves it (its folder under the plugins root).</summary>
    public string? Plugin { get; set; }

    /// <summary>The capability it serves: <c>insurer</c>, <c>ground-transport</c>, <c>interpreter-agency</c> or <c>clinical-trial-registry</c>.</summary>
    public string? Capability { get; set; }

    /// <summary>Whether the partner is switched on. A disabled partner stays listed and is never called.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The plugin's settings, flat key/values. A value written <c>env:NAME</c> is read from the environment
    /// variable NAME, so secrets stay out of files; a setting can also come from the environment directly
    /// (<c>Partners__globalcare__Settings__ApiKey</c>). Values are never logged.
    /// </summary>
    public Dictionary<string, string?> Settings { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Timeouts, retries, circuit breaker and concurrency limit around calls to this partner.</summary>
    public PartnerResilienceOptions Resilience { get; set; } = new();
}
