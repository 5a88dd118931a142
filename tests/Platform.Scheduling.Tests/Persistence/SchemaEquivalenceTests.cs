using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Kernel.Tests.Persistence;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Tests.Infrastructure;

namespace Platform.Scheduling.Tests.Persistence;

/// <summary>The hand-written migration must create exactly the schema the Scheduling model describes.</summary>
public abstract class SchemaEquivalenceTests(string provider)
{
    [Fact]
    public async Task Migration_CreatesTheSchemaTheModelDescribes()
    {
        await using var migratedDb = await TestDatabase.CreateAsync(provider);
        await using var modelDb = await TestDatabase.CreateAsync(provider);
        await using var migrated = await SchedulingPlatform.StartAsync(migratedDb);
        await using var fromModel = await SchedulingPlatform.StartAsync(modelDb, migrate: false);

        var expected = await fromModel.WithContext<SchedulingDbContext, IReadOnlyList<string>>(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return await SchemaSnapshot.ReadAsync(db);
        });
        var actual = await migrated.WithContext<SchedulingDbContext, IReadOnlyList<string>>(SchemaSnapshot.ReadAsync);

        expected.ShouldContain(line => line.Contains("appointment_reminders", StringComparison.Ordinal));
        actual.ShouldBe(expected, $"scheduling on {provider}: migrated schema differs from the model");
    }
}

public sealed class SqliteSchemaEquivalenceTests() : SchemaEquivalenceTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresSchemaEquivalenceTests() : SchemaEquivalenceTests("Postgres");
