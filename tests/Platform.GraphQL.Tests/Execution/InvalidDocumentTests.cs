using System.Text;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Execution assumes a validated document, yet an invalid one must give errors or partial data, never an exception.</summary>
public class InvalidDocumentTests
{
    private static readonly Platform.GraphQL.Types.Schema _schema = Schema("""
        input Range { from: Int! }
        type Item { id: Int! child: Item }
        type Query { item(range: Range, n: Int): Item name: String }
        type Subscription { ticks: Int }
        """);

    private static readonly object _root = Json("""{"item": {"id": 1, "child": {"id": 2}}, "name": "n", "ticks": 3}""");

    [Theory]
    [InlineData("query ($v: Nope) { name }")]
    [InlineData("query ($v: [Range!]!) { name }")]
    [InlineData("query ($v: Range = 3) { item(range: $v) { id } }")]
    [InlineData("query ($v: Int = \"x\") { name }")]
    [InlineData("{ name { id } item }")]
    [InlineData("{ item(range: 5, n: \"x\", extra: 1) { id } }")]
    [InlineData("{ item(range: { from: null }) { id } }")]
    [InlineData("{ ... on Nope { name } ...Missing ... on Item { id } }")]
    [InlineData("{ name @skip(if: \"yes\") item @include { id } other: name @skip(if: $undefined) }")]
    [InlineData("fragment F on Query { ...F } { ...F }")]
    [InlineData("query A { name } query A { item { id } }")]
    [InlineData("subscription { ticks }")]
    [InlineData("{ item { child { child { child { id } } } } }")]
    [InlineData("query ($n: Int!) { item(n: $n) { id } }")]
    public async Task Execute_InvalidDocument_ReturnsAResponse(string query)
    {
        var result = await ExecuteAsync(_schema, query, _root, variables: "{}", operationName: query.StartsWith("query A", StringComparison.Ordinal) ? "A" : null);

        (result.HasData || result.Errors.Count > 0).ShouldBeTrue();
        result.ToJson().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Execute_LongChainOfFragments_Completes()
    {
        var text = new StringBuilder("{ ...F0 }\n");
        for (var i = 0; i < 1500; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on Query {{ name ...F{i + 1} }}\n");
        }

        text.Append("fragment F1500 on Query { name }");

        var json = await JsonOfAsync(_schema, text.ToString(), _root);

        json.ShouldBeOneOf(Q("{'data':{'name':'n'}}"), Q("{'errors':[{'message':'The document is nested too deeply to be executed.'}]}"));
    }
}
