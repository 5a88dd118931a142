using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.AspNetCore;
using Platform.GraphQL.Types;

namespace Platform.Host.Tests;

/// <summary>The limits of the GraphQL endpoint on the real host: each refusal's status, code and message, set from configuration "GraphQL".</summary>
public sealed class GraphQLProtectionTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Depth_OverTheConfiguredLimit_Is400WithMaxDepthExceeded()
    {
        using var host = new HostFactory { Settings = { ["GraphQL:MaxDepth"] = "2" } };

        var response = await PostAsync(host, new { query = "{ patients(first: 1) { nodes { id } } }" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString().ShouldBe("The operation nests fields 3 deep; the maximum depth (MaxDepth) is 2.");
        Code(error).ShouldBe("MAX_DEPTH_EXCEEDED");
    }

    [Fact]
    public async Task RateLimit_AfterTheConfiguredPermits_Is429WithRetryAfterAndRateLimited()
    {
        using var host = new HostFactory { Settings = { ["GraphQL:RateLimitPermits"] = "2", ["GraphQL:RateLimitWindow"] = "00:10:00" } };

        var first = await PostAsync(host, new { query = "{ __typename }" });
        var second = await PostAsync(host, new { query = "{ __typename }" });
        var third = await PostAsync(host, new { query = "{ __typename }" });

        (first.StatusCode, second.StatusCode).ShouldBe((HttpStatusCode.OK, HttpStatusCode.OK));
        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.Headers.RetryAfter.ShouldNotBeNull();
        var error = await SingleErrorAsync(third);
        Code(error).ShouldBe("RATE_LIMITED");
        error.GetProperty("message").GetString()!.ShouldStartWith("Too many requests: each client may send 2 per 00:10:00");
    }

    [Fact]
    public async Task Aliases_OverTheDefault30_AreRefusedWithMaxAliasesExceeded()
    {
        using var host = new HostFactory();
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }";

        var response = await PostAsync(host, new { query });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString().ShouldBe("The operation has 31 aliases; the maximum (MaxAliases) is 30.");
        Code(error).ShouldBe("MAX_ALIASES_EXCEEDED");
    }

    [Fact]
    public async Task Cost_OverTheBudget_IsRefusedBeforeExecution()
    {
        using var host = new HostFactory { Settings = { ["GraphQL:MaxCost"] = "100", ["GraphQL:FieldWeights:Patient.registryId"] = "3" } };

        // patients: 1 + 50 * (nodes: 1 + id 1 + registryId 3) = 251
        var response = await PostAsync(host, new { query = "{ patients(first: 50) { nodes { id registryId } } }" }, accept: "application/json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString().ShouldBe("The operation's estimated cost is 251; the maximum cost (MaxCost) is 100. Ask for fewer items (first/last) or fewer fields.");
        Code(error).ShouldBe("COST_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task Cost_OfAnAcceptedRequest_IsReportedInExtensions()
    {
        using var host = new HostFactory();
        var client = host.CreateClient();
        var token = (await client.GetFromJsonAsync<JsonElement>(new Uri("/auth/dev-token?user=coordinator", UriKind.Relative))).GetProperty("accessToken").GetString();

        var response = await PostAsync(host, new { query = "{ patients(first: 2) { nodes { id registryId } pageInfo { endCursor } } }" }, token: token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await ReadAsync(response);
        body.TryGetProperty("errors", out _).ShouldBeFalse();
        var cost = body.GetProperty("extensions").GetProperty("cost");
        cost.GetProperty("requested").GetInt64().ShouldBe(1 + (2 * ((1 + 2) + (1 + 1))));
        cost.GetProperty("limit").GetInt64().ShouldBe(5000);
    }

    [Fact]
    public async Task Body_OverTheDefault256KB_Is413WithRequestTooLarge()
    {
        using var host = new HostFactory();
        var query = "{ __typename }" + new string(' ', 300 * 1024);

        var response = await PostAsync(host, new { query });

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString().ShouldBe("The request body is larger than the maximum request size (MaxRequestBytes) of 262144 bytes.");
        Code(error).ShouldBe("REQUEST_TOO_LARGE");
    }

    [Fact]
    public async Task Body_ChunkedWithoutContentLength_IsStillCutOff()
    {
        using var host = new HostFactory { Settings = { ["GraphQL:MaxRequestBytes"] = "1000" } };
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }" + new string(' ', 5000) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await host.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        Code(await SingleErrorAsync(response)).ShouldBe("REQUEST_TOO_LARGE");
    }

    [Theory]
    [InlineData("GraphQL:MaxTokens", "5", "{ a b c d e }", "MAX_TOKENS_EXCEEDED", "Syntax Error: Document exceeds the maximum of 5 tokens.")]
    [InlineData("GraphQL:MaxDocumentLength", "10", "{ __typename }", "DOCUMENT_TOO_LONG", "Syntax Error: Document exceeds the maximum length of 10 characters.")]
    public async Task Document_OverAParserLimit_IsRefusedWithItsCode(string setting, string value, string query, string code, string message)
    {
        using var host = new HostFactory { Settings = { [setting] = value } };

        var response = await PostAsync(host, new { query });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString().ShouldBe(message);
        Code(error).ShouldBe(code);
    }

    [Fact]
    public async Task Introspection_InProduction_IsRefusedButTypenameIsNot()
    {
        using var host = new HostFactory { Environment = "Production", Settings = { ["Identity:Jwt:SigningKey"] = "production-test-signing-key-0123456789abcdef" } };

        var refused = await PostAsync(host, new { query = "{ __schema { queryType { name } } }" });
        var typename = await PostAsync(host, new { query = "{ __typename }" });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = await SingleErrorAsync(refused);
        error.GetProperty("message").GetString().ShouldBe("Introspection is disabled on this server (AllowIntrospection is false): '__schema' cannot be queried; __typename can.");
        Code(error).ShouldBe("INTROSPECTION_DISABLED");
        typename.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Introspection_InDevelopment_IsAllowedUnlessConfiguredOff()
    {
        using var development = new HostFactory();
        using var configuredOff = new HostFactory { Settings = { ["GraphQL:AllowIntrospection"] = "false" } };
        const string query = "{ __type(name: \"Query\") { name } }";

        (await PostAsync(development, new { query })).StatusCode.ShouldBe(HttpStatusCode.OK);
        Code(await SingleErrorAsync(await PostAsync(configuredOff, new { query }))).ShouldBe("INTROSPECTION_DISABLED");
    }

    [Fact]
    public async Task Execution_OverTheTimeout_IsARequestErrorWithTimeout()
    {
        // A resolver that only ends when cancelled makes the timeout certain, whatever the machine's speed.
        var schema = SchemaBuilder.FromSdl("type Query { slow: String }")
            .AddResolver("Query", "slow", async context =>
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return null;
            })
            .Build();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(schema);
        await using var app = builder.Build();
        app.MapGraphQL("/graphql", new GraphQLHttpOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        await app.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query = "{ slow }" }) };
        request.Headers.Accept.ParseAdd(GraphQLResponse);

        var response = await app.GetTestClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.GatewayTimeout);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString().ShouldBe("The operation did not finish within the execution timeout (ExecutionTimeout) of 0.05 s and was cancelled; ask for less.");
        Code(error).ShouldBe("TIMEOUT");
    }

    private static async Task<HttpResponseMessage> PostAsync(HostFactory host, object body, string accept = GraphQLResponse, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd(accept);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await host.CreateClient().SendAsync(request);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        var body = await ReadAsync(response);
        body.TryGetProperty("data", out _).ShouldBeFalse();
        body.GetProperty("errors").GetArrayLength().ShouldBe(1);
        return body.GetProperty("errors")[0];
    }

    private static string? Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString();
}
