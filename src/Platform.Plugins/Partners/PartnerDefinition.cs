using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Platform.Sdk;

namespace Platform.Plugins.Partners;

/// <summary>
/// One partner instance as configured, with <c>env:NAME</c> references resolved and what is wrong with
/// it listed. The fingerprint changes whenever anything that matters changes (a secret included), so a
/// configuration reload rebuilds exactly the partners that changed; it is a hash, never the values.
/// </summary>
internal sealed record PartnerDefinition(
    string PartnerId,
    string PluginId,
    string Capability,
    bool Enabled,
    IReadOnlyDictionary<string, string?> Settings,
    PartnerResilienceOptions Resilience,
    IReadOnlyList<string> Problems,
    string Fingerprint)
{
    private const string EnvironmentPrefix = "env:";

    public static PartnerDefinition From(string partnerId, PartnerOptions options, Func<string, string?> environment)
    {
        List<string> problems = [];
        var plugin = options.Plugin?.Trim() ?? string.Empty;
        var capability = options.Capability?.Trim() ?? string.Empty;
        if (plugin.Length == 0)
        {
            problems.Add("'Plugin' is missing");
        }

        if (!PartnerCapabilities.Contracts.ContainsKey(capability))
        {
            problems.Add(capability.Length == 0 ? "'Capability' is missing" : $"'Capability' is '{capability}', not one of {string.Join(", ", PartnerCapabilities.Contracts.Keys)}");
        }

        problems.AddRange(options.Resilience.Problems());
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in options.Settings)
        {
            if (value is not null && value.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
            {
                var variable = value[EnvironmentPrefix.Length..].Trim();
                settings[key] = environment(variable);
                if (options.Enabled && string.IsNullOrEmpty(settings[key]))
                {
                    problems.Add($"setting '{key}' refers to environment variable {variable}, which is not set");
                }
            }
            else
            {
                settings[key] = value;
            }
        }

        return new PartnerDefinition(partnerId, plugin, capability, options.Enabled, settings, options.Resilience, problems, Hash(plugin, capability, options, settings));
    }

    private static string Hash(string plugin, string capability, PartnerOptions options, Dictionary<string, string?> settings)
    {
        var r = options.Resilience;
        var text = new StringBuilder()
            .AppendJoin('\n', plugin, capability, options.Enabled, r.TotalTimeout, r.AttemptTimeout, r.MaxRetries, r.RetryDelay)
            .AppendJoin('\n', r.BreakerFailureRatio.ToString(CultureInfo.InvariantCulture), r.BreakerMinimumThroughput, r.BreakerSamplingDuration, r.BreakDuration, r.MaxConcurrentCalls);
        foreach (var (key, value) in settings.OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append('\n').Append(key.ToUpperInvariant()).Append('=').Append(value);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
