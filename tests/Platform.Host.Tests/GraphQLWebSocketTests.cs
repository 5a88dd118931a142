using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Kernel.Events;
using Platform.Patients.Contracts;

namespace Platform.Host.Tests;

/// <summary>
/// The graphql-transport-ws protocol on the real host over a real socket: the subscription a
/// mutation triggers, operations over the socket, authentication in connection_init, and every
/// close code of the protocol.
/// </summary>
public sealed class GraphQLWebSocketTests(KestrelHostFixture fixture) : IClassFixture<KestrelHostFixture>
{
    private const string Subscription = "subscription { patientRegistered { id kind identity { familyName nationality } } }";

    private const string Register = """
        mutation($input: RegisterPatientInput!) { registerPatient(input: $input) { patient { id } errors { message } } }
        """;

    private HostFactory Host => fixture.Host;

    private static object Input(string familyName) => new
    {
        input = new
        {
            kind = "MEDICAL_TOURIST",
            source = "DIRECT",
            identity = new { familyName, givenName = "Lena", dateOfBirth = "1979-05-04", sex = "FEMALE", nationality = "DE" },
        },
    };

    [Fact]
    public async Task Subscribe_PatientRegistered_ReceivesThePatientAMutationRegistered_AndCompleteUnsubscribes()
    {
        var token = await GraphQLSocket.TokenAsync(Host, "coordinator");
        await using var socket = await GraphQLSocket.OpenAsync(Host, token);
        var broker = (InProcessEventBroker)Host.Services.GetRequiredService<IEventBroker>();
        var topic = EventTopics.Of<PatientRegistered>();
        var before = broker.SubscriberCount(topic);

        await socket.SubscribeAsync("watch", Subscription);
        await socket.SubscribeAsync("register", Register, Input("Vogel"));

        string? registeredId = null;
        JsonElement? event_ = null;
        var registerCompleted = false;
        while (registeredId is null || event_ is null || !registerCompleted)
        {
            var message = await socket.ReceiveAsync();
            var (type, id) = (message.GetProperty("type").GetString(), message.GetProperty("id").GetString());
            switch (type, id)
            {
                case ("next", "register"):
                    registeredId = message.GetProperty("payload").GetProperty("data").GetProperty("registerPatient").GetProperty("patient").GetProperty("id").GetString();
                    break;
                case ("complete", "register"):
                    registerCompleted = true;
                    break;
                case ("next", "watch") when message.GetProperty("payload").GetProperty("data").GetProperty("patientRegistered").GetProperty("identity").GetProperty("familyName").GetString() == "Vogel":
                    event_ = message.GetProperty("payload");
                    break;
                case ("next", "watch"):
                    break;
                default:
                    throw new ShouldAssertException($"Unexpected message {message}");
            }
        }

        var patient = event_.Value.GetProperty("data").GetProperty("patientRegistered");
        patient.GetProperty("id").GetString().ShouldBe(registeredId);
        patient.GetProperty("kind").GetString().ShouldBe("MEDICAL_TOURIST");
        patient.GetProperty("identity").GetProperty("nationality").GetString().ShouldBe("DE");
        event_.Value.TryGetProperty("errors", out _).ShouldBeFalse();
        broker.SubscriberCount(topic).ShouldBe(before + 1);

        // complete stops the operation before the next message is read: after the pong it is gone.
        await socket.SendAsync(new { type = "complete", id = "watch" });
        await socket.SendAsync(new { type = "ping", payload = new { n = 1 } });
        var pong = await socket.ReceiveAsync();

        pong.GetProperty("type").GetString().ShouldBe("pong");
        pong.GetProperty("payload").GetProperty("n").GetInt32().ShouldBe(1);
        broker.SubscriberCount(topic).ShouldBe(before);
    }

