using System.Collections.Immutable;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class PrinterTests
{
    public static TheoryData<string> Documents =>
    [
        KitchenSink.Executable,
        KitchenSink.Schema,
        "{ a(s: \"\"\"\n  x\n\n    y\n  \"\"\") }",
        "type T { f(\"\"\"a\"\"\" x: Int = 1, y: [String] = [\"\"\"\n  b\n  \"\"\"]): Int }",
    ];

    [Fact]
    public void Print_ExecutableKitchenSink_MatchesTheCanonicalLayout()
    {
        Printer.Print(Parser.Parse(KitchenSink.Executable)).ShouldBe(KitchenSink.ExecutablePrinted);
    }

    [Fact]
    public void Print_SchemaKitchenSink_MatchesTheCanonicalLayout()
    {
        Printer.Print(Parser.Parse(KitchenSink.Schema)).ShouldBe(KitchenSink.SchemaPrinted);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Print_ParsedDocument_IsAFixedPointOfParseThenPrint(string text)
    {
        var printed = Printer.Print(Parser.Parse(text));
        var reprinted = Printer.Print(Parser.Parse(printed));

        reprinted.ShouldBe(printed);
    }

    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($v: Int) { a }", "query ($v: Int) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("\"d\" query { a }", "\"d\"\nquery {\n  a\n}")]
    [InlineData("{a{b{c}}}", "{\n  a {\n    b {\n      c\n    }\n  }\n}")]
    [InlineData("{ ...F ... on T { a } ... @d { b } }", "{\n  ...F\n  ... on T {\n    a\n  }\n  ... @d {\n    b\n  }\n}")]
    [InlineData("{ a(b: {c: [1, {d: $e}]}, f: \"g\") }", "{\n  a(b: {c: [1, {d: $e}]}, f: \"g\")\n}")]
    [InlineData("type T implements A&B@d{f:Int}", "type T implements A & B @d {\n  f: Int\n}")]
    [InlineData("union U = | A | B", "union U = A | B")]
    [InlineData("directive @d(a: Int = 1 @x) repeatable on | FIELD | QUERY", "directive @d(a: Int = 1 @x) repeatable on FIELD | QUERY")]
    public void Print_SmallDocument_UsesTheCanonicalLayout(string text, string expected)
    {
        Printer.Print(Parser.Parse(text)).ShouldBe(expected);
    }

    [Fact]
    public void Print_FieldArgumentsFittingInEightyCharacters_StayOnOneLine()
    {
        var field = "alias: field(first: 1000000, second: 2000000, third: 3000000, fourth: \"abcdefg\")";
        field.Length.ShouldBe(80);

        Printer.Print(Parser.Parse("{ " + field + " }")).ShouldBe("{\n  " + field + "\n}");
    }

    [Fact]
    public void Print_FieldArgumentsPastEightyCharacters_GoOnePerLine()
    {
        var field = "alias: field(first: 1000000, second: 2000000, third: 3000000, fourth: \"abcdefgh\")";
        field.Length.ShouldBe(81);

        Printer.Print(Parser.Parse("{ nested { " + field + " @d { x } } }")).ShouldBe("""
            {
              nested {
                alias: field(
                  first: 1000000
                  second: 2000000
                  third: 3000000
                  fourth: "abcdefgh"
                ) @d {
                  x
                }
              }
            }
            """);
    }

    [Fact]
    public void Print_DescribedArgumentsAndVariables_GoOnePerLine()
    {
        var document = Parser.Parse("""
            query Q("the id" $id: ID, $other: Int) { a }
            directive @d("how" a: Int, b: Int) on FIELD
            """);

        Printer.Print(document).ShouldBe("""
            query Q(
              "the id"
              $id: ID
              $other: Int
            ) {
              a
            }

            directive @d(
              "how"
              a: Int
              b: Int
            ) on FIELD
            """);
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("ends with a quote\"", "\"\"\"\nends with a quote\"\n\"\"\"")]
    [InlineData("ends with a backslash\\", "\"\"\"\nends with a backslash\\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("two\n\nparagraphs", "\"\"\"\ntwo\n\nparagraphs\n\"\"\"")]
    public void Print_BlockString_ChoosesALayoutThatRoundTrips(string value, string expected)
    {
        var printed = Printer.Print(new StringValueNode(value, isBlock: true));

        printed.ShouldBe(expected);
        Parser.ParseValue(printed).ShouldBeOfType<StringValueNode>().Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("  all lines\n  indented")]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n")]
    [InlineData("windows\r\nline")]
    [InlineData("bell \u0007")]
    public void Print_BlockStringThatCannotRoundTrip_IsQuotedInstead(string value)
    {
        var printed = Printer.Print(new StringValueNode(value, isBlock: true));

        printed.ShouldStartWith("\"");
        printed.ShouldNotStartWith("\"\"\"");
        Parser.ParseValue(printed).ShouldBeOfType<StringValueNode>().Value.ShouldBe(value);
    }

    [Fact]
    public void Print_BlockStringsOfManyShapes_ParseBackToTheSameValue()
    {
        string[] pieces = ["", " ", "\t", "a", "\"", "\\", "\"\"\"", "\n", "  b", "c  ", "\"\"", "\\\"\"\""];
        var values = from first in pieces from second in pieces from third in pieces select first + second + third;

        foreach (var value in values)
        {
            var printed = Printer.Print(Parser.Parse("{ f(s: " + Printer.Print(new StringValueNode(value, isBlock: true)) + ") }"));

            var parsed = Parser.Parse(printed).Definitions.Single().ShouldBeOfType<OperationDefinitionNode>()
                .SelectionSet.Selections.Single().ShouldBeOfType<FieldNode>().Arguments.Single().Value;
            parsed.ShouldBeOfType<StringValueNode>().Value.ShouldBe(value, $"value {value} printed as {printed}");
        }
    }

    [Fact]
    public void Print_QuotedString_EscapesQuotesBackslashesAndControlCharacters()
    {
        var printed = Printer.Print(new StringValueNode("q\" b\\ \b\f\n\r\t \u0000\u001F\u007F\u0085\u009F é \U0001F600"));

        printed.ShouldBe("\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0000\\u001F\\u007F\\u0085\\u009F é \U0001F600\"");
        Parser.ParseValue(printed).ShouldBeOfType<StringValueNode>().Value
            .ShouldBe("q\" b\\ \b\f\n\r\t \u0000\u001F\u007F\u0085\u009F é \U0001F600");
    }

    [Fact]
    public void Print_TreeBuiltInCode_PrintsLikeAParsedOne()
    {
        var operation = new OperationDefinitionNode(
            OperationType.Mutation,
            new SelectionSetNode([
                new FieldNode(
                    new NameNode("approve"),
                    alias: new NameNode("result"),
                    arguments: [new ArgumentNode(new NameNode("id"), new VariableNode(new NameNode("id")))],
                    directives: [new DirectiveNode(new NameNode("audit"))]),
            ]),
            name: new NameNode("Approve"),
            variableDefinitions: [
                new VariableDefinitionNode(
                    new VariableNode(new NameNode("id")),
                    new NonNullTypeNode(new NamedTypeNode(new NameNode("ID"))),
                    defaultValue: new IntValueNode("1")),
            ]);

        operation.ToString().ShouldBe("mutation Approve($id: ID! = 1) {\n  result: approve(id: $id) @audit\n}");
        operation.Location.ShouldBeNull();
    }

    [Fact]
    public void Constructors_DefaultListsAndInvalidShapes_AreNormalisedOrRejected()
    {
        new DocumentNode(default).Definitions.IsEmpty.ShouldBeTrue();
        new FieldNode(new NameNode("a"), arguments: default).Arguments.IsEmpty.ShouldBeTrue();
        Should.Throw<ArgumentException>(() => new NonNullTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("T")))));
        Should.Throw<ArgumentNullException>(() => new NameNode(null!));
        new DocumentNode(ImmutableArray<DefinitionNode>.Empty).ToString().ShouldBe("");
    }
}
