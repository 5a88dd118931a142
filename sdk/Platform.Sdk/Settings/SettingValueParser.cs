using System.Globalization;

namespace Platform.Sdk;

/// <summary>Turns one configuration string into a setting's type, or says what form was expected.</summary>
internal static class SettingValueParser
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    public static bool TryParse(string text, Type type, out object? value, out string expected)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        expected = Describe(target);
        value = null;
        text = text.Trim();
        if (target == typeof(string))
        {
            value = text;
            return true;
        }

        if (target.IsEnum)
        {
            // Names only: a number would accept values the enum does not define.
            var ok = !char.IsAsciiDigit(text[0]) && text[0] != '-' && Enum.TryParse(target, text, ignoreCase: true, out value);
            return ok;
        }

        if (target == typeof(IReadOnlyList<string>))
        {
            value = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return true;
        }

        value = Parse(text, target);
        return value is not null;
    }

    public static bool IsSupported(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return Describe(target).Length > 0;
    }

    private static object? Parse(string text, Type t) => t switch
    {
        _ when t == typeof(bool) => bool.TryParse(text, out var v) ? v : null,
        _ when t == typeof(int) => int.TryParse(text, NumberStyles.Integer, _invariant, out var v) ? v : null,
        _ when t == typeof(long) => long.TryParse(text, NumberStyles.Integer, _invariant, out var v) ? v : null,
        _ when t == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number, _invariant, out var v) ? v : null,
        _ when t == typeof(double) => double.TryParse(text, NumberStyles.Float, _invariant, out var v) && double.IsFinite(v) ? v : null,
        _ when t == typeof(TimeSpan) => TimeSpan.TryParse(text, _invariant, out var v) ? v : null,
        _ when t == typeof(DateOnly) => DateOnly.TryParseExact(text, "yyyy-MM-dd", _invariant, DateTimeStyles.None, out var v) ? v : null,
        _ when t == typeof(DateTimeOffset) => DateTimeOffset.TryParse(text, _invariant, DateTimeStyles.None, out var v) ? v : null,
        _ when t == typeof(Guid) => Guid.TryParse(text, out var v) ? v : null,
        _ when t == typeof(Uri) => Uri.TryCreate(text, UriKind.Absolute, out var v) ? v : null,
        _ => null,
    };

    private static string Describe(Type t) => t switch
    {
        _ when t == typeof(bool) => "true or false",
        _ when t == typeof(int) || t == typeof(long) => "a whole number",
        _ when t == typeof(decimal) || t == typeof(double) => "a number such as 12.5",
        _ when t == typeof(TimeSpan) => "a duration such as 00:00:05",
        _ when t == typeof(DateOnly) => "a date such as 2025-03-31",
        _ when t == typeof(DateTimeOffset) => "a date and time with offset such as 2025-03-31T09:00:00+03:00",
        _ when t == typeof(Guid) => "a GUID",
        _ when t == typeof(Uri) => "an absolute URL such as https://partner.example/api/",
        _ when t.IsEnum => "one of " + string.Join(", ", Enum.GetNames(t)),
        _ when t == typeof(string) => "text",
        _ when t == typeof(IReadOnlyList<string>) => "a comma-separated list",
        _ => string.Empty,
    };
}
