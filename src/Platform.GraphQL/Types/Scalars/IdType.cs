using System.Globalization;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary><c>ID</c>: an opaque identifier, written as a string. Input may be a string or an integer.</summary>
internal sealed class IdType() : ScalarType(
    "ID",
    "A unique identifier, often used to refetch an object or as a cache key. It is written as a string and is not meant to be read by people; as input, a string (\"4\") or an integer (4) is accepted.")
{
    /// <summary>Strings, whole numbers and GUIDs, as a string.</summary>
    public override object Serialize(object value) => value switch
    {
        string text => text,
        Guid guid => guid.ToString("D"),
        Relay.NodeId nodeId => nodeId.ToString(), // a Relay global id serialises to its opaque form
        _ when JsonInput.TryGetInteger(value, out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => JsonInput.Unwrap(value) switch
    {
        string text => text,
        var number when JsonInput.TryGetInteger(number, out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            StringValueNode text => text.Value,
            IntValueNode integer => integer.Value,
            _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
        };
    }
}
