using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Host.Tests;

/// <summary>A graphql-transport-ws client at the message level, over a real ClientWebSocket, so tests can also break the protocol on purpose.</summary>
internal sealed class GraphQLSocket : IAsyncDisposable
{
    // A guard against a hang, never a timing assertion: every answer comes in well under a second.
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromSeconds(60));

    private GraphQLSocket(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    /// <summary>The host's real address (Kestrel on a free loopback port), started on first use.</summary>
    public static Uri Address(HostFactory host)
    {
        if (host.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is not { } address)
        {
            throw new InvalidOperationException("Start the host with UseKestrel(port: 0) and StartServer() first.");
        }

        return new Uri(address.TrimEnd('/') + "/");
    }

    public static async Task<GraphQLSocket> ConnectAsync(HostFactory host, string? subProtocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        var http = Address(host);
        await socket.ConnectAsync(new Uri($"ws://{http.Authority}/graphql"), CancellationToken.None);
        return new GraphQLSocket(socket);
    }

    /// <summary>Connects and completes the handshake, with the token (when given) in connection_init.</summary>
    public static async Task<GraphQLSocket> OpenAsync(HostFactory host, string? token)
    {
        var socket = await ConnectAsync(host);
        await socket.SendAsync(token is null ? new { type = "connection_init" } : new { type = "connection_init", payload = new { Authorization = $"Bearer {token}" } });
        var ack = await socket.ReceiveAsync();
        ack.GetProperty("type").GetString().ShouldBe("connection_ack", ack.ToString());
        return socket;
    }

    public static async Task<string> TokenAsync(HostFactory host, string user)
    {
        using var client = new HttpClient { BaseAddress = Address(host) };
        var response = await client.GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={user}", UriKind.Relative));
        return response.GetProperty("accessToken").GetString()!;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, _guard.Token);

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { type = "subscribe", id, payload = new { query, variables } });

    /// <summary>The next message; fails when the server closed the connection instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (message, status, reason) = await ReceiveOrCloseAsync();
        return message ?? throw new ShouldAssertException($"Expected a message, but the server closed the connection with {(int?)status} {reason}.");
    }

    /// <summary>The close code and reason; fails when a message came instead.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        var (message, status, reason) = await ReceiveOrCloseAsync();
        message.ShouldBeNull($"Expected the server to close the connection, but it sent {message}.");
        return ((int)status!, reason);
    }

    private async Task<(JsonElement? Message, WebSocketCloseStatus? Status, string? Reason)> ReceiveOrCloseAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await Socket.ReceiveAsync(buffer, _guard.Token);
            text.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        if (received.MessageType == WebSocketMessageType.Close)
        {
            return (null, received.CloseStatus, received.CloseStatusDescription);
        }

        using var document = JsonDocument.Parse(text.ToArray());
        return (document.RootElement.Clone(), null, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        Socket.Dispose();
        _guard.Dispose();
    }
}

/// <summary>One real host on Kestrel (loopback, free port) shared by a test class.</summary>
public sealed class KestrelHostFixture : IDisposable
{
    public KestrelHostFixture()
    {
        Host.Settings["GraphQL:WebSockets:ConnectionInitTimeout"] = "00:00:01";
        Host.Settings["GraphQL:MaxAliases"] = "3";
        Host.Settings["Outbox:PollInterval"] = "00:00:00.2";
        Host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        Host.StartServer();
    }

    public HostFactory Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
