using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Tests.Infrastructure;
using Platform.Kernel.Tests.Persistence;
using Platform.Patients.Persistence;
using Platform.Patients.Tests.Infrastructure;

namespace Platform.Patients.Tests.Persistence;

/// <summary>The hand-written migration must create exactly the schema the Patients model describes.</summary>
public abstract class SchemaEquivalenceTests(string provider)
{
    [Fact]
    public async Task Migration_CreatesTheSchemaTheModelDescribes()
    {
        await using var migratedDb = await TestDatabase.CreateAsync(provider);
        await using var modelDb = await TestDatabase.CreateAsync(provider);
        await using var migrated = await PatientsPlatform.StartAsync(migratedDb);
        await using var fromModel = await PatientsPlatform.StartAsync(modelDb, migrate: false);

        var expected = await fromModel.WithContext<PatientsDbContext, IReadOnlyList<string>>(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return await SchemaSnapshot.ReadAsync(db);
        });
        var actual = await migrated.WithContext<PatientsDbContext, IReadOnlyList<string>>(SchemaSnapshot.ReadAsync);

        expected.ShouldContain(line => line.Contains("consent_records", StringComparison.Ordinal));
        actual.ShouldBe(expected, $"patients on {provider}: migrated schema differs from the model");
    }

    [Fact]
    public async Task Migration_IsRecordedForThePatientsModule_AndNothingIsPending()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var platform = await PatientsPlatform.StartAsync(database);

        var (pending, applied) = await platform.WithContext<PatientsDbContext, (IEnumerable<string>, IEnumerable<string>)>(async db =>
            (await db.Database.GetPendingMigrationsAsync(), await db.Database.GetAppliedMigrationsAsync()));

        pending.ShouldBeEmpty();
        applied.ShouldBe(["20261201000001_CreatePatientRegistry", "20261201000002_IndexNameSearch", "20261201000003_IndexNameSearchOnSqlite"]);
    }
}

public sealed class SqliteSchemaEquivalenceTests() : SchemaEquivalenceTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresSchemaEquivalenceTests() : SchemaEquivalenceTests("Postgres");
