namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>Configuration entries for partner instances served by the shipped plugins, fast enough for tests.</summary>
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
        return Entries(partnerId, entries, overrides);
    }

    /// <summary>A demo ground-transport partner whose trips play out 50 ms a step.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> GroundTransport(string partnerId, params (string Key, string? Value)[] overrides) =>
        Entries(partnerId, new(StringComparer.OrdinalIgnoreCase)
        {
            ["Plugin"] = PluginFolders.DemoGroundTransport,
            ["Capability"] = "ground-transport",
            ["Settings:CompanyName"] = "Bosphorus Medical Transfers",
            ["Settings:ApiKey"] = "demo-transfers",
            ["Settings:Latency"] = "00:00:00.005",
            ["Settings:DispatchDelay"] = "00:00:00.100",
            ["Settings:StatusStep"] = "00:00:00.050",
            ["Settings:PendRate"] = "0",
            ["Settings:NoVehicleRate"] = "0",
            ["Settings:NoShowRate"] = "0",
        }, overrides);

    /// <summary>A demo interpreter agency whose searches and translation steps take 100 ms.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> InterpreterAgency(string partnerId, params (string Key, string? Value)[] overrides) =>
        Entries(partnerId, new(StringComparer.OrdinalIgnoreCase)
        {
            ["Plugin"] = PluginFolders.DemoInterpreterAgency,
            ["Capability"] = "interpreter-agency",
            ["Settings:AgencyName"] = "Lingua Medica",
            ["Settings:ApiKey"] = "demo-lingua",
            ["Settings:Latency"] = "00:00:00.005",
            ["Settings:SearchDelay"] = "00:00:00.100",
            ["Settings:TranslationStep"] = "00:00:00.100",
        }, overrides);

    /// <summary>The clinical-trial registry on its recorded ClinicalTrials.gov v2 records.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> ClinicalTrials(string partnerId, params (string Key, string? Value)[] overrides) =>
        Entries(partnerId, new(StringComparer.OrdinalIgnoreCase)
        {
            ["Plugin"] = PluginFolders.ClinicalTrials,
            ["Capability"] = "clinical-trial-registry",
            ["Settings:Mode"] = "Recorded",
            ["Settings:Latency"] = "00:00:00.005",
        }, overrides);

    private static IEnumerable<KeyValuePair<string, string?>> Entries(string partnerId, Dictionary<string, string?> entries, (string Key, string? Value)[] overrides)
    {
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
