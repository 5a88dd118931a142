namespace Platform.GraphQL.Language;

public sealed partial class Lexer
{
    /// <summary>
    /// IntValue or FloatValue: an optional minus, an integer part without leading zeros, then an
    /// optional fraction and exponent. Neither may be followed by a digit, a dot or a name start,
    /// so <c>1.</c>, <c>00</c>, <c>1e</c>, <c>0x1</c> and <c>1.2.3</c> are errors, not several tokens.
    /// </summary>
    private Token ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        if (CharAt(position) == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharacterAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (CharAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (CharAt(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        var next = CharAt(position);
        if (next == '.' || IsNameStart(next))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacterAt(position)}.");
        }

        _position = position;
        var kind = isFloat ? TokenKind.FloatValue : TokenKind.IntValue;
        return MakeToken(kind, start, position, _text.Substring(start, position - start));
    }

    /// <summary>Reads one or more digits; returns the index after the last.</summary>
    private int ReadDigits(int position)
    {
        if (!IsDigit(CharAt(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacterAt(position)}.");
        }

        do
        {
            position++;
        }
        while (IsDigit(CharAt(position)));

        return position;
    }
}
