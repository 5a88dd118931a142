using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using static Platform.Patients.Persistence.PatientsDbContext;

namespace Platform.Patients.Persistence.Migrations;

/// <summary>
/// On SQLite, the counterpart of M0002's trigram index: an FTS5 table with the trigram tokenizer over
/// each patient's folded names (<see cref="PatientsDbContext.NameSearchTable"/>), filled from the
/// registry and kept in step by triggers on insert, on a change of the names and on delete. SQLite
/// answers <c>LIKE '%fragment%'</c> on it from the trigram index for fragments of three characters or
/// more, instead of reading every patient. Nothing changes on PostgreSQL.
/// </summary>
[DbContext(typeof(PatientsDbContext))]
[Migration("20261201000003_IndexNameSearchOnSqlite")]
internal sealed class M0003_IndexNameSearchOnSqlite() : ModuleMigration(PatientsModule.SchemaName)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (!IsSqlite)
        {
            return;
        }

        var search = Table(NameSearchTable);
        var patients = Table(PatientsTable);
        migrationBuilder.Sql($"""CREATE VIRTUAL TABLE "{search}" USING fts5("PatientId" UNINDEXED, "SearchText", tokenize = 'trigram')""");
        migrationBuilder.Sql($"""INSERT INTO "{search}" ("PatientId", "SearchText") SELECT "Id", "SearchText" FROM "{patients}" """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{search}_insert" AFTER INSERT ON "{patients}" BEGIN
                INSERT INTO "{search}" ("PatientId", "SearchText") VALUES (new."Id", new."SearchText");
            END
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{search}_update" AFTER UPDATE OF "SearchText" ON "{patients}" BEGIN
                UPDATE "{search}" SET "SearchText" = new."SearchText" WHERE "PatientId" = old."Id";
            END
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER "{search}_delete" AFTER DELETE ON "{patients}" BEGIN
                DELETE FROM "{search}" WHERE "PatientId" = old."Id";
            END
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (!IsSqlite)
        {
            return;
        }

        var search = Table(NameSearchTable);
        foreach (var trigger in new[] { "insert", "update", "delete" })
        {
            migrationBuilder.Sql($"""DROP TRIGGER "{search}_{trigger}" """);
        }

        migrationBuilder.Sql($"""DROP TABLE "{search}" """);
    }
}
