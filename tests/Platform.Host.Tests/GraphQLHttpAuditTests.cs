using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Host.Tests;

/// <summary>
/// graphql-http's server audit (npm graphql-http, installed under tests/conformance by
/// build/test.sh) against the real host listening on a real socket.
/// </summary>
public sealed class GraphQLHttpAuditTests : IDisposable
{
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task GraphQLHttpServerAudit_PassesEveryAudit_WithNoWarnings()
    {
        _host.UseKestrel(port: 0);
        _host.StartServer();
        var address = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var results = await AuditAsync(address.TrimEnd('/') + "/graphql");

        results.Count.ShouldBeGreaterThan(50);
        var failures = results.Where(r => r.Status != "ok").Select(r => $"{r.Status} {r.Id} {r.Name}: {r.Reason}").ToList();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    private static async Task<List<AuditResult>> AuditAsync(string url)
    {
        var conformance = Path.Combine(HostFactory.RepositoryRoot(), "tests", "conformance");
        if (!Directory.Exists(Path.Combine(conformance, "node_modules", "graphql-http")))
        {
            throw new InvalidOperationException($"graphql-http is not installed in {conformance}: run build/test.sh, or 'npm ci' in that folder.");
        }

        var start = new ProcessStartInfo("node", ["tasks/audit-server.mjs", url])
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
            throw new InvalidOperationException($"The graphql-http audit exited with {node.ExitCode}: {await error}");
        }

        return JsonSerializer.Deserialize<List<AuditResult>>(await output, _json)!;
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
