using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.AspNetCore.ServerSentEvents;
using Platform.GraphQL.AspNetCore.WebSockets;

namespace Platform.GraphQL.AspNetCore.Subscriptions;

/// <summary>
/// The transports of result streams on the GraphQL path, beside GraphQL over HTTP: a WebSocket
/// upgrade gets graphql-transport-ws, a request accepting <c>text/event-stream</c> gets
/// Server-Sent Events. Both share the HTTP handler's cache, validation, limits and executor.
/// </summary>
internal sealed class StreamTransports(GraphQLWebSocketHandler webSockets, GraphQLServerSentEventsHandler serverSentEvents)
{
    public static StreamTransports Create(OperationPipeline pipeline, GraphQLWebSocketOptions options, ILogger logger)
    {
        if (options.ConnectionInitTimeout <= TimeSpan.Zero || options.PingInterval < TimeSpan.Zero || options.MaxOperationsPerConnection < 1)
        {
            throw new InvalidOperationException(
                $"GraphQL:WebSockets needs a positive ConnectionInitTimeout, a PingInterval of zero (off) or more, and MaxOperationsPerConnection of at least 1; got {options.ConnectionInitTimeout}, {options.PingInterval} and {options.MaxOperationsPerConnection}.");
        }

        return new StreamTransports(new GraphQLWebSocketHandler(pipeline, options, logger), new GraphQLServerSentEventsHandler(pipeline));
    }

    /// <summary>The handling of a stream request; null when the request is plain GraphQL over HTTP.</summary>
    public Task? TryHandleAsync(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest ? webSockets.HandleAsync(context)
        : GraphQLServerSentEventsHandler.Accepts(context.Request) ? serverSentEvents.HandleAsync(context)
        : null;
}
