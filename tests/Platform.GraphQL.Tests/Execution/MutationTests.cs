using Platform.GraphQL.DataLoader;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Mutations (specification 6.2.2): root fields run one after another, each with everything under it.</summary>
public class MutationTests
{
    [Fact]
    public async Task Execute_MutationRootField_FinishesItsSubtreeAndBatchesBeforeTheNext()
    {
        var log = new List<string>();
        var schema = Schema("""
            type Query { ok: Boolean }
            type Mutation { add(n: Int!): Counter }
            type Counter { n: Int! label: String! }
            """, builder => builder
            .AddResolver("Mutation", "add", async context =>
            {
                var n = (int)context.Arguments["n"]!;
                log.Add($"add {n}");
                await Task.Yield();
                return n;
            })
            .AddResolver("Counter", "n", context => ValueTask.FromResult(context.Parent))
            .AddResolver("Counter", "label", async context =>
                await context.BatchLoader<int, string>("labels", (keys, _) =>
                {
                    log.Add($"labels {string.Join(',', keys)}");
                    return ValueTask.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"#{key}"));
                }).LoadAsync((int)context.Parent!)));

        var json = await JsonOfAsync(schema, "mutation { a: add(n: 1) { n label } b: add(n: 2) { label } c: add(n: 3) { n } }");

        json.ShouldBe(Q("{'data':{'a':{'n':1,'label':'#1'},'b':{'label':'#2'},'c':{'n':3}}}"));
        log.ShouldBe(["add 1", "labels 1", "add 2", "labels 2", "add 3"]);
    }

    [Fact]
    public async Task Execute_QueryRootFields_ShareOneBatch()
    {
        var batches = new List<string>();
        var schema = Schema("type Query { a: String b: String }", builder =>
        {
            Platform.GraphQL.Types.FieldResolver load = async context =>
                await context.BatchLoader<string, string>("upper", (keys, _) =>
                {
                    batches.Add(string.Join(',', keys));
                    return ValueTask.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(key => key, key => key.ToUpperInvariant()));
                }).LoadAsync(context.Field.Name);
            builder.AddResolver("Query", "a", load).AddResolver("Query", "b", load);
        });

        var json = await JsonOfAsync(schema, "{ a b }");

        json.ShouldBe(Q("{'data':{'a':'A','b':'B'}}"));
        batches.ShouldBe(["a,b"]);
    }
}
