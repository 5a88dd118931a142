using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class LexerTests
{
    internal static List<Token> Lex(string text)
    {
        var lexer = new Lexer(new Source(text));
        var tokens = new List<Token>();
        for (var token = lexer.Read(); token.Kind != TokenKind.EndOfFile; token = lexer.Read())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    internal static Token Single(string text)
    {
        var tokens = Lex(text);
        tokens.Count.ShouldBe(1, $"tokens of {text}");
        return tokens[0];
    }

    internal static GraphQLSyntaxException LexError(string text) => Should.Throw<GraphQLSyntaxException>(() => Lex(text));

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParenthesis)]
    [InlineData(")", TokenKind.RightParenthesis)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.EqualsSign)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.RightBrace)]
    public void Read_Punctuator_ReturnsItsKindWithoutValue(string text, TokenKind kind)
    {
        var token = Single(text);

        token.ShouldBe(new Token(kind, 0, text.Length, 1, 1, null));
    }

    [Theory]
    [InlineData("name", TokenKind.Name)]
    [InlineData("_under_score9", TokenKind.Name)]
    [InlineData("__typename", TokenKind.Name)]
    [InlineData("42", TokenKind.IntValue)]
    [InlineData("4.2", TokenKind.FloatValue)]
    [InlineData("\"text\"", TokenKind.StringValue)]
    [InlineData("\"\"\"text\"\"\"", TokenKind.BlockString)]
    public void Read_ValueToken_ReturnsItsKindAndSpan(string text, TokenKind kind)
    {
        var token = Single(text);

        token.Kind.ShouldBe(kind);
        (token.Start, token.End).ShouldBe((0, text.Length));
    }

    [Fact]
    public void Read_AdjacentTokens_SplitsAtEachBoundary()
    {
        var tokens = Lex("...on{a:b(c:$d)@e}[1,2.5]&|!=");

        tokens.Select(t => t.Kind).ShouldBe(
        [
            TokenKind.Spread, TokenKind.Name, TokenKind.LeftBrace, TokenKind.Name, TokenKind.Colon, TokenKind.Name,
            TokenKind.LeftParenthesis, TokenKind.Name, TokenKind.Colon, TokenKind.Dollar, TokenKind.Name,
            TokenKind.RightParenthesis, TokenKind.At, TokenKind.Name, TokenKind.RightBrace, TokenKind.LeftBracket,
            TokenKind.IntValue, TokenKind.FloatValue, TokenKind.RightBracket, TokenKind.Ampersand, TokenKind.Pipe,
            TokenKind.Bang, TokenKind.EqualsSign,
        ]);
        tokens.Where(t => t.Value is not null).Select(t => t.Value).ShouldBe(["on", "a", "b", "c", "d", "e", "1", "2.5"]);
    }

    [Fact]
    public void Read_IgnoredTokens_AreSkipped()
    {
        var token = Single("\uFEFF ,\t# a comment { with \"tokens\"\n,,\uFEFFname,, # trailing");

        token.Value.ShouldBe("name");
        (token.Line, token.Column).ShouldBe((2, 4));
    }

    [Fact]
    public void Read_AtEnd_ReturnsEndOfFileEveryTime()
    {
        var lexer = new Lexer(new Source("a # only a comment after"));
        lexer.Read();

        var first = lexer.Read();
        var second = lexer.Read();

        first.Kind.ShouldBe(TokenKind.EndOfFile);
        second.ShouldBe(first);
        (first.Start, first.Line, first.Column).ShouldBe((24, 1, 25));
    }

    [Fact]
    public void Read_MixedLineTerminators_TracksLinesAndColumns()
    {
        var tokens = Lex("query {\r\n  a\r\n}\n\rb\r  c");

        tokens.Select(t => (t.Value ?? Token.Punctuator(t.Kind), t.Line, t.Column)).ShouldBe(
        [
            ("query", 1, 1), ("{", 1, 7), ("a", 2, 3), ("}", 3, 1), ("b", 5, 1), ("c", 6, 3),
        ]);
    }

    [Fact]
    public void Read_TokenAfterMultiLineBlockString_IsOnTheRightLine()
    {
        var tokens = Lex("\"\"\"one\r\ntwo\rthree\n\"\"\" next");

        tokens[1].Value.ShouldBe("next");
        (tokens[1].Line, tokens[1].Column).ShouldBe((4, 5));
    }

    [Theory]
    [InlineData("?", "Unexpected character: \"?\".", 1)]
    [InlineData("a ..b", "Unexpected character: \".\".", 3)]
    [InlineData("a\u00A0", "Unexpected character: U+00A0.", 2)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1)]
    [InlineData("'text'", "Unexpected single quote character ('); strings use double quotes (\").", 1)]
    public void Read_CharacterOutsideTheGrammar_ThrowsAtIt(string text, string message, int column)
    {
        var error = LexError(text);

        error.Message.ShouldBe("Syntax Error: " + message);
        (error.Line, error.Column).ShouldBe((1, column));
    }

    // Lone surrogates do not survive xunit's serialisation of inline data, so these are built at run time.
    public static TheoryData<string, string, int, int> LoneSurrogates => new()
    {
        { "a \uD800", "Invalid character: U+D800.", 1, 3 },
        { "a \uDC00b", "Invalid character: U+DC00.", 1, 3 },
        { "a \uDC00\uD800", "Invalid character: U+DC00.", 1, 3 },
        { "# comment \uD800", "Invalid character: U+D800.", 1, 11 },
        { "\"lone \uD800 surrogate\"", "Invalid character within String: U+D800.", 1, 7 },
        { "\"\\n then lone \uDC00\"", "Invalid character within String: U+DC00.", 1, 15 },
        { "\"high at the end \uD83D\"", "Invalid character within String: U+D83D.", 1, 18 },
        { "\"\"\"two\nlines \uD800\"\"\"", "Invalid character within String: U+D800.", 2, 7 },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates), DisableDiscoveryEnumeration = true)]
    public void Read_LoneSurrogate_IsNotASourceCharacterAnywhere(string text, string message, int line, int column)
    {
        var error = LexError(text);

        error.Message.ShouldBe("Syntax Error: " + message);
        (error.Line, error.Column).ShouldBe((line, column));
    }

    [Fact]
    public void Read_SupplementaryCharacterInComment_IsIgnored()
    {
        Single("# \U0001F600 fine\nname").Value.ShouldBe("name");
    }

    [Fact]
    public void Describe_EachTokenForm_NamesItLikeSyntaxErrors()
    {
        var described = Lex("name 1 1.5 \"s\" \"\"\"b\"\"\" }").Select(t => t.Describe());

        described.ShouldBe(["Name \"name\"", "Int \"1\"", "Float \"1.5\"", "String \"s\"", "BlockString \"b\"", "\"}\""]);
        new Token(TokenKind.EndOfFile, 0, 0, 1, 1, null).Describe().ShouldBe("<EOF>");
    }
}
