using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Loads are batched once per level, whatever the number of parents, and cached per request.</summary>
public class DataLoaderBatchingTests
{
    private const string Sdl = """
        type Query { parents(count: Int!): [Parent!]! }
        type Parent { id: Int! children: [Child!]! }
        type Child { id: Int! parentId: Int! owner: Owner }
        type Owner { name: String! }
        """;

    [Fact]
    public async Task Execute_HundredParentsWithChildLists_OneBatchPerLevel()
    {
        var calls = new BatchCalls();
        var schema = Schema(Sdl, builder => Bind(builder, calls));

        var result = await ExecuteAsync(schema, "{ parents(count: 100) { id children { id parentId owner { name } } } }");

        result.Errors.ShouldBeEmpty();
        calls.Children.ShouldBe(1);
        calls.Owners.ShouldBe(1);
        calls.ChildKeys.ShouldBe(100);
        var parents = (IReadOnlyList<object?>)result.Data!["parents"]!;
        parents.Count.ShouldBe(100);
        var lastChildren = (IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)parents[99]!)["children"]!;
        lastChildren.Count.ShouldBe(2);
        var owner = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)lastChildren[1]!)["owner"]!;
        owner["name"].ShouldBe("owner of 9902");
    }

    [Fact]
    public async Task Execute_BatchCount_DoesNotGrowWithTheNumberOfParents()
    {
        var few = new BatchCalls();
        var many = new BatchCalls();
        var query = "query ($n: Int!) { parents(count: $n) { children { owner { name } } } }";

        await ExecuteAsync(Schema(Sdl, builder => Bind(builder, few)), query, variables: """{"n": 3}""");
        await ExecuteAsync(Schema(Sdl, builder => Bind(builder, many)), query, variables: """{"n": 300}""");

        (many.Children + many.Owners).ShouldBe(few.Children + few.Owners);
        (many.Children + many.Owners).ShouldBe(2);
    }

    [Fact]
    public async Task LoadAsync_SameKeyTwiceInARequest_FetchedOnceAndCached()
    {
        var keysSeen = new List<int>();
        var schema = Schema("type Query { a: String b: String c: String }", builder =>
        {
            FieldResolver load = async context =>
                await context.BatchLoader<int, string>("names", (keys, _) =>
                {
                    keysSeen.AddRange(keys);
                    return ValueTask.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"name {key}"));
                }).LoadAsync(context.Field.Name == "b" ? 2 : 1);
            builder.AddResolver("Query", "a", load).AddResolver("Query", "b", load).AddResolver("Query", "c", load);
        });

        var json = await JsonOfAsync(schema, "{ a b c again: a }");

        json.ShouldBe(Q("{'data':{'a':'name 1','b':'name 2','c':'name 1','again':'name 1'}}"));
        keysSeen.ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Execute_BatchThrows_EveryLoadOfItFailsWithItsPath()
    {
        var schema = Schema(Sdl, builder =>
        {
            builder.AddResolver("Query", "parents", context => ValueTask.FromResult<object?>(Parents(2)));
            builder.AddResolver("Parent", "children", async context =>
                await context.GroupedLoader<int, Child>("children", (_, _) => throw new InvalidOperationException("database is down"))
                    .LoadAsync(((Parent)context.Parent!).Id));
        });

        var result = await ExecuteAsync(schema, "{ parents(count: 2) { id children { id } } }");

        result.Data.ShouldBeNull();
        result.Errors.Select(error => $"{error.Message} {string.Join('/', error.Path!)}").ShouldBe(["database is down parents/0/children"]);
    }

    [Fact]
    public async Task DispatchAsync_OutsideAnExecution_ResolvesQueuedLoads()
    {
        var scope = new DataLoaderScope();
        var batches = 0;
        var loader = new BatchDataLoader<int, string>(scope, (keys, _) =>
        {
            batches++;
            return ValueTask.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => key.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });

        var first = loader.LoadAsync(1).AsTask();
        var second = loader.LoadAsync(2).AsTask();
        scope.HasPendingLoads.ShouldBeTrue();
        await scope.DispatchAsync();

        (await first).ShouldBe("1");
        (await second).ShouldBe("2");
        batches.ShouldBe(1);
        (await loader.LoadAsync(1)).ShouldBe("1");
        batches.ShouldBe(1);
    }

    internal static void Bind(SchemaBuilder builder, BatchCalls calls)
    {
        builder.AddResolver("Query", "parents", async context =>
        {
            await Task.Yield();
            return Parents((int)context.Arguments["count"]!);
        });
        builder.AddResolver("Parent", "children", async context =>
        {
            var loader = context.GroupedLoader<int, Child>("children", async (ids, cancellationToken) =>
            {
                calls.Children++;
                calls.ChildKeys += ids.Count;
                await Task.Delay(1, cancellationToken);
                return ids.SelectMany(id => new[] { new Child(id * 100 + 1, id), new Child(id * 100 + 2, id) }).ToLookup(child => child.ParentId);
            });
            return await loader.LoadAsync(((Parent)context.Parent!).Id);
        });
        builder.AddResolver("Child", "owner", async context =>
        {
            var loader = context.BatchLoader<int, Owner>("owners", async (ids, _) =>
            {
                calls.Owners++;
                await Task.Yield();
                return ids.ToDictionary(id => id, id => new Owner($"owner of {id}"));
            });
            return await loader.LoadAsync(((Child)context.Parent!).Id);
        });
    }

    internal static List<Parent> Parents(int count) => [.. Enumerable.Range(0, count).Select(id => new Parent(id))];

    internal sealed record Parent(int Id);

    internal sealed record Child(int Id, int ParentId);

    internal sealed record Owner(string Name);

    internal sealed class BatchCalls
    {
        public int Children { get; set; }

        public int ChildKeys { get; set; }

        public int Owners { get; set; }
    }
}
