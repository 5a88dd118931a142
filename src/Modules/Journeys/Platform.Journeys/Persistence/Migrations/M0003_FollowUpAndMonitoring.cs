using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using static Platform.Journeys.Persistence.JourneyModel;
using static Platform.Journeys.Persistence.JourneysDbContext;

namespace Platform.Journeys.Persistence.Migrations;

/// <summary>Continuity of care: pathway follow-up plans and monitoring defaults, each journey's plan, monitored measures and readings.</summary>
[DbContext(typeof(JourneysDbContext))]
[Migration("20261210000003_FollowUpAndMonitoring")]
internal sealed partial class M0003_FollowUpAndMonitoring() : ModuleMigration(JourneysModule.SchemaName)
{
    private const int Enum = EnumLength;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreatePathwayPlans(migrationBuilder);
        CreateJourneyPlans(migrationBuilder);
        CreateMonitoring(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { ReadingsTable, MeasuresTable, FollowUpItemsTable, FollowUpPlansTable, PathwayMonitoringTable, PathwayFollowUpsTable })
        {
            migrationBuilder.DropTable(Table(table), Schema);
        }
    }

    private void CreatePathwayPlans(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(PathwayFollowUpsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PathwayVersionId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Kind = t.Column<string>(maxLength: Enum, nullable: false),
                Title = t.Column<string>(maxLength: JourneyModel.Title, nullable: false),
                OwnerRole = t.Column<string>(maxLength: Enum, nullable: false),
                OffsetAmount = t.Column<int>(nullable: false),
                OffsetUnit = t.Column<string>(maxLength: Enum, nullable: false),
                Instructions = t.Column<string>(maxLength: Text, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(PathwayFollowUpsTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(PathwayFollowUpsTable, PathwaysTable, "PathwayVersionId"), x => x.PathwayVersionId, Table(PathwaysTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(Naming.Index(PathwayFollowUpsTable, "PathwayVersionId", "Number"), Table(PathwayFollowUpsTable), ["PathwayVersionId", "Number"], Schema, unique: true);

        migrationBuilder.CreateTable(
            name: Table(PathwayMonitoringTable),
            schema: Schema,
            columns: t => new
            {
                PathwayVersionId = t.Column<Guid>(nullable: false),
                Measure = t.Column<string>(maxLength: Enum, nullable: false),
                Low = t.Column<double>(nullable: true),
                High = t.Column<double>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(PathwayMonitoringTable), x => new { x.PathwayVersionId, x.Measure });
                t.ForeignKey(Naming.ForeignKey(PathwayMonitoringTable, PathwaysTable, "PathwayVersionId"), x => x.PathwayVersionId, Table(PathwaysTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
    }

    private void CreateJourneyPlans(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(FollowUpPlansTable),
            schema: Schema,
            columns: t => new
            {
                JourneyId = t.Column<Guid>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                DischargedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                StartedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                StartedBy = t.Column<string>(maxLength: UserId, nullable: false),
                EndedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                EndReason = t.Column<string>(maxLength: Enum, nullable: true),
                EndNote = t.Column<string>(maxLength: Text, nullable: true),
                EndedBy = t.Column<string>(maxLength: UserId, nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(FollowUpPlansTable), x => x.JourneyId));
        Index(migrationBuilder, FollowUpPlansTable, "PatientId");

        migrationBuilder.CreateTable(
            name: Table(FollowUpItemsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Kind = t.Column<string>(maxLength: Enum, nullable: false),
                Title = t.Column<string>(maxLength: JourneyModel.Title, nullable: false),
                OwnerRole = t.Column<string>(maxLength: Enum, nullable: false),
                Instructions = t.Column<string>(maxLength: Text, nullable: true),
                OffsetAmount = t.Column<int>(nullable: true),
                OffsetUnit = t.Column<string>(maxLength: Enum, nullable: true),
                TaskId = t.Column<Guid>(nullable: false),
                Outcome = t.Column<string>(maxLength: Text, nullable: true),
                SkipReason = t.Column<string>(maxLength: Text, nullable: true),
                AddedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                AddedBy = t.Column<string>(maxLength: UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(FollowUpItemsTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(FollowUpItemsTable, FollowUpPlansTable, "JourneyId"), x => x.JourneyId, Table(FollowUpPlansTable), "JourneyId", Schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(Naming.Index(FollowUpItemsTable, "JourneyId", "Number"), Table(FollowUpItemsTable), ["JourneyId", "Number"], Schema, unique: true);
        migrationBuilder.CreateIndex(Naming.Index(FollowUpItemsTable, "TaskId"), Table(FollowUpItemsTable), ["TaskId"], Schema, unique: true);
    }

    private void CreateMonitoring(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(MeasuresTable),
            schema: Schema,
            columns: t => new
            {
                JourneyId = t.Column<Guid>(nullable: false),
                Measure = t.Column<string>(maxLength: Enum, nullable: false),
                Unit = t.Column<string>(maxLength: Enum, nullable: false),
                Low = t.Column<double>(nullable: true),
                High = t.Column<double>(nullable: true),
                Origin = t.Column<string>(maxLength: Enum, nullable: false),
                SetBy = t.Column<string>(maxLength: UserId, nullable: false),
                SetAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                AlertTaskId = t.Column<Guid>(nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(MeasuresTable), x => new { x.JourneyId, x.Measure }));

        migrationBuilder.CreateTable(
            name: Table(ReadingsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                Measure = t.Column<string>(maxLength: Enum, nullable: false),
                Value = t.Column<double>(nullable: false),
                Unit = t.Column<string>(maxLength: Enum, nullable: false),
                EnteredValue = t.Column<double>(nullable: false),
                EnteredUnit = t.Column<string>(maxLength: Enum, nullable: false),
                TakenAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                Source = t.Column<string>(maxLength: DeviceSource, nullable: false),
                DeviceId = t.Column<string>(maxLength: JourneyModel.DeviceId, nullable: true),
                RecordedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                RecordedBy = t.Column<string>(maxLength: UserId, nullable: false),
                Range = t.Column<string>(maxLength: Enum, nullable: false),
                AlertTaskId = t.Column<Guid>(nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(ReadingsTable), x => x.Id));
        Index(migrationBuilder, ReadingsTable, "JourneyId", "TakenAt", "Id");
        Index(migrationBuilder, ReadingsTable, "JourneyId", "Measure", "TakenAt", "Id");
        migrationBuilder.CreateIndex(Naming.Index(ReadingsTable, "JourneyId", "DeviceId", "Measure", "TakenAt"), Table(ReadingsTable), ["JourneyId", "DeviceId", "Measure", "TakenAt"], Schema, unique: true);
    }

    private void Index(MigrationBuilder migrationBuilder, string table, params string[] columns) =>
        migrationBuilder.CreateIndex(Naming.Index(table, columns), Table(table), columns, Schema);
}
