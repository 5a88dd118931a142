using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using static Platform.Journeys.Persistence.JourneyModel;
using static Platform.Journeys.Persistence.JourneysDbContext;

namespace Platform.Journeys.Persistence.Migrations;

[DbContext(typeof(JourneysDbContext))]
[Migration("20261210000001_CreateJourneys")]
internal sealed partial class M0001_CreateJourneys() : ModuleMigration(JourneysModule.SchemaName)
{
    private const int Enum = EnumLength;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        CreateOutbox(migrationBuilder);
        CreateJourneys(migrationBuilder);
        CreateJourneyLists(migrationBuilder);
        CreateTasks(migrationBuilder);
        CreatePathways(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { StepsTable, PathwaysTable, CommentsTable, TasksTable, TimelineTable, CareTeamTable, StageChangesTable, MilestonesTable, JourneysTable, "outbox" })
        {
            migrationBuilder.DropTable(Table(table), Schema);
        }
    }

    private void CreateJourneys(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(JourneysTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                PatientKind = t.Column<string>(maxLength: Enum, nullable: false),
                Title = t.Column<string>(maxLength: JourneyModel.Title, nullable: false),
                ServiceLine = t.Column<string>(maxLength: JourneyModel.ServiceLine, nullable: true),
                PathwayVersionId = t.Column<Guid>(nullable: true),
                PathwayVersionNumber = t.Column<int>(nullable: true),
                Stage = t.Column<string>(maxLength: Enum, nullable: false),
                CareSetting = t.Column<string>(maxLength: Enum, nullable: true),
                CoordinatorUserId = t.Column<string>(maxLength: UserId, nullable: true),
                OpenedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                OpenedBy = t.Column<string>(maxLength: UserId, nullable: false),
                UpdatedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                ClosedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(JourneysTable), x => x.Id));
        Index(migrationBuilder, JourneysTable, "PatientId");
        Index(migrationBuilder, JourneysTable, "UpdatedAt", "Id");
        Index(migrationBuilder, JourneysTable, "OpenedAt", "Id");
        Index(migrationBuilder, JourneysTable, "Stage", "UpdatedAt");
        Index(migrationBuilder, JourneysTable, "CoordinatorUserId", "UpdatedAt");
    }

    private void CreateJourneyLists(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(MilestonesTable),
            schema: Schema,
            columns: t => new
            {
                JourneyId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: Enum, nullable: false),
                At = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                SetAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                SetBy = t.Column<string>(maxLength: UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(MilestonesTable), x => new { x.JourneyId, x.Kind });
                t.ForeignKey(Naming.ForeignKey(MilestonesTable, JourneysTable, "JourneyId"), x => x.JourneyId, Table(JourneysTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: Table(StageChangesTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: false),
                From = t.Column<string>(maxLength: Enum, nullable: true),
                To = t.Column<string>(maxLength: Enum, nullable: false),
                CareSetting = t.Column<string>(maxLength: Enum, nullable: true),
                Reason = t.Column<string>(maxLength: Text, nullable: true),
                By = t.Column<string>(maxLength: UserId, nullable: false),
                At = t.Column<DateTimeOffset>(type: Instant, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(StageChangesTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(StageChangesTable, JourneysTable, "JourneyId"), x => x.JourneyId, Table(JourneysTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, StageChangesTable, "JourneyId");

        migrationBuilder.CreateTable(
            name: Table(CareTeamTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: false),
                Role = t.Column<string>(maxLength: Enum, nullable: false),
                UserId = t.Column<string>(maxLength: JourneyModel.UserId, nullable: true),
                Name = t.Column<string>(maxLength: JourneyModel.Title, nullable: false),
                AssignedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                AssignedBy = t.Column<string>(maxLength: JourneyModel.UserId, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(CareTeamTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(CareTeamTable, JourneysTable, "JourneyId"), x => x.JourneyId, Table(JourneysTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, CareTeamTable, "JourneyId");

        migrationBuilder.CreateTable(
            name: Table(TimelineTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: false),
                Kind = t.Column<string>(maxLength: JourneyModel.Kind, nullable: false),
                Summary = t.Column<string>(maxLength: Text, nullable: false),
                Actor = t.Column<string>(maxLength: UserId, nullable: false),
                OccurredAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                RecordedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                Source = t.Column<string>(maxLength: JourneyModel.Kind, nullable: false),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(TimelineTable), x => x.Id));
        Index(migrationBuilder, TimelineTable, "JourneyId", "OccurredAt", "Id");
    }

    private void CreateTasks(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(TasksTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                PathwayVersionId = t.Column<Guid>(nullable: true),
                StepNumber = t.Column<int>(nullable: true),
                Title = t.Column<string>(maxLength: JourneyModel.Title, nullable: false),
                OwnerRole = t.Column<string>(maxLength: Enum, nullable: false),
                AssigneeUserId = t.Column<string>(maxLength: UserId, nullable: true),
                Priority = t.Column<string>(maxLength: Enum, nullable: false),
                Status = t.Column<string>(maxLength: Enum, nullable: false),
                Milestone = t.Column<string>(maxLength: Enum, nullable: true),
                OffsetDays = t.Column<int>(nullable: true),
                DueAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                CreatedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                CreatedBy = t.Column<string>(maxLength: UserId, nullable: false),
                StartedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                CompletedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                CompletedBy = t.Column<string>(maxLength: UserId, nullable: true),
                EscalationLevel = t.Column<int>(nullable: false),
                EscalatedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(TasksTable), x => x.Id));
        Index(migrationBuilder, TasksTable, "JourneyId", "StepNumber");
        Index(migrationBuilder, TasksTable, "AssigneeUserId", "Status", "DueAt");
        Index(migrationBuilder, TasksTable, "OwnerRole", "Status", "DueAt");
        Index(migrationBuilder, TasksTable, "Status", "DueAt");

        migrationBuilder.CreateTable(
            name: Table(CommentsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                TaskId = t.Column<Guid>(nullable: false),
                Text = t.Column<string>(maxLength: JourneyModel.Text, nullable: false),
                By = t.Column<string>(maxLength: UserId, nullable: false),
                At = t.Column<DateTimeOffset>(type: Instant, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(CommentsTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(CommentsTable, TasksTable, "TaskId"), x => x.TaskId, Table(TasksTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, CommentsTable, "TaskId");
    }

    private void CreatePathways(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(PathwaysTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                ServiceLine = t.Column<string>(maxLength: JourneyModel.ServiceLine, nullable: false),
                Number = t.Column<int>(nullable: false),
                Name = t.Column<string>(maxLength: JourneyModel.Title, nullable: false),
                Description = t.Column<string>(maxLength: Text, nullable: false),
                RequiredDocuments = t.Column<string>(maxLength: Text * 2, nullable: false),
                Checklist = t.Column<string>(maxLength: Text * 2, nullable: false),
                PublishedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                PublishedBy = t.Column<string>(maxLength: UserId, nullable: false),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(PathwaysTable), x => x.Id));
        migrationBuilder.CreateIndex(Naming.Index(PathwaysTable, "ServiceLine", "Number"), Table(PathwaysTable), ["ServiceLine", "Number"], Schema, unique: true);

        migrationBuilder.CreateTable(
            name: Table(StepsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                PathwayVersionId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                Title = t.Column<string>(maxLength: JourneyModel.Title, nullable: false),
                OwnerRole = t.Column<string>(maxLength: Enum, nullable: false),
                Milestone = t.Column<string>(maxLength: Enum, nullable: false),
                OffsetDays = t.Column<int>(nullable: false),
                Priority = t.Column<string>(maxLength: Enum, nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(StepsTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(StepsTable, PathwaysTable, "PathwayVersionId"), x => x.PathwayVersionId, Table(PathwaysTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(Naming.Index(StepsTable, "PathwayVersionId", "Number"), Table(StepsTable), ["PathwayVersionId", "Number"], Schema, unique: true);
    }

    private void Index(MigrationBuilder migrationBuilder, string table, params string[] columns) =>
        migrationBuilder.CreateIndex(Naming.Index(table, columns), Table(table), columns, Schema);
}
