using Microsoft.EntityFrameworkCore;
using Platform.Identity.Grants;
using Platform.Kernel.Persistence;

namespace Platform.Identity.Persistence;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ModuleDbContext(options)
{
    public const string GrantsTable = "partner_access_grants";

    public DbSet<PartnerAccessGrant> Grants => Set<PartnerAccessGrant>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.Entity<PartnerAccessGrant>(grant =>
    {
        grant.ToTable(GrantsTable);
        grant.HasKey(g => g.Id);
        grant.Property(g => g.Id).ValueGeneratedNever();
        grant.Property(g => g.Purpose).HasMaxLength(500);
        grant.Property(g => g.GrantedBy).HasMaxLength(200);
        grant.Property(g => g.RevokedBy).HasMaxLength(200);
        grant.HasIndex(g => new { g.OrganizationId, g.PatientId });
    });
}
