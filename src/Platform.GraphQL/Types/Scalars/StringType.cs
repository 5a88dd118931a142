using System.Globalization;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary><c>String</c>: UTF-8 text. Only strings are accepted as input.</summary>
internal sealed class StringType() : ScalarType("String", "Text: a sequence of Unicode characters, most often free-form and human-readable.")
{
    /// <summary>Strings as they are; characters, booleans and finite numbers as their invariant text.</summary>
    public override object Serialize(object value) => value switch
    {
        string text => text,
        char character => character.ToString(),
        bool flag => flag ? "true" : "false",
        _ when JsonInput.IsNumber(value) && JsonInput.TryGetDouble(value, out var number) && double.IsFinite(number) =>
            Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new CoercionException($"String cannot represent value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) =>
        JsonInput.Unwrap(value) as string
        ?? throw new CoercionException($"String cannot represent a non string value: {ValueText.Inspect(value)}");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text
            ? text.Value
            : throw new CoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");
    }
}
