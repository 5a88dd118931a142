using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using static Platform.Host.Tests.EventStreams;

namespace Platform.Host.Tests;

/// <summary>GraphQL over Server-Sent Events (distinct connections mode) on the real host over real HTTP.</summary>
public sealed class GraphQLServerSentEventsTests(KestrelHostFixture fixture) : IClassFixture<KestrelHostFixture>
{
    private HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = GraphQLSocket.Address(fixture.Host) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private static HttpRequestMessage EventStreamRequest(object body) => new(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
    {
        Content = JsonContent.Create(body),
        Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/event-stream") } },
    };

    [Fact]
    public async Task Query_OverServerSentEvents_IsOneNextThenComplete()
    {
        using var client = Client(token: null);

        using var response = await client.SendAsync(EventStreamRequest(new { query = "{ __typename }" }), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        (await ReadEventAsync(reader)).ShouldBe(("next", """{"data":{"__typename":"Query"}}"""));
        (await ReadEventAsync(reader)).ShouldBe(("complete", ""));
        (await reader.ReadLineAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Subscription_OverServerSentEvents_StreamsThePatientAMutationRegistered()
    {
        var token = await GraphQLSocket.TokenAsync(fixture.Host, "case_manager");
        using var client = Client(token);

        // The headers arrive once the subscription exists, so the registration below is seen.
        using var response = await client.SendAsync(
            EventStreamRequest(new { query = "subscription Watch { patientRegistered { id identity { familyName } } }" }), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var registered = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new
        {
            query = "mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } } }",
            variables = new { input = new { kind = "MEDICAL_TOURIST", source = "DIRECT", identity = new { familyName = "Sato", dateOfBirth = "1966-11-20", sex = "MALE", nationality = "JP" } } },
        });
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("registerPatient").GetProperty("patient").GetProperty("id").GetString();

        JsonElement patient;
        do
        {
            var (name, data) = await ReadEventAsync(reader);
            name.ShouldBe("next");
            patient = JsonDocument.Parse(data).RootElement.GetProperty("data").GetProperty("patientRegistered");
        }
        while (patient.GetProperty("id").GetString() != id);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        patient.GetProperty("identity").GetProperty("familyName").GetString().ShouldBe("Sato");
    }

    [Fact]
    public async Task InvalidDocument_IsRefusedBeforeTheStream_With400AndErrors()
    {
        using var client = Client(token: null);

        using var response = await client.SendAsync(EventStreamRequest(new { query = "subscription { nope }" }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe("Cannot query field \"nope\" on type \"Subscription\".");
        body.TryGetProperty("data", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Subscription_OverPlainHttp_IsARequestErrorPointingToTheStreamTransports()
    {
        using var client = Client(token: null);

        var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "subscription { patientRegistered { id } }" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        body.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("over WebSocket or Server-Sent Events");
        body.TryGetProperty("data", out _).ShouldBeFalse();
    }
}
