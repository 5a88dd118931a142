using Platform.Plugins.DemoInsurer;
using Platform.Sdk.Testing;

namespace Platform.Sdk.Tests;

/// <summary>The conformance kit run against the product's own insurer plugin, the way a plugin author runs it.</summary>
public sealed class DemoInsurerConformanceTests
{
    public static TheoryData<string> Checks => new(PluginConformance.CheckNames);

    internal static ConformanceOptions Options { get; } = new()
    {
        Capability = PartnerCapabilities.Insurer,
        Settings = new Dictionary<string, string?> { ["PayerName"] = "Kit Mutual", ["ApiKey"] = "demo-kit", ["Seed"] = "7", ["Latency"] = "00:00:00.010", ["WebhookSecret"] = "kit-webhook-secret" },
        SlowSettings = new Dictionary<string, string?> { ["PayerName"] = "Kit Mutual", ["ApiKey"] = "demo-kit", ["Latency"] = "00:01:00" },
        UnhealthySettings = new Dictionary<string, string?> { ["PayerName"] = "Kit Mutual", ["ApiKey"] = "revoked-key", ["Latency"] = "00:00:00.010" },
        InvalidSettings = [new("Seed", "many"), new("PendRate", "1.5"), new("Currency", "euro"), new("Latency", "forever")],
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public Task Demo_insurer_passes_each_check(string check) => PluginConformance.For<DemoInsurerPlugin>(Options).RunAsync(check);

    [Fact]
    public async Task A_setting_the_plugin_accepts_is_reported_when_declared_invalid()
    {
        var kit = PluginConformance.For<DemoInsurerPlugin>(new ConformanceOptions
        {
            Capability = Options.Capability,
            Settings = Options.Settings,
            SlowSettings = Options.SlowSettings,
            InvalidSettings = [new("Seed", "12")],
        });

        var failure = await Should.ThrowAsync<ConformanceException>(() => kit.RunAsync("settings"));

        failure.Findings.ShouldHaveSingleItem().ShouldBe("setting 'Seed' with a bad value was accepted; Configure must throw PartnerSettingsException naming it");
    }

    [Fact]
    public async Task A_manifest_for_another_capability_and_sdk_is_reported()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("plugin.json", """
            { "id": "demo-insurer", "version": "1.0.0", "publisher": "Tests", "entryAssembly": "Platform.Plugins.DemoInsurer.dll",
              "capabilities": ["ground-transport"], "sdk": ">=2.0.0 <3.0.0" }
            """);
        var kit = PluginConformance.For<DemoInsurerPlugin>(new ConformanceOptions
        {
            Capability = Options.Capability,
            Settings = Options.Settings,
            SlowSettings = Options.SlowSettings,
            ManifestPath = manifest,
        });

        var failure = await Should.ThrowAsync<ConformanceException>(() => kit.RunAsync("manifest"));

        failure.Findings.ShouldBe(
        [
            "'capabilities' (ground-transport) does not list 'insurer', the capability under test",
            "'sdk' is \">=2.0.0 <3.0.0\", which excludes SDK 1.1.0 that the plugin is built and tested with; the host would refuse to load it",
            "the manifest lists 'ground-transport' but Configure does not register IGroundTransport",
        ]);
    }

    [Fact]
    public async Task A_manifest_the_host_would_refuse_is_reported_with_the_hosts_reason()
    {
        using var folder = new TempFolder();
        var manifest = folder.Write("plugin.json", """{ "id": "Demo Insurer", "version": "1.0", "entryAssembly": "Platform.Plugins.DemoInsurer.dll", "capabilities": ["insurer"], "sdk": ">=1.0.0" }""");
        var kit = PluginConformance.For<DemoInsurerPlugin>(new ConformanceOptions
        {
            Capability = Options.Capability,
            Settings = Options.Settings,
            SlowSettings = Options.SlowSettings,
            ManifestPath = manifest,
        });

        var failure = await Should.ThrowAsync<ConformanceException>(() => kit.RunAsync("manifest"));

        var finding = failure.Findings.ShouldHaveSingleItem();
        finding.ShouldContain("'id' is 'Demo Insurer'");
        finding.ShouldContain("'version' is '1.0', not a semantic version");
        finding.ShouldContain("'publisher' is missing");
    }
}
