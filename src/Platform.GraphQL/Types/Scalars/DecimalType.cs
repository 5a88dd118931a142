using System.Globalization;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: an exact decimal number (amounts of money, doses), written in results as a
/// string such as <c>"1234.50"</c>. A JSON number would be read by most clients (every JavaScript
/// one) as a double, which cannot hold 0.1 exactly and loses digits past about 15 significant
/// ones; a string reaches the client as written. Input accepts strings and numbers, read exactly.
/// Runtime values are <see cref="decimal"/>s (28 to 29 significant digits).
/// </summary>
internal sealed class DecimalType() : ScalarType(
    "Decimal",
    "An exact decimal number such as `1234.50`. Results are strings, so no client reads them as binary floating point and loses precision; inputs may be strings or numbers.")
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
    private const string Expected = "expected a decimal number such as \"1234.50\"";

    /// <summary>Decimals keep their scale (<c>1.50</c> stays <c>"1.50"</c>); integers, doubles and numeric strings are accepted.</summary>
    public override object Serialize(object value) => value switch
    {
        decimal number => Format(number),
        string text => Format(Parse(text)),
        _ when JsonInput.TryGetDecimal(value, out var number) => Format(number),
        _ => throw new CoercionException($"Decimal cannot represent value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => JsonInput.Unwrap(value) switch
    {
        string text => Parse(text),
        var number when JsonInput.IsNumber(number) => JsonInput.TryGetDecimal(number, out var result) ? result : throw OutOfRange(value),
        _ => throw new CoercionException($"Decimal cannot represent a non numeric value: {ValueText.Inspect(value)}; {Expected}."),
    };

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            StringValueNode text => Parse(text.Value),
            IntValueNode integer => ParseNumber(integer.Value),
            FloatValueNode real => ParseNumber(real.Value),
            _ => throw new CoercionException($"Decimal cannot represent a non numeric value: {Printer.Print(literal)}; {Expected}."),
        };
    }

    private static string Format(decimal number) => number.ToString(CultureInfo.InvariantCulture);

    private static decimal Parse(string text)
    {
        if (decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        // Distinguish "too many digits for a decimal" from "not a number at all".
        throw double.TryParse(text, Styles, CultureInfo.InvariantCulture, out _)
            ? OutOfRange(text)
            : new CoercionException($"Decimal cannot represent an invalid decimal string: {ValueText.Quote(text)}; {Expected}.");
    }

    private static decimal ParseNumber(string literal) =>
        decimal.TryParse(literal, Styles, CultureInfo.InvariantCulture, out var result) ? result : throw OutOfRange(literal);

    private static CoercionException OutOfRange(object value) =>
        new($"Decimal cannot represent a value outside its range (about ±7.9e28): {ValueText.Inspect(value)}");
}
