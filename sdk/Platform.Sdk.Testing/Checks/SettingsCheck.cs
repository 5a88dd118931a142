namespace Platform.Sdk.Testing;

/// <summary>The settings check: bad settings are refused when the instance is configured, each naming the setting and never its value.</summary>
public sealed partial class PluginConformance
{
    private const string UnknownSetting = "ConformanceKitUnknownSetting";

    private async Task<IReadOnlyList<string>> CheckSettingsAsync()
    {
        List<string> findings = [];
        bool bindsSettings;
        try
        {
            await using var instance = Configure(_options.Settings);
            bindsSettings = instance.Builder.BoundSettings;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [$"ConformanceOptions.Settings are refused: {e.GetType().Name}: {e.Message}"];
        }

        if (bindsSettings)
        {
            findings.AddRange(await RefusesAsync(With(UnknownSetting, "1"), UnknownSetting, "an unknown setting (usually a typo)", "1").ConfigureAwait(false));
        }

        foreach (var key in _options.Settings.Keys)
        {
            var without = _options.Settings.Where(p => p.Key != key).ToDictionary();
            var problem = await ConfiguresAsync(without).ConfigureAwait(false);
            if (problem is PartnerSettingsException refused && !Names(refused, key))
            {
                findings.Add($"without setting '{key}' the plugin refuses its settings but does not name '{key}': {refused.Message}");
            }
            else if (problem is not null and not PartnerSettingsException)
            {
                findings.Add($"without setting '{key}' Configure threw {problem.GetType().Name} ({problem.Message}); refuse settings with PartnerSettingsException (builder.AddSettings does)");
            }
        }

        foreach (var invalid in _options.InvalidSettings)
        {
            findings.AddRange(await RefusesAsync(With(invalid.Setting, invalid.Value), invalid.Setting, invalid.Value is null ? "the setting removed" : "a bad value", invalid.Value).ConfigureAwait(false));
        }

        return findings;
    }

    private Dictionary<string, string?> With(string key, string? value)
    {
        var settings = _options.Settings.Where(p => !string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase);
        if (value is not null)
        {
            settings[key] = value;
        }

        return settings;
    }

    private async Task<IReadOnlyList<string>> RefusesAsync(Dictionary<string, string?> settings, string setting, string what, string? value)
    {
        var problem = await ConfiguresAsync(settings).ConfigureAwait(false);
        return problem switch
        {
            null => [$"setting '{setting}' with {what} was accepted; Configure must throw PartnerSettingsException naming it"],
            not PartnerSettingsException => [$"setting '{setting}' with {what}: Configure threw {problem.GetType().Name} ({problem.Message}) instead of PartnerSettingsException"],
            PartnerSettingsException refused when !Names(refused, setting) => [$"setting '{setting}' with {what} was refused without naming '{setting}': {refused.Message}"],
            PartnerSettingsException refused when value is { Length: >= 4 } && refused.Message.Contains(value, StringComparison.Ordinal) =>
                [$"the refusal of setting '{setting}' shows its value; setting values may be secrets and never appear in messages"],
            _ => [],
        };
    }

    private async Task<Exception?> ConfiguresAsync(IReadOnlyDictionary<string, string?> settings)
    {
        try
        {
            await Configure(settings).DisposeAsync().ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e;
        }
    }

    private static bool Names(PartnerSettingsException refused, string setting) =>
        refused.Errors.Any(e => e.Setting.Split(", ").Contains(setting, StringComparer.OrdinalIgnoreCase))
        || (refused.Errors.Count == 0 && refused.Message.Contains(setting, StringComparison.OrdinalIgnoreCase));
}
