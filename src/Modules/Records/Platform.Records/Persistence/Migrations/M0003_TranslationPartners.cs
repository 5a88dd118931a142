using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using static Platform.Records.Persistence.RecordsDbContext;

namespace Platform.Records.Persistence.Migrations;

/// <summary>Translation jobs an interpreter-agency partner takes: the agency's job reference (looked up by agency and reference) and its last word.</summary>
[DbContext(typeof(RecordsDbContext))]
[Migration("20261210000003_TranslationPartners")]
internal sealed class M0003_TranslationPartners() : ModuleMigration(RecordsModule.SchemaName)
{
    private static readonly string[] _lookup = ["Channel", "PartnerReference"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("PartnerReference", Table(TranslationsTable), maxLength: PartnerReferenceLength, nullable: true, schema: Schema);
        migrationBuilder.AddColumn<string>("Note", Table(TranslationsTable), maxLength: TextLength, nullable: true, schema: Schema);
        migrationBuilder.CreateIndex(Naming.Index(TranslationsTable, _lookup), Table(TranslationsTable), _lookup, Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(Naming.Index(TranslationsTable, _lookup), Table(TranslationsTable), Schema);
        migrationBuilder.DropColumn("Note", Table(TranslationsTable), Schema);
        migrationBuilder.DropColumn("PartnerReference", Table(TranslationsTable), Schema);
    }
}
