using System.Buffers;

namespace Platform.GraphQL.Language;

public sealed partial class Lexer
{
    /// <summary>Where a block string's plain run ends: a quote, a backslash, a line break or a surrogate to check.</summary>
    private static readonly SearchValues<char> _blockStringStops = SearchValues.Create(StopsWithSurrogates("\"\\\n\r"));

    /// <summary>
    /// Reads <c>"""..."""</c>. Escapes mean nothing here except <c>\"""</c>, which stands for
    /// <c>"""</c>; line breaks inside advance the line count. The value is dedented with
    /// <see cref="BlockString.Dedent"/>.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var contentStart = start + 3;
        var position = contentStart;
        var hasEscapedQuotes = false;
        while (true)
        {
            var run = _text.AsSpan(position).IndexOfAny(_blockStringStops);
            if (run < 0)
            {
                throw Error(_text.Length, "Unterminated string.");
            }

            position += run;
            switch (_text[position])
            {
                case '"' when CharAt(position + 1) == '"' && CharAt(position + 2) == '"':
                    _position = position + 3;
                    var raw = _text.AsSpan(contentStart, position - contentStart);
                    var value = hasEscapedQuotes ? DedentWithEscapedQuotes(raw) : BlockString.Dedent(raw);
                    return MakeToken(TokenKind.BlockString, start, position + 3, value);
                case '\\' when CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"':
                    hasEscapedQuotes = true;
                    position += 4;
                    break;
                case '\n':
                    position++;
                    NewLine(position);
                    break;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    NewLine(position);
                    break;
                case '"' or '\\':
                    position++;
                    break;
                default:
                    position = SkipSurrogatePair(position, "Invalid character within String") + 1;
                    break;
            }
        }
    }

    private static string DedentWithEscapedQuotes(ReadOnlySpan<char> raw)
    {
        var unescaped = new CharBuilder(stackalloc char[256]);
        try
        {
            while (true)
            {
                var escape = raw.IndexOf("\\\"\"\"");
                if (escape < 0)
                {
                    unescaped.Append(raw);
                    return BlockString.Dedent(unescaped.Written);
                }

                unescaped.Append(raw[..escape]);
                unescaped.Append("\"\"\"");
                raw = raw[(escape + 4)..];
            }
        }
        finally
        {
            unescaped.Dispose();
        }
    }
}
