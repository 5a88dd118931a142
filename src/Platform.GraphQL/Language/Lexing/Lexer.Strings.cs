using System.Buffers;

namespace Platform.GraphQL.Language;

public sealed partial class Lexer
{
    private const int MaxEscapeInMessage = 16;

    /// <summary>Where a quoted string's plain run of characters ends: a quote, an escape, a line break or a surrogate to check.</summary>
    private static readonly SearchValues<char> _stringStops = SearchValues.Create(StopsWithSurrogates("\"\\\n\r"));

    /// <summary>Reads a quoted string; the common case without escapes is a single substring.</summary>
    private Token ReadString(int start)
    {
        var position = start + 1;
        while (true)
        {
            var run = _text.AsSpan(position).IndexOfAny(_stringStops);
            if (run < 0)
            {
                throw Error(_text.Length, "Unterminated string.");
            }

            position += run;
            switch (_text[position])
            {
                case '"':
                    _position = position + 1;
                    return MakeToken(TokenKind.StringValue, start, position + 1, _text.Substring(start + 1, position - start - 1));
                case '\\':
                    return ReadEscapedString(start, position);
                case '\n' or '\r':
                    throw Error(position, "Unterminated string.");
                default:
                    position = SkipSurrogatePair(position, "Invalid character within String") + 1;
                    break;
            }
        }
    }

    /// <summary>Continues a quoted string from its first escape, building the value in a pooled buffer.</summary>
    private Token ReadEscapedString(int start, int firstEscape)
    {
        var value = new CharBuilder(stackalloc char[256]);
        try
        {
            value.Append(_text.AsSpan(start + 1, firstEscape - start - 1));
            var position = firstEscape;
            while (true)
            {
                var run = _text.AsSpan(position).IndexOfAny(_stringStops);
                if (run < 0)
                {
                    throw Error(_text.Length, "Unterminated string.");
                }

                value.Append(_text.AsSpan(position, run));
                position += run;
                switch (_text[position])
                {
                    case '"':
                        _position = position + 1;
                        return MakeToken(TokenKind.StringValue, start, position + 1, value.ToString());
                    case '\\':
                        position = ReadEscape(position, ref value);
                        break;
                    case '\n' or '\r':
                        throw Error(position, "Unterminated string.");
                    default:
                        var last = SkipSurrogatePair(position, "Invalid character within String");
                        value.Append(_text.AsSpan(position, last - position + 1));
                        position = last + 1;
                        break;
                }
            }
        }
        finally
        {
            value.Dispose();
        }
    }

    /// <summary>Appends the character an escape at <paramref name="position"/> stands for; returns the index after it.</summary>
    private int ReadEscape(int position, ref CharBuilder value)
    {
        var escaped = CharAt(position + 1);
        switch (escaped)
        {
            case '"' or '\\' or '/':
                value.Append((char)escaped);
                return position + 2;
            case 'b':
                value.Append('\b');
                return position + 2;
            case 'f':
                value.Append('\f');
                return position + 2;
            case 'n':
                value.Append('\n');
                return position + 2;
            case 'r':
                value.Append('\r');
                return position + 2;
            case 't':
                value.Append('\t');
                return position + 2;
            case 'u' when CharAt(position + 2) == '{':
                return ReadVariableWidthEscape(position, ref value);
            case 'u':
                return ReadFixedWidthEscape(position, ref value);
            case -1:
                throw Error(_text.Length, "Unterminated string.");
            default:
                var shown = escaped is >= ' ' and <= '~' ? $"\"\\{(char)escaped}\"" : $"\"\\\" followed by U+{escaped:X4}";
                throw Error(position, $"Invalid character escape sequence: {shown}.");
        }
    }

    /// <summary><c>\u{1F600}</c>: one or more hex digits naming a Unicode scalar value.</summary>
    private int ReadVariableWidthEscape(int position, ref CharBuilder value)
    {
        var scalar = 0;
        var digits = 0;
        var current = position + 3;
        for (; CharAt(current) != '}'; current++)
        {
            var digit = HexDigitValue(CharAt(current));
            if (digit < 0)
            {
                throw InvalidUnicodeEscape(position, current + 1);
            }

            // Leading zeros are allowed, so the digit count is unbounded: saturate instead of overflowing.
            scalar = Math.Min(scalar * 16 + digit, 0x110000);
            digits++;
        }

        if (digits == 0 || !IsUnicodeScalarValue(scalar))
        {
            throw InvalidUnicodeEscape(position, current + 1);
        }

        value.AppendScalar(scalar);
        return current + 1;
    }

    /// <summary>
    /// <c>\u00E9</c>: exactly four hex digits. A leading surrogate is accepted only when a second
    /// fixed-width escape with a trailing surrogate follows (the legacy JSON form of a supplementary
    /// character); any other surrogate is not a scalar value and is rejected.
    /// </summary>
    private int ReadFixedWidthEscape(int position, ref CharBuilder value)
    {
        var code = ReadFourHexDigits(position + 2);
        if (code < 0 || char.IsLowSurrogate((char)code))
        {
            throw InvalidUnicodeEscape(position, position + 6);
        }

        if (!char.IsHighSurrogate((char)code))
        {
            value.Append((char)code);
            return position + 6;
        }

        var trailing = CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u' ? ReadFourHexDigits(position + 8) : -1;
        if (trailing < 0 || !char.IsLowSurrogate((char)trailing))
        {
            throw InvalidUnicodeEscape(position, position + 6);
        }

        value.Append((char)code);
        value.Append((char)trailing);
        return position + 12;
    }

    private int ReadFourHexDigits(int position)
    {
        var result = 0;
        for (var i = position; i < position + 4; i++)
        {
            var digit = HexDigitValue(CharAt(i));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    private GraphQLSyntaxException InvalidUnicodeEscape(int start, int end)
    {
        var sequence = _text.AsSpan(start, Math.Min(end, _text.Length) - start);
        var shown = sequence.Length > MaxEscapeInMessage ? $"{sequence[..MaxEscapeInMessage]}..." : sequence.ToString();
        return Error(start, $"Invalid Unicode escape sequence: \"{shown}\".");
    }

    private static int HexDigitValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int value) => value is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static string StopsWithSurrogates(string stops) =>
        string.Create(stops.Length + 0x800, stops, static (chars, prefix) =>
        {
            prefix.CopyTo(chars);
            for (var i = 0; i < 0x800; i++)
            {
                chars[prefix.Length + i] = (char)(0xD800 + i);
            }
        });
}
