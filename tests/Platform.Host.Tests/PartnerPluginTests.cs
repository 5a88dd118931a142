using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Platform.Plugins;

namespace Platform.Host.Tests;

/// <summary>The host loads shipped partner plugins from disk and keeps going when one cannot load.</summary>
public sealed class PartnerPluginTests
{
    [Fact]
    public async Task Host_InDevelopment_LoadsTheDemoInsurerFromDiskAndActivatesItsPartner()
    {
        using var host = new HostFactory { Settings = { ["Plugins:Root"] = ShippedPluginsFolder(), ["Plugins:WatchForChanges"] = "false" } };
        var client = host.CreateClient();

        (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var registry = host.Services.GetRequiredService<PartnerRegistry>();

        registry.Plugins.ShouldContain(p => p.Id == "demo-insurer");
        var partner = registry.Partners.ShouldHaveSingleItem();
        (partner.PartnerId, partner.PluginId, partner.PluginVersion, partner.Capability, partner.State).ShouldBe(("globalcare", "demo-insurer", "1.0.0", "insurer", PartnerState.Active));
    }

    [Fact]
    public async Task Host_WhenThePluginsFolderIsMissing_StartsAndMarksThePartnerFailedWithTheReason()
    {
        using var host = new HostFactory { Settings = { ["Plugins:Root"] = Path.Combine(Path.GetTempPath(), "no-plugins-here"), ["Plugins:WatchForChanges"] = "false" } };
        var client = host.CreateClient();

        (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var partner = host.Services.GetRequiredService<PartnerRegistry>().Partners.ShouldHaveSingleItem();

        partner.State.ShouldBe(PartnerState.Failed);
        partner.Error.ShouldNotBeNullOrWhiteSpace();
        partner.Error.ShouldContain("demo-insurer");
    }

    private static string ShippedPluginsFolder() => Path.Combine(HostFactory.RepositoryRoot(), "build", "artifacts", "plugins");
}