    [Fact]
    public async Task QueryOverTheSocket_GetsNextThenComplete()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Host, token: null);

        await socket.SubscribeAsync("q1", "{ __typename }");
        var next = await socket.ReceiveAsync();
        var complete = await socket.ReceiveAsync();

        next.ToString().ShouldBe("""{"type":"next","id":"q1","payload":{"data":{"__typename":"Query"}}}""");
        complete.ToString().ShouldBe("""{"type":"complete","id":"q1"}""");
    }

    [Fact]
    public async Task InvalidDocument_IsAnErrorMessageWithTheValidationErrors_AndTheIdCanBeReused()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Host, token: null);

        await socket.SubscribeAsync("a", "{ xyzzy }");
        var error = await socket.ReceiveAsync();
        await socket.SubscribeAsync("a", "{ __typename }");
        var next = await socket.ReceiveAsync();

        error.GetProperty("type").GetString().ShouldBe("error");
        error.GetProperty("id").GetString().ShouldBe("a");
        error.GetProperty("payload")[0].GetProperty("message").GetString().ShouldBe("Cannot query field \"xyzzy\" on type \"Query\".");
        error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("GRAPHQL_VALIDATION_FAILED");
        next.GetProperty("type").GetString().ShouldBe("next");
    }

    [Fact]
    public async Task LimitsOfHttp_ApplyToSocketOperations()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Host, token: null);

        await socket.SubscribeAsync("aliases", "{ a: __typename b: __typename c: __typename d: __typename }");
        var error = await socket.ReceiveAsync();

        error.GetProperty("type").GetString().ShouldBe("error");
        error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("MAX_ALIASES_EXCEEDED");
    }

    [Fact]
    public async Task Subscribe_WithoutSigningIn_IsRefusedAsUnauthenticated_AndCompleted()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Host, token: null);

        await socket.SubscribeAsync("s", Subscription);
        var next = await socket.ReceiveAsync();
        var complete = await socket.ReceiveAsync();

        next.GetProperty("type").GetString().ShouldBe("next");
        next.GetProperty("payload").TryGetProperty("data", out _).ShouldBeFalse();
        var error = next.GetProperty("payload").GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("UNAUTHENTICATED");
        error.GetProperty("path")[0].GetString().ShouldBe("patientRegistered");
        complete.GetProperty("type").GetString().ShouldBe("complete");
    }

    [Fact]
    public async Task Subscribe_WithARoleThatMayNotSearchPatients_IsForbidden()
    {
        var token = await GraphQLSocket.TokenAsync(Host, "marketing");
        await using var socket = await GraphQLSocket.OpenAsync(Host, token);

        await socket.SubscribeAsync("s", Subscription);
        var next = await socket.ReceiveAsync();

        var error = next.GetProperty("payload").GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
        error.GetProperty("message").GetString()!.ShouldContain("may not use WatchPatientRegistrations");
    }

    [Fact]
    public async Task ConnectionInit_WithAForgedToken_Closes4403()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Host);

        await socket.SendAsync(new { type = "connection_init", payload = new { authorization = "Bearer forged" } });

        (await socket.ReceiveCloseAsync()).Code.ShouldBe(4403);
    }

    [Fact]
    public async Task NoConnectionInit_WithinTheTimeout_Closes4408()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Host);

        (await socket.ReceiveCloseAsync()).ShouldBe((4408, "Connection initialisation timeout"));
    }

    [Fact]
    public async Task SecondConnectionInit_Closes4429()
    {
        await using var socket = await GraphQLSocket.OpenAsync(Host, token: null);

        await socket.SendAsync(new { type = "connection_init" });

        (await socket.ReceiveCloseAsync()).ShouldBe((4429, "Too many initialisation requests"));
    }

    [Fact]
    public async Task SubscribeBeforeTheAck_Closes4401()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Host);

        await socket.SubscribeAsync("early", "{ __typename }");

        (await socket.ReceiveCloseAsync()).ShouldBe((4401, "Unauthorized"));
    }

    [Fact]
    public async Task SubscribeWithTheIdOfARunningOperation_Closes4409()
    {
        var token = await GraphQLSocket.TokenAsync(Host, "coordinator");
        await using var socket = await GraphQLSocket.OpenAsync(Host, token);

        await socket.SubscribeAsync("same", Subscription);
        await socket.SubscribeAsync("same", Subscription);

        (await socket.ReceiveCloseAsync()).ShouldBe((4409, "Subscriber for same already exists"));
    }

    [Theory]
    [InlineData("not json", "Invalid message received: not JSON")]
    [InlineData("[1]", "Invalid message received: a message is a JSON object with a string 'type'")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ __typename }"}}""", "Invalid message received: 'subscribe' needs a non-empty string 'id'")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":7}}""", "Invalid message received: the 'payload' of 'subscribe' needs a string 'query'")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ a }","variables":[]}}""", "Invalid message received: 'variables' must be an object or null")]
    [InlineData("""{"type":"complete"}""", "Invalid message received: 'complete' needs a non-empty string 'id'")]
    [InlineData("""{"type":"shout"}""", "Unexpected message of type shout received")]
    public async Task InvalidMessage_Closes4400WithTheReason(string message, string reason)
    {
        await using var socket = await GraphQLSocket.OpenAsync(Host, token: null);

        await socket.SendTextAsync(message);

        (await socket.ReceiveCloseAsync()).ShouldBe((4400, reason));
    }

    [Fact]
    public async Task WithoutTheSubprotocol_Closes4406()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Host, subProtocol: null);

        (await socket.ReceiveCloseAsync()).ShouldBe((4406, "Subprotocol not acceptable"));
    }

    [Fact]
    public async Task PingBeforeInit_IsAnsweredWithPong()
    {
        await using var socket = await GraphQLSocket.ConnectAsync(Host);

        await socket.SendAsync(new { type = "ping" });

        (await socket.ReceiveAsync()).ToString().ShouldBe("""{"type":"pong"}""");
    }
}
