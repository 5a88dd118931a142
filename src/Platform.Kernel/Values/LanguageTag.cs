using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Values;

/// <summary>
/// A BCP 47 (RFC 5646) language tag such as "en-US" or "zh-Hant-TW", kept in canonical form
/// so equal tags compare equal ("EN-latn-us" becomes "en-Latn-US"). The syntax is checked in
/// full; of the registry, only a two-letter primary language is checked (against ISO 639-1),
/// and the withdrawn codes iw, in, ji, jw and mo are rewritten to he, id, yi, jv and ro.
/// Three-letter languages are accepted when well-formed. Refused: tags that are private use
/// as a whole ("x-klingon"), since they name no language, and the irregular grandfathered
/// tags ("i-klingon", "en-GB-oed"), which do not fit the syntax; the regular grandfathered
/// tags ("zh-min-nan") do fit it and are kept as they are. No other registry lookups are made.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<LanguageTag>))]
public sealed record LanguageTag : IParsable<LanguageTag>
{
    private const string Kind = "BCP 47 language tag";

    private LanguageTag(string value, string language, string? script, string? region)
    {
        Value = value;
        Language = language;
        Script = script;
        Region = region;
    }

    /// <summary>The whole tag in canonical form, such as "zh-Hant-TW".</summary>
    public string Value { get; }

    /// <summary>The primary language subtag, lower case: "zh".</summary>
    public string Language { get; }

    /// <summary>The script subtag in title case ("Hant"), or null when the tag has none.</summary>
    public string? Script { get; }

    /// <summary>The region subtag: two upper-case letters ("TW") or three digits ("419"); null when absent.</summary>
    public string? Region { get; }

    /// <summary>Parses and canonicalises a tag; surrounding spaces are ignored.</summary>
    /// <exception cref="ValueFormatException">The input is empty or not a well-formed tag with an accepted language.</exception>
    public static LanguageTag Parse(string value) =>
        TryRead(value, out var tag) is { } expected ? throw new ValueFormatException(Kind, value, expected) : tag!;

    /// <summary>Like <see cref="Parse(string)"/>, reporting failure instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out LanguageTag? result) =>
        TryRead(value, out result) is null;

    static LanguageTag IParsable<LanguageTag>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<LanguageTag>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out LanguageTag result) =>
        TryParse(s, out result);

    /// <summary>The canonical tag, such as "en-Latn-US".</summary>
    public override string ToString() => Value;

    private static string? TryRead(string? value, out LanguageTag? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return LanguageTagSyntax.Shape;
        }

        var problem = LanguageTagSyntax.TryRead(value.Trim(), out var tag);
        if (problem is null)
        {
            result = new LanguageTag(tag.Canonical, tag.Language, tag.Script, tag.Region);
        }

        return problem;
    }
}
