using System.Text.RegularExpressions;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Types;

/// <summary>
/// <c>URL</c>: an absolute URI with a scheme (<c>https://example.org/report.pdf</c>). Relative
/// references are refused. Runtime values are <see cref="Uri"/>s; results are their escaped absolute form.
/// </summary>
internal sealed partial class UrlType() : ScalarType(
    "URL",
    "An absolute URL with a scheme, such as `https://example.org/reports/42.pdf`.",
    "https://www.rfc-editor.org/rfc/rfc3986")
{
    private const string Expected = "expected an absolute URL with a scheme, e.g. \"https://example.org/path\"";

    /// <inheritdoc/>
    public override object Serialize(object value) => value switch
    {
        Uri { IsAbsoluteUri: true } uri => uri.AbsoluteUri,
        Uri uri => throw Invalid(uri.OriginalString),
        string text => Parse(text).AbsoluteUri,
        _ => throw new CoercionException($"URL cannot represent value: {ValueText.Inspect(value)}"),
    };

    /// <inheritdoc/>
    public override object ParseValue(object value) => JsonInput.Unwrap(value) is string text
        ? Parse(text)
        : throw new CoercionException($"URL cannot represent a non string value: {ValueText.Inspect(value)}; {Expected}.");

    /// <inheritdoc/>
    public override object ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal is StringValueNode text
            ? Parse(text.Value)
            : throw new CoercionException($"URL cannot represent a non string value: {Printer.Print(literal)}; {Expected}.");
    }

    // The scheme check matters: on Unix, Uri takes "/etc/passwd" for an absolute file URI.
    private static Uri Parse(string text) =>
        SchemePattern().IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw Invalid(text);

    private static CoercionException Invalid(string text) =>
        new($"URL cannot represent an invalid absolute URL: {ValueText.Quote(text)}; {Expected}.");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex SchemePattern();
}
