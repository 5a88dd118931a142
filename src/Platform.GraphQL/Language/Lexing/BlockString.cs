namespace Platform.GraphQL.Language;

/// <summary>The value rules of block strings, shared by the lexer (reading) and the printer (writing).</summary>
internal static class BlockString
{
    /// <summary>
    /// BlockStringValue() from the specification: removes the indentation common to all lines but
    /// the first (counting only lines that are not blank), drops blank leading and trailing lines,
    /// and joins the rest with "\n" whatever line terminators the source used.
    /// </summary>
    public static string Dedent(ReadOnlySpan<char> raw)
    {
        var commonIndent = int.MaxValue;
        int firstContentLine = -1, lastContentLine = -1;
        int contentStart = 0, contentEnd = 0;
        var rest = raw;
        for (var lineIndex = 0; ; lineIndex++)
        {
            var lineStart = raw.Length - rest.Length;
            var line = NextLine(ref rest, out var hasMore);
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length)
            {
                if (lineIndex > 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }

                if (firstContentLine < 0)
                {
                    firstContentLine = lineIndex;
                    contentStart = lineStart;
                }

                lastContentLine = lineIndex;
                contentEnd = lineStart + line.Length;
            }

            if (!hasMore)
            {
                break;
            }
        }

        if (firstContentLine < 0)
        {
            return string.Empty;
        }

        // Nothing to remove and no line terminator to normalise: the value is one slice of the source.
        // (No line after the first has content when commonIndent was never set.)
        var content = raw[contentStart..contentEnd];
        if ((commonIndent is 0 or int.MaxValue) && !content.Contains('\r'))
        {
            return new string(content);
        }

        return Join(raw, commonIndent == int.MaxValue ? 0 : commonIndent, firstContentLine, lastContentLine);
    }

    /// <summary>
    /// Whether <paramref name="value"/> survives a print as a block string and a parse back
    /// unchanged. It does not when it holds a carriage return or another control character but
    /// tab and line feed, starts or ends with a blank line, or has several lines that are all
    /// indented (the indentation would be taken as common and removed).
    /// </summary>
    public static bool IsPrintable(string value)
    {
        var lineIsBlank = true;
        var lineHasIndent = false;
        var everyLineIndented = true;
        var sawLineBreak = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\n':
                    if (lineIsBlank && !sawLineBreak)
                    {
                        return false;
                    }

                    sawLineBreak = true;
                    lineIsBlank = true;
                    lineHasIndent = false;
                    break;
                case ' ' or '\t':
                    lineHasIndent |= lineIsBlank;
                    break;
                case '\r' or < ' ':
                    return false;
                default:
                    everyLineIndented &= lineHasIndent;
                    lineIsBlank = false;
                    break;
            }
        }

        return value.Length == 0 || (!lineIsBlank && !(sawLineBreak && everyLineIndented));
    }

    private static string Join(ReadOnlySpan<char> raw, int commonIndent, int firstLine, int lastLine)
    {
        var result = new CharBuilder(stackalloc char[256]);
        try
        {
            var rest = raw;
            for (var lineIndex = 0; lineIndex <= lastLine; lineIndex++)
            {
                var line = NextLine(ref rest, out _);
                if (lineIndex < firstLine)
                {
                    continue;
                }

                if (lineIndex > firstLine)
                {
                    result.Append('\n');
                }

                result.Append(lineIndex == 0 ? line : line[Math.Min(commonIndent, line.Length)..]);
            }

            return result.ToString();
        }
        finally
        {
            result.Dispose();
        }
    }

    /// <summary>Takes the next line off <paramref name="rest"/>, consuming its terminator ("\r\n", "\n" or "\r").</summary>
    private static ReadOnlySpan<char> NextLine(ref ReadOnlySpan<char> rest, out bool hasMore)
    {
        var end = rest.IndexOfAny('\n', '\r');
        if (end < 0)
        {
            var last = rest;
            rest = [];
            hasMore = false;
            return last;
        }

        var line = rest[..end];
        rest = rest[(end + LineBreakLength(rest, end))..];
        hasMore = true;
        return line;
    }

    private static int LineBreakLength(ReadOnlySpan<char> text, int index) =>
        text[index] == '\r' && index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var count = line.IndexOfAnyExcept(' ', '\t');
        return count < 0 ? line.Length : count;
    }
}
