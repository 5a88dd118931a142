using Platform.Plugins;
using Platform.Sdk.Transport;

namespace Platform.Sdk.Tests.Packaging;

/// <summary>
/// A plugin author's first hour, end to end: install the template package from the local feed into a
/// throwaway template hive, create a plugin, build it against the SDK package, run its conformance tests,
/// publish it and load it into the host's plugin loader.
/// </summary>
[Collection(CliTests.Name)]
public sealed class TemplateTests : IDisposable
{
    private readonly TempFolder _work = new();

    [Fact]
    public async Task A_plugin_created_from_the_template_builds_passes_the_kit_and_loads_into_the_host()
    {
        var hive = Path.Combine(_work.Path, "template-hive");
        var source = Path.Combine(_work.Path, "src");
        Directory.CreateDirectory(source);
        Repository.WriteNuGetConfig(source);

        var install = await DotnetCli.RunAsync(_work.Path, "new", "install", Repository.Package("Platform.Sdk.Templates"), "--debug:custom-hive", hive);
        install.ExitCode.ShouldBe(0, install.ToString());

        var create = await DotnetCli.RunAsync(source, "new", "partner-plugin", "-n", "Kit.Transfers", "--publisher", "Kit Transfers Ltd", "-o", "Kit.Transfers", "--debug:custom-hive", hive);
        create.ExitCode.ShouldBe(0, create.ToString());
        var manifest = await File.ReadAllTextAsync(Path.Combine(source, "Kit.Transfers", "Kit.Transfers", "plugin.json"));
        manifest.ShouldContain("\"id\": \"kit.transfers\"");
        manifest.ShouldContain("\"publisher\": \"Kit Transfers Ltd\"");

        // Builds both projects (restoring Platform.Sdk and Platform.Sdk.Testing from the local feed) and runs the kit.
        var test = await DotnetCli.RunAsync(source, "test", Path.Combine("Kit.Transfers", "Kit.Transfers.Tests"));
        test.ExitCode.ShouldBe(0, test.ToString());
        test.Output.ShouldContain("Passed:     8");

        var plugins = Path.Combine(_work.Path, "plugins");
        var publish = await DotnetCli.RunAsync(source, "publish", Path.Combine("Kit.Transfers", "Kit.Transfers"), "-o", Path.Combine(plugins, "kit.transfers"));
        publish.ExitCode.ShouldBe(0, publish.ToString());
        File.Exists(Path.Combine(plugins, "kit.transfers", "Platform.Sdk.dll")).ShouldBeFalse("the plugin must use the host's SDK, not ship its own");

        await using var host = await PluginHost.StartAsync(plugins, "istanbul-transfers", "kit.transfers", PartnerCapabilities.GroundTransport,
            new Dictionary<string, string> { ["ApiKey"] = "sandbox-host", ["Latency"] = "00:00:00.010" });
        var plugin = host.Registry.Plugins.ShouldHaveSingleItem();
        plugin.State.ShouldBe(PluginState.Loaded, plugin.Error);
        plugin.Publisher.ShouldBe("Kit Transfers Ltd");
        host.Registry.Partners.ShouldHaveSingleItem().State.ShouldBe(PartnerState.Active);
        (await host.Registry.CheckHealthAsync("istanbul-transfers")).Status.ShouldBe(PartnerHealthStatus.Healthy);

        var quote = await host.Registry.Resolve<IGroundTransport>("istanbul-transfers").QuoteAsync(Trips.AirportToHospital, CancellationToken.None);
        quote.GetValueOrThrow().Fare.Currency.ShouldBe("EUR");
    }

    public void Dispose() => _work.Dispose();
}
