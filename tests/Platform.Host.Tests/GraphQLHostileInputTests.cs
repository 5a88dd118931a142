using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>
/// Hostile requests get an answer (an error with a stable code, not a hang or a crash) and the host
/// keeps serving. Each runs with the default limits and, where the default size limit would stop it
/// first, with limits raised so the deeper defence is the one that answers. How long each answer
/// takes is printed by build/hostile.sh, not asserted here.
/// </summary>
public sealed class GraphQLHostileInputTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    // Raised so a document reaches the parser and the analyser instead of the 256 KB body limit.
    private static readonly Dictionary<string, string?> _raisedSizeLimits = new()
    {
        ["GraphQL:MaxRequestBytes"] = "16777216",
        ["GraphQL:MaxDocumentLength"] = "16000000",
        ["GraphQL:MaxTokens"] = "2000000",
    };

    [Fact]
    public async Task InvalidUtf8InTheBody_IsABadRequest()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"operationName\":\"X\"}").ToList();
        body.InsertRange(body.IndexOf((byte)'X'), [0xC3, 0x28, 0xFF]);

        await AssertAnsweredAsync(new HostFactory(), body.ToArray(), HttpStatusCode.BadRequest, "BAD_REQUEST", message: "The request body is not valid UTF-8: send application/json encoded as UTF-8.");
    }

    [Theory]
    [InlineData(false, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE")]
    [InlineData(true, HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED")]
    public async Task Nesting100000Deep_IsRefused(bool raiseSizeLimits, HttpStatusCode status, string code)
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", 100_000)) + new string('}', 100_000);

        await AssertAnsweredAsync(Host(raiseSizeLimits), Json(new { query }), status, code);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE")]
    [InlineData(true, HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED")]
    public async Task FiftyThousandAliases_AreRefused(bool raiseSizeLimits, HttpStatusCode status, string code)
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 50_000).Select(i => $"a{i}: __typename")) + " }";

        await AssertAnsweredAsync(Host(raiseSizeLimits), Json(new { query }), status, code);
    }

    [Fact]
    public async Task FragmentFanOut_ThirtyLevelsEachSpreadingTheNextTwice_IsAnswered()
    {
        // Expanded naively, the spreads stand for 2^30 selections.
        var fragments = Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} a{i}: __typename }}");
        var query = "query FanOut { ...F0 } " + string.Join(' ', fragments) + " fragment F30 on Query { __typename }";

        await AssertAnsweredAsync(new HostFactory(), Json(new { query }), HttpStatusCode.BadRequest, "MAX_ALIASES_EXCEEDED");
    }

    [Fact]
    public async Task FragmentFanOut_OfNestedFields_IsAnswered()
    {
        // Each level doubles the fields under one parent: merging-and-cost work grows as 2^depth unless shared.
        var fragments = Enumerable.Range(0, 20).Select(i => $"fragment N{i} on PatientPage {{ items {{ id }} ...N{i + 1} ...N{i + 1} }}");
        var query = "{ patients(first: 1) { ...N0 } } " + string.Join(' ', fragments) + " fragment N20 on PatientPage { nextCursor }";

        var (status, body) = await SendAsync(new HostFactory(), Json(new { query }));

        status.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
        body.TryGetProperty("data", out _).ShouldBe(status == HttpStatusCode.OK, body.ToString());
    }

    [Fact]
    public async Task EightMegabyteBody_IsRefusedWith413_WithAndWithoutContentLength()
    {
        var body = Json(new { query = "{ __typename }", variables = new { padding = new string('x', 8 * 1024 * 1024) } });

        await AssertAnsweredAsync(new HostFactory(), body, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE");
        await AssertAnsweredAsync(new HostFactory(), body, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE", chunked: true);
    }

    [Fact]
    public async Task DeeplyNestedJsonVariables_AreABadRequest()
    {
        var body = "{\"query\":\"query($v: [String]) { __typename }\",\"variables\":{\"v\":" + new string('[', 100_000) + new string(']', 100_000) + "}}";

        await AssertAnsweredAsync(new HostFactory(), Encoding.UTF8.GetBytes(body), HttpStatusCode.BadRequest, "BAD_REQUEST");
    }

    [Fact]
    public async Task DeeplyNestedListLiteral_InTheDocument_IsRefusedByTheParser()
    {
        var query = "{ patients(first: 1, name: " + new string('[', 50_000) + new string(']', 50_000) + ") { nextCursor } }";

        await AssertAnsweredAsync(Host(raiseSizeLimits: true), Json(new { query }), HttpStatusCode.BadRequest, "MAX_DEPTH_EXCEEDED");
    }

    private static HostFactory Host(bool raiseSizeLimits)
    {
        var host = new HostFactory();
        if (raiseSizeLimits)
        {
            foreach (var (key, value) in _raisedSizeLimits)
            {
                host.Settings[key] = value;
            }
        }

        return host;
    }

    private static byte[] Json(object body) => JsonSerializer.SerializeToUtf8Bytes(body);

    /// <summary>The hostile request gets the expected refusal, and a plain query right after it still works.</summary>
    private static async Task AssertAnsweredAsync(HostFactory host, byte[] body, HttpStatusCode status, string code, bool chunked = false, string? message = null)
    {
        using (host)
        {
            var (actualStatus, answer) = await SendAsync(host, body, chunked);

            actualStatus.ShouldBe(status, answer.ToString());
            answer.TryGetProperty("data", out _).ShouldBeFalse();
            answer.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe(code, answer.ToString());
            if (message is not null)
            {
                answer.GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe(message);
            }

            var (afterStatus, after) = await SendAsync(host, Json(new { query = "{ __typename }" }));
            afterStatus.ShouldBe(HttpStatusCode.OK);
            after.GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
        }
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HostFactory host, byte[] body, bool chunked = false)
    {
        using var content = chunked ? (HttpContent)new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = content };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        request.Headers.TransferEncodingChunked = chunked;
        var client = host.CreateClient();
        // Not a timing assertion: only a bound so a hang fails the test instead of stalling the run.
        client.Timeout = TimeSpan.FromMinutes(2);
        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
