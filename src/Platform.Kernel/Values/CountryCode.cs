using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Values;

/// <summary>
/// An officially assigned ISO 3166-1 country or territory. There is exactly one instance per
/// code, so reference equality is value equality. Its text and JSON form is the alpha-2 code.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<CountryCode>))]
public sealed class CountryCode : IParsable<CountryCode>
{
    private const string Kind = "ISO 3166-1 country code";
    private const string Expected = "an officially assigned alpha-2 or alpha-3 code, such as DE or DEU, AE or ARE";

    private static readonly ReadOnlyCollection<CountryCode> _all = CountryTable.Entries
        .Select(entry => new CountryCode(entry.Alpha2, entry.Alpha3, entry.Numeric, entry.Name))
        .ToList()
        .AsReadOnly();

    private static readonly FrozenDictionary<string, CountryCode> _byAlpha2 =
        _all.ToFrozenDictionary(country => country.Alpha2, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, CountryCode> _byAlpha3 =
        _all.ToFrozenDictionary(country => country.Alpha3, StringComparer.OrdinalIgnoreCase);

    private CountryCode(string alpha2, string alpha3, int numeric, string name)
    {
        Alpha2 = alpha2;
        Alpha3 = alpha3;
        Numeric = numeric;
        Name = name;
    }

    /// <summary>The two upper-case letters, such as "AE"; the form stored and sent.</summary>
    public string Alpha2 { get; }

    /// <summary>The three upper-case letters, such as "ARE", used on passports (ICAO 9303).</summary>
    public string Alpha3 { get; }

    /// <summary>The numeric code (784 for AE); shown with three digits, "004", by convention.</summary>
    public int Numeric { get; }

    /// <summary>The English short name from the standard, such as "United Arab Emirates".</summary>
    public string Name { get; }

    /// <summary>Every assigned country, in alpha-2 order.</summary>
    public static IReadOnlyList<CountryCode> All => _all;

    /// <summary>Parses an alpha-2 or alpha-3 code in any letter case; surrounding spaces are ignored.</summary>
    /// <exception cref="ValueFormatException">The input is empty or not an assigned code.</exception>
    public static CountryCode Parse(string value) =>
        TryParse(value, out var country) ? country : throw new ValueFormatException(Kind, value, Expected);

    /// <summary>Like <see cref="Parse(string)"/>, reporting failure instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out CountryCode? result)
    {
        result = null;
        var code = value?.Trim();
        return code?.Length switch
        {
            2 => _byAlpha2.TryGetValue(code, out result),
            3 => _byAlpha3.TryGetValue(code, out result),
            _ => false,
        };
    }

    static CountryCode IParsable<CountryCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<CountryCode>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out CountryCode result) =>
        TryParse(s, out result);

    /// <summary>The alpha-2 code, such as "AE".</summary>
    public override string ToString() => Alpha2;
}
