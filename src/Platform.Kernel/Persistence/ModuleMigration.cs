using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Outbox;

namespace Platform.Kernel.Persistence;

/// <summary>
/// Base for a module's hand-written migrations. It names tables and indexes with the same
/// <see cref="ModuleNaming"/> the model uses, and knows provider-specific column types.
/// </summary>
public abstract class ModuleMigration(string module) : Migration
{
    protected ModuleNaming Naming => new(module, ModuleNaming.ProviderOf(ActiveProvider));

    protected string? Schema => Naming.Schema;

    protected bool IsSqlite => Naming.Provider == DatabaseProvider.Sqlite;

    /// <summary>The store type of a DateTimeOffset column (see <see cref="ModuleDbContext"/> for why it differs on SQLite).</summary>
    protected string? Instant => IsSqlite ? "INTEGER" : null;

    protected string Table(string name) => Naming.Table(name);

    protected void EnsureSchema(MigrationBuilder migrationBuilder)
    {
        if (Schema is { } schema)
        {
            migrationBuilder.EnsureSchema(schema);
        }
    }

    /// <summary>Creates the module's outbox table; every module's first migration calls it.</summary>
    protected void CreateOutbox(MigrationBuilder migrationBuilder)
    {
        var table = Table(OutboxModel.Table);
        migrationBuilder.CreateTable(
            name: table,
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                MessageId = t.Column<Guid>(nullable: false),
                Type = t.Column<string>(maxLength: 500, nullable: false),
                Payload = t.Column<string>(nullable: false),
                AggregateKey = t.Column<string>(maxLength: 200, nullable: false),
                OccurredAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                Attempts = t.Column<int>(nullable: false),
                NextAttemptAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                ProcessedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                ParkedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                LastError = t.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(OutboxModel.Table), x => x.Id));
        migrationBuilder.CreateIndex(Naming.Index(OutboxModel.Table, "MessageId"), table, "MessageId", Schema, unique: true);
        migrationBuilder.CreateIndex(Naming.Index(OutboxModel.Table, "ProcessedAt", "ParkedAt", "Id"), table, ["ProcessedAt", "ParkedAt", "Id"], Schema);
    }
}
