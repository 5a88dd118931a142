using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Platform.Host.Tests;

/// <summary>
/// The per-client rate limit counts operations on the stream transports too, sharing one budget with
/// HTTP: a client cannot get round the limit by opening a WebSocket or an event stream.
/// </summary>
public sealed class StreamRateLimitTests : IDisposable
{
    private readonly HostFactory _host = new()
    {
        Settings = { ["GraphQL:RateLimitPermits"] = "3", ["GraphQL:RateLimitWindow"] = "00:10:00" },
    };

    public StreamRateLimitTests()
    {
        _host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _host.StartServer();
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SocketOperations_CountAgainstTheClientsLimit_AndTheOneOverIsAnErrorMessage_WithoutClosingTheSocket()
    {
        var token = await GraphQLSocket.TokenAsync(_host, "coordinator");
        using var http = new HttpClient { BaseAddress = GraphQLSocket.Address(_host) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ __typename }" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var socket = await GraphQLSocket.OpenAsync(_host, token);

        await socket.SubscribeAsync("one", "{ __typename }");
        (await socket.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("next");
        (await socket.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("complete");
        await socket.SubscribeAsync("two", "{ __typename }");
        (await socket.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("next");
        (await socket.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("complete");
        await socket.SubscribeAsync("three", "{ __typename }");
        var refused = await socket.ReceiveAsync();
        var overHttp = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ __typename }" });

        (refused.GetProperty("type").GetString(), refused.GetProperty("id").GetString()).ShouldBe(("error", "three"));
        var error = refused.GetProperty("payload")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("RATE_LIMITED");
        error.GetProperty("extensions").GetProperty("retryAfterSeconds").GetInt32().ShouldBeGreaterThan(0);
        error.GetProperty("message").GetString()!.ShouldStartWith("Too many requests: each client may send 3 per 00:10:00");
        overHttp.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the socket's operations used the same client's budget");
        await socket.SendAsync(new { type = "ping" });
        (await socket.ReceiveAsync()).GetProperty("type").GetString().ShouldBe("pong", "a refused operation does not close the socket");
    }

    [Fact]
    public async Task EventStreams_CountAgainstTheClientsLimit_AndTheOneOverIs429WithRetryAfter()
    {
        var token = await GraphQLSocket.TokenAsync(_host, "case_manager");
        using var http = new HttpClient { BaseAddress = GraphQLSocket.Address(_host) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        List<HttpStatusCode> statuses = [];
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
            {
                Content = JsonContent.Create(new { query = "{ __typename }" }),
                Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/event-stream") } },
            };
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (i == 3)
            {
                response.Headers.RetryAfter.ShouldNotBeNull();
                (await response.Content.ReadAsStringAsync()).ShouldContain("RATE_LIMITED");
            }
        }

        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests]);
    }
}
