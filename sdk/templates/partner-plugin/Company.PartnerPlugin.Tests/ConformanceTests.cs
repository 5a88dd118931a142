using Platform.Sdk;
using Platform.Sdk.Testing;

namespace Company.PartnerPlugin.Tests;

/// <summary>The platform's conformance kit, run against this plugin: one test per check.</summary>
public sealed class ConformanceTests
{
    private static readonly PluginConformance _kit = PluginConformance.For<PartnerPlugin>(new ConformanceOptions
    {
        Capability = PartnerCapabilities.GroundTransport,
        Settings = new Dictionary<string, string?> { ["ApiKey"] = "sandbox-conformance", ["Latency"] = "00:00:00.010" },

        // Every call waits long on the partner, so the kit can cancel calls mid-way and see they don't block.
        SlowSettings = new Dictionary<string, string?> { ["ApiKey"] = "sandbox-conformance", ["Latency"] = "00:05:00" },
        UnhealthySettings = new Dictionary<string, string?> { ["ApiKey"] = "revoked-key", ["Latency"] = "00:00:00.010" },
        InvalidSettings = [new("Latency", "soon"), new("Currency", "euro"), new("BaseFare", "-5")],
    });

    public static TheoryData<string> Checks => new(PluginConformance.CheckNames);

    [Theory]
    [MemberData(nameof(Checks))]
    public Task Plugin_passes_conformance_check(string check) => _kit.RunAsync(check);
}
