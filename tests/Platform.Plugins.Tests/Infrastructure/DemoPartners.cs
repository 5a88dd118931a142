namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>Configuration entries for partner instances served by the demo insurer, fast enough for tests.</summary>
public static class DemoPartners
{
    /// <summary>A demo insurer partner; <paramref name="overrides"/> (keys below the partner, e.g. <c>Settings:Seed</c>) replace or add entries, a null value removes one.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Insurer(string partnerId, string payerName = "GlobalCare", string plugin = PluginFolders.DemoInsurer, params (string Key, string? Value)[] overrides)
    {
        var entries = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Plugin"] = plugin,
            ["Capability"] = "insurer",
            ["Settings:PayerName"] = payerName,
            ["Settings:ApiKey"] = "demo-key-1",
            ["Settings:Latency"] = "00:00:00.010",
            ["Settings:DecisionDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in overrides)
        {
            if (value is null)
            {
                entries.Remove(key);
            }
            else
            {
                entries[key] = value;
            }
        }

        return entries.Select(e => new KeyValuePair<string, string?>($"Partners:{partnerId}:{e.Key}", e.Value));
    }
}
