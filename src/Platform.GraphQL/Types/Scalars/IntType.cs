using System.Globalization;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary><c>Int</c>: a signed 32-bit integer. Inputs must be whole numbers in range: no fractions, no strings.</summary>
internal sealed class IntType() : ScalarType("Int", "A signed 32-bit integer: a whole number from -2147483648 to 2147483647.")
{
    /// <summary>Integers, and values that are integers without loss (1.0, "12", true as 1), as an <see cref="int"/>.</summary>
    public override object Serialize(object value)
    {
        var number = value switch
        {
            bool flag => flag ? 1 : 0,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            string => throw NonInteger(value),
            _ => value,
        };
        return ToInt32(number, value);
    }

    /// <inheritdoc/>
    public override object ParseValue(object value) => ToInt32(JsonInput.Unwrap(value), value);

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        if (literal is not IntValueNode integer)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        return int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {integer.Value}");
    }

    private static int ToInt32(object number, object original)
    {
        if (number is int exact)
        {
            return exact;
        }

        if (!JsonInput.TryGetInteger(number, out var whole))
        {
            // A whole number too large for 64 bits is still a whole number: report the range, not the kind.
            if (JsonInput.TryGetDouble(number, out var real) && double.IsFinite(real) && Math.Floor(real) == real)
            {
                throw OutOfRange(original);
            }

            throw NonInteger(original);
        }

        return whole is >= int.MinValue and <= int.MaxValue ? (int)whole : throw OutOfRange(original);
    }

    private static CoercionException NonInteger(object value) =>
        new($"Int cannot represent non-integer value: {ValueText.Inspect(value)}");

    private static CoercionException OutOfRange(object value) =>
        new($"Int cannot represent non 32-bit signed integer value: {ValueText.Inspect(value)}");
}
