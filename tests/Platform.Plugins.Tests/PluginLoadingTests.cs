using System.Runtime.Loader;
using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests;

public sealed class PluginLoadingTests : IDisposable
{
    private readonly PluginFolders _folders = new();

    public static TheoryData<string, string> BrokenPlugins() => new()
    {
        { "no-manifest", "Plugin folder 'no-manifest' has no plugin.json" },
        { "bad-json", "Plugin folder 'bad-json': plugin.json is not valid JSON" },
        { "incomplete", "plugin.json is not valid: 'version' is missing; 'publisher' is missing; 'entryAssembly' is missing; 'capabilities' is missing or empty" },
        { "wrong-folder", "'id' is 'someone-else' but the folder is named 'wrong-folder'" },
        { "unknown-capability", "capability 'travel-agent' is not one of insurer, ground-transport, interpreter-agency, clinical-trial-registry" },
        { "acme.insurer", "Plugin 'acme.insurer' needs SDK >=2.0.0 <3.0.0 but the host has 1.1.0." },
        { "no-entry-assembly", "Plugin 'no-entry-assembly': its entry assembly Plugin.dll is not in" },
        { "throwing-constructor", "Plugin 'throwing-constructor': the constructor of Throwing.Plugin threw InvalidOperationException: licence server unreachable" },
        { "missing-dependency", "Plugin 'missing-dependency' needs Acme.Missing 2.1.0.0, which is neither in its folder (listed in its .deps.json) nor shared by the host" },
    };

    [Fact]
    public async Task StartAsync_DemoInsurerFolder_LoadsItWithItsManifest()
    {
        _folders.AddDemoInsurer();

        await using var host = await PartnerHost.StartAsync(_folders.Root, []);

        var plugin = host.Plugin(PluginFolders.DemoInsurer);
        plugin.State.ShouldBe(PluginState.Loaded, plugin.Error);
        plugin.Version.ShouldBe("1.0.0");
        plugin.Publisher.ShouldBe("International Patient Center platform");
        plugin.Capabilities.ShouldBe(["insurer"]);
        plugin.SupportedSdk.ShouldBe(">=1.0.0 <2.0.0");
        File.Exists(Path.Combine(plugin.Directory, "Platform.Sdk.dll")).ShouldBeFalse("the SDK is the host's, shared");
    }

    [Theory]
    [MemberData(nameof(BrokenPlugins))]
    public async Task StartAsync_BrokenPluginBesideGoodOne_MarksItFailedWithReasonAndLoadsTheOther(string pluginId, string reason)
    {
        _folders.AddDemoInsurer();
        Break(pluginId);

        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare"));

        var broken = host.Plugin(pluginId);
        broken.State.ShouldBe(PluginState.Failed);
        broken.Error.ShouldNotBeNull().ShouldContain(reason);
        host.Plugin(PluginFolders.DemoInsurer).State.ShouldBe(PluginState.Loaded);
        var eligibility = await host.Registry.Resolve<IInsurer>("globalcare").CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default);
        eligibility.IsSuccess.ShouldBeTrue(eligibility.ToString());
        host.Logs.Lines.ShouldContain(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_PartnerOfFailedPlugin_FailsWithThePluginsReason()
    {
        Break("acme.insurer");

        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("acme", plugin: "acme.insurer"));

        var partner = host.Partner("acme");
        partner.State.ShouldBe(PartnerState.Failed);
        partner.Error.ShouldBe("Partner 'acme' cannot start because plugin 'acme.insurer' failed: Plugin 'acme.insurer' needs SDK >=2.0.0 <3.0.0 but the host has 1.1.0.");
        var result = await host.Registry.Resolve<IInsurer>("acme").CheckEligibilityAsync(InsurerRequests.Eligibility("A-1"), default);
        result.Failure.ShouldBe(new PartnerFailure(PartnerFailureCategory.Unavailable, partner.Error!));
    }

