using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Modules;
using Platform.Kernel.Persistence;

namespace Platform.Kernel.Tests.ClinicModule;

/// <summary>
/// A small module that exists only to drive the kernel: it is registered, scanned, migrated and
/// served exactly as a product module would be.
/// </summary>
public sealed class ClinicTestModule : IModule
{
    public const string SchemaName = "clinic";

    public string Name => SchemaName;

    public void Register(ModuleBuilder builder) => builder.AddDbContext<ClinicDbContext>();
}

internal sealed class CareNote : Aggregate
{
    public Guid PatientId { get; set; }

    public string Text { get; set; } = "";
}

internal sealed class ClinicDbContext(DbContextOptions<ClinicDbContext> options) : ModuleDbContext(options)
{
    public DbSet<CareNote> Notes => Set<CareNote>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<CareNote>(note =>
    {
        note.ToTable("care_notes");
        note.Property(n => n.Id).ValueGeneratedNever();
        note.Property(n => n.Text).HasMaxLength(2000);
        note.HasIndex(n => n.PatientId);
    });
}

[DbContext(typeof(ClinicDbContext))]
[Migration("20261122000001_CreateCareNotes")]
internal sealed class CreateCareNotes() : ModuleMigration(ClinicTestModule.SchemaName)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        CreateOutbox(migrationBuilder);
        migrationBuilder.CreateTable(
            name: Table("care_notes"),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                Text = t.Column<string>(maxLength: 2000, nullable: false),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey("care_notes"), x => x.Id));
        migrationBuilder.CreateIndex(Naming.Index("care_notes", "PatientId"), Table("care_notes"), "PatientId", Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Table("care_notes"), Schema);
        migrationBuilder.DropTable(Table("outbox"), Schema);
    }
}
