using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Patients.Registry;
using static Platform.Patients.Persistence.PatientsDbContext;

namespace Platform.Patients.Persistence.Migrations;

/// <summary>The lists on a patient's record, each tied to its patient.</summary>
internal sealed partial class M0001_CreatePatientRegistry
{
    private void CreateRelatedPersons(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(RelatedPersonsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                Name = t.Column<string>(maxLength: FieldLimits.PersonName, nullable: false),
                Relationship = t.Column<string>(maxLength: Enum, nullable: false),
                Phone = t.Column<string>(maxLength: 16, nullable: true),
                Email = t.Column<string>(maxLength: FieldLimits.Email, nullable: true),
                IsCompanion = t.Column<bool>(nullable: false),
                IsNextOfKin = t.Column<bool>(nullable: false),
                MayReceiveMedicalInformation = t.Column<bool>(nullable: false),
                AddedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                AddedBy = t.Column<string>(maxLength: FieldLimits.UserId, nullable: false),
                MergedFromPatientId = t.Column<Guid>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(RelatedPersonsTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(RelatedPersonsTable, PatientsTable, "PatientId"), x => x.PatientId, Table(PatientsTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, RelatedPersonsTable, "PatientId");
    }

    private void CreatePreferredLanguages(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(LanguagesTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                Rank = t.Column<int>(nullable: false),
                Tag = t.Column<string>(maxLength: 64, nullable: false),
                MergedFromPatientId = t.Column<Guid>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(LanguagesTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(LanguagesTable, PatientsTable, "PatientId"), x => x.PatientId, Table(PatientsTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, LanguagesTable, "PatientId");
    }

    private void CreateConsentRecords(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(ConsentsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: Enum, nullable: false),
                Decision = t.Column<string>(maxLength: Enum, nullable: false),
                OccurredAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                RecordedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                RecordedBy = t.Column<string>(maxLength: FieldLimits.UserId, nullable: false),
                Channel = t.Column<string>(maxLength: Enum, nullable: false),
                Note = t.Column<string>(maxLength: FieldLimits.Text, nullable: true),
                MergedFromPatientId = t.Column<Guid>(nullable: true),
                CopiedFromRecordId = t.Column<Guid>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(ConsentsTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(ConsentsTable, PatientsTable, "PatientId"), x => x.PatientId, Table(PatientsTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, ConsentsTable, "PatientId");
    }

    private void CreateMerges(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(MergesTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                SurvivorPatientId = t.Column<Guid>(nullable: false),
                DuplicatePatientId = t.Column<Guid>(nullable: false),
                MergedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                MergedBy = t.Column<string>(maxLength: FieldLimits.UserId, nullable: false),
                Note = t.Column<string>(maxLength: FieldLimits.Text, nullable: true),
                RelatedPersonsTaken = t.Column<int>(nullable: false),
                LanguagesTaken = t.Column<string>(maxLength: FieldLimits.Text, nullable: false),
                ConsentRecordsTaken = t.Column<int>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(MergesTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(MergesTable, PatientsTable, "SurvivorPatientId"), x => x.SurvivorPatientId, Table(PatientsTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, MergesTable, "SurvivorPatientId");
        Index(migrationBuilder, MergesTable, "DuplicatePatientId");
    }
}
