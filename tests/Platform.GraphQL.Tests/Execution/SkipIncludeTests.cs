using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>@skip and @include (specification 3.13 and CollectFields in 6.3.2).</summary>
public class SkipIncludeTests
{
    private static readonly Platform.GraphQL.Types.Schema _schema = Schema("type Query { a: Int b: Int c: Int }");
    private static readonly object _root = Json("""{"a": 1, "b": 2, "c": 3}""");

    [Theory]
    [InlineData("{ a b @skip(if: true) c @skip(if: false) }", "{'a':1,'c':3}")]
    [InlineData("{ a @include(if: false) b @include(if: true) }", "{'b':2}")]
    [InlineData("{ a @skip(if: true) @include(if: true) b @skip(if: false) @include(if: false) c @skip(if: false) @include(if: true) }", "{'c':3}")]
    [InlineData("{ ... @skip(if: true) { a } ... on Query @include(if: true) { b } ...F @include(if: false) } fragment F on Query { c }", "{'b':2}")]
    [InlineData("{ a @skip(if: true) ... { a } }", "{'a':1}")]
    public async Task Collect_LiteralConditions_DecideWhichFieldsRun(string query, string expectedData)
    {
        var json = await JsonOfAsync(_schema, query, _root);

        json.ShouldBe(Q($"{{'data':{expectedData}}}"));
    }

    [Theory]
    [InlineData("""{"skipA": true, "withC": true}""", "{'b':2,'c':3}")]
    [InlineData("""{"skipA": false, "withC": false}""", "{'a':1,'b':2}")]
    [InlineData("""{"withC": true}""", "{'a':1,'b':2,'c':3}")]
    [InlineData("""{"skipA": true, "withC": false}""", "{'b':2}")]
    public async Task Collect_VariableConditions_GiveEachRequestItsOwnShape(string variables, string expectedData)
    {
        // One document instance: its plan is shared, one variant per combination of condition values.
        var result = await Executor.Default.ExecuteAsync(new ExecutionRequest
        {
            Schema = _schema,
            Document = _document,
            VariablesJson = Json(variables),
            RootValue = _root,
        });

        result.ToJson().ShouldBe(Q($"{{'data':{expectedData}}}"));
    }

    private static readonly DocumentNode _document =
        Parser.Parse("query ($skipA: Boolean = false, $withC: Boolean!) { a @skip(if: $skipA) b ...C @include(if: $withC) } fragment C on Query { c }");
}
