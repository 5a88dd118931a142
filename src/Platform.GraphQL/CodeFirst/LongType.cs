using System.Globalization;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.CodeFirst;

/// <summary>
/// <c>Long</c>: the scalar code-first fields of CLR type <see cref="long"/> get. A JSON number, like
/// Int but 64-bit; values beyond ±2^53 lose precision in JavaScript clients. Chosen over Float so
/// that a long never silently turns into a rounded floating-point number on our side.
/// </summary>
internal sealed class LongType() : ScalarType("Long", "A signed 64-bit integer, as a JSON number. JavaScript reads values beyond ±2^53 imprecisely.")
{
    public override object Serialize(object value) => value switch
    {
        long number => number,
        int number => (long)number,
        _ => throw new CoercionException($"Long cannot represent value: {ValueText.Inspect(value)}"),
    };

    public override object ParseValue(object value) => JsonInput.TryGetInteger(JsonInput.Unwrap(value), out var number)
        ? number
        : throw new CoercionException($"Long cannot represent non-integer value: {ValueText.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is IntValueNode integer && long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new CoercionException($"Long cannot represent value: {Printer.Print(literal)}");
    }
}
