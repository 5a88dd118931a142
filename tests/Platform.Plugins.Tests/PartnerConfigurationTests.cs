using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests;

public sealed class PartnerConfigurationTests : IDisposable
{
    private readonly PluginFolders _folders = new();

    public PartnerConfigurationTests() => _folders.AddDemoInsurer();

    [Fact]
    public async Task Resolve_TwoInstancesOfOnePlugin_EachServesWithItsOwnSettings()
    {
        await using var host = await PartnerHost.StartAsync(_folders.Root, [.. DemoPartners.Insurer("globalcare", "GlobalCare"), .. DemoPartners.Insurer("gulfhealth", "Gulf Health")]);

        var globalcare = await host.Registry.Resolve<IInsurer>("globalcare").CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);
        var gulf = await host.Registry.Resolve<IInsurer>("GulfHealth").CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);

        globalcare.GetValueOrThrow().PlanName.ShouldBe("GlobalCare International Gold");
        gulf.GetValueOrThrow().PlanName.ShouldBe("Gulf Health International Gold");
        host.Registry.Partners.Select(p => (p.PartnerId, p.PluginId, p.PluginVersion, p.Capability, p.State))
            .ShouldBe([("globalcare", "demo-insurer", "1.0.0", "insurer", PartnerState.Active), ("gulfhealth", "demo-insurer", "1.0.0", "insurer", PartnerState.Active)]);
    }

    [Fact]
    public async Task StartAsync_SettingMissing_FailsThatPartnerNamingTheSettingWhileOthersServe()
    {
        await using var host = await PartnerHost.StartAsync(_folders.Root, [.. DemoPartners.Insurer("globalcare", overrides: ("Settings:ApiKey", null)), .. DemoPartners.Insurer("gulfhealth")]);

        host.Partner("globalcare").Error.ShouldBe("Partner 'globalcare' (plugin demo-insurer) is disabled: setting 'ApiKey' is missing.");
        var call = await host.Registry.Resolve<IInsurer>("globalcare").CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);
        call.Failure!.Category.ShouldBe(PartnerFailureCategory.Unavailable);
        call.Failure.Message.ShouldContain("setting 'ApiKey' is missing");
        host.Partner("gulfhealth").State.ShouldBe(PartnerState.Active);
    }

    [Fact]
    public async Task StartAsync_SettingsMalformedAndUnknown_ListsEveryProblemWithoutTheValues()
    {
        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare", overrides: [("Settings:Seed", "forty-two"), ("Settings:PendRate", "1.5"), ("Settings:ApiKy", "demo-typo")]));

        host.Partner("globalcare").Error.ShouldBe(
            "Partner 'globalcare' (plugin demo-insurer) is disabled: setting 'ApiKy' is not a setting of DemoInsurerSettings; its settings are PayerName, ApiKey, Seed, Latency, DecisionDelay, Currency, NetworkCountries, GuaranteeLimit, PendRate, DenyRate, PartialRate, WebhookSecret; setting 'Seed' is not a whole number; setting 'PendRate' is not valid: The field PendRate must be between 0 and 1.");
    }

    [Fact]
    public async Task StartAsync_SecretFromEnvironment_IsUsedAndNeverLogged()
    {
        var variable = $"PLATFORM_TEST_KEY_{Guid.NewGuid():N}";
        const string Secret = "demo-s3cr3t-value-that-must-not-leak";
        Environment.SetEnvironmentVariable(variable, Secret);
        try
        {
            await using var host = await PartnerHost.StartAsync(_folders.Root, [.. DemoPartners.Insurer("globalcare", overrides: ("Settings:ApiKey", $"env:{variable}")), .. DemoPartners.Insurer("unset", overrides: ("Settings:ApiKey", "env:PLATFORM_TEST_NOT_SET"))]);

            host.Partner("globalcare").State.ShouldBe(PartnerState.Active);
            (await host.Registry.CheckHealthAsync("globalcare")).Status.ShouldBe(PartnerHealthStatus.Healthy);
            host.Partner("unset").Error.ShouldBe("Partner 'unset' is not configured correctly: setting 'ApiKey' refers to environment variable PLATFORM_TEST_NOT_SET, which is not set.");
            host.Logs.Lines.ShouldNotBeEmpty();
            host.Logs.Lines.ShouldAllBe(line => !line.Contains(Secret) && !line.Contains("demo-key-1"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task ConfigurationReload_PartnerDisabledThenEnabled_TakesEffectWithoutRestart()
    {
        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare"));
        var insurer = host.Registry.Resolve<IInsurer>("globalcare");

        host.Reconfigure(("Partners:globalcare:Enabled", "false"));
        await Eventually.HoldsAsync(() => host.Partner("globalcare").State == PartnerState.Disabled, TimeSpan.FromSeconds(10), "the partner to be disabled");
        var whileDisabled = await insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);

        host.Reconfigure(("Partners:globalcare:Enabled", "true"), ("Partners:globalcare:Settings:PayerName", "GlobalCare Plus"));
        await Eventually.HoldsAsync(() => host.Partner("globalcare").State == PartnerState.Active, TimeSpan.FromSeconds(10), "the partner to be enabled");
        var enabled = await insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);

        whileDisabled.Failure.ShouldBe(new PartnerFailure(PartnerFailureCategory.Unavailable, "Partner 'globalcare' is disabled in configuration."));
        enabled.GetValueOrThrow().PlanName.ShouldBe("GlobalCare Plus International Gold");
    }

    [Fact]
    public async Task ConfigurationReload_PartnerAddedAndAnotherBroken_FollowsTheConfiguration()
    {
        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare"));

        host.Reconfigure([.. DemoPartners.Insurer("gulfhealth", "Gulf Health").Select(e => (e.Key, e.Value)), ("Partners:globalcare:Plugin", null), ("Partners:globalcare:Capability", null)]);
        await Eventually.HoldsAsync(() => host.Registry.Partners.Any(p => p.PartnerId == "gulfhealth" && p.State == PartnerState.Active), TimeSpan.FromSeconds(10), "the new partner");

        host.Partner("globalcare").Error.ShouldBe("Partner 'globalcare' is not configured correctly: 'Plugin' is missing; 'Capability' is missing.");
    }

    [Theory]
    [InlineData("nope", "insurer", "Partner 'p' names plugin 'nope', which is not installed in")]
    [InlineData("demo-insurer", "ground-transport", "Partner 'p': plugin 'demo-insurer' does not offer capability 'ground-transport' (it offers insurer).")]
    [InlineData("demo-insurer", "travel", "Partner 'p' is not configured correctly: 'Capability' is 'travel', not one of insurer, ground-transport, interpreter-agency, clinical-trial-registry, video-visits.")]
    public async Task StartAsync_PartnerNamesWrongPluginOrCapability_FailsWithReason(string plugin, string capability, string reason)
    {
        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("p", plugin: plugin, overrides: ("Capability", capability)));

        host.Partner("p").State.ShouldBe(PartnerState.Failed);
        host.Partner("p").Error.ShouldNotBeNull().ShouldStartWith(reason);
    }

    [Fact]
    public async Task Resolve_UnknownPartnerOrOtherCapability_ThrowsNamingTheConfiguredOnes()
    {
        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare"));

        Should.Throw<InvalidOperationException>(() => host.Registry.Resolve<IInsurer>("acme"))
            .Message.ShouldBe("No partner 'acme' is configured for capability 'insurer' (configured: globalcare).");
        Should.Throw<InvalidOperationException>(() => host.Registry.Resolve<Sdk.Transport.IGroundTransport>("globalcare"))
            .Message.ShouldBe("No partner 'globalcare' is configured for capability 'ground-transport' (configured: none).");
    }

    public void Dispose() => _folders.Dispose();
}
