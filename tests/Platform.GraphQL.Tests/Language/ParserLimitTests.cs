using System.Text;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class ParserLimitTests
{
    private static string NestedSelections(int depth) =>
        new StringBuilder().Insert(0, "{a", depth).Append('}', depth).ToString();

    private static string NestedLists(int depth) =>
        "{ f(a: " + new string('[', depth) + new string(']', depth) + ") }";

    private static string NestedObjects(int depth) =>
        "{ f(a: " + new StringBuilder().Insert(0, "{a:", depth).Append('1').Append('}', depth) + ") }";

    private static string NestedListType(int depth) =>
        "query ($v: " + new string('[', depth) + "Int" + new string(']', depth) + ") { a }";

    [Fact]
    public void Default_Limits_AreTheDocumentedSafeValues()
    {
        var options = ParserOptions.Default;

        (options.MaxTokens, options.MaxDepth, options.MaxDocumentLength, options.NoLocation).ShouldBe((15_000, 64, 1_000_000, false));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Options_NonPositiveLimit_IsRejected(int value)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = value }).ParamName.ShouldBe("MaxTokens");
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = value }).ParamName.ShouldBe("MaxDepth");
        Should.Throw<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDocumentLength = value }).ParamName.ShouldBe("MaxDocumentLength");
    }

    [Fact]
    public void Parse_TokensUpToTheLimit_Succeeds()
    {
        // "{ a b c }" is five tokens; the end of the document is not counted.
        Parser.Parse("{ a b c }", new ParserOptions { MaxTokens = 5 }).Definitions.Length.ShouldBe(1);
    }

    [Fact]
    public void Parse_OneTokenOverTheLimit_ThrowsNamingTheLimitAtTheToken()
    {
        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse("{ a b\n  c d }", new ParserOptions { MaxTokens = 5 }));

        error.Message.ShouldBe("Syntax Error: Document exceeds the maximum of 5 tokens.");
        (error.Line, error.Column).ShouldBe((2, 7));
    }

    [Fact]
    public void Parse_DefaultTokenLimit_StopsALongFlatDocument()
    {
        var text = "{" + string.Concat(Enumerable.Repeat(" a", 15_000)) + " }";

        Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text)).Message
            .ShouldBe("Syntax Error: Document exceeds the maximum of 15000 tokens.");
    }

    [Fact]
    public void Parse_IgnoredTokens_DoNotCountTowardTheTokenLimit()
    {
        var text = "{ a" + new string(',', 10_000) + "# comment\n b }";

        Parser.Parse(text, new ParserOptions { MaxTokens = 4 }).Definitions.Length.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(NestingShapes))]
    public void Parse_NestingAtTheDepthLimit_Succeeds(string shape)
    {
        var text = Nest(shape, 64);

        Should.NotThrow(() => Parser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(NestingShapes))]
    public void Parse_NestingOneBeyondTheDepthLimit_ThrowsNamingTheLimit(string shape)
    {
        var text = Nest(shape, 65);

        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text));

        // The selection set around a value counts as depth 1, so its 64th list or object opener is the 65th level.
        var (opener, occurrence) = shape switch
        {
            "selections" => ('{', 65),
            "lists" => ('[', 64),
            "objects" => ('{', 65),
            _ => ('[', 65),
        };
        error.Message.ShouldBe("Syntax Error: Document exceeds the maximum nesting depth of 64.");
        error.Position.ShouldBe(NthIndexOf(text, opener, occurrence));
    }

    public static TheoryData<string> NestingShapes => ["selections", "lists", "objects", "list types"];

    [Fact]
    public void Parse_MixedNesting_CountsEveryKindTowardOneDepth()
    {
        // Selection set 1, field selection set 2, list 3, object 4, list 5.
        const string text = "{ a { b(c: [{d: [1]}]) } }";

        Should.NotThrow(() => Parser.Parse(text, new ParserOptions { MaxDepth = 5 }));
        Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text, new ParserOptions { MaxDepth = 4 })).Column.ShouldBe(17);
    }

    [Theory]
    [InlineData("{", 100_000)]
    [InlineData("[", 100_000)]
    public void Parse_HostileNestingWithDefaultOptions_ThrowsInsteadOfOverflowingTheStack(string opener, int count)
    {
        var text = opener == "{" ? NestedSelections(count) : NestedLists(count);

        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text));

        error.Message.ShouldBe("Syntax Error: Document exceeds the maximum nesting depth of 64.");
    }

    [Fact]
    public void Parse_UnclosedBraces_FailAtTheSecondBrace()
    {
        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(new string('{', 100_000)));

        (error.Message, error.Column).ShouldBe(("Syntax Error: Expected Name, found \"{\".", 2));
    }

    [Fact]
    public void Parse_NestingBeyondTheThreadStackWithLimitsRaised_ThrowsInsteadOfCrashing()
    {
        var unlimited = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue, MaxDocumentLength = int.MaxValue };
        var text = NestedSelections(100_000);
        GraphQLSyntaxException? error = null;

        // A 256 KiB stack makes the outcome independent of the test runner's thread.
        var thread = new Thread(() => error = Record.Exception(() => Parser.Parse(text, unlimited)) as GraphQLSyntaxException, 256 * 1024);
        thread.Start();
        thread.Join();

        error.ShouldNotBeNull().Message.ShouldStartWith("Syntax Error: Document nesting of depth ");
        error.Message.ShouldEndWith(" is too deep for the parsing thread's stack.");
    }

    [Fact]
    public void Parse_DocumentAtTheLengthLimit_Succeeds()
    {
        Parser.Parse("{ a }", new ParserOptions { MaxDocumentLength = 5 }).Definitions.Length.ShouldBe(1);
    }

    [Fact]
    public void Parse_DocumentOverTheLengthLimit_ThrowsBeforeLexing()
    {
        // The text is not even valid: the length check comes first.
        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse("{ a }\n?", new ParserOptions { MaxDocumentLength = 6 }));

        error.Message.ShouldBe("Syntax Error: Document exceeds the maximum length of 6 characters.");
        (error.Position, error.Line, error.Column).ShouldBe((6, 2, 1));
    }

    [Fact]
    public void Parse_DefaultLengthLimit_RejectsAMillionAndOneCharacters()
    {
        var text = "{ a }" + new string(' ', 999_996);

        Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text)).Message
            .ShouldBe("Syntax Error: Document exceeds the maximum length of 1000000 characters.");
    }

    [Fact]
    public void ParseValueAndParseType_ApplyTheLimitsToo()
    {
        var shallow = new ParserOptions { MaxDepth = 2 };

        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseValue("[[[1]]]", shallow)).Column.ShouldBe(3);
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseType("[[[Int]]]", shallow)).Column.ShouldBe(3);
        Should.Throw<GraphQLSyntaxException>(() => Parser.ParseValue("[1, 2]", new ParserOptions { MaxTokens = 3 }));
    }

    private static string Nest(string shape, int depth) => shape switch
    {
        "selections" => NestedSelections(depth),
        "lists" => NestedLists(depth - 1),
        "objects" => NestedObjects(depth - 1),
        _ => NestedListType(depth),
    };

    private static int NthIndexOf(string text, char c, int occurrence)
    {
        var position = -1;
        for (var i = 0; i < occurrence; i++)
        {
            position = text.IndexOf(c, position + 1);
        }

        return position;
    }
}
