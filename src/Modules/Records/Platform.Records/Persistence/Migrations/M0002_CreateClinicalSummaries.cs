using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using Platform.Records.ClinicalSummary;
using static Platform.Records.ClinicalSummary.ClinicalSummaryModel;
using static Platform.Records.Persistence.RecordsDbContext;

namespace Platform.Records.Persistence.Migrations;

/// <summary>The clinical summary: one row per patient, its three lists, and the history of changes.</summary>
[DbContext(typeof(RecordsDbContext))]
[Migration("20261210000002_CreateClinicalSummaries")]
internal sealed class M0002_CreateClinicalSummaries() : ModuleMigration(RecordsModule.SchemaName)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(SummariesTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                UpdatedBy = t.Column<string>(maxLength: NameLength, nullable: false),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(SummariesTable), x => x.Id));
        Index(migrationBuilder, SummariesTable, unique: true, "PatientId");

        migrationBuilder.CreateTable(
            name: Table(DiagnosesTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SummaryId = t.Column<Guid>(nullable: false),
                Code = t.Column<string>(maxLength: ClinicalRules.CodeLength, nullable: false),
                Text = t.Column<string>(maxLength: TitleLength, nullable: false),
                Status = t.Column<string>(maxLength: EnumLength, nullable: false),
                NotedOn = t.Column<DateOnly>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(DiagnosesTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(DiagnosesTable, SummariesTable, "SummaryId"), x => x.SummaryId, Table(SummariesTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, DiagnosesTable, unique: false, "SummaryId");

        migrationBuilder.CreateTable(
            name: Table(MedicationsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SummaryId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: NameLength, nullable: false),
                Dose = t.Column<string>(maxLength: ClinicalRules.ShortLength, nullable: false),
                Route = t.Column<string>(maxLength: ClinicalRules.ShortLength, nullable: false),
                Frequency = t.Column<string>(maxLength: ClinicalRules.ShortLength, nullable: false),
                StartedOn = t.Column<DateOnly>(nullable: true),
                StoppedOn = t.Column<DateOnly>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(MedicationsTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(MedicationsTable, SummariesTable, "SummaryId"), x => x.SummaryId, Table(SummariesTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, MedicationsTable, unique: false, "SummaryId");

        migrationBuilder.CreateTable(
            name: Table(AllergiesTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SummaryId = t.Column<Guid>(nullable: false),
                Substance = t.Column<string>(maxLength: NameLength, nullable: false),
                Reaction = t.Column<string>(maxLength: TitleLength, nullable: true),
                Severity = t.Column<string>(maxLength: EnumLength, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(AllergiesTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(AllergiesTable, SummariesTable, "SummaryId"), x => x.SummaryId, Table(SummariesTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, AllergiesTable, unique: false, "SummaryId");

        migrationBuilder.CreateTable(
            name: Table(ChangesTable),
            schema: Schema,
            columns: t => new
            {
                SummaryId = t.Column<Guid>(nullable: false),
                Sequence = t.Column<int>(nullable: false),
                At = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                By = t.Column<string>(maxLength: NameLength, nullable: false),
                Kind = t.Column<string>(maxLength: EnumLength, nullable: false),
                EntryId = t.Column<Guid>(nullable: false),
                Action = t.Column<string>(maxLength: EnumLength, nullable: false),
                Detail = t.Column<string>(maxLength: ClinicalRules.DetailLength, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(ChangesTable), x => new { x.SummaryId, x.Sequence });
                t.ForeignKey(Naming.ForeignKey(ChangesTable, SummariesTable, "SummaryId"), x => x.SummaryId, Table(SummariesTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { ChangesTable, AllergiesTable, MedicationsTable, DiagnosesTable, SummariesTable })
        {
            migrationBuilder.DropTable(Table(table), Schema);
        }
    }

    private void Index(MigrationBuilder migrationBuilder, string table, bool unique, params string[] columns) =>
        migrationBuilder.CreateIndex(Naming.Index(table, columns), Table(table), columns, Schema, unique: unique);
}
