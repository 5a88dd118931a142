using Microsoft.EntityFrameworkCore;
using Platform.Audit.Trail;
using Platform.Kernel.Persistence;

namespace Platform.Audit.Persistence;

internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : ModuleDbContext(options)
{
    public const string EntriesTable = "entries";
    public const int MaxDetail = 2000;

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var touched = ChangeTracker.Entries<AuditEntry>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (touched is not null)
        {
            throw new InvalidOperationException($"Audit entry {touched.Entity.Sequence} cannot be changed or removed: the audit trail is append-only.");
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<AuditEntry>(entry =>
    {
        entry.ToTable(EntriesTable);
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.UserId).HasMaxLength(200);
        entry.Property(e => e.UserName).HasMaxLength(200);
        entry.Property(e => e.Roles).HasMaxLength(500);
        entry.Property(e => e.Action).HasMaxLength(20);
        entry.Property(e => e.Request).HasMaxLength(200);
        entry.Property(e => e.ResourceType).HasMaxLength(100);
        entry.Property(e => e.ResourceId).HasMaxLength(100);
        entry.Property(e => e.Outcome).HasMaxLength(20);
        entry.Property(e => e.Detail).HasMaxLength(MaxDetail);
        entry.Property(e => e.Source).HasMaxLength(100);
        entry.Property(e => e.PreviousHash).HasMaxLength(64);
        entry.Property(e => e.Hash).HasMaxLength(64);
        entry.HasIndex(e => new { e.ResourceType, e.ResourceId });
    });
}
