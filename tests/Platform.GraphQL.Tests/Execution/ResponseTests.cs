using System.Text;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>The response (specification section 7): field order, the data entry, and the writer path.</summary>
public class ResponseTests
{
    private static readonly Platform.GraphQL.Types.Schema _schema = Schema("type Query { a: Int b: Int c: Int! }");

    [Fact]
    public async Task Data_KeepsTheOrderTheOperationSelected()
    {
        var result = await ExecuteAsync(_schema, "{ c ...F a z: b } fragment F on Query { b a }", Json("""{"a": 1, "b": 2, "c": 3}"""));

        result.Data!.Keys.ShouldBe(["c", "b", "a", "z"]);
        result.ToJson().ShouldBe(Q("{'data':{'c':3,'b':2,'a':1,'z':2}}"));
    }

    [Fact]
    public async Task Data_NullPropagatedToTheRoot_IsPresentAsNull()
    {
        var result = await ExecuteAsync(_schema, "{ a c }", Json("""{"a": 1}"""));

        result.HasData.ShouldBeTrue();
        result.Data.ShouldBeNull();
        result.ToJson().ShouldEndWith(Q(",'data':null}"));
    }

    [Fact]
    public async Task ExecuteAsync_WithAWriter_WritesTheSameResponse()
    {
        using var buffer = new MemoryStream();
        var request = new ExecutionRequest { Schema = _schema, Document = Parser.Parse("{ b a }"), RootValue = Json("""{"a": 1, "b": 2}""") };

        using (var writer = new Utf8JsonWriter(buffer))
        {
            var result = await Executor.Default.ExecuteAsync(request, writer);
            result.Errors.ShouldBeEmpty();
        }

        Encoding.UTF8.GetString(buffer.ToArray()).ShouldBe((await Executor.Default.ExecuteAsync(request)).ToJson());
    }

    [Fact]
    public void FromRequestErrors_HasNoDataEntry()
    {
        var result = ExecutionResult.FromRequestErrors([new ExecutionError("Syntax Error: Unexpected \"}\".", [new ErrorLocation(1, 3)])]);

        result.ToJson().ShouldBe(Q("{'errors':[{'message':'Syntax Error: Unexpected \\\"}\\\".','locations':[{'line':1,'column':3}]}]}"));
    }
}
