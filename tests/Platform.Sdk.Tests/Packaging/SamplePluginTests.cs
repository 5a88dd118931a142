using Platform.Plugins;
using Platform.Sdk.Interpretation;

namespace Platform.Sdk.Tests.Packaging;

/// <summary>
/// samples/partner-plugin: an interpreter agency that references the SDK package from the local feed, not
/// the project. It is built here (not by Platform.sln, which must build before anything is packed), runs its
/// own conformance tests, and loads into the host like any third-party plugin.
/// </summary>
[Collection(CliTests.Name)]
public sealed class SamplePluginTests : IDisposable
{
    private readonly TempFolder _work = new();

    [Fact]
    public async Task The_sample_plugin_builds_from_the_package_passes_the_kit_and_serves_a_hospital()
    {
        Repository.Package("Platform.Sdk", "1.1.0");
        Repository.Package("Platform.Sdk.Testing", "1.1.0");
        var sample = Path.Combine(Repository.Root, "samples", "partner-plugin");

        var test = await DotnetCli.RunAsync(sample, "test", "Sample.InterpreterAgency.Tests");
        test.ExitCode.ShouldBe(0, test.ToString());
        test.Output.ShouldContain("Passed:     8");

        var assets = await File.ReadAllTextAsync(Path.Combine(sample, "Sample.InterpreterAgency", "obj", "project.assets.json"));
        assets.ShouldContain("\"Platform.Sdk/1.1.0\": {", Case.Sensitive, "the sample must restore the SDK as a package");
        assets.ShouldNotContain("\"type\": \"project\"");

        var plugins = Path.Combine(_work.Path, "plugins");
        var publish = await DotnetCli.RunAsync(sample, "publish", "Sample.InterpreterAgency", "-o", Path.Combine(plugins, "sample-interpreter-agency"));
        publish.ExitCode.ShouldBe(0, publish.ToString());
        File.Exists(Path.Combine(plugins, "sample-interpreter-agency", "Platform.Sdk.dll")).ShouldBeFalse("the plugin must use the host's SDK, not ship its own");

        await using var host = await PluginHost.StartAsync(plugins, "istanbul-interpreters", "sample-interpreter-agency", PartnerCapabilities.InterpreterAgency,
            new Dictionary<string, string> { ["ApiKey"] = "sandbox-hospital", ["Latency"] = "00:00:00.010", ["AssignAfter"] = "00:00:00.050" });
        var plugin = host.Registry.Plugins.ShouldHaveSingleItem();
        plugin.State.ShouldBe(PluginState.Loaded, plugin.Error);
        (await host.Registry.CheckHealthAsync("istanbul-interpreters")).Status.ShouldBe(PartnerHealthStatus.Healthy);

        var agency = host.Registry.Resolve<IInterpreterAgency>("istanbul-interpreters");
        var request = new InterpreterRequest("ar", "tr", InterpretingModality.Video, new DateTimeOffset(2030, 5, 6, 10, 0, 0, TimeSpan.FromHours(3)), TimeSpan.FromMinutes(90), "Europe/Istanbul", "oncology");
        var booked = await agency.BookInterpreterAsync(request, new IdempotencyKey("journey-7-interpreter"), CancellationToken.None);
        booked.Kind.ShouldBe(PartnerResultKind.Pending, booked.ToString());

        // The agency assigns an interpreter later and reports it to the host as a partner event.
        var assigned = await host.NextEventAsync();
        assigned.PartnerId.ShouldBe("istanbul-interpreters");
        var change = assigned.Event.ShouldBeOfType<InterpreterBookingChanged>();
        change.Reference.ShouldBe(booked.Pending!.Reference);
        change.Booking.State.ShouldBe(InterpreterBookingState.Confirmed);
        change.Booking.JoinAt.ShouldNotBeNull();

        var declined = await agency.BookInterpreterAsync(request with { PatientLanguage = "sw" }, IdempotencyKey.New(), CancellationToken.None);
        declined.Decline!.Code.ShouldBe("LANGUAGE_NOT_OFFERED");
    }

    public void Dispose() => _work.Dispose();
}
