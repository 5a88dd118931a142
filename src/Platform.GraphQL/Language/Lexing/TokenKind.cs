namespace Platform.GraphQL.Language;

/// <summary>The kinds of significant lexical token; ignored tokens (white space, line
/// terminators, commas, comments, byte order marks) never reach the parser.</summary>
public enum TokenKind
{
    /// <summary>End of the document; returned again on every further read.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Ampersand,

    /// <summary><c>(</c></summary>
    LeftParenthesis,

    /// <summary><c>)</c></summary>
    RightParenthesis,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    EqualsSign,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    LeftBracket,

    /// <summary><c>]</c></summary>
    RightBracket,

    /// <summary><c>{</c></summary>
    LeftBrace,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>}</c></summary>
    RightBrace,

    /// <summary>A name such as <c>user</c> or <c>__typename</c>; keywords are names too.</summary>
    Name,

    /// <summary>An integer literal such as <c>-12</c>.</summary>
    IntValue,

    /// <summary>A float literal such as <c>1.5e3</c>.</summary>
    FloatValue,

    /// <summary>A quoted string; the token value has its escapes resolved.</summary>
    StringValue,

    /// <summary>A triple-quoted block string; the token value is dedented.</summary>
    BlockString,
}
