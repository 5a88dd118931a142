namespace Platform.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document and the name it is reported under in errors
/// (a file path, or "GraphQL request" for a document that arrived over the wire).
/// </summary>
public sealed class Source
{
    /// <summary>The name used when a source is not given one.</summary>
    public const string DefaultName = "GraphQL request";

    /// <summary>Wraps <paramref name="text"/> for lexing and parsing.</summary>
    public Source(string text, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(name);
        Text = text;
        Name = name;
    }

    /// <summary>The document text; offsets in tokens and locations are UTF-16 indexes into it.</summary>
    public string Text { get; }

    /// <summary>The name errors are reported under.</summary>
    public string Name { get; }

    /// <summary>
    /// The 1-based line and column of <paramref name="position"/>, counting "\r\n", "\n" and a
    /// lone "\r" as one line break each, as the specification's LineTerminator does.
    /// Only used to report errors, so it scans from the start rather than keeping a line table.
    /// </summary>
    internal (int Line, int Column) LineAndColumnAt(int position)
    {
        var text = Text.AsSpan(0, Math.Clamp(position, 0, Text.Length));
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= Text.Length || Text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }
}
