using System.Globalization;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary><c>Float</c>: a finite IEEE 754 double. Integers are accepted as input; NaN and infinities never are.</summary>
internal sealed class FloatType() : ScalarType("Float", "A signed double-precision (IEEE 754) number; never NaN or infinite.")
{
    /// <inheritdoc/>
    public override object Serialize(object value)
    {
        var number = value switch
        {
            bool flag => flag ? 1.0 : 0.0,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => value,
        };
        return ToFiniteDouble(number, value);
    }

    /// <inheritdoc/>
    public override object ParseValue(object value) => ToFiniteDouble(JsonInput.Unwrap(value), value);

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode real => real.Value,
            _ => throw new CoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
        };
        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(result)
            ? result
            : throw new CoercionException($"Float cannot represent a value outside the finite double range: {text}");
    }

    private static double ToFiniteDouble(object number, object original) =>
        JsonInput.TryGetDouble(number, out var result) && double.IsFinite(result)
            ? result
            : throw new CoercionException($"Float cannot represent non numeric value: {ValueText.Inspect(original)}");
}
