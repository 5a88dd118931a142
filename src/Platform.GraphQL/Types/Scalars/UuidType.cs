using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// <c>UUID</c>: a 128-bit identifier as 36 characters with hyphens
/// (<c>0f8fad5b-d9cb-469f-a165-70867728950e</c>), read in either case and written in lower case.
/// Runtime values are <see cref="Guid"/>s.
/// </summary>
internal sealed class UuidType() : ScalarType(
    "UUID",
    "A universally unique identifier as 36 characters with hyphens, such as `0f8fad5b-d9cb-469f-a165-70867728950e`.",
    "https://www.rfc-editor.org/rfc/rfc9562")
{
    private const string Expected = "expected 36 characters such as \"0f8fad5b-d9cb-469f-a165-70867728950e\"";

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        Guid guid => guid.ToString("D"),
        string text => Parse(text).ToString("D"),
        _ => throw new CoercionException($"UUID cannot represent value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => JsonInput.Unwrap(value) is string text
        ? Parse(text)
        : throw new CoercionException($"UUID cannot represent a non string value: {ValueText.Inspect(value)}; {Expected}.");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text
            ? Parse(text.Value)
            : throw new CoercionException($"UUID cannot represent a non string value: {Printer.Print(literal)}; {Expected}.");
    }

    private static Guid Parse(string text) => Guid.TryParseExact(text, "D", out var guid)
        ? guid
        : throw new CoercionException($"UUID cannot represent an invalid UUID string: {ValueText.Quote(text)}; {Expected}.");
}
