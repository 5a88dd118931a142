namespace Platform.GraphQL.Language;

/// <summary>
/// Turns a <see cref="Source"/> into significant <see cref="Token"/>s following the lexical
/// grammar of the GraphQL specification (September 2025). White space, line terminators,
/// commas, comments and byte order marks are skipped. Invalid input throws
/// <see cref="GraphQLSyntaxException"/> at the offending character.
/// </summary>
/// <remarks>
/// The lexer walks the source string by index and allocates only the values of names,
/// numbers and strings. Not thread-safe: one lexer reads one source once.
/// </remarks>
public sealed partial class Lexer
{
    private readonly Source _source;
    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _tokenLine;
    private int _tokenColumn;

    /// <summary>Starts reading <paramref name="source"/> from its beginning.</summary>
    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _text = source.Text;
    }

    /// <summary>The source being read.</summary>
    public Source Source => _source;

    /// <summary>Reads the next significant token; at the end returns <see cref="TokenKind.EndOfFile"/> every time.</summary>
    public Token Read()
    {
        SkipIgnored();
        var start = _position;
        _tokenLine = _line;
        _tokenColumn = start - _lineStart + 1;
        if (start >= _text.Length)
        {
            return MakeToken(TokenKind.EndOfFile, start, start, null);
        }

        var c = _text[start];
        switch (c)
        {
            case '!': return Punctuator(TokenKind.Bang, start);
            case '$': return Punctuator(TokenKind.Dollar, start);
            case '&': return Punctuator(TokenKind.Ampersand, start);
            case '(': return Punctuator(TokenKind.LeftParenthesis, start);
            case ')': return Punctuator(TokenKind.RightParenthesis, start);
            case ':': return Punctuator(TokenKind.Colon, start);
            case '=': return Punctuator(TokenKind.EqualsSign, start);
            case '@': return Punctuator(TokenKind.At, start);
            case '[': return Punctuator(TokenKind.LeftBracket, start);
            case ']': return Punctuator(TokenKind.RightBracket, start);
            case '{': return Punctuator(TokenKind.LeftBrace, start);
            case '|': return Punctuator(TokenKind.Pipe, start);
            case '}': return Punctuator(TokenKind.RightBrace, start);
            case '.' when CharAt(start + 1) == '.' && CharAt(start + 2) == '.':
                _position = start + 3;
                return MakeToken(TokenKind.Spread, start, start + 3, null);
            case '"' when CharAt(start + 1) == '"' && CharAt(start + 2) == '"':
                return ReadBlockString(start);
            case '"':
                return ReadString(start);
            case '-' or (>= '0' and <= '9'):
                return ReadNumber(start);
            case '_' or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'):
                return ReadName(start);
            default:
                throw UnexpectedCharacter(start);
        }
    }

    private static bool IsNameStart(int c) => c is '_' or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>The UTF-16 code unit at <paramref name="index"/>, or -1 past the end.</summary>
    private int CharAt(int index) => (uint)index < (uint)_text.Length ? _text[index] : -1;

    private Token MakeToken(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _tokenLine, _tokenColumn, value);

    private Token Punctuator(TokenKind kind, int start)
    {
        _position = start + 1;
        return MakeToken(kind, start, start + 1, null);
    }

    private Token ReadName(int start)
    {
        // Names are short: a plain loop beats setting up a vectorised search.
        var text = _text;
        var end = start + 1;
        while ((uint)end < (uint)text.Length && IsNameContinue(text[end]))
        {
            end++;
        }

        _position = end;
        return MakeToken(TokenKind.Name, start, end, text.Substring(start, end - start));
    }

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    private void SkipIgnored()
    {
        var text = _text;
        var position = _position;
        while (position < text.Length)
        {
            switch (text[position])
            {
                case ' ' or '\t' or ',' or '\uFEFF':
                    position++;
                    break;
                case '\n':
                    position++;
                    NewLine(position);
                    break;
                case '\r':
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    NewLine(position);
                    break;
                case '#':
                    position = SkipComment(position);
                    break;
                default:
                    _position = position;
                    return;
            }
        }

        _position = position;
    }

    private void NewLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    /// <summary>Skips a comment up to (not including) its line terminator; returns where it ends.</summary>
    private int SkipComment(int start)
    {
        var rest = _text.AsSpan(start);
        var length = rest.IndexOfAny('\n', '\r');
        var comment = length < 0 ? rest : rest[..length];
        if (comment.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            for (var i = 0; i < comment.Length; i++)
            {
                i = SkipSurrogatePair(start + i, "Invalid character") - start;
            }
        }

        return start + comment.Length;
    }

    /// <summary>
    /// Checks the code unit at <paramref name="position"/>: a well-formed surrogate pair returns the
    /// index of its second half, any other non-surrogate returns <paramref name="position"/>, and
    /// an unpaired surrogate (not a Unicode scalar value, so not a source character) throws.
    /// </summary>
    private int SkipSurrogatePair(int position, string errorPrefix)
    {
        var c = _text[position];
        if (!char.IsSurrogate(c))
        {
            return position;
        }

        if (char.IsHighSurrogate(c) && position + 1 < _text.Length && char.IsLowSurrogate(_text[position + 1]))
        {
            return position + 1;
        }

        throw Error(position, $"{errorPrefix}: U+{(int)c:X4}.");
    }

    private GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var c = _text[position];
        if (c == '\'')
        {
            return Error(position, "Unexpected single quote character ('); strings use double quotes (\").");
        }

        SkipSurrogatePair(position, "Invalid character");
        return Error(position, $"Unexpected character: {DescribeCharacterAt(position)}.");
    }

    /// <summary>Describes a character for an error: printable ASCII quoted, anything else as U+XXXX.</summary>
    private string DescribeCharacterAt(int position)
    {
        if (position >= _text.Length)
        {
            return "<EOF>";
        }

        var c = _text[position];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        var scalar = char.IsHighSurrogate(c) && position + 1 < _text.Length && char.IsLowSurrogate(_text[position + 1])
            ? char.ConvertToUtf32(c, _text[position + 1])
            : c;
        return $"U+{scalar:X4}";
    }

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);
}
