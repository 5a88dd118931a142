using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Modules;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tests.Infrastructure;

namespace Platform.Kernel.Tests.Persistence;

/// <summary>
/// The hand-written migrations are the only way the schema is made, and there is no model snapshot
/// to catch drift, so this proves for every module that migrating gives exactly the schema the
/// model would create.
/// </summary>
public abstract class SchemaEquivalenceTests(string provider)
{
    [Fact]
    public async Task Migrations_OfEveryModule_CreateTheSchemaTheModelDescribes()
    {
        await using var migratedDb = await TestDatabase.CreateAsync(provider);
        await using var modelDb = await TestDatabase.CreateAsync(provider);
        await using var migrated = await PlatformUnderTest.StartAsync(migratedDb);
        await using var fromModel = await PlatformUnderTest.StartAsync(modelDb, migrate: false);

        var contextTypes = migrated.Services.GetRequiredService<ModuleCatalog>().DbContextTypes.ToList();
        contextTypes.Count.ShouldBe(3);
        foreach (var contextType in contextTypes)
        {
            await using var scopeA = migrated.Services.CreateAsyncScope();
            await using var scopeB = fromModel.Services.CreateAsyncScope();
            var viaMigrations = (ModuleDbContext)scopeA.ServiceProvider.GetRequiredService(contextType);
            var viaModel = (ModuleDbContext)scopeB.ServiceProvider.GetRequiredService(contextType);
            await viaModel.Database.ExecuteSqlRawAsync(viaModel.Database.GenerateCreateScript());

            var expected = await SchemaSnapshot.ReadAsync(viaModel);
            var actual = await SchemaSnapshot.ReadAsync(viaMigrations);

            expected.ShouldNotBeEmpty();
            actual.ShouldBe(expected, $"module {viaModel.Naming.Module} on {provider}: migrated schema differs from the model");
        }
    }

    [Fact]
    public async Task Migrations_AreRecordedPerModule_AndNothingIsPendingAfterStart()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var platform = await PlatformUnderTest.StartAsync(database);

        foreach (var contextType in platform.Services.GetRequiredService<ModuleCatalog>().DbContextTypes)
        {
            await using var scope = platform.Services.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).ShouldHaveSingleItem();
        }
    }
}

public sealed class SqliteSchemaEquivalenceTests() : SchemaEquivalenceTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresSchemaEquivalenceTests() : SchemaEquivalenceTests("Postgres");
