namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// How <c>MapGraphQL</c> serves the graphql-transport-ws protocol on WebSocket upgrades of its
/// path; bound from the configuration section <c>GraphQL:WebSockets</c>. Operations over a socket
/// are held to the same limits as over HTTP (<see cref="GraphQLHttpOptions"/>).
/// </summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a client has to send <c>connection_init</c> after the socket opens; it is closed with 4408 after that. Default 10 seconds.</summary>
    public TimeSpan ConnectionInitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server sends a <c>ping</c> message (the client answers <c>pong</c>), to keep idle connections open through proxies; zero (the default) sends none.</summary>
    public TimeSpan PingInterval { get; init; } = TimeSpan.Zero;

    /// <summary>The most operations one connection may have running at once; a subscribe beyond it is answered with an <c>error</c> message. Default 100.</summary>
    public int MaxOperationsPerConnection { get; init; } = 100;
}
