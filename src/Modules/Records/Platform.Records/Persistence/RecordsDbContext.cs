using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;
using Platform.Records.ClinicalSummary;
using Platform.Records.Content;
using Platform.Records.Contracts;
using Platform.Records.Documents;
using Platform.Records.Requests;
using Platform.Records.Sharing;

namespace Platform.Records.Persistence;

internal sealed class RecordsDbContext(DbContextOptions<RecordsDbContext> options, ContentStaging staging) : ModuleDbContext(options)
{
    public const string DocumentsTable = "documents";
    public const string VersionsTable = "document_versions";
    public const string TranslationsTable = "translation_jobs";
    public const string RequestsTable = "records_requests";
    public const string SharesTable = "shares";
    public const int EnumLength = 40;
    public const int TitleLength = 300;
    public const int NameLength = 200;
    public const int TextLength = 2000;
    public const int PartnerReferenceLength = 100;

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<RecordsRequest> RecordsRequests => Set<RecordsRequest>();

    public DbSet<Share> Shares => Set<Share>();

    public DbSet<PatientClinicalSummary> ClinicalSummaries => Set<PatientClinicalSummary>();

    /// <summary>Documents with their versions and translations, as every use case reads them.</summary>
    public IQueryable<Document> DocumentsWithHistory => Documents.Include(d => d.Versions).Include(d => d.Translations).AsSplitQuery();

    /// <summary>Versions are history: their bytes and checksum never change once filed.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<DocumentVersion>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"Version {entry.Entity.Number} of document {entry.Entity.DocumentId} cannot be changed or removed: add a new version instead.");
            }
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(new ContentCommitInterceptor(staging));

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Document>(document =>
        {
            document.ToTable(DocumentsTable);
            document.HasKey(d => d.Id);
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.Title).HasMaxLength(TitleLength);
            document.Property(d => d.Language).HasMaxLength(64);
            document.Property(d => d.CreatedBy).HasMaxLength(NameLength);
            document.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId);
            document.HasMany(d => d.Translations).WithOne().HasForeignKey(t => t.DocumentId);
            document.Ignore(d => d.Current);

            // A patient's documents newest first (keyset paging), and what arrived against a request.
            document.HasIndex(d => new { d.PatientId, d.CreatedAt, d.Id });
            document.HasIndex(d => d.RecordsRequestId);
            document.HasIndex(d => d.TranslationOfId);
        });

        modelBuilder.Entity<DocumentVersion>(version =>
        {
            version.ToTable(VersionsTable);
            version.HasKey(v => new { v.DocumentId, v.Number });
            version.Property(v => v.Number).ValueGeneratedNever();
            version.Property(v => v.StorageKey).HasMaxLength(NameLength);
            version.Property(v => v.FileName).HasMaxLength(255);
            version.Property(v => v.ContentType).HasMaxLength(100);
            version.Property(v => v.Sha256).HasMaxLength(64);
            version.Property(v => v.UploadedBy).HasMaxLength(NameLength);
            version.Property(v => v.Note).HasMaxLength(TextLength);
            version.HasIndex(v => v.StorageKey).IsUnique();
        });

        modelBuilder.Entity<TranslationJob>(job =>
        {
            job.ToTable(TranslationsTable);
            job.HasKey(t => t.Id);
            job.Property(t => t.Id).ValueGeneratedNever();
            job.Property(t => t.TargetLanguage).HasMaxLength(64);
            job.Property(t => t.Channel).HasMaxLength(EnumLength);
            job.Property(t => t.Translator).HasMaxLength(NameLength);
            job.Property(t => t.SentBy).HasMaxLength(NameLength);
            job.Property(t => t.PartnerReference).HasMaxLength(PartnerReferenceLength);
            job.Property(t => t.Note).HasMaxLength(TextLength);

            // An agency's progress report finds its job by the agency and its reference.
            job.HasIndex(t => new { t.Channel, t.PartnerReference });
        });

        modelBuilder.Entity<RecordsRequest>(request =>
        {
            request.ToTable(RequestsTable);
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.ProviderName).HasMaxLength(NameLength);
            request.Property(r => r.ProviderCountry).HasMaxLength(2);
            request.Property(r => r.ProviderEmail).HasMaxLength(254);
            request.Property(r => r.ProviderPhone).HasMaxLength(32);
            request.Property(r => r.Requested).HasMaxLength(TextLength);
            request.Property(r => r.ExpectedTypes).HasMaxLength(500);
            request.Property(r => r.RequestedBy).HasMaxLength(NameLength);
            request.Property(r => r.CancelReason).HasMaxLength(TextLength);
            request.Ignore(r => r.IsOpen);
            request.HasIndex(r => new { r.PatientId, r.RequestedAt });
            request.HasIndex(r => new { r.Status, r.NextReminderAt });
        });

        modelBuilder.Entity<Share>(share =>
        {
            share.ToTable(SharesTable);
            share.HasKey(s => s.Id);
            share.Property(s => s.Id).ValueGeneratedNever();
            share.Property(s => s.RecipientName).HasMaxLength(NameLength);
            share.Property(s => s.RecipientCountry).HasMaxLength(2);
            share.Property(s => s.RecipientEmail).HasMaxLength(254);
            share.Property(s => s.DocumentIds).HasMaxLength(4000);
            share.Property(s => s.TokenHash).HasMaxLength(64);
            share.Property(s => s.CreatedBy).HasMaxLength(NameLength);
            share.Property(s => s.RevokedBy).HasMaxLength(NameLength);
            share.Property(s => s.RevokeReason).HasMaxLength(TextLength);
            share.Property(s => s.ConsentBasis).HasMaxLength(500);
            share.Property(s => s.Note).HasMaxLength(TextLength);
            share.Ignore(s => s.Documents);
            share.HasIndex(s => s.TokenHash).IsUnique();
            share.HasIndex(s => s.PatientId);
        });

        ClinicalSummaryModel.Configure(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ByName<DocumentType>(configurationBuilder);
        ByName<DocumentSource>(configurationBuilder);
        ByName<RecordsRequestStatus>(configurationBuilder);
        ByName<TranslationStatus>(configurationBuilder);
        ByName<ShareRecipientKind>(configurationBuilder);
        ClinicalSummaryModel.ConfigureConventions(configurationBuilder);
    }

    private static void ByName<TEnum>(ModelConfigurationBuilder configuration)
        where TEnum : struct, Enum =>
        configuration.Properties<TEnum>().HaveConversion<string>().HaveMaxLength(EnumLength);
}
