using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>CoerceVariableValues (specification 6.1.2): what resolvers receive, and the request errors.</summary>
public class VariableCoercionTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        input Range { from: Int = 1, to: Int! }
        input Pick @oneOf { id: ID, name: String }
        type Query {
          show(int: Int, ids: [ID!], matrix: [[Int]], range: Range, pick: Pick, color: Color, when: DateTime, text: String): String
        }
        """;

    private static readonly Schema _schema = Schema(Sdl, builder => builder
        .BindEnumValue("Color", "RED", ConsoleColor.Red)
        .AddResolver("Query", "show", context => ValueTask.FromResult<object?>(Show(context.Arguments))));

    [Theory]
    [InlineData("query ($v: Int) { show(int: $v) }", """{"v": 7}""", "int=7")]
    [InlineData("query ($v: Int = 3) { show(int: $v) }", "{}", "int=3")]
    [InlineData("query ($v: Int = 3) { show(int: $v) }", """{"v": null}""", "int=null")]
    [InlineData("query ($v: Int) { show(int: $v) }", "{}", "")]
    [InlineData("query ($v: [ID!]) { show(ids: $v) }", """{"v": "a"}""", "ids=[a]")]
    [InlineData("query ($v: [ID!]) { show(ids: $v) }", """{"v": [1, "b"]}""", "ids=[1,b]")]
    [InlineData("query ($v: [[Int]]) { show(matrix: $v) }", """{"v": 5}""", "matrix=[[5]]")]
    [InlineData("query ($v: Range) { show(range: $v) }", """{"v": {"to": 9}}""", "range={from=1,to=9}")]
    [InlineData("query ($v: Pick) { show(pick: $v) }", """{"v": {"name": "x"}}""", "pick={name=x}")]
    [InlineData("query ($v: Color) { show(color: $v) }", """{"v": "RED"}""", "color=Red")]
    [InlineData("query ($v: Color) { show(color: $v) }", """{"v": "GREEN"}""", "color=GREEN")]
    [InlineData("query ($v: DateTime) { show(when: $v) }", """{"v": "2025-09-01T10:00:00+02:00"}""", "when=2025-09-01 08:00:00Z")]
    public async Task Coerce_ValidValues_ReachTheResolverCoerced(string query, string variables, string expected)
    {
        var result = await ExecuteAsync(_schema, query, variables: variables);

        result.Errors.ShouldBeEmpty();
        result.Data!["show"].ShouldBe(expected);
    }

    [Theory]
    [InlineData("query ($id: ID!) { show }", "{}", "Variable \"$id\" of required type \"ID!\" was not provided.")]
    [InlineData("query ($id: ID!) { show }", """{"id": null}""", "Variable \"$id\" of non-null type \"ID!\" must not be null.")]
    [InlineData("query ($v: Int) { show(int: $v) }", """{"v": 1.5}""", "Variable \"$v\" got invalid value 1.5; Int cannot represent non-integer value: 1.5")]
    [InlineData("query ($v: [ID!]) { show(ids: $v) }", """{"v": ["a", null]}""", "Variable \"$v\" got invalid value null at \"v[1]\"; Expected non-nullable type \"ID!\" not to be null.")]
    [InlineData("query ($v: Range) { show(range: $v) }", """{"v": {"from": 2}}""", "Variable \"$v\" got invalid value { from: 2 }; Field \"to\" of required type \"Int!\" was not provided.")]
    [InlineData("query ($v: Range) { show(range: $v) }", """{"v": {"to": 1, "by": 2}}""", "Variable \"$v\" got invalid value { to: 1, by: 2 }; Field \"by\" is not defined by type \"Range\".")]
    [InlineData("query ($v: Range) { show(range: $v) }", """{"v": 3}""", "Variable \"$v\" got invalid value 3; Expected type \"Range\" to be an object.")]
    [InlineData("query ($v: Pick) { show(pick: $v) }", """{"v": {}}""", "Variable \"$v\" got invalid value {}; Exactly one key must be specified for OneOf type \"Pick\".")]
    [InlineData("query ($v: Color) { show(color: $v) }", """{"v": "BLUE"}""", "Variable \"$v\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum.")]
    [InlineData("query ($v: DateTime) { show(when: $v) }", """{"v": "yesterday"}""", "Variable \"$v\" got invalid value \"yesterday\"; ")]
    [InlineData("query ($v: Query) { show }", "{}", "Variable \"$v\" expected value of type \"Query\" which cannot be used as an input type.")]
    public async Task Coerce_InvalidValues_AreRequestErrorsAtTheDefinition(string query, string variables, string expectedStart)
    {
        var result = await ExecuteAsync(_schema, query, variables: variables);

        result.HasData.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Message.ShouldStartWith(expectedStart);
        result.Errors[0].Path.ShouldBeNull();
        result.Errors[0].Locations.ShouldHaveSingleItem().Column.ShouldBeOneOf(8, 12);
    }

    [Fact]
    public async Task Coerce_ClrDictionary_IsReadLikeJson()
    {
        var result = await Executor.Default.ExecuteAsync(new ExecutionRequest
        {
            Schema = _schema,
            Document = Parser.Parse("query ($r: Range, $ids: [ID!]) { show(range: $r, ids: $ids) }"),
            Variables = new Dictionary<string, object?> { ["r"] = new Dictionary<string, object?> { ["to"] = 4L }, ["ids"] = new List<string> { "x", "y" } },
        });

        result.Data!["show"].ShouldBe("ids=[x,y] range={from=1,to=4}");
    }

    [Fact]
    public async Task Coerce_FiftyOneErrors_StopsAtTheLimit()
    {
        var definitions = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"$v{i}: Int!"));

        var result = await ExecuteAsync(_schema, $"query ({definitions}) {{ show }}", variables: "{}");

        result.Errors.Count.ShouldBe(51);
        result.Errors[^1].Message.ShouldBe("Too many errors processing variables, error limit reached. Execution aborted.");
    }

    [Fact]
    public async Task Execute_BothVariableForms_IsRefused()
    {
        var request = new ExecutionRequest
        {
            Schema = _schema,
            Document = Parser.Parse("{ show }"),
            Variables = new Dictionary<string, object?>(),
            VariablesJson = Json("{}"),
        };

        await Should.ThrowAsync<ArgumentException>(async () => await Executor.Default.ExecuteAsync(request));
    }

    /// <summary>The arguments as text, in name order: lists in brackets, input objects in braces.</summary>
    internal static string Show(IReadOnlyDictionary<string, object?> arguments) =>
        string.Join(' ', arguments.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={Text(pair.Value)}"));

    private static string Text(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> fields => "{" + string.Join(',', fields.Select(field => $"{field.Key}={Text(field.Value)}")) + "}",
        object?[] items => "[" + string.Join(',', items.Select(Text)) + "]",
        DateTimeOffset instant => instant.UtcDateTime.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
