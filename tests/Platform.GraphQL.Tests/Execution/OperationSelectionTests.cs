using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>GetOperation (specification 6.1): which operation runs, and the request errors when none can.</summary>
public class OperationSelectionTests
{
    private static readonly Platform.GraphQL.Types.Schema _schema = Schema("type Query { a: Int }");
    private static readonly object _root = Json("""{"a": 1}""");

    [Theory]
    [InlineData("query A { a } query B { b: a }", "B", "{'data':{'b':1}}")]
    [InlineData("{ a }", null, "{'data':{'a':1}}")]
    [InlineData("query A { a } fragment F on Query { a }", null, "{'data':{'a':1}}")]
    [InlineData("query A { a } query B { a }", null, "{'errors':[{'message':'Must provide operation name if query contains multiple operations.'}]}")]
    [InlineData("query A { a }", "C", "{'errors':[{'message':'Unknown operation named \\\"C\\\".'}]}")]
    [InlineData("fragment F on Query { a }", null, "{'errors':[{'message':'Must provide an operation.'}]}")]
    [InlineData("\nmutation M { a }", null, "{'errors':[{'message':'Schema is not configured to execute mutation operation.','locations':[{'line':2,'column':1}]}]}")]
    public async Task GetOperation_SelectsByNameOrReports(string query, string? operationName, string expected)
    {
        var result = await ExecuteAsync(_schema, query, _root, operationName: operationName);

        result.ToJson().ShouldBe(Q(expected));
    }
}
