using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>CoerceArgumentValues (specification 6.4.1): literals, variables inside them, defaults, and the field errors of wrong arguments.</summary>
public class ArgumentCoercionTests
{
    private const string Sdl = """
        enum Color { RED GREEN }
        input Range { from: Int = 1, to: Int! }
        type Query {
          show(int: Int, ids: [ID!], range: Range, color: Color, limit: Int = 10, ranges: [Range!], text: String = "none", tags: [String]): String
          need(id: ID!): String
        }
        """;

    private static readonly Schema _schema = Schema(Sdl, builder => builder
        .AddResolver("Query", "show", context => ValueTask.FromResult<object?>(VariableCoercionTests.Show(context.Arguments)))
        .AddResolver("Query", "need", context => ValueTask.FromResult<object?>(context.Arguments["id"])));

    [Theory]
    [InlineData("{ show(int: 4) }", "int=4 limit=10 text=none")]
    [InlineData("{ show(ids: \"a\", limit: null) }", "ids=[a] limit=null text=none")]
    [InlineData("{ show(range: { to: 3 }, color: GREEN, text: \"x\") }", "color=GREEN limit=10 range={from=1,to=3} text=x")]
    [InlineData("{ show(ranges: [{ from: 2, to: 3 }, { to: 4 }]) }", "limit=10 ranges=[{from=2,to=3},{from=1,to=4}] text=none")]
    public async Task Coerce_Literals_ReachTheResolverWithDefaults(string query, string expected)
    {
        var result = await ExecuteAsync(_schema, query);

        result.Errors.ShouldBeEmpty();
        result.Data!["show"].ShouldBe(expected);
    }

    [Theory]
    [InlineData("""{"to": 5, "tag": "z", "from": 2}""", "limit=10 range={from=2,to=5} tags=[a,z] text=none")]
    [InlineData("""{"to": 5}""", "limit=10 range={from=1,to=5} tags=[a,null] text=none")]
    [InlineData("""{"to": 5, "text": null}""", "limit=10 range={from=1,to=5} tags=[a,null] text=null")]
    public async Task Coerce_VariablesInsideListsAndObjects_AreReplaced(string variables, string expected)
    {
        var result = await ExecuteAsync(_schema, "query ($to: Int!, $from: Int, $tag: String, $text: String) { show(range: { to: $to, from: $from }, tags: [\"a\", $tag], text: $text) }", variables: variables);

        result.Errors.ShouldBeEmpty();
        result.Data!["show"].ShouldBe(expected);
    }

    [Theory]
    [InlineData("{ need }", "Argument \"id\" of required type \"ID!\" was not provided.", 3)]
    [InlineData("{ need(id: null) }", "Argument \"id\" of non-null type \"ID!\" must not be null.", 12)]
    [InlineData("{ show(int: \"four\") }", "Argument \"int\" has invalid value \"four\".", 13)]
    [InlineData("{ show(range: { from: 1 }) }", "Argument \"range\" has invalid value {from: 1}.", 15)]
    [InlineData("query ($id: ID) { need(id: $id) }", "Argument \"id\" of required type \"ID!\" was provided the variable \"$id\" which was not provided a runtime value.", 28)]
    [InlineData("query ($id: ID) { show(ids: [\"a\", $id]) }", "Argument \"ids\" has invalid value [\"a\", $id].", 29)]
    public async Task Coerce_WrongArgumentsOfAnInvalidDocument_AreFieldErrors(string query, string message, int column)
    {
        var result = await ExecuteAsync(_schema, query, variables: "{}");

        result.Data.ShouldNotBeNull();
        result.Data.Values.Single().ShouldBeNull();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe(message);
        error.Path.ShouldBe([result.Data.Keys.Single()]);
        error.Locations.ShouldBe([new ErrorLocation(1, column)]);
    }

    [Fact]
    public async Task Coerce_ConstantArguments_AreCoercedOnceForEveryRequestOfTheDocument()
    {
        var seen = new List<IReadOnlyDictionary<string, object?>>();
        var schema = Schema(Sdl, builder => builder
            .AddResolver("Query", "show", context =>
            {
                seen.Add(context.Arguments);
                return ValueTask.FromResult<object?>("ok");
            })
            .AddResolver("Query", "need", _ => ValueTask.FromResult<object?>(null)));
        var document = Parser.Parse("{ show(ranges: [{ to: 1 }]) }");

        await Executor.Default.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document });
        await Executor.Default.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document });

        seen.Count.ShouldBe(2);
        seen[1].ShouldBeSameAs(seen[0]);
    }
}
