using Platform.GraphQL.DataLoader;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Cancellation: the token reaches resolvers and batches, and a cancelled request ends promptly.</summary>
public class CancellationTests
{
    [Fact]
    public async Task Execute_AlreadyCancelled_Throws()
    {
        var schema = Schema("type Query { a: Int }");

        await Should.ThrowAsync<OperationCanceledException>(async () =>
            await ExecuteAsync(schema, "{ a }", cancellationToken: new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Execute_CancelledWhileAResolverIgnoresTheToken_EndsAnyway()
    {
        var never = new TaskCompletionSource<object?>();
        var started = new TaskCompletionSource();
        var schema = Schema("type Query { a: Int }", builder => builder.AddResolver("Query", "a", async _ =>
        {
            started.SetResult();
            return await never.Task;
        }));
        using var cancellation = new CancellationTokenSource();

        var running = ExecuteAsync(schema, "{ a }", cancellationToken: cancellation.Token).AsTask();
        await started.Task;
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(running.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Execute_Token_ReachesResolversAndBatches()
    {
        using var cancellation = new CancellationTokenSource();
        var seen = new List<CancellationToken>();
        var schema = Schema("type Query { a: Int }", builder => builder.AddResolver("Query", "a", async context =>
        {
            seen.Add(context.CancellationToken);
            return await context.BatchLoader<int, int>("same", (keys, token) =>
            {
                seen.Add(token);
                return ValueTask.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(key => key));
            }).LoadAsync(5);
        }));

        var json = await JsonOfAsync(schema, "{ a }", executor: null);
        var result = await ExecuteAsync(schema, "{ a }", cancellationToken: cancellation.Token);

        json.ShouldBe(Q("{'data':{'a':5}}"));
        result.Data!["a"].ShouldBe(5);
        seen[^2].ShouldBe(cancellation.Token);
        seen[^1].ShouldBe(cancellation.Token);
    }
}