    [Fact]
    public async Task StartAsync_TwoCopiesOfOnePlugin_LoadIntoSeparateContextsThatShareTheSdk()
    {
        _folders.AddDemoInsurer("insurer-a");
        _folders.AddDemoInsurer("insurer-b");

        await using var host = await PartnerHost.StartAsync(_folders.Root, [.. DemoPartners.Insurer("a", plugin: "insurer-a"), .. DemoPartners.Insurer("b", plugin: "insurer-b")]);

        var a = host.Registry.Slot("a")!.Active!.Capability;
        var b = host.Registry.Slot("b")!.Active!.Capability;
        var contextA = AssemblyLoadContext.GetLoadContext(a.GetType().Assembly)!;
        var contextB = AssemblyLoadContext.GetLoadContext(b.GetType().Assembly)!;
        contextA.ShouldNotBeSameAs(contextB);
        contextA.IsCollectible.ShouldBeTrue();
        contextA.Name.ShouldBe("plugin:insurer-a");
        a.GetType().ShouldNotBe(b.GetType());
        a.ShouldBeAssignableTo<IInsurer>("the SDK's IInsurer is the host's type in both contexts");
        contextA.Assemblies.Select(x => x.GetName().Name).ShouldNotContain("Platform.Sdk");
    }

    [Fact]
    public async Task StartAsync_TwoPluginsWithDifferentVersionsOfOneLibrary_EachLoadsItsOwn()
    {
        EmittedPlugins.WriteWithPrivateDependency(_folders.AddFolder("uses-v1", PluginFolders.Manifest("uses-v1", "UsesV1.dll")), "UsesV1", new Version(1, 0, 0, 0));
        EmittedPlugins.WriteWithPrivateDependency(_folders.AddFolder("uses-v2", PluginFolders.Manifest("uses-v2", "UsesV2.dll")), "UsesV2", new Version(2, 0, 0, 0));

        await using var host = await PartnerHost.StartAsync(_folders.Root, []);

        host.Registry.Plugins.ShouldAllBe(p => p.State == PluginState.Loaded);
        var versions = AssemblyLoadContext.All.Where(c => c.Name is "plugin:uses-v1" or "plugin:uses-v2")
            .ToDictionary(c => c.Name!, c => c.Assemblies.Single(a => a.GetName().Name == "Acme.Shared").GetName().Version);
        versions.ShouldBe(new Dictionary<string, Version?> { ["plugin:uses-v1"] = new(1, 0, 0, 0), ["plugin:uses-v2"] = new(2, 0, 0, 0) }, ignoreOrder: true);
    }

    public void Dispose() => _folders.Dispose();

    private void Break(string pluginId)
    {
        switch (pluginId)
        {
            case "no-manifest":
                _folders.AddFolder(pluginId, null);
                break;
            case "bad-json":
                _folders.AddFolder(pluginId, "{ \"id\": \"bad-json\", ");
                break;
            case "incomplete":
                _folders.AddFolder(pluginId, """{ "id": "incomplete", "sdk": ">=1.0.0" }""");
                break;
            case "wrong-folder":
                _folders.AddFolder(pluginId, PluginFolders.Manifest("someone-else"));
                break;
            case "unknown-capability":
                _folders.AddFolder(pluginId, PluginFolders.Manifest(pluginId).Replace("\"insurer\"", "\"travel-agent\"", StringComparison.Ordinal));
                break;
            case "acme.insurer":
                _folders.AddDemoInsurer(pluginId);
                _folders.EditManifest(pluginId, m => m["sdk"] = ">=2.0.0 <3.0.0");
                break;
            case "no-entry-assembly":
                _folders.AddFolder(pluginId, PluginFolders.Manifest(pluginId));
                break;
            case "throwing-constructor":
                EmittedPlugins.WriteThrowingConstructor(_folders.AddFolder(pluginId, PluginFolders.Manifest(pluginId, "Throwing.dll")), "Throwing");
                break;
            case "missing-dependency":
                EmittedPlugins.WriteMissingDependency(_folders.AddFolder(pluginId, PluginFolders.Manifest(pluginId, "NeedsAcme.dll")), "NeedsAcme");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(pluginId), pluginId, "no such broken plugin");
        }
    }
}
