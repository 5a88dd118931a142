using System.Text.Json;

namespace Platform.GraphQL.AspNetCore.WebSockets;

/// <summary>A message from a graphql-transport-ws client, checked against the protocol's shape.</summary>
internal sealed record ClientMessage(string Type, string? Id, JsonElement Payload, GraphQLRequestParameters? Subscribe)
{
    public const string ConnectionInit = "connection_init";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string SubscribeType = "subscribe";
    public const string Complete = "complete";

    /// <summary>The message, or null with the reason it breaks the protocol (the close reason of 4400).</summary>
    public static ClientMessage? Parse(ReadOnlySpan<byte> utf8, out string? problem)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray());
        }
        catch (JsonException)
        {
            problem = "Invalid message received: not JSON";
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                problem = "Invalid message received: a message is a JSON object with a string 'type'";
                return null;
            }

            var type = typeElement.GetString()!;
            var payload = root.TryGetProperty("payload", out var given) ? given.Clone() : default;
            switch (type)
            {
                case ConnectionInit or Ping or Pong:
                    if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
                    {
                        problem = $"Invalid message received: the 'payload' of '{type}' must be an object or null";
                        return null;
                    }

                    problem = null;
                    return new ClientMessage(type, null, payload, null);
                case SubscribeType or Complete:
                    if (!root.TryGetProperty("id", out var idElement) || idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } id)
                    {
                        problem = $"Invalid message received: '{type}' needs a non-empty string 'id'";
                        return null;
                    }

                    if (type == Complete)
                    {
                        problem = null;
                        return new ClientMessage(type, id, default, null);
                    }

                    var parameters = SubscribePayload(payload, out problem);
                    return parameters is null ? null : new ClientMessage(type, id, payload, parameters);
                default:
                    problem = $"Unexpected message of type {Truncate(type)} received";
                    return null;
            }
        }
    }

    private static GraphQLRequestParameters? SubscribePayload(JsonElement payload, out string? problem)
    {
        problem = payload.ValueKind != JsonValueKind.Object ? "Invalid message received: the 'payload' of 'subscribe' must be an object with a 'query'"
            : !payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String ? "Invalid message received: the 'payload' of 'subscribe' needs a string 'query'"
            : payload.TryGetProperty("operationName", out var name) && name.ValueKind is not (JsonValueKind.String or JsonValueKind.Null) ? "Invalid message received: 'operationName' must be a string or null"
            : payload.TryGetProperty("variables", out var variables) && variables.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null) ? "Invalid message received: 'variables' must be an object or null"
            : payload.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null) ? "Invalid message received: 'extensions' must be an object or null"
            : null;
        if (problem is not null)
        {
            return null;
        }

        return new GraphQLRequestParameters(
            payload.GetProperty("query").GetString()!,
            payload.TryGetProperty("operationName", out var operationName) && operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null,
            payload.TryGetProperty("variables", out var given) && given.ValueKind == JsonValueKind.Object ? given : default,
            payload.TryGetProperty("extensions", out var more) && more.ValueKind == JsonValueKind.Object ? more : default);
    }

    // A close reason is at most 123 bytes; leave room for the words around it.
    internal static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
