using Platform.Plugins.DemoVideoVisits;
using Platform.Sdk;
using Platform.Sdk.Testing;

namespace Platform.Scheduling.Tests.Video;

/// <summary>The conformance kit run against the product's own video-visits plugin, the way a plugin author runs it.</summary>
public sealed class DemoVideoVisitsConformanceTests
{
    public static TheoryData<string> Checks => new(PluginConformance.CheckNames);

    private static ConformanceOptions Options { get; } = new()
    {
        Capability = PartnerCapabilities.VideoVisits,
        Settings = new Dictionary<string, string?> { ["ProviderName"] = "Kit Video", ["ApiKey"] = "demo-kit", ["Seed"] = "7", ["Latency"] = "00:00:00.010", ["DeclineRate"] = "0" },
        SlowSettings = new Dictionary<string, string?> { ["ProviderName"] = "Kit Video", ["ApiKey"] = "demo-kit", ["Latency"] = "00:01:00" },
        UnhealthySettings = new Dictionary<string, string?> { ["ProviderName"] = "Kit Video", ["ApiKey"] = "revoked-key", ["Latency"] = "00:00:00.010" },
        InvalidSettings = [new("Seed", "many"), new("DeclineRate", "1.5"), new("JoinBaseUrl", "http://insecure.example"), new("Latency", "forever")],
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public Task Demo_video_visits_passes_each_check(string check) => PluginConformance.For<DemoVideoVisitsPlugin>(Options).RunAsync(check);
}
