using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using static Platform.Patients.Persistence.PatientsDbContext;

namespace Platform.Patients.Persistence.Migrations;

/// <summary>
/// On PostgreSQL, a GIN trigram index (pg_trgm) on the folded names, so name search
/// (<c>SearchText LIKE '%fragment%'</c>) reads the index instead of every row. pg_trgm is a trusted
/// extension (PostgreSQL 13+): the database owner may create it. Nothing changes on SQLite.
/// </summary>
[DbContext(typeof(PatientsDbContext))]
[Migration("20261201000002_IndexNameSearch")]
internal sealed class M0002_IndexNameSearch() : ModuleMigration(PatientsModule.SchemaName)
{
    private const string Column = "SearchText";
    private static readonly string[] _trigramOperators = ["gin_trgm_ops"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (IsSqlite)
        {
            return;
        }

        migrationBuilder.AlterDatabase().Annotation("Npgsql:PostgresExtension:" + PatientModel.TrigramExtension, ",,");
        migrationBuilder.CreateIndex(Naming.Index(PatientsTable, Column), Table(PatientsTable), Column, Schema)
            .Annotation("Npgsql:IndexMethod", "gin")
            .Annotation("Npgsql:IndexOperators", _trigramOperators);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (!IsSqlite)
        {
            migrationBuilder.DropIndex(Naming.Index(PatientsTable, Column), Table(PatientsTable), Schema);
        }
    }
}
