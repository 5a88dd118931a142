using System.Buffers.Text;
using System.Text.Json;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>A keyset cursor: the order key values of one node as a JSON array, base64url-encoded.</summary>
internal static class PageCursor
{
    public static string Encode(object?[] values) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(values));

    /// <exception cref="GraphQLException">The text is not a cursor of keys of these types.</exception>
    public static object?[] Decode(string cursor, Type[] keyTypes, string argument)
    {
        try
        {
            var values = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor));
            if (values is not null && values.Length == keyTypes.Length)
            {
                var decoded = values.Select((value, i) => value.Deserialize(keyTypes[i])).ToArray();
                if (decoded.All(value => value is not null))
                {
                    return decoded;
                }
            }
        }
        catch (Exception exception) when (exception is FormatException or JsonException or NotSupportedException)
        {
            // Reported below with the argument and value: a client sees what was wrong, not the parser's internals.
        }

        throw new GraphQLException($"'{argument}' is not a cursor of this connection: '{(cursor.Length <= 64 ? cursor : cursor[..64] + "...")}'. Use a cursor exactly as this field returned it.");
    }
}
