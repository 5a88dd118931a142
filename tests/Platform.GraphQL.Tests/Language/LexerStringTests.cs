using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class LexerStringTests
{
    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\" backslash \\\\ slash \\/\"", "quote \" backslash \\ slash /")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t")]
    [InlineData("\"caf\\u00E9 \\u00e9\"", "café é")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\u{0}\\u{00000041}\\u{10FFFF}\"", "\0A\U0010FFFF")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\uD800\\uDC00 \\uDBFF\\uDFFF\"", "\U00010000 \U0010FFFF")]
    [InlineData("\"unescaped \U0001F600 котя 猫\"", "unescaped \U0001F600 котя 猫")]
    [InlineData("\"raw control \u0007 and tab\t\"", "raw control \u0007 and tab\t")]
    [InlineData("\"escape at the end \\n\"", "escape at the end \n")]
    public void Read_QuotedString_EvaluatesEscapes(string text, string value)
    {
        var token = LexerTests.Single(text);

        token.Kind.ShouldBe(TokenKind.StringValue);
        token.Value.ShouldBe(value);
        token.End.ShouldBe(text.Length);
    }

    [Theory]
    [InlineData("\"\\uD800\"", "Invalid Unicode escape sequence: \"\\uD800\".", 2)]
    [InlineData("\"\\uDC00\"", "Invalid Unicode escape sequence: \"\\uDC00\".", 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 2)]
    [InlineData("\"\\uD83D\\u{DE00}\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 2)]
    [InlineData("\"ab\\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 4)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 2)]
    [InlineData("\"\\u{FFFFFFFFFFFF}\"", "Invalid Unicode escape sequence: \"\\u{FFFFFFFFFFFF}\".", 2)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 2)]
    [InlineData("\"\\u{12 }\"", "Invalid Unicode escape sequence: \"\\u{12 \".", 2)]
    [InlineData("\"\\u12\"", "Invalid Unicode escape sequence: \"\\u12\"\".", 2)]
    [InlineData("\"\\uXYZW\"", "Invalid Unicode escape sequence: \"\\uXYZW\".", 2)]
    [InlineData("\"\\x\"", "Invalid character escape sequence: \"\\x\".", 2)]
    [InlineData("\"\\'\"", "Invalid character escape sequence: \"\\'\".", 2)]
    [InlineData("\"a\\\nb\"", "Invalid character escape sequence: \"\\\" followed by U+000A.", 3)]
    [InlineData("\"no end", "Unterminated string.", 8)]
    [InlineData("\"escaped end\\", "Unterminated string.", 14)]
    [InlineData("\"line\nbreak\"", "Unterminated string.", 6)]
    [InlineData("\"carriage\rreturn\"", "Unterminated string.", 10)]
    public void Read_InvalidQuotedString_ThrowsAtTheOffendingSequence(string text, string message, int column)
    {
        var error = LexerTests.LexError(text);

        error.Message.ShouldBe("Syntax Error: " + message);
        (error.Line, error.Column).ShouldBe((1, column));
    }

    [Fact]
    public void Read_LongInvalidEscape_IsShortenedInTheMessage()
    {
        var error = LexerTests.LexError("\"\\u{" + new string('0', 5000) + "x}\"");

        error.Message.ShouldBe("Syntax Error: Invalid Unicode escape sequence: \"\\u{0000000000000...\".");
    }

    [Fact]
    public void Read_BlockString_DedentsAsTheSpecificationExampleShows()
    {
        const string text = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";

        var token = LexerTests.Single(text);

        token.Kind.ShouldBe(TokenKind.BlockString);
        token.Value.ShouldBe("Hello,\n  World!\n\nYours,\n  GraphQL.");
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"  \n  \n\"\"\"", "")]
    [InlineData("\"\"\"  first line keeps its spaces\"\"\"", "  first line keeps its spaces")]
    [InlineData("\"\"\"no \\n escapes \\u0041 here\"\"\"", "no \\n escapes \\u0041 here")]
    [InlineData("\"\"\"contains \\\"\"\" quotes\"\"\"", "contains \"\"\" quotes")]
    [InlineData("\"\"\"\n  \\\"\"\" at the start\n  and \\\"\"\"\\\"\"\" twice\n\"\"\"", "\"\"\" at the start\nand \"\"\"\"\"\" twice")]
    [InlineData("\"\"\"single \" and double \"\" quotes\"\"\"", "single \" and double \"\" quotes")]
    [InlineData("\"\"\"\r\n  windows\r\n    lines\r\n\"\"\"", "windows\n  lines")]
    [InlineData("\"\"\"\r  old mac\r  lines\r\"\"\"", "old mac\nlines")]
    [InlineData("\"\"\"\t\ttabs\n\t\tcount\n\t\t\tas white space\"\"\"", "\t\ttabs\ncount\n\tas white space")]
    [InlineData("\"\"\"unicode \U0001F600 and \u0007 stay\"\"\"", "unicode \U0001F600 and \u0007 stay")]
    public void Read_BlockString_AppliesBlockStringValue(string text, string value)
    {
        var token = LexerTests.Single(text);

        token.Kind.ShouldBe(TokenKind.BlockString);
        token.Value.ShouldBe(value);
    }

    [Fact]
    public void Read_SixQuotes_IsOneEmptyBlockStringNotThreeEmptyStrings()
    {
        var tokens = LexerTests.Lex("\"\"\"\"\"\" \"\"");

        tokens.Select(t => (t.Kind, t.Value)).ShouldBe([(TokenKind.BlockString, ""), (TokenKind.StringValue, "")]);
    }

    [Theory]
    [InlineData("\"\"\"never closed", "Unterminated string.", 1, 16)]
    [InlineData("\"\"\"closed by an escape \\\"\"\"", "Unterminated string.", 1, 28)]
    public void Read_InvalidBlockString_ThrowsWithLineAndColumn(string text, string message, int line, int column)
    {
        var error = LexerTests.LexError(text);

        error.Message.ShouldBe("Syntax Error: " + message);
        (error.Line, error.Column).ShouldBe((line, column));
    }
}
