using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Kernel.Persistence;
using static Platform.Records.Persistence.RecordsDbContext;

namespace Platform.Records.Persistence.Migrations;

[DbContext(typeof(RecordsDbContext))]
[Migration("20261210000001_CreateRecords")]
internal sealed class M0001_CreateRecords() : ModuleMigration(RecordsModule.SchemaName)
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        EnsureSchema(migrationBuilder);
        CreateOutbox(migrationBuilder);
        CreateDocuments(migrationBuilder);
        CreateRecordsRequests(migrationBuilder);
        CreateShares(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { SharesTable, RequestsTable, TranslationsTable, VersionsTable, DocumentsTable, "outbox" })
        {
            migrationBuilder.DropTable(Table(table), Schema);
        }
    }

    private void CreateDocuments(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(DocumentsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: true),
                Type = t.Column<string>(maxLength: EnumLength, nullable: false),
                Title = t.Column<string>(maxLength: TitleLength, nullable: false),
                Language = t.Column<string>(maxLength: 64, nullable: false),
                Source = t.Column<string>(maxLength: EnumLength, nullable: false),
                CreatedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                CreatedBy = t.Column<string>(maxLength: NameLength, nullable: false),
                TranslationOfId = t.Column<Guid>(nullable: true),
                RecordsRequestId = t.Column<Guid>(nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(DocumentsTable), x => x.Id));
        Index(migrationBuilder, DocumentsTable, unique: false, "PatientId", "CreatedAt", "Id");
        Index(migrationBuilder, DocumentsTable, unique: false, "RecordsRequestId");
        Index(migrationBuilder, DocumentsTable, unique: false, "TranslationOfId");

        migrationBuilder.CreateTable(
            name: Table(VersionsTable),
            schema: Schema,
            columns: t => new
            {
                DocumentId = t.Column<Guid>(nullable: false),
                Number = t.Column<int>(nullable: false),
                StorageKey = t.Column<string>(maxLength: NameLength, nullable: false),
                FileName = t.Column<string>(maxLength: 255, nullable: false),
                ContentType = t.Column<string>(maxLength: 100, nullable: false),
                Size = t.Column<long>(nullable: false),
                Sha256 = t.Column<string>(maxLength: 64, nullable: false),
                UploadedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                UploadedBy = t.Column<string>(maxLength: NameLength, nullable: false),
                Note = t.Column<string>(maxLength: TextLength, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(VersionsTable), x => new { x.DocumentId, x.Number });
                t.ForeignKey(Naming.ForeignKey(VersionsTable, DocumentsTable, "DocumentId"), x => x.DocumentId, Table(DocumentsTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, VersionsTable, unique: true, "StorageKey");

        migrationBuilder.CreateTable(
            name: Table(TranslationsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                DocumentId = t.Column<Guid>(nullable: false),
                TargetLanguage = t.Column<string>(maxLength: 64, nullable: false),
                Certified = t.Column<bool>(nullable: false),
                DueOn = t.Column<DateOnly>(nullable: false),
                Channel = t.Column<string>(maxLength: EnumLength, nullable: false),
                Translator = t.Column<string>(maxLength: NameLength, nullable: true),
                Status = t.Column<string>(maxLength: EnumLength, nullable: false),
                SentAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                SentBy = t.Column<string>(maxLength: NameLength, nullable: false),
                TranslationDocumentId = t.Column<Guid>(nullable: true),
                CompletedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey(Naming.PrimaryKey(TranslationsTable), x => x.Id);
                t.ForeignKey(Naming.ForeignKey(TranslationsTable, DocumentsTable, "DocumentId"), x => x.DocumentId, Table(DocumentsTable), "Id", Schema, onDelete: ReferentialAction.Cascade);
            });
        Index(migrationBuilder, TranslationsTable, unique: false, "DocumentId");
    }

    private void CreateRecordsRequests(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(RequestsTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                JourneyId = t.Column<Guid>(nullable: true),
                ProviderName = t.Column<string>(maxLength: NameLength, nullable: false),
                ProviderCountry = t.Column<string>(maxLength: 2, nullable: false),
                ProviderEmail = t.Column<string>(maxLength: 254, nullable: true),
                ProviderPhone = t.Column<string>(maxLength: 32, nullable: true),
                Requested = t.Column<string>(maxLength: TextLength, nullable: false),
                ExpectedTypes = t.Column<string>(maxLength: 500, nullable: false),
                DueBy = t.Column<DateOnly>(nullable: false),
                Status = t.Column<string>(maxLength: EnumLength, nullable: false),
                RequestedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                RequestedBy = t.Column<string>(maxLength: NameLength, nullable: false),
                Reminders = t.Column<int>(nullable: false),
                LastRemindedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                NextReminderAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                CancelReason = t.Column<string>(maxLength: TextLength, nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(RequestsTable), x => x.Id));
        Index(migrationBuilder, RequestsTable, unique: false, "PatientId", "RequestedAt");
        Index(migrationBuilder, RequestsTable, unique: false, "Status", "NextReminderAt");
    }

    private void CreateShares(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table(SharesTable),
            schema: Schema,
            columns: t => new
            {
                Id = t.Column<Guid>(nullable: false),
                Version = t.Column<long>(nullable: false),
                PatientId = t.Column<Guid>(nullable: false),
                RecipientKind = t.Column<string>(maxLength: EnumLength, nullable: false),
                RecipientName = t.Column<string>(maxLength: NameLength, nullable: false),
                RecipientCountry = t.Column<string>(maxLength: 2, nullable: false),
                RecipientEmail = t.Column<string>(maxLength: 254, nullable: true),
                DocumentIds = t.Column<string>(maxLength: 4000, nullable: false),
                TokenHash = t.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                CreatedBy = t.Column<string>(maxLength: NameLength, nullable: false),
                ExpiresAt = t.Column<DateTimeOffset>(type: Instant, nullable: false),
                RevokedAt = t.Column<DateTimeOffset>(type: Instant, nullable: true),
                RevokedBy = t.Column<string>(maxLength: NameLength, nullable: true),
                RevokeReason = t.Column<string>(maxLength: TextLength, nullable: true),
                ConsentBasis = t.Column<string>(maxLength: 500, nullable: false),
                Note = t.Column<string>(maxLength: TextLength, nullable: true),
            },
            constraints: t => t.PrimaryKey(Naming.PrimaryKey(SharesTable), x => x.Id));
        Index(migrationBuilder, SharesTable, unique: true, "TokenHash");
        Index(migrationBuilder, SharesTable, unique: false, "PatientId");
    }

    private void Index(MigrationBuilder migrationBuilder, string table, bool unique, params string[] columns) =>
        migrationBuilder.CreateIndex(Naming.Index(table, columns), Table(table), columns, Schema, unique: unique);
}
