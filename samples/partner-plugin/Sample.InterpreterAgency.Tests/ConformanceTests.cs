using Platform.Sdk;
using Platform.Sdk.Testing;

namespace Sample.InterpreterAgency.Tests;

/// <summary>The platform's conformance kit, run against the sample agency.</summary>
public sealed class ConformanceTests
{
    private static readonly PluginConformance _kit = PluginConformance.For<InterpreterAgencyPlugin>(new ConformanceOptions
    {
        Capability = PartnerCapabilities.InterpreterAgency,
        Settings = new Dictionary<string, string?> { ["ApiKey"] = "sandbox-kit", ["Latency"] = "00:00:00.010" },
        SlowSettings = new Dictionary<string, string?> { ["ApiKey"] = "sandbox-kit", ["Latency"] = "00:05:00" },
        UnhealthySettings = new Dictionary<string, string?> { ["ApiKey"] = "expired-key", ["Latency"] = "00:00:00.010" },
        InvalidSettings = [new("MinimumNoticeHours", "200"), new("Latency", "a while"), new("Currency", "euro"), new("ApiKey", null)],
    });

    public static TheoryData<string> Checks => new(PluginConformance.CheckNames);

    [Theory]
    [MemberData(nameof(Checks))]
    public Task Sample_agency_passes_conformance_check(string check) => _kit.RunAsync(check);
}
