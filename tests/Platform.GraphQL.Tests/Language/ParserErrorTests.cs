using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

public class ParserErrorTests
{
    private static GraphQLSyntaxException ParseError(string text, ParserOptions? options = null) =>
        Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(text, options));

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ }", "Expected Name, found \"}\".", 1, 3)]
    [InlineData("query {\n  user(id: 1 {\n    name\n  }\n}", "Expected Name, found \"{\".", 2, 14)]
    [InlineData("query {\r\n  a(b: [1, 2)\r\n}", "Unexpected \")\".", 2, 13)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a: }", "Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ ... }", "Expected \"{\", found \"}\".", 1, 7)]
    [InlineData("{ ... on { a } }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAKeyword { a }", "Unexpected Name \"notAKeyword\".", 1, 1)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("query ($a Int) { a }", "Expected \":\", found Name \"Int\".", 1, 11)]
    [InlineData("query ($a: Int!!) { a }", "Expected \"$\", found \"!\".", 1, 16)]
    [InlineData("query ($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 16)]
    [InlineData("query Q($v: Int = $w) { a }", "Unexpected variable \"$w\" in constant value.", 1, 19)]
    [InlineData("query Q($v: Int = [$w]) { a }", "Unexpected variable \"$w\" in constant value.", 1, 20)]
    [InlineData("query Q($v: Int = $) { a }", "Unexpected \"$\" in constant value.", 1, 19)]
    [InlineData("type T @d(a: $v) { f: Int }", "Unexpected variable \"$v\" in constant value.", 1, 14)]
    [InlineData("{ a(b: {c 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\": a fragment cannot be named \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("fragment F on T", "Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("subscription S", "Expected \"{\", found <EOF>.", 1, 15)]
    [InlineData("\"described\" { a }", "Unexpected description: the query shorthand cannot have one; write \"query { ... }\" instead.", 1, 1)]
    [InlineData("\"\"\"described\"\"\"\nextend type T @d", "Unexpected description: extensions cannot have one.", 1, 1)]
    [InlineData("\"one\" \"two\" type T", "Unexpected String \"two\".", 1, 7)]
    [InlineData("\"dangling description\"", "Unexpected <EOF>.", 1, 23)]
    public void Parse_InvalidExecutableOrDescription_ThrowsWithLineAndColumn(string text, string message, int line, int column)
    {
        var error = ParseError(text);

        error.Message.ShouldBe("Syntax Error: " + message);
        (error.Line, error.Column).ShouldBe((line, column));
    }

    [Theory]
    [InlineData("type T {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("type T { f }", "Expected \":\", found \"}\".", 1, 12)]
    [InlineData("type T { f(): Int }", "Expected Name, found \")\".", 1, 12)]
    [InlineData("type T implements { f: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("type T implements A & { f: Int }", "Expected Name, found \"{\".", 1, 23)]
    [InlineData("type T implements A B { f: Int }", "Unexpected Name \"B\".", 1, 21)]
    [InlineData("union U = | ", "Expected Name, found <EOF>.", 1, 13)]
    [InlineData("union U = A |", "Expected Name, found <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("input I { a: Int b }", "Expected \":\", found \"}\".", 1, 20)]
    [InlineData("schema { }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("schema { query Query }", "Expected \":\", found Name \"Query\".", 1, 16)]
    [InlineData("schema { foo: Bar }", "Unexpected Name \"foo\".", 1, 10)]
    [InlineData("directive @d on", "Expected a directive location (ARGUMENT_DEFINITION, ENUM, ENUM_VALUE, FIELD, FIELD_DEFINITION, FRAGMENT_DEFINITION, FRAGMENT_SPREAD, INLINE_FRAGMENT, INPUT_FIELD_DEFINITION, INPUT_OBJECT, INTERFACE, MUTATION, OBJECT, QUERY, SCALAR, SCHEMA, SUBSCRIPTION, UNION, VARIABLE_DEFINITION), found <EOF>.", 1, 16)]
    [InlineData("directive @d on FIELD | field", "Expected a directive location (ARGUMENT_DEFINITION, ENUM, ENUM_VALUE, FIELD, FIELD_DEFINITION, FRAGMENT_DEFINITION, FRAGMENT_SPREAD, INLINE_FRAGMENT, INPUT_FIELD_DEFINITION, INPUT_OBJECT, INTERFACE, MUTATION, OBJECT, QUERY, SCALAR, SCHEMA, SUBSCRIPTION, UNION, VARIABLE_DEFINITION), found Name \"field\".", 1, 25)]
    [InlineData("directive d on FIELD", "Expected \"@\", found Name \"d\".", 1, 11)]
    [InlineData("directive @d repeatable FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 25)]
    [InlineData("extend", "Unexpected <EOF>.", 1, 7)]
    [InlineData("extend directive @d on FIELD", "Unexpected Name \"directive\".", 1, 8)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface I\ntype T", "Unexpected Name \"type\".", 2, 1)]
    [InlineData("extend union U", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 1, 15)]
    public void Parse_InvalidTypeSystemDocument_ThrowsWithLineAndColumn(string text, string message, int line, int column)
    {
        var error = ParseError(text);

        error.Message.ShouldBe("Syntax Error: " + message);
        (error.Line, error.Column).ShouldBe((line, column));
    }

    [Fact]
    public void Parse_Error_ReportsTheSourceNameAndPosition()
    {
        var error = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse(new Source("{\n  a\n  ?\n}", "queries/broken.graphql")));

        (error.SourceName, error.Position, error.Line, error.Column).ShouldBe(("queries/broken.graphql", 8, 3, 3));
    }

    [Fact]
    public void Parse_LongStringInError_IsShortenedInTheMessage()
    {
        var error = ParseError("\"" + new string('x', 500) + "\" \"second\"");

        error.Message.ShouldBe("Syntax Error: Unexpected String \"second\".");
        ParseError("query Q \"" + new string('y', 500) + "\"").Message
            .ShouldBe($"Syntax Error: Expected \"{{\", found String \"{new string('y', 40)}...\".");
    }
}
