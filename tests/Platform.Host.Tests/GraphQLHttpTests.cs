using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>GraphQL over HTTP on the real host: transport rules, media types, status codes, error codes (Patients end to end: <see cref="PatientGraphQLTests"/>).</summary>
public sealed class GraphQLHttpTests : IDisposable
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Post_Query_ReturnsData_InGraphQLResponseJson()
    {
        var response = await PostAsync(new { query = "{ __typename }" }, accept: GraphQLResponse);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(GraphQLResponse);
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"data":{"__typename":"Query"},"extensions":{"cost":{"requested":0,"limit":5000}}}""");
    }

    [Fact]
    public async Task Post_WithoutAccept_AnswersInApplicationJson()
    {
        var response = await PostAsync(new { query = "{ __typename }" }, accept: null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Fact]
    public async Task Get_Query_WithVariables_ReturnsData()
    {
        var client = _host.CreateClient();
        var query = Uri.EscapeDataString("query Q($skip: Boolean!) { __typename @skip(if: $skip) }");
        var variables = Uri.EscapeDataString("""{"skip":false}""");

        var response = await client.GetAsync(new Uri($"/graphql?query={query}&variables={variables}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"data":{"__typename":"Query"},"extensions":{"cost":{"requested":0,"limit":5000}}}""");
    }

    [Fact]
    public async Task Get_Mutation_Is405_AllowingPost()
    {
        var client = _host.CreateClient();
        var query = Uri.EscapeDataString("mutation { __typename }");

        var response = await client.GetAsync(new Uri($"/graphql?query={query}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["POST"]);
        var error = await SingleErrorAsync(response);
        error.GetProperty("message").GetString().ShouldBe("GET serves queries only; send this mutation with POST.");
        Code(error).ShouldBe("BAD_REQUEST");
    }

    [Fact]
    public async Task Post_WithUnsupportedMediaType_Is415()
    {
        var client = _host.CreateClient();
        using var content = new StringContent("query { __typename }", Encoding.UTF8, "application/graphql");

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await SingleErrorAsync(response)).GetProperty("message").GetString()
            .ShouldBe("Content-Type 'application/graphql; charset=utf-8' is not supported: send application/json (UTF-8).");
    }

    [Theory]
    [InlineData("{\"query\": \"{ __typename }\"", "The request body is not valid JSON")]
    [InlineData("{\"variables\": {}}", "The request has no \"query\"")]
    [InlineData("{\"query\": 42}", "\"query\" must be a string, not a JSON number.")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"x\"}", "\"variables\" must be a JSON object (a map) or null, not a JSON string.")]
    public async Task Post_ThatIsNotAGraphQLRequest_Is400WithoutData(string body, string message)
    {
        var client = _host.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.TryGetProperty("data", out _).ShouldBeFalse();
        var error = json.RootElement.GetProperty("errors")[0];
        error.GetProperty("message").GetString().ShouldStartWith(message);
        Code(error).ShouldBe("BAD_REQUEST");
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Post_InvalidDocument_StatusFollowsTheMediaType_AndHasNoData(string accept, HttpStatusCode status)
    {
        var response = await PostAsync(new { query = "{ xyzzy }" }, accept);

        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(accept);
        (await response.Content.ReadAsStringAsync()).ShouldBe(
            """{"errors":[{"message":"Cannot query field \"xyzzy\" on type \"Query\".","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""");
    }

    [Fact]
    public async Task Post_UnparsableDocument_IsParseFailed()
    {
        var response = await PostAsync(new { query = "{" }, GraphQLResponse);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Code(await SingleErrorAsync(response)).ShouldBe("GRAPHQL_PARSE_FAILED");
    }

    private async Task<HttpResponseMessage> PostAsync(object body, string? accept, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _host.CreateClient().SendAsync(request);
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
