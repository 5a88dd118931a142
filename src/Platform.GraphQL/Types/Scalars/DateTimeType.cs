using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant with its UTC offset, as an RFC 3339 <c>date-time</c> string
/// (<c>2025-06-01T08:30:00Z</c>, <c>2025-06-01T10:30:00.5+02:00</c>). The offset is required:
/// a time without one is ambiguous across the borders our patients cross. Runtime values are
/// <see cref="DateTimeOffset"/>s; results keep the offset they were given.
/// </summary>
internal sealed class DateTimeType() : ScalarType(
    "DateTime",
    "An instant: a date and time of day with its offset from UTC, as an RFC 3339 date-time string such as `2025-06-01T08:30:00Z` or `2025-06-01T10:30:00.5+02:00`.",
    "https://scalars.graphql.org/chillicream/date-time.html")
{
    private const string Expected = "expected an RFC 3339 date-time with an offset, e.g. \"2025-06-01T08:30:00Z\"";

    /// <summary><see cref="DateTimeOffset"/>s, UTC or local <see cref="DateTime"/>s and valid strings, as RFC 3339 text.</summary>
    public override object Serialize(object value) => value switch
    {
        DateTimeOffset instant => Rfc3339.FormatDateTime(instant),
        DateTime { Kind: DateTimeKind.Unspecified } time => throw new CoercionException(
            $"DateTime cannot represent a date and time without an offset: {time:yyyy-MM-ddTHH:mm:ss} (DateTimeKind.Unspecified); return a DateTimeOffset or a UTC DateTime."),
        DateTime time => Rfc3339.FormatDateTime(new DateTimeOffset(time)),
        string text => Rfc3339.FormatDateTime(Parse(text)),
        _ => throw new CoercionException($"DateTime cannot represent value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => JsonInput.Unwrap(value) is string text
        ? Parse(text)
        : throw new CoercionException($"DateTime cannot represent a non string value: {ValueText.Inspect(value)}; {Expected}.");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text
            ? Parse(text.Value)
            : throw new CoercionException($"DateTime cannot represent a non string value: {Printer.Print(literal)}; {Expected}.");
    }

    private static DateTimeOffset Parse(string text) => Rfc3339.TryParseDateTime(text, out var result)
        ? result
        : throw new CoercionException($"DateTime cannot represent an invalid date-time string: {ValueText.Quote(text)}; {Expected}.");
}
