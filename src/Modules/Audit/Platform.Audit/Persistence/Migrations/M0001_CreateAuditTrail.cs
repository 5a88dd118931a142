using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;

namespace Platform.Audit.Persistence.Migrations;

[DbContext(typeof(AuditDbContext))]
[Migration("20261122000001_CreateAuditTrail")]
internal sealed class M0001_CreateAuditTrail() : ModuleMigration(AuditModule.SchemaName)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        CreateOutbox(migrationBuilder);
        var table = Table(AuditDbContext.EntriesTable);
        migrationBuilder.CreateTable(
            name: table,
            schema: Schema,
            columns: t => new
            {
                Sequence = t.Column<long>(nullable: false),
                OccurredAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                UserId = t.Column<string>(maxLength: 200, nullable: false),
                UserName = t.Column<string>(maxLength: 200, nullable: false),
                Roles = t.Column<string>(maxLength: 500, nullable: false),
                Action = t.Column<string>(maxLength: 20, nullable: false),
                Request = t.Column<string>(maxLength: 200, nullable: false),
                ResourceType = t.Column<string>(maxLength: 100, nullable: false),
                ResourceId = t.Column<string>(maxLength: 100, nullable: true),
                Outcome = t.Column<string>(maxLength: 20, nullable: false),
                Detail = t.Column<string>(maxLength: AuditDbContext.MaxDetail, nullable: true),
                Source = t.Column<string>(maxLength: 100, nullable: false),
                PreviousHash = t.Column<string>(maxLength: 64, nullable: false),
                Hash = t.Column<string>(maxLength: 64, nullable: false),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(AuditDbContext.EntriesTable), x => x.Sequence));
        migrationBuilder.CreateIndex(Naming.Index(AuditDbContext.EntriesTable, "ResourceType", "ResourceId"), table, ["ResourceType", "ResourceId"], Schema);
        migrationBuilder.Sql(IsSqlite ? Sqlite.AppendOnlyTriggers.Create(table) : Postgres.AppendOnlyTriggers.Create(Schema!, table));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        var table = Table(AuditDbContext.EntriesTable);
        migrationBuilder.Sql(IsSqlite ? Sqlite.AppendOnlyTriggers.Drop(table) : Postgres.AppendOnlyTriggers.Drop(Schema!, table));
        migrationBuilder.DropTable(table, Schema);
        migrationBuilder.DropTable(Table("outbox"), Schema);
    }
}
