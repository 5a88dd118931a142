using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Values;

/// <summary>
/// A phone number in E.164 form, "+" and 8 to 15 digits such as "+442079460958", so that a
/// patient abroad can be called or messaged from anywhere. Input may carry spaces, dashes,
/// dots and parentheses, and "00" in place of "+"; a "(0)" trunk prefix written after the
/// country code, as in "+44 (0)20 7946 0958", is dropped. Numbers without "+" or "00" are
/// refused, because the country cannot be told from them. The country calling code must be
/// one ITU-T has assigned; the national number is not checked against national plans.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<PhoneNumber>))]
public sealed record PhoneNumber : IParsable<PhoneNumber>
{
    private const string Kind = "E.164 phone number";
    private const string Example = "such as +44 20 7946 0958 or 00971 4 123 4567";
    private const int MinDigits = 8;
    private const int MaxDigits = 15;

    private PhoneNumber(string digits, int callingCodeLength)
    {
        Value = "+" + digits;
        CountryCallingCode = int.Parse(digits.AsSpan(0, callingCodeLength), CultureInfo.InvariantCulture);
        NationalNumber = digits[callingCodeLength..];
    }

    /// <summary>The number as "+" and digits only, such as "+442079460958".</summary>
    public string Value { get; }

    /// <summary>The ITU-T country calling code, 1 to 3 digits: 44 for the United Kingdom, 1 for North America.</summary>
    public int CountryCallingCode { get; }

    /// <summary>The digits after the country calling code, without a trunk prefix: "2079460958".</summary>
    public string NationalNumber { get; }

    /// <summary>Parses an international number written as people write it; see the type's remarks.</summary>
    /// <exception cref="ValueFormatException">The input is empty or not an international number with an assigned country code.</exception>
    public static PhoneNumber Parse(string value) =>
        TryRead(value, out var number) is { } expected ? throw new ValueFormatException(Kind, value, expected) : number!;

    /// <summary>Like <see cref="Parse(string)"/>, reporting failure instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out PhoneNumber? result) =>
        TryRead(value, out result) is null;

    static PhoneNumber IParsable<PhoneNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<PhoneNumber>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PhoneNumber result) =>
        TryParse(s, out result);

    /// <summary>The E.164 form, such as "+442079460958".</summary>
    public override string ToString() => Value;

    // Returns null on success, otherwise what was expected instead.
    private static string? TryRead(string? value, out PhoneNumber? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"an international number starting with + or 00, {Example}";
        }

        var digits = new StringBuilder(value.Length);
        var international = false;
        foreach (var c in value.Replace("(0)", string.Empty, StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c == '+' && digits.Length == 0 && !international)
            {
                international = true;
            }
            else if (!char.IsWhiteSpace(c) && c is not ('-' or '.' or '(' or ')'))
            {
                return $"digits after a single leading + or 00, with only spaces, dashes, dots or parentheses " +
                       $"between them, {Example}; '{c}' is not allowed there";
            }
        }

        if (!international)
        {
            if (digits.Length < 2 || digits[0] != '0' || digits[1] != '0')
            {
                return $"an international number starting with + or 00 and the country calling code, {Example}";
            }

            digits.Remove(0, 2);
        }

        if (digits.Length is < MinDigits or > MaxDigits)
        {
            return $"{MinDigits} to {MaxDigits} digits including the country calling code, {Example}; " +
                   $"{digits.Length} digits were given";
        }

        var number = digits.ToString();
        for (var length = 1; length <= 3 && number[0] != '0'; length++)
        {
            if (CallingCodeTable.Assigned.Contains(int.Parse(number.AsSpan(0, length), CultureInfo.InvariantCulture)))
            {
                result = new PhoneNumber(number, length);
                return null;
            }
        }

        // Calling codes never start with 0; "+01…" must not be read as code 1.
        return $"a country calling code that ITU-T has assigned, such as 1, 44 or 971; none starts +{number}";
    }
}
