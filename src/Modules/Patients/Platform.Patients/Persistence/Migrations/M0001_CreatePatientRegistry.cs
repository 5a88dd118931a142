using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using Platform.Patients.Registry;
using static Platform.Patients.Persistence.PatientsDbContext;

namespace Platform.Patients.Persistence.Migrations;

[DbContext(typeof(PatientsDbContext))]
[Migration("20261201000001_CreatePatientRegistry")]
internal sealed partial class M0001_CreatePatientRegistry() : ModuleMigration(PatientsModule.SchemaName)
{
    private const int Enum = ValueConversions.EnumLength;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        CreateOutbox(migrationBuilder);
        CreatePatients(migrationBuilder);
        CreateRelatedPersons(migrationBuilder);
        CreatePreferredLanguages(migrationBuilder);
        CreateConsentRecords(migrationBuilder);
        CreateMerges(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { MergesTable, ConsentsTable, LanguagesTable, RelatedPersonsTable, PatientsTable, "outbox" })
        {
            migrationBuilder.DropTable(Table(table), Schema);
        }
    }

    private void CreatePatients(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(PatientsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                Kind = t.Column<string>(maxLength: Enum, nullable: false),
                FamilyName = t.Column<string>(maxLength: FieldLimits.Name, nullable: false),
                GivenName = t.Column<string>(maxLength: FieldLimits.Name, nullable: true),
                NativeFamilyName = t.Column<string>(maxLength: FieldLimits.Name, nullable: true),
                NativeGivenName = t.Column<string>(maxLength: FieldLimits.Name, nullable: true),
                DateOfBirth = t.Column<DateOnly>(nullable: false),
                Sex = t.Column<string>(maxLength: Enum, nullable: false),
                Nationality = t.Column<string>(maxLength: 2, nullable: false),
                PassportNumber = t.Column<string>(maxLength: FieldLimits.PassportNumber, nullable: true),
                PassportExpiry = t.Column<DateOnly>(nullable: true),
                Email = t.Column<string>(maxLength: FieldLimits.Email, nullable: true),
                Phone = t.Column<string>(maxLength: 16, nullable: true),
                PreferredChannel = t.Column<string>(maxLength: Enum, nullable: true),
                ContactHoursFrom = t.Column<TimeOnly>(nullable: true),
                ContactHoursTo = t.Column<TimeOnly>(nullable: true),
                HomeTimeZone = t.Column<string>(maxLength: 64, nullable: true),
                HomeAddress_Lines = t.Column<string>(maxLength: FieldLimits.AddressLines, nullable: true),
                HomeAddress_City = t.Column<string>(maxLength: FieldLimits.City, nullable: true),
                HomeAddress_PostalCode = t.Column<string>(maxLength: FieldLimits.PostalCode, nullable: true),
                HomeAddress_Country = t.Column<string>(maxLength: 2, nullable: true),
                HomePhysician_Name = t.Column<string>(maxLength: FieldLimits.PersonName, nullable: true),
                HomePhysician_Practice = t.Column<string>(maxLength: FieldLimits.Practice, nullable: true),
                HomePhysician_Country = t.Column<string>(maxLength: 2, nullable: true),
                HomePhysician_Phone = t.Column<string>(maxLength: 16, nullable: true),
                HomePhysician_Email = t.Column<string>(maxLength: FieldLimits.Email, nullable: true),
                InterpreterNeeded = t.Column<bool>(nullable: false),
                Culture_ReligiousNeeds = t.Column<string>(maxLength: FieldLimits.Text, nullable: true),
                Culture_Diet = t.Column<string>(maxLength: Enum, nullable: true),
                Culture_DietNotes = t.Column<string>(maxLength: FieldLimits.Text, nullable: true),
                Culture_ClinicianGender = t.Column<string>(maxLength: Enum, nullable: true),
                Culture_FamilyInvolvement = t.Column<string>(maxLength: Enum, nullable: true),
                Culture_CommunicationStyle = t.Column<string>(maxLength: Enum, nullable: true),
                Culture_Notes = t.Column<string>(maxLength: FieldLimits.Text, nullable: true),
                Source_Channel = t.Column<string>(maxLength: Enum, nullable: false),
                Source_ReferrerOrganizationId = t.Column<Guid>(nullable: true),
                Source_ReferrerName = t.Column<string>(maxLength: FieldLimits.PersonName, nullable: true),
                Source_Campaign = t.Column<string>(maxLength: FieldLimits.Campaign, nullable: true),
                NameKey = t.Column<string>(maxLength: FieldLimits.NameKey, nullable: false),
                FamilySortKey = t.Column<string>(maxLength: FieldLimits.FamilySortKey, nullable: false),
                SearchText = t.Column<string>(maxLength: FieldLimits.SearchText, nullable: false),
                RegisteredAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                RegisteredBy = t.Column<string>(maxLength: FieldLimits.UserId, nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                UpdatedBy = t.Column<string>(maxLength: FieldLimits.UserId, nullable: false),
                MergedIntoId = t.Column<Guid>(nullable: true),
                MergedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(PatientsTable), x => x.Id));

        Index(migrationBuilder, PatientsTable, "FamilySortKey", "Id");
        Index(migrationBuilder, PatientsTable, "RegisteredAt", "Id");
        Index(migrationBuilder, PatientsTable, "PassportNumber", "Nationality");
        Index(migrationBuilder, PatientsTable, "NameKey", "DateOfBirth");
        Index(migrationBuilder, PatientsTable, "Email");
        Index(migrationBuilder, PatientsTable, "Phone");
    }

    private void Index(MigrationBuilder migrationBuilder, string table, params string[] columns) =>
        migrationBuilder.CreateIndex(Naming.Index(table, columns), Table(table), columns, Schema);
}
