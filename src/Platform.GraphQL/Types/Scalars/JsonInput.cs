using System.Globalization;
using System.Text.Json;

namespace Platform.GraphQL.Types;

/// <summary>
/// Reads variable values, which arrive either as CLR primitives or as <see cref="JsonElement"/>s,
/// without committing to one transport.
/// </summary>
internal static class JsonInput
{
    /// <summary>Strings and booleans of a <see cref="JsonElement"/> as CLR values; numbers and structures stay elements.</summary>
    public static object Unwrap(object value) => value is JsonElement element
        ? element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => element,
        }
        : value;

    /// <summary>Whether the value is a number: a CLR numeric type or a JSON number.</summary>
    public static bool IsNumber(object value) => value is JsonElement { ValueKind: JsonValueKind.Number }
        or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;

    /// <summary>The value as a double, when it is a number.</summary>
    public static bool TryGetDouble(object value, out double result)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                result = element.GetDouble();
                return true;
            case decimal number:
                result = (double)number;
                return true;
            case IConvertible convertible when IsNumber(value):
                result = convertible.ToDouble(CultureInfo.InvariantCulture);
                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>The value as a whole number, when it is a number with no fractional part that fits in 64 bits.</summary>
    public static bool TryGetInteger(object value, out long result)
    {
        switch (value)
        {
            case sbyte or byte or short or ushort or int or uint or long:
                result = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                return true;
            case ulong number:
                result = (long)number;
                return number <= long.MaxValue;
            case JsonElement { ValueKind: JsonValueKind.Number } element when element.TryGetInt64(out result):
                return true;
            case decimal number when decimal.Truncate(number) == number && number is >= long.MinValue and <= long.MaxValue:
                result = (long)number;
                return true;
            default:
                // 1.0 is an integer, as JSON (and JavaScript) see it; 1.5 and 1e300 are not usable ones.
                if (TryGetDouble(value, out var real) && Math.Floor(real) == real && real is >= long.MinValue and < 9.2233720368547758e18)
                {
                    result = (long)real;
                    return true;
                }

                result = 0;
                return false;
        }
    }

    /// <summary>The value as a decimal, exactly as written for JSON numbers and decimals.</summary>
    public static bool TryGetDecimal(object value, out decimal result)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Number } element:
                return element.TryGetDecimal(out result);
            case decimal number:
                result = number;
                return true;
            case double or float:
                var real = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                var fits = double.IsFinite(real) && Math.Abs(real) < (double)decimal.MaxValue;
                result = fits ? (decimal)real : 0;
                return fits;
            case IConvertible convertible when IsNumber(value):
                result = convertible.ToDecimal(CultureInfo.InvariantCulture);
                return true;
            default:
                result = 0;
                return false;
        }
    }
}
