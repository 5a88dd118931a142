using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using static Platform.Scheduling.Persistence.SchedulingDbContext;

namespace Platform.Scheduling.Persistence.Migrations;

[DbContext(typeof(SchedulingDbContext))]
[Migration("20261220000001_CreateScheduling")]
internal sealed class M0001_CreateScheduling() : ModuleMigration(SchedulingModule.SchemaName)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        CreateOutbox(migrationBuilder);
        CreateResources(migrationBuilder);
        CreateAppointments(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { RemindersTable, AppointmentsTable, RoomsTable, CliniciansTable, "outbox" })
        {
            migrationBuilder.DropTable(Table(table), Schema);
        }
    }

    private void CreateResources(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(CliniciansTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                Name = t.Column<string>(maxLength: NameLength, nullable: false),
                Specialty = t.Column<string>(maxLength: NameLength, nullable: false),
                Languages = t.Column<string>(maxLength: 500, nullable: false),
                Active = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(CliniciansTable), x => x.Id));

        migrationBuilder.CreateTable(
            name: Table(RoomsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                Name = t.Column<string>(maxLength: NameLength, nullable: false),
                Kind = t.Column<string>(maxLength: EnumLength, nullable: false),
                Active = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(RoomsTable), x => x.Id));
    }

    private void CreateAppointments(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(AppointmentsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: true),
                Kind = t.Column<string>(maxLength: EnumLength, nullable: false),
                Status = t.Column<string>(maxLength: EnumLength, nullable: false),
                ClinicianId = t.Column<Guid>(nullable: false),
                RoomId = t.Column<Guid>(nullable: true),
                Telehealth = t.Column<bool>(nullable: false),
                StartsAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                EndsAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                DurationMinutes = t.Column<int>(nullable: false),
                Reason = t.Column<string>(maxLength: TextLength, nullable: true),
                Notes = t.Column<string>(maxLength: TextLength, nullable: true),
                VisitNote = t.Column<string>(maxLength: NoteLength, nullable: true),
                CancelReason = t.Column<string>(maxLength: TextLength, nullable: true),
                PatientTimeZone = t.Column<string>(maxLength: ZoneLength, nullable: true),
                PatientChannel = t.Column<string>(maxLength: EnumLength, nullable: true),
                PatientLanguage = t.Column<string>(maxLength: ZoneLength, nullable: true),
                VideoPartnerId = t.Column<string>(maxLength: NameLength, nullable: true),
                VideoVisitId = t.Column<string>(maxLength: NameLength, nullable: true),
                PatientJoinUrl = t.Column<string>(maxLength: UrlLength, nullable: true),
                ClinicianJoinUrl = t.Column<string>(maxLength: UrlLength, nullable: true),
                VideoValidFrom = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                VideoValidUntil = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                BookedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                BookedBy = t.Column<string>(maxLength: NameLength, nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(AppointmentsTable), x => x.Id));
        Index(migrationBuilder, AppointmentsTable, unique: false, "ClinicianId", "StartsAt");
        Index(migrationBuilder, AppointmentsTable, unique: false, "RoomId", "StartsAt");
        Index(migrationBuilder, AppointmentsTable, unique: false, "PatientId", "StartsAt");
        Index(migrationBuilder, AppointmentsTable, unique: false, "StartsAt", "Id");
        Index(migrationBuilder, AppointmentsTable, unique: false, "JourneyId");

        migrationBuilder.CreateTable(
            name: Table(RemindersTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                AppointmentId = t.Column<Guid>(nullable: false),
                OffsetMinutes = t.Column<int>(nullable: false),
                DueAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                SentAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                Channel = t.Column<string>(maxLength: EnumLength, nullable: true),
                Language = t.Column<string>(maxLength: ZoneLength, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(RemindersTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(RemindersTable, AppointmentsTable, "AppointmentId"), x => x.AppointmentId, Table(AppointmentsTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, RemindersTable, unique: true, "AppointmentId", "OffsetMinutes");
        Index(migrationBuilder, RemindersTable, unique: false, "SentAt", "DueAt");
    }

    private void Index(MigrationBuilder migrationBuilder, string table, bool unique, params string[] columns) =>
        migrationBuilder.CreateIndex(Naming.Index(table, columns), Table(table), columns, Schema, unique: unique);
}
