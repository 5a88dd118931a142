using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>A scope provided by the request's services (as a scoped service would be), with loaders that are services too.</summary>
public class DataLoaderScopeTests
{
    private const string Sdl = "type Query { names(ids: [Int!]!): [String] }";

    [Fact]
    public async Task Execute_ScopeFromServices_IsUsedAndItsCacheOutlivesOneExecution()
    {
        var services = new RequestServices();
        var schema = Schema(Sdl, builder => builder.AddResolver("Query", "names", async context =>
        {
            var loader = (NameLoader)context.Services.GetService(typeof(NameLoader))!;
            var names = new List<string?>();
            foreach (var id in (object?[])context.Arguments["ids"]!)
            {
                names.Add(await loader.LoadAsync((int)id!));
            }

            return names;
        }));

        var first = await ExecuteAsync(schema, "{ names(ids: [1, 2]) }", services: services);
        var second = await ExecuteAsync(schema, "{ names(ids: [2, 3]) }", services: services);

        first.ToJson().ShouldBe(Q("{'data':{'names':['name 1','name 2']}}"));
        second.ToJson().ShouldBe(Q("{'data':{'names':['name 2','name 3']}}"));
        services.Loader.Batches.ShouldBe(["1", "2", "3"]);
    }

    [Fact]
    public async Task Execute_ScopeAlreadyInUse_IsRefusedClearly()
    {
        var services = new RequestServices();
        var release = new TaskCompletionSource<object?>();
        var schema = Schema(Sdl, builder => builder.AddResolver("Query", "names", async context =>
        {
            await ((NameLoader)context.Services.GetService(typeof(NameLoader))!).LoadAsync(1);
            return await release.Task;
        }));
        var document = Parser.Parse("{ names(ids: []) }");

        var running = Executor.Default.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, Services = services }).AsTask();
        var refused = await Should.ThrowAsync<InvalidOperationException>(async () =>
            await Executor.Default.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, Services = services }));
        release.SetResult(null);
        await running;

        refused.Message.ShouldContain("already used by another execution");
    }

    [Fact]
    public void GetOrAdd_SameNameOtherType_IsRefused()
    {
        var scope = new DataLoaderScope();
        scope.GetOrAdd("names", s => new NameLoader(s));

        Should.Throw<InvalidOperationException>(() => scope.GetOrAdd("names", s => new BatchDataLoader<int, int>(s, (_, _) => default)))
            .Message.ShouldBe("DataLoader \"names\" is a NameLoader, not a BatchDataLoader`2; give each loader its own name.");
    }

    /// <summary>A loader written as a scoped service would be: the scope injected, the batch overridden.</summary>
    private sealed class NameLoader(DataLoaderScope scope) : BatchDataLoader<int, string>(scope)
    {
        public List<string> Batches { get; } = [];

        protected override ValueTask<IReadOnlyDictionary<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add(string.Join(',', keys));
            return ValueTask.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"name {key}"));
        }
    }

    private sealed class RequestServices : IServiceProvider
    {
        private readonly DataLoaderScope _scope = new();

        public RequestServices() => Loader = new NameLoader(_scope);

        public NameLoader Loader { get; }

        public object? GetService(Type serviceType) =>
            serviceType == typeof(DataLoaderScope) ? _scope : serviceType == typeof(NameLoader) ? Loader : null;
    }
}
