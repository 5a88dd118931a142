using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Plugins;

namespace Platform.Host.Tests;

/// <summary>The host loads shipped partner plugins from disk and keeps going when one cannot load.</summary>
public sealed class PartnerPluginTests
{
    [Fact]
    public async Task Host_InDevelopment_LoadsTheFiveShippedPluginsFromDiskAndItsDemoPartnersAreHealthy()
    {
        using var host = new HostFactory { Settings = { ["Plugins:Root"] = ShippedPluginsFolder(), ["Plugins:WatchForChanges"] = "false" } };
        var client = host.CreateClient();

        (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var registry = host.Services.GetRequiredService<PartnerRegistry>();

        registry.Plugins.Where(p => p.State == PluginState.Loaded).Select(p => p.Id)
            .ShouldBe(["clinical-trials", "demo-ground-transport", "demo-insurer", "demo-interpreter-agency", "demo-video-visits"], ignoreOrder: true);
        registry.Partners.Select(p => (p.PartnerId, p.PluginId, p.PluginVersion, p.Capability, p.State)).ShouldBe([
            ("bosphorus-transfers", "demo-ground-transport", "1.0.0", "ground-transport", PartnerState.Active),
            ("carelink-video", "demo-video-visits", "1.0.0", "video-visits", PartnerState.Active),
            ("ctgov", "clinical-trials", "1.0.0", "clinical-trial-registry", PartnerState.Active),
            ("globalcare", "demo-insurer", "1.0.0", "insurer", PartnerState.Active),
            ("lingua-medica", "demo-interpreter-agency", "1.0.0", "interpreter-agency", PartnerState.Active),
        ]);
        foreach (var partner in registry.Partners)
        {
            (await registry.CheckHealthAsync(partner.PartnerId)).Status.ShouldBe(Sdk.PartnerHealthStatus.Healthy, partner.PartnerId);
        }
    }

    [Fact]
    public async Task Host_WhenThePluginsFolderIsMissing_StartsAndMarksThePartnersFailedWithTheReason()
    {
        using var host = new HostFactory { Settings = { ["Plugins:Root"] = Path.Combine(Path.GetTempPath(), "no-plugins-here"), ["Plugins:WatchForChanges"] = "false" } };
        var client = host.CreateClient();

        (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var partners = host.Services.GetRequiredService<PartnerRegistry>().Partners;

        partners.Count.ShouldBe(5);
        partners.ShouldAllBe(p => p.State == PartnerState.Failed && p.Error!.Contains(p.PluginId, StringComparison.Ordinal));
    }

    private static string ShippedPluginsFolder() => Path.Combine(HostFactory.RepositoryRoot(), "build", "artifacts", "plugins");
}
