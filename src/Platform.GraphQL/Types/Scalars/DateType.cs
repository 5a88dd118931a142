using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// <c>Date</c>: a calendar date with no time or zone (a birth date, an appointment day), as ISO 8601
/// <c>yyyy-MM-dd</c> (RFC 3339 <c>full-date</c>). Runtime values are <see cref="DateOnly"/>s.
/// </summary>
internal sealed class DateType() : ScalarType(
    "Date",
    "A calendar date with no time of day or time zone, as an ISO 8601 string such as `2025-06-01`.",
    "https://www.rfc-editor.org/rfc/rfc3339#section-5.6")
{
    private const string Expected = "expected a calendar date such as \"2025-06-01\"";

    /// <summary><see cref="DateOnly"/>s and valid strings. A <see cref="DateTime"/> is refused: which day it falls on depends on a zone.</summary>
    public override object Serialize(object value) => value switch
    {
        DateOnly date => Rfc3339.FormatDate(date),
        string text => Rfc3339.FormatDate(Parse(text)),
        DateTime or DateTimeOffset => throw new CoercionException(
            $"Date cannot represent a date and time: {ValueText.Inspect(value)}; return a DateOnly (the day depends on the time zone)."),
        _ => throw new CoercionException($"Date cannot represent value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => JsonInput.Unwrap(value) is string text
        ? Parse(text)
        : throw new CoercionException($"Date cannot represent a non string value: {ValueText.Inspect(value)}; {Expected}.");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text
            ? Parse(text.Value)
            : throw new CoercionException($"Date cannot represent a non string value: {Printer.Print(literal)}; {Expected}.");
    }

    private static DateOnly Parse(string text) => Rfc3339.TryParseDate(text, out var date)
        ? date
        : throw new CoercionException($"Date cannot represent an invalid date string: {ValueText.Quote(text)}; {Expected}.");
}
