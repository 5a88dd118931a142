using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Kernel.Tests.Persistence;
using Platform.Records.Persistence;
using Platform.Records.Tests.Infrastructure;

namespace Platform.Records.Tests.Persistence;

/// <summary>The hand-written migration must create exactly the schema the Records model describes.</summary>
public abstract class SchemaEquivalenceTests(string provider)
{
    [Fact]
    public async Task Migration_CreatesTheSchemaTheModelDescribes()
    {
        var root = Path.Combine(Path.GetTempPath(), "platform-records-tests", Guid.NewGuid().ToString("N"));
        await using var migratedDb = await TestDatabase.CreateAsync(provider);
        await using var modelDb = await TestDatabase.CreateAsync(provider);
        await using var migrated = await RecordsPlatform.StartAsync(migratedDb, root);
        await using var fromModel = await RecordsPlatform.StartAsync(modelDb, root, migrate: false);

        var expected = await fromModel.WithContext<RecordsDbContext, IReadOnlyList<string>>(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return await SchemaSnapshot.ReadAsync(db);
        });
        var actual = await migrated.WithContext<RecordsDbContext, IReadOnlyList<string>>(SchemaSnapshot.ReadAsync);

        expected.ShouldContain(line => line.Contains("document_versions", StringComparison.Ordinal));
        actual.ShouldBe(expected, $"records on {provider}: migrated schema differs from the model");
    }
}

public sealed class SqliteSchemaEquivalenceTests() : SchemaEquivalenceTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresSchemaEquivalenceTests() : SchemaEquivalenceTests("Postgres");
