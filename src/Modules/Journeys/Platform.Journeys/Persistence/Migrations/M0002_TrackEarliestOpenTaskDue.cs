using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using static Platform.Journeys.Persistence.JourneysDbContext;

namespace Platform.Journeys.Persistence.Migrations;

/// <summary>
/// Puts each journey's earliest open task due date on the journey row and widens the coordinator's
/// index to (CoordinatorUserId, UpdatedAt, Id), so a coordinator's overdue page is read in page order
/// from one index and stops after one page, however many journeys and late tasks the center holds.
/// Existing journeys are filled from their tasks. Tasks get an index (JourneyId, Status, DueAt), which
/// answers "the earliest open due date of this journey" from a few index entries: without it SQLite
/// chose the (Status, DueAt) index and read every open task in the center for each journey.
/// </summary>
[DbContext(typeof(JourneysDbContext))]
[Migration("20261210000002_TrackEarliestOpenTaskDue")]
internal sealed class M0002_TrackEarliestOpenTaskDue() : ModuleMigration(JourneysModule.SchemaName)
{
    private const string Column = "EarliestOpenTaskDueAt";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateIndex(Naming.Index(TasksTable, "JourneyId", "Status", "DueAt"), Table(TasksTable), ["JourneyId", "Status", "DueAt"], Schema);
        migrationBuilder.AddColumn<DateTimeOffset>(Column, Table(JourneysTable), type: Instant, schema: Schema, nullable: true);
        migrationBuilder.Sql(
            $"""
            UPDATE {Quoted(JourneysTable)} SET "{Column}" = (
                SELECT MIN(t."DueAt") FROM {Quoted(TasksTable)} t
                WHERE t."JourneyId" = {Quoted(JourneysTable)}."Id" AND t."DueAt" IS NOT NULL AND t."Status" IN ('Open', 'InProgress'))
            """);
        migrationBuilder.DropIndex(Naming.Index(JourneysTable, "CoordinatorUserId", "UpdatedAt"), Table(JourneysTable), Schema);
        migrationBuilder.CreateIndex(Naming.Index(JourneysTable, "CoordinatorUserId", "UpdatedAt", "Id"), Table(JourneysTable), ["CoordinatorUserId", "UpdatedAt", "Id"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(Naming.Index(JourneysTable, "CoordinatorUserId", "UpdatedAt", "Id"), Table(JourneysTable), Schema);
        migrationBuilder.CreateIndex(Naming.Index(JourneysTable, "CoordinatorUserId", "UpdatedAt"), Table(JourneysTable), ["CoordinatorUserId", "UpdatedAt"], Schema);
        migrationBuilder.DropColumn(Column, Table(JourneysTable), Schema);
        migrationBuilder.DropIndex(Naming.Index(TasksTable, "JourneyId", "Status", "DueAt"), Table(TasksTable), Schema);
    }

    private string Quoted(string table) => Schema is { } schema ? $"\"{schema}\".\"{Table(table)}\"" : $"\"{Table(table)}\"";
}
