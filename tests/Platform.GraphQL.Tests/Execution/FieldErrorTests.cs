using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Execution errors (specification 6.4.4 and 7.1.2): message, locations, path, extensions; what the client may see.</summary>
public class FieldErrorTests
{
    private const string Sdl = """
        type Item { id: Int! secret: String safe: String coded: String count: Int }
        type Query { items: [Item] later: String }
        """;

    private static Schema Build() => Schema(Sdl, builder => builder
        .AddResolver("Item", "secret", _ => throw new InvalidOperationException("connection string is Server=db;Password=hunter2"))
        .AddResolver("Item", "safe", _ => throw new GraphQLException("Not allowed to read this item."))
        .AddResolver("Item", "coded", _ => throw new GraphQLException("Gone.", new Dictionary<string, object?> { ["code"] = "NOT_FOUND", ["retry"] = false }))
        .AddResolver("Item", "count", _ => ValueTask.FromResult<object?>("many"))
        .AddResolver("Query", "later", async _ =>
        {
            await Task.Yield();
            throw new TimeoutException("too slow");
        }));

    private static readonly object _root = new { Items = new[] { new { Id = 1 }, new { Id = 2 } } };

    [Fact]
    public async Task Execute_ResolverThrows_ErrorHasPathAndTheLocationsOfEveryMergedNode()
    {
        var result = await ExecuteAsync(Build(), "{\n  items {\n    id\n    secret\n    ... on Item { secret }\n  }\n}", _root);

        result.Errors.Count.ShouldBe(2);
        result.Errors[1].Message.ShouldBe("connection string is Server=db;Password=hunter2");
        result.Errors[1].Path.ShouldBe(["items", 1, "secret"]);
        result.Errors[1].Locations.ShouldBe([new ErrorLocation(4, 5), new ErrorLocation(5, 19)]);
        result.Errors[1].Exception.ShouldBeOfType<InvalidOperationException>();
        result.Data!["items"].ShouldBeAssignableTo<IReadOnlyList<object?>>()!.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Execute_MessagesHidden_UnexpectedOnesAreReplacedButMeantOnesStay()
    {
        var executor = new Executor(new ExecutorOptions { ExposeExceptionMessages = false, UnexpectedErrorMessage = "Something went wrong." });

        var result = await ExecuteAsync(Build(), "{ items { secret safe count } later }", _root, executor: executor);

        result.Errors.Select(error => error.Message).ShouldBe(
        [
            "Something went wrong.", "Not allowed to read this item.", "Int cannot represent non-integer value: \"many\"",
            "Something went wrong.", "Not allowed to read this item.", "Int cannot represent non-integer value: \"many\"",
            "Something went wrong.",
        ]);
        result.ToJson().ShouldNotContain("hunter2");
        result.Errors[^1].Exception.ShouldBeOfType<TimeoutException>();
    }

    [Fact]
    public async Task ToJson_ErrorsComeFirstWithLocationsPathAndExtensions()
    {
        var result = await ExecuteAsync(Build(), "{ items { coded } }", new { Items = new[] { new { Id = 1 } } });

        result.ToJson().ShouldBe(Q(
            "{'errors':[{'message':'Gone.','locations':[{'line':1,'column':11}],'path':['items',0,'coded'],'extensions':{'code':'NOT_FOUND','retry':false}}]," +
            "'data':{'items':[{'coded':null}]}}"));
    }
}
