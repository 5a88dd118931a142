using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Values;

/// <summary>
/// An active ISO 4217 currency, with the minor units Money rounds to. There is exactly one
/// instance per code, so reference equality is value equality.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<CurrencyCode>))]
public sealed class CurrencyCode : IParsable<CurrencyCode>
{
    private const string Kind = "ISO 4217 currency code";
    private const string Expected = "three letters of an active currency, such as USD, EUR or JPY";

    private static readonly ReadOnlyCollection<CurrencyCode> _all = CurrencyTable.Entries
        .Select(entry => new CurrencyCode(entry.Code, entry.Numeric, entry.MinorUnits))
        .ToList()
        .AsReadOnly();

    private static readonly FrozenDictionary<string, CurrencyCode> _byCode =
        _all.ToFrozenDictionary(currency => currency.Code, StringComparer.OrdinalIgnoreCase);

    private CurrencyCode(string code, int numericCode, int minorUnits)
    {
        Code = code;
        NumericCode = numericCode;
        MinorUnits = minorUnits;
    }

    /// <summary>The three upper-case letters, such as "USD".</summary>
    public string Code { get; }

    /// <summary>The ISO 4217 numeric code (840 for USD); shown with three digits, "008", by convention.</summary>
    public int NumericCode { get; }

    /// <summary>Decimal places of the minor unit: 2 for USD, 0 for JPY, 3 for KWD, 4 for CLF.</summary>
    public int MinorUnits { get; }

    /// <summary>Every currency this type accepts, in code order, for pickers and validation lists.</summary>
    public static IReadOnlyList<CurrencyCode> All => _all;

    /// <summary>Parses a code in any letter case ("usd" becomes USD); surrounding spaces are ignored.</summary>
    /// <exception cref="ValueFormatException">The input is empty or not an active currency.</exception>
    public static CurrencyCode Parse(string value) =>
        TryParse(value, out var currency) ? currency : throw new ValueFormatException(Kind, value, Expected);

    /// <summary>Like <see cref="Parse(string)"/>, reporting failure instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out CurrencyCode? result)
    {
        result = null;
        return value is not null && _byCode.TryGetValue(value.Trim(), out result);
    }

    static CurrencyCode IParsable<CurrencyCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<CurrencyCode>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out CurrencyCode result) =>
        TryParse(s, out result);

    /// <summary>The code, such as "USD".</summary>
    public override string ToString() => Code;
}
