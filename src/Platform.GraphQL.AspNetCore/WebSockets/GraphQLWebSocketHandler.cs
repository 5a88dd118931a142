using System.Net.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.AspNetCore.Subscriptions;

namespace Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Serves WebSocket upgrades of the GraphQL path with the graphql-transport-ws protocol (the one
/// the npm <c>graphql-ws</c> client speaks): subscriptions, and queries and mutations too. The host
/// must call <c>UseWebSockets()</c> before the endpoint.
/// </summary>
internal sealed class GraphQLWebSocketHandler(OperationPipeline pipeline, GraphQLWebSocketOptions options, ILogger logger)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        var wanted = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol, StringComparer.Ordinal);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(wanted ? SubProtocol : null);
        if (!wanted)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", context.RequestAborted);
            await AwaitClientCloseAsync(socket, context.RequestAborted);
            return;
        }

        await using var connection = new GraphQLWebSocketConnection(socket, context, pipeline, options, logger);
        await connection.RunAsync();
    }

    /// <summary>Reads until the client's close frame (for a few seconds at most), so the close code is not lost to a reset connection.</summary>
    private static async Task AwaitClientCloseAsync(WebSocket socket, CancellationToken aborted)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(5));
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.CloseSent && (await socket.ReceiveAsync(buffer, deadline.Token)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Gone without a close frame.
        }
    }
}
