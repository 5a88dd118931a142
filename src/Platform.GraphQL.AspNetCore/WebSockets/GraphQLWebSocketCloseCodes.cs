namespace Platform.GraphQL.AspNetCore;

/// <summary>The close codes of the graphql-transport-ws protocol, with the reasons the server gives.</summary>
public static class GraphQLWebSocketCloseCodes
{
    /// <summary>A message is not valid JSON, not an object, of an unknown type, or misses a required field; the reason says which.</summary>
    public const int BadRequest = 4400;

    /// <summary><c>subscribe</c> arrived before the server acknowledged the connection.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The <c>connection_init</c> payload carried credentials that were refused.</summary>
    public const int Forbidden = 4403;

    /// <summary>The client did not ask for the <c>graphql-transport-ws</c> subprotocol.</summary>
    public const int SubprotocolNotAcceptable = 4406;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLWebSocketOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitialisationTimeout = 4408;

    /// <summary>A <c>subscribe</c> reused the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;

    /// <summary>The server failed.</summary>
    public const int InternalServerError = 4500;
}
