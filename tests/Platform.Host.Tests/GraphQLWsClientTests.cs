using System.Diagnostics;
using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>
/// The npm graphql-ws client (installed under tests/conformance by build/test.sh) against the real
/// host listening on loopback: subscribe, receive the event a mutation caused, complete.
/// </summary>
public sealed class GraphQLWsClientTests(KestrelHostFixture fixture) : IClassFixture<KestrelHostFixture>
{
    [Fact]
    public async Task GraphQLWsClient_SubscribesReceivesTheRegistrationAndCompletes_AndAForgedTokenIsRefused()
    {
        var token = await GraphQLSocket.TokenAsync(fixture.Host, "coordinator");
        var http = GraphQLSocket.Address(fixture.Host);

        var report = await RunAsync($"ws://{http.Authority}/graphql", token);

        report.GetProperty("mutationErrors").ValueKind.ShouldBe(JsonValueKind.Null, report.ToString());
        var registeredId = report.GetProperty("registeredId").GetString();
        registeredId.ShouldNotBeNullOrEmpty(report.ToString());
        var patient = report.GetProperty("event").GetProperty("data").GetProperty("patientRegistered");
        patient.GetProperty("id").GetString().ShouldBe(registeredId);
        patient.GetProperty("identity").GetProperty("nationality").GetString().ShouldBe("NG");
        report.GetProperty("completed").GetBoolean().ShouldBeTrue();
        report.GetProperty("query").ToString().ShouldBe("""{"data":{"__typename":"Query"}}""");
        report.GetProperty("refusal").GetProperty("code").GetInt32().ShouldBe(4403);
    }

    private static async Task<JsonElement> RunAsync(string url, string token)
    {
        var conformance = Path.Combine(HostFactory.RepositoryRoot(), "tests", "conformance");
        if (!Directory.Exists(Path.Combine(conformance, "node_modules", "graphql-ws")))
        {
            throw new InvalidOperationException($"graphql-ws is not installed in {conformance}: run build/test.sh, or 'npm ci' in that folder.");
        }

        var start = new ProcessStartInfo("node", ["tasks/graphql-ws-subscribe.mjs", url, token])
        {
            WorkingDirectory = conformance,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js installed?");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"The graphql-ws client exited with {node.ExitCode}: {await error}");
        }

        using var document = JsonDocument.Parse(await output);
        return document.RootElement.Clone();
    }
}
