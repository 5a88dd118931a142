using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Host.Tests;

/// <summary>GraphiQL at /graphql: the page and its bundled files over HTTP, and a real Chromium running a query in it.</summary>
public sealed partial class GraphiQLTests
{
    [Fact]
    public async Task Browser_RunsAQueryInGraphiQL_AndSeesTheResult_WithNothingFetchedFromElsewhere()
    {
        using var host = new HostFactory();
        host.UseKestrel(port: 0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var (exitCode, output, error) = await RunNodeAsync("tasks/graphiql-browser.mjs", address.TrimEnd('/') + "/graphql");

        exitCode.ShouldBe(0, $"{output}\n{error}");
        using var report = JsonDocument.Parse(output);
        var steps = report.RootElement.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("step").GetString()!);
        steps["open"].GetProperty("status").GetInt32().ShouldBe(200);
        steps["docs"].GetProperty("text").GetString()!.ShouldContain("Query");
        var result = JsonDocument.Parse(steps["run"].GetProperty("result").GetString()!).RootElement;
        result.GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
        report.RootElement.GetProperty("foreignRequests").GetArrayLength().ShouldBe(0, output);
        report.RootElement.GetProperty("pageErrors").GetArrayLength().ShouldBe(0, output);
    }

    [Fact]
    public async Task Page_ForABrowser_IsGraphiQL_WithOnlyLocalHashedAssets()
    {
        using var host = new HostFactory();
        var client = host.CreateClient();

        var page = await GetAsync(client, "/graphql", "text/html,application/xhtml+xml,*/*;q=0.8");
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'self'; script-src 'self';");
        var assets = AssetUrl().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        assets.Count.ShouldBe(6, html);
        foreach (var asset in assets)
        {
            var response = await GetAsync(client, asset, "*/*");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, asset);
            response.Content.Headers.ContentType!.ToString().ShouldBe(asset.Contains(".css?", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
            response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
            (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(100);
        }
    }

    [Fact]
    public async Task Asset_WithItsETag_Is304_AndWithoutTheCurrentHash_IsRevalidated()
    {
        using var host = new HostFactory();
        var client = host.CreateClient();
        var first = await GetAsync(client, "/graphql/graphiql/graphiql-setup.js", "*/*");

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql/graphiql/graphiql-setup.js", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await client.SendAsync(again);

        first.Headers.CacheControl!.NoCache.ShouldBeTrue();
        revalidated.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await GetAsync(client, "/graphql/graphiql/nothing-here.js", "*/*")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task GraphQLRequests_AndProduction_AreNotGivenThePage()
    {
        using var development = new HostFactory();
        using var production = new HostFactory { Environment = "Production", Settings = { ["Identity:Jwt:SigningKey"] = "production-test-signing-key-0123456789abcdef" } };

        var query = await GetAsync(development.CreateClient(), "/graphql?query=%7B__typename%7D", "text/html, application/json");
        var json = await GetAsync(development.CreateClient(), "/graphql", "application/json");
        var inProduction = await GetAsync(production.CreateClient(), "/graphql", "text/html");

        query.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await query.Content.ReadAsStringAsync()).ShouldContain("\"__typename\":\"Query\"");
        json.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        inProduction.Content.Headers.ContentType!.MediaType.ShouldNotBe("text/html");
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Accept.Clear();
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    internal static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(params string[] arguments)
    {
        var conformance = Path.Combine(HostFactory.RepositoryRoot(), "tests", "conformance");
        if (!Directory.Exists(Path.Combine(conformance, "node_modules", "playwright-core")))
        {
            throw new InvalidOperationException($"playwright-core is not installed in {conformance}: run build/test.sh, or 'npm ci' in that folder.");
        }

        var start = new ProcessStartInfo("node", arguments) { WorkingDirectory = conformance, RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; is Node.js installed?");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, await output, await error);
    }

    [GeneratedRegex("(?:src|href)=\"(/graphql/graphiql/[^\"]+)\"")]
    private static partial Regex AssetUrl();
}
