using System.Globalization;
using System.Net;
using System.Text;

namespace Platform.Records.Passport;

/// <summary>
/// Builds a page of HTML where every piece of data goes through <see cref="Text"/>: names, titles
/// and notes come from people and partners, so nothing they typed can become markup.
/// </summary>
internal sealed class HtmlText
{
    private readonly StringBuilder _html = new();

    /// <summary>Markup written by this code, never data.</summary>
    public HtmlText Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>Data, encoded; control characters (other than tab and line breaks) are dropped.</summary>
    public HtmlText Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return this;
        }

        var clean = text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')) ? new string([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : text;
        _html.Append(WebUtility.HtmlEncode(clean));
        return this;
    }

    public HtmlText Date(DateOnly? date) => Text(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—");

    public override string ToString() => _html.ToString();
}
