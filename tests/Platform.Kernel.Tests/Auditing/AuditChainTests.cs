using Microsoft.EntityFrameworkCore;
using Platform.Audit.Contracts;
using Platform.Audit.Persistence;
using Platform.Kernel.Persistence;
using Platform.Kernel.Tests.ClinicModule;
using Platform.Kernel.Tests.Infrastructure;

namespace Platform.Kernel.Tests.Auditing;

/// <summary>The audit trail as an auditor relies on it: append-only, and any tampering found by the chain check.</summary>
public abstract class AuditChainTests(string provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private PlatformUnderTest _platform = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _platform = await PlatformUnderTest.StartAsync(_database);
        for (var i = 0; i < 5; i++)
        {
            await _platform.SendAs(Users.Coordinator, new ReadCareNotes(Users.OwnPatient));
        }
    }

    public async Task DisposeAsync()
    {
        await _platform.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Verify_UntouchedTrail_IsIntactAndReportsItsHead()
    {
        var report = await _platform.SendAs(Users.Administrator, new VerifyAuditChain());

        report.Intact.ShouldBeTrue();
        report.EntriesChecked.ShouldBe(5);
        report.HeadSequence.ShouldBe(5);
        report.HeadHash!.Length.ShouldBe(64);
    }

    [Fact]
    public async Task Verify_AfterARowWasAlteredInTheDatabase_ReportsWhichEntry()
    {
        await TamperAsync(naming => $"UPDATE {Quote(naming)} SET \"UserId\" = 'someone-else' WHERE \"Sequence\" = 3");

        var report = await _platform.SendAs(Users.Administrator, new VerifyAuditChain());

        report.Intact.ShouldBeFalse();
        report.BrokenAtSequence.ShouldBe(3);
        report.Problem.ShouldBe("Entry 3 was altered: its content no longer matches its hash.");
        report.EntriesChecked.ShouldBe(2);
    }

    [Fact]
    public async Task Verify_AfterARowWasRemoved_ReportsTheGap()
    {
        await TamperAsync(naming => $"DELETE FROM {Quote(naming)} WHERE \"Sequence\" = 2");

        var report = await _platform.SendAs(Users.Administrator, new VerifyAuditChain());

        report.Intact.ShouldBeFalse();
        report.BrokenAtSequence.ShouldBe(3);
        report.Problem.ShouldBe("Entries 2 to 2 are missing.");
    }

    [Fact]
    public async Task Verify_AfterARowWasRewrittenWithAFreshHash_FindsTheBrokenLink()
    {
        // A forger who recomputes the altered entry's own hash still breaks the next entry's link.
        await TamperAsync(naming => $"UPDATE {Quote(naming)} SET \"Hash\" = '{new string('a', 64)}' WHERE \"Sequence\" = 3");

        var report = await _platform.SendAs(Users.Administrator, new VerifyAuditChain());

        report.BrokenAtSequence.ShouldBe(3);
    }

    [Fact]
    public async Task Database_RefusesUpdateAndDeleteOfAuditRows()
    {
        var update = await Should.ThrowAsync<Exception>(() => ExecuteAsync(naming => $"UPDATE {Quote(naming)} SET \"UserId\" = 'x' WHERE \"Sequence\" = 1"));
        var delete = await Should.ThrowAsync<Exception>(() => ExecuteAsync(naming => $"DELETE FROM {Quote(naming)}"));

        update.Message.ShouldContain("append-only");
        delete.Message.ShouldContain("append-only");
        (await _platform.SendAs(Users.Administrator, new VerifyAuditChain())).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Context_RefusesToSaveAChangedAuditEntry()
    {
        var error = await Should.ThrowAsync<InvalidOperationException>(() => _platform.WithContext<AuditDbContext, int>(async db =>
        {
            var entry = await db.Entries.FirstAsync();
            db.Entries.Remove(entry);
            return await db.SaveChangesAsync();
        }));

        error.Message.ShouldBe("Audit entry 1 cannot be changed or removed: the audit trail is append-only.");
    }

    private static string Quote(ModuleNaming naming) =>
        naming.Schema is { } schema ? $"\"{schema}\".\"{naming.Table(AuditDbContext.EntriesTable)}\"" : $"\"{naming.Table(AuditDbContext.EntriesTable)}\"";

    /// <summary>What someone with direct database access could do: lift the triggers, then edit rows.</summary>
    private Task<int> TamperAsync(Func<ModuleNaming, string> sql) => _platform.WithContext<AuditDbContext, int>(async db =>
    {
        var naming = db.Naming;
        var table = naming.Table(AuditDbContext.EntriesTable);
        var dropTriggers = naming.Schema is { } schema
            ? Audit.Persistence.Postgres.AppendOnlyTriggers.Drop(schema, table)
            : Audit.Persistence.Sqlite.AppendOnlyTriggers.Drop(table);
        await db.Database.ExecuteSqlRawAsync(dropTriggers);
        return await db.Database.ExecuteSqlRawAsync(sql(naming));
    });

    private Task<int> ExecuteAsync(Func<ModuleNaming, string> sql) =>
        _platform.WithContext<AuditDbContext, int>(db => db.Database.ExecuteSqlRawAsync(sql(db.Naming)));
}

public sealed class SqliteAuditChainTests() : AuditChainTests("Sqlite");

[Collection(PostgresServer.Name)]
public sealed class PostgresAuditChainTests() : AuditChainTests("Postgres");
