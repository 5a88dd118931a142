using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tests.Infrastructure;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Kernel.Tests.Persistence;

namespace Platform.Journeys.Tests.Persistence;

/// <summary>The hand-written migration must create exactly the schema the Journeys model describes.</summary>
public abstract class SchemaEquivalenceTests(string provider)
{
    [Fact]
    public async Task Migration_CreatesTheSchemaTheModelDescribes()
    {
        await using var migratedDb = await TestDatabase.CreateAsync(provider);
        await using var modelDb = await TestDatabase.CreateAsync(provider);
        await using var migrated = await JourneysPlatform.StartAsync(migratedDb);
        await using var fromModel = await JourneysPlatform.StartAsync(modelDb, migrate: false);

        var expected = await fromModel.WithContext<JourneysDbContext, IReadOnlyList<string>>(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return await SchemaSnapshot.ReadAsync(db);
        });
        var actual = await migrated.WithContext<JourneysDbContext, IReadOnlyList<string>>(SchemaSnapshot.ReadAsync);

        expected.ShouldContain(line => line.Contains("care_tasks", StringComparison.Ordinal));
        actual.ShouldBe(expected, $"journeys on {provider}: migrated schema differs from the model");
    }

    [Fact]
    public async Task Migration_IsRecordedForTheJourneysModule_AndNothingIsPending()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var platform = await JourneysPlatform.StartAsync(database);

        var (pending, applied, defined) = await platform.WithContext<JourneysDbContext, (IEnumerable<string>, IEnumerable<string>, IEnumerable<string>)>(async db =>
            (await db.Database.GetPendingMigrationsAsync(), await db.Database.GetAppliedMigrationsAsync(), db.Database.GetMigrations()));

        pending.ShouldBeEmpty();
        applied.ShouldBe(defined);
        applied.ShouldContain("20261210000001_CreateJourneys");
        applied.ShouldContain("20261210000002_TrackEarliestOpenTaskDue");
        applied.ShouldContain("20261210000003_FollowUpAndMonitoring");
    }
}

public sealed class SqliteSchemaEquivalenceTests() : SchemaEquivalenceTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresSchemaEquivalenceTests() : SchemaEquivalenceTests("Postgres");
