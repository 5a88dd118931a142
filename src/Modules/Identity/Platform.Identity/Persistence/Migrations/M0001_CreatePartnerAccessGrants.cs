using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;

namespace Platform.Identity.Persistence.Migrations;

[DbContext(typeof(IdentityDbContext))]
[Migration("20261122000001_CreatePartnerAccessGrants")]
internal sealed class M0001_CreatePartnerAccessGrants() : ModuleMigration(IdentityModule.SchemaName)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        CreateOutbox(migrationBuilder);
        var table = Table(IdentityDbContext.GrantsTable);
        migrationBuilder.CreateTable(
            name: table,
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                OrganizationId = t.Column<Guid>(nullable: false),
                Purpose = t.Column<string>(maxLength: 500, nullable: false),
                GrantedBy = t.Column<string>(maxLength: 200, nullable: false),
                GrantedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                ExpiresAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                RevokedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                RevokedBy = t.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(IdentityDbContext.GrantsTable), x => x.Id));
        migrationBuilder.CreateIndex(Naming.Index(IdentityDbContext.GrantsTable, "OrganizationId", "PatientId"), table, ["OrganizationId", "PatientId"], Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Table(IdentityDbContext.GrantsTable), Schema);
        migrationBuilder.DropTable(Table("outbox"), Schema);
    }
}
