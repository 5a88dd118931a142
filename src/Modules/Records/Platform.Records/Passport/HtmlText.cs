using System.Globalization;
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
        // The five characters that can end text or an attribute value; everything else stays as
        // it is (the page is UTF-8), so Arabic, Cyrillic and accented names remain readable in the source.
        foreach (var c in clean)
        {
            _ = c switch
            {
                '&' => _html.Append("&amp;"),
                '<' => _html.Append("&lt;"),
                '>' => _html.Append("&gt;"),
                '"' => _html.Append("&quot;"),
                '\'' => _html.Append("&#39;"),
                _ => _html.Append(c),
            };
        }

        return this;
    }

    public HtmlText Date(DateOnly? date) => Text(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—");

    public override string ToString() => _html.ToString();
}
