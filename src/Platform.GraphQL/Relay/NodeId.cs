using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Relay;

/// <summary>
/// A Relay global object identifier: the GraphQL type name and the object's id within that type,
/// shown to clients as one opaque <c>ID</c> (base64url of <c>TypeName:localId</c>, no padding).
/// Clients must treat it as opaque; the encoding is not a contract. Code-first fields of this type
/// are <c>ID</c> fields, and arguments of this type are decoded (and rejected when malformed).
/// </summary>
/// <param name="TypeName">The GraphQL object type the id belongs to, e.g. <c>Patient</c>.</param>
/// <param name="LocalId">The object's id within its type, e.g. a database key as text.</param>
public readonly record struct NodeId(string TypeName, string LocalId)
{
    /// <summary>The opaque global id.</summary>
    public override string ToString()
    {
        var bytes = Encoding.UTF8.GetBytes(TypeName + ":" + LocalId);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>Decodes an opaque global id.</summary>
    /// <exception cref="GraphQLException">The text is not a global id made by <see cref="ToString"/>; the message says why and shows the value.</exception>
    public static NodeId Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return TryParse(id, out var nodeId, out var problem)
            ? nodeId
            : throw new GraphQLException($"'{Shorten(id)}' is not a valid node id: {problem}. Use an id exactly as the API returned it.");
    }

    /// <summary>Decodes an opaque global id; false when it is malformed.</summary>
    public static bool TryParse(string? id, out NodeId nodeId) => TryParse(id, out nodeId, out _);

    private static bool TryParse(string? id, out NodeId nodeId, [NotNullWhen(false)] out string? problem)
    {
        nodeId = default;
        if (string.IsNullOrEmpty(id))
        {
            problem = "it is empty";
            return false;
        }

        if (!Base64Url.IsValid(id, out var length) || id.Contains('=', StringComparison.Ordinal))
        {
            problem = "it is not base64url text";
            return false;
        }

        var bytes = new byte[length];
        Base64Url.DecodeFromChars(id, bytes);
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problem = "it does not decode to text";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !IsName(text.AsSpan(0, colon)))
        {
            problem = "it does not start with a type name";
            return false;
        }

        if (colon == text.Length - 1)
        {
            problem = "it has no local id";
            return false;
        }

        nodeId = new NodeId(text[..colon], text[(colon + 1)..]);
        problem = null;
        return true;
    }

    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    private static string Shorten(string id) => id.Length <= 64 ? id : id[..64] + "...";
}
