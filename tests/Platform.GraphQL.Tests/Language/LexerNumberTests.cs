using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class LexerNumberTests
{
    [Theory]
    [InlineData("0", TokenKind.IntValue)]
    [InlineData("-0", TokenKind.IntValue)]
    [InlineData("9", TokenKind.IntValue)]
    [InlineData("-1234567890", TokenKind.IntValue)]
    [InlineData("99999999999999999999999", TokenKind.IntValue)]
    [InlineData("0.0", TokenKind.FloatValue)]
    [InlineData("-1.5", TokenKind.FloatValue)]
    [InlineData("1e50", TokenKind.FloatValue)]
    [InlineData("6.0221413e23", TokenKind.FloatValue)]
    [InlineData("1E+2", TokenKind.FloatValue)]
    [InlineData("-1.5e-3", TokenKind.FloatValue)]
    [InlineData("0e0", TokenKind.FloatValue)]
    public void Read_ValidNumber_KeepsItsTextAndKind(string text, TokenKind kind)
    {
        var token = LexerTests.Single(text);

        token.Kind.ShouldBe(kind);
        token.Value.ShouldBe(text);
    }

    [Theory]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.)", "Invalid number, expected digit but got: \")\".", 3)]
    [InlineData(".5", "Unexpected character: \".\".", 1)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("1.e5", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData("0x1", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("123L", "Invalid number, expected digit but got: \"L\".", 4)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1.5e3x", "Invalid number, expected digit but got: \"x\".", 6)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("-a", "Invalid number, expected digit but got: \"a\".", 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    public void Read_InvalidNumber_ThrowsAtTheOffendingCharacter(string text, string message, int column)
    {
        var error = LexerTests.LexError(text);

        error.Message.ShouldBe("Syntax Error: " + message);
        (error.Line, error.Column).ShouldBe((1, column));
    }

    [Fact]
    public void Read_NumbersSeparatedByIgnoredOrPunctuators_AreSeparateTokens()
    {
        var tokens = LexerTests.Lex("1,2 -3]4.5)0");

        tokens.Select(t => t.Value ?? Token.Punctuator(t.Kind)).ShouldBe(["1", "2", "-3", "]", "4.5", ")", "0"]);
    }
}
