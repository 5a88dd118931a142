namespace Platform.GraphQL.Language;

/// <summary>
/// One significant token. Offsets are UTF-16 indexes into the source text; the
/// <paramref name="Line"/> and <paramref name="Column"/> of its start are 1-based.
/// </summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="Value">
/// The text of a name or number, or the evaluated value of a string (escapes resolved, block
/// strings dedented); null for punctuators and the end of the document.
/// </param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    private const int MaxValueInDescription = 40;

    /// <summary>
    /// Describes the token the way syntax errors name it: <c>Name "user"</c>, <c>"}"</c>,
    /// <c>&lt;EOF&gt;</c>. Values past 40 characters are cut short so a message stays readable.
    /// </summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name or TokenKind.IntValue or TokenKind.FloatValue or TokenKind.StringValue or TokenKind.BlockString =>
            $"{DescribeKind(Kind)} \"{Shorten(Value)}\"",
        _ => $"\"{Punctuator(Kind)}\"",
    };

    /// <summary>Names a kind of token the way "Expected ..." errors do: <c>Name</c>, <c>"{"</c>.</summary>
    internal static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Name => "Name",
        TokenKind.IntValue => "Int",
        TokenKind.FloatValue => "Float",
        TokenKind.StringValue => "String",
        TokenKind.BlockString => "BlockString",
        _ => $"\"{Punctuator(kind)}\"",
    };

    private static string? Shorten(string? value) =>
        value is { Length: > MaxValueInDescription } ? string.Concat(value.AsSpan(0, MaxValueInDescription), "...") : value;

    /// <summary>The source text of a punctuator kind, for error messages.</summary>
    internal static string Punctuator(TokenKind kind) => kind switch
    {
        TokenKind.Bang => "!",
        TokenKind.Dollar => "$",
        TokenKind.Ampersand => "&",
        TokenKind.LeftParenthesis => "(",
        TokenKind.RightParenthesis => ")",
        TokenKind.Spread => "...",
        TokenKind.Colon => ":",
        TokenKind.EqualsSign => "=",
        TokenKind.At => "@",
        TokenKind.LeftBracket => "[",
        TokenKind.RightBracket => "]",
        TokenKind.LeftBrace => "{",
        TokenKind.Pipe => "|",
        TokenKind.RightBrace => "}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a punctuator."),
    };
}
