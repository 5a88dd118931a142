using System.Runtime.CompilerServices;
using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests;

public sealed class UnloadingTests : IDisposable
{
    private readonly PluginFolders _folders = new();

    [Fact]
    public async Task DisposeAsync_AfterCallsAndPendingDecisions_CollectsThePluginsLoadContext()
    {
        _folders.AddDemoInsurer();
        var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare", overrides: ("Settings:DecisionDelay", "00:10:00")));
        var context = await UsePluginAsync(host.Registry);

        await host.DisposeAsync();

        (await CollectedAsync(context)).ShouldBeTrue("nothing may keep an unloaded plugin alive");
    }

    [Fact]
    public async Task ReloadPluginAsync_ChangedFolder_ServesTheNewVersionAndCollectsTheOld()
    {
        _folders.AddDemoInsurer();
        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare"));
        var insurer = host.Registry.Resolve<IInsurer>("globalcare");
        var old = await UsePluginAsync(host.Registry);

        _folders.EditManifest(PluginFolders.DemoInsurer, m => m["version"] = "1.1.0");
        var reloaded = await host.Registry.ReloadPluginAsync(PluginFolders.DemoInsurer);

        reloaded.ShouldNotBeNull().Version.ShouldBe("1.1.0");
        host.Partner("globalcare").PluginVersion.ShouldBe("1.1.0");
        (await insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-7"), default)).IsSuccess.ShouldBeTrue("a proxy resolved before the reload uses the new version");
        (await CollectedAsync(old)).ShouldBeTrue();
    }

    [Fact]
    public async Task ReloadPluginAsync_NewVersionBroken_MarksPluginAndPartnersFailed()
    {
        _folders.AddDemoInsurer();
        await using var host = await PartnerHost.StartAsync(_folders.Root, DemoPartners.Insurer("globalcare"));

        _folders.EditManifest(PluginFolders.DemoInsurer, m => m["sdk"] = ">=3.0.0");
        await host.Registry.ReloadPluginAsync(PluginFolders.DemoInsurer);

        host.Plugin(PluginFolders.DemoInsurer).Error.ShouldBe("Plugin 'demo-insurer' needs SDK >=3.0.0 but the host has 1.1.0.");
        host.Partner("globalcare").State.ShouldBe(PartnerState.Failed);
    }

    [Fact]
    public async Task WatchForChanges_FileInPluginFolderChanges_ReloadsWithoutRestart()
    {
        _folders.AddDemoInsurer();
        await using var host = await PartnerHost.StartAsync(
            _folders.Root,
            [new("Plugins:WatchForChanges", "true"), new("Plugins:ChangeSettleDelay", "00:00:00.200"), .. DemoPartners.Insurer("globalcare")]);

        _folders.EditManifest(PluginFolders.DemoInsurer, m => m["version"] = "1.0.1");

        await Eventually.HoldsAsync(() => host.Partner("globalcare").PluginVersion == "1.0.1", TimeSpan.FromSeconds(15), "the watcher to reload the plugin");
        host.Partner("globalcare").State.ShouldBe(PartnerState.Active);
    }

    public void Dispose() => _folders.Dispose();

    /// <summary>Calls the plugin (including a decision it schedules for later) and returns a weak reference to its load context; no strong reference leaves this method.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> UsePluginAsync(PartnerRegistry registry)
    {
        var insurer = registry.Resolve<IInsurer>("globalcare");
        (await insurer.CheckEligibilityAsync(InsurerRequests.Eligibility("APPROVE-1"), default)).IsSuccess.ShouldBeTrue();
        (await insurer.SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("PEND-1"), IdempotencyKey.New(), default)).Kind.ShouldBe(PartnerResultKind.Pending);
        (await insurer.CheckHealthAsync(default)).Status.ShouldBe(PartnerHealthStatus.Healthy);
        return ContextOf(registry);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference ContextOf(PartnerRegistry registry) =>
        new(System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(registry.Slot("globalcare")!.Active!.Capability.GetType().Assembly));

    private static async Task<bool> CollectedAsync(WeakReference context)
    {
        for (var i = 0; i < 250 && context.IsAlive; i++) // up to about 10 s: a loaded machine finalizes slowly
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(40);
        }

        return !context.IsAlive;
    }
}
