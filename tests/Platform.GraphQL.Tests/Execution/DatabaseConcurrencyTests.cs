using Platform.GraphQL.DataLoader;
using Platform.GraphQL.Types;
using static Platform.GraphQL.Tests.Execution.ExecutionKit;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// One request's resolvers and batches never use "the database" at the same moment, as a scoped
/// DbContext requires; the guard below throws if two operations overlap, as EF Core would.
/// </summary>
public class DatabaseConcurrencyTests
{
    private const string Sdl = """
        type Query { a: Int b: Int c: Int patients: [Patient!]! }
        type Mutation { first: Int second: Int }
        type Patient { id: Int! visits: Int! doctor: String! notes: [String!]! }
        """;

    [Fact]
    public async Task Execute_ResolversThatUseTheDatabase_NeverOverlap()
    {
        var database = new DatabaseGuard();
        var schema = Schema(Sdl, builder => Bind(builder, database));

        var result = await ExecuteAsync(schema, "{ a b c patients { id visits doctor notes } }");

        result.Errors.ShouldBeEmpty();
        database.Overlaps.ShouldBe(0);
        database.MostAtOnce.ShouldBe(1);
        database.Operations.ShouldBe(3 + 1 + 20 + (20 + 1) + (1 + 20));
        result.ToJson().ShouldContain(Q("{'id':19,'visits':19,'doctor':'doctor 19','notes':['note 19']}"));
    }

    [Fact]
    public async Task Execute_ManyTimesInParallelRequests_NoRequestOverlapsItself()
    {
        var guards = Enumerable.Range(0, 8).Select(_ => new DatabaseGuard()).ToList();
        var runs = guards.Select(guard => ExecuteAsync(Schema(Sdl, builder => Bind(builder, guard)), "{ a patients { visits doctor notes } b }").AsTask());

        var results = await Task.WhenAll(runs);

        results.SelectMany(result => result.Errors).ShouldBeEmpty();
        guards.Sum(guard => guard.Overlaps).ShouldBe(0);
    }

    [Fact]
    public async Task Execute_MutationRootFields_RunOneAfterAnother()
    {
        var order = new List<string>();
        var schema = Schema(Sdl, builder => builder
            .AddResolver("Mutation", "first", async _ =>
            {
                order.Add("first started");
                await Task.Delay(20);
                order.Add("first done");
                return 1;
            })
            .AddResolver("Mutation", "second", _ =>
            {
                order.Add("second started");
                return ValueTask.FromResult<object?>(2);
            }));

        var json = await JsonOfAsync(schema, "mutation { second first again: second }");

        json.ShouldBe(Q("{'data':{'second':2,'first':1,'again':2}}"));
        order.ShouldBe(["second started", "first started", "first done", "second started"]);
    }

    private static void Bind(SchemaBuilder builder, DatabaseGuard database)
    {
        FieldResolver query = async context => await database.RunAsync(() => context.Field.Name.Length);
        builder.AddResolver("Query", "a", query).AddResolver("Query", "b", query).AddResolver("Query", "c", query);
        builder.AddResolver("Query", "patients", async _ => await database.RunAsync(() => Enumerable.Range(0, 20).Select(id => new Patient(id)).ToList()));

        // Straight to the database, once per patient: slow (N+1) but must still never overlap.
        builder.AddResolver("Patient", "visits", async context => await database.RunAsync(() => ((Patient)context.Parent!).Id));

        // The database first, then a load: the load is queued only after the resolver's own query.
        builder.AddResolver("Patient", "doctor", async context =>
        {
            var id = await database.RunAsync(() => ((Patient)context.Parent!).Id);
            return await context.BatchLoader<int, string>("doctors", async (ids, _) =>
                await database.RunAsync(() => (IReadOnlyDictionary<int, string>)ids.ToDictionary(key => key, key => $"doctor {key}"))).LoadAsync(id);
        });

        // A load first, then the database.
        builder.AddResolver("Patient", "notes", async context =>
        {
            var notes = await context.GroupedLoader<int, string>("notes", async (ids, _) =>
                await database.RunAsync(() => ids.ToLookup(id => id, id => $"note {id}"))).LoadAsync(((Patient)context.Parent!).Id);
            await database.RunAsync(() => 0);
            return notes;
        });
    }

    private sealed record Patient(int Id);

    /// <summary>Stands for a scoped DbContext: counts operations and any that overlap.</summary>
    private sealed class DatabaseGuard
    {
        private int _active;
        private int _overlaps;

        public int Overlaps => _overlaps;

        public int MostAtOnce { get; private set; }

        public int Operations { get; private set; }

        public async Task<T> RunAsync<T>(Func<T> query)
        {
            var active = Interlocked.Increment(ref _active);
            if (active > 1)
            {
                Interlocked.Increment(ref _overlaps);
            }

            MostAtOnce = Math.Max(MostAtOnce, active);
            try
            {
                await Task.Delay(1);
                Operations++;
                return query();
            }
            finally
            {
                Interlocked.Decrement(ref _active);
            }
        }
    }
}
