using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Persistence;

internal sealed class PatientsDbContext(DbContextOptions<PatientsDbContext> options) : ModuleDbContext(options)
{
    public const string PatientsTable = "patients";
    public const string RelatedPersonsTable = "related_persons";
    public const string LanguagesTable = "preferred_languages";
    public const string ConsentsTable = "consent_records";
    public const string MergesTable = "merges";

    /// <summary>
    /// SQLite only: the FTS5 trigram table over the folded names (migration M0003), outside the model
    /// like a trigger. Its name ends in <c>_fts</c>, as do the shadow tables SQLite keeps for it.
    /// </summary>
    public const string NameSearchTable = "names_fts";

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();

    /// <summary>
    /// The patients whose folded names contain <paramref name="foldedFragment"/>, read from the SQLite
    /// trigram table (see <see cref="NameSearchTable"/>); composable into a patients query.
    /// </summary>
    public IQueryable<Guid> PatientsNamed(string foldedFragment)
    {
        // The table name is this module's constant, not input; the fragment is a parameter.
        var sql = "SELECT \"PatientId\" AS \"Value\" FROM \"" + Naming.Table(NameSearchTable) + "\" WHERE \"SearchText\" LIKE {0}";
        return Database.SqlQueryRaw<Guid>(sql, "%" + foldedFragment + "%");
    }

    /// <summary>Consent decisions and merges are history, and patients are merged, never deleted.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            var refused = entry switch
            {
                { Entity: ConsentRecord, State: EntityState.Modified or EntityState.Deleted } => "a consent decision cannot be changed or removed: record a new decision instead",
                { Entity: PatientMerge, State: EntityState.Modified or EntityState.Deleted } => "a merge record cannot be changed or removed",
                { Entity: Patient, State: EntityState.Deleted } => "a patient record is never deleted: merge a duplicate into the record to keep instead",
                _ => null,
            };
            if (refused is not null)
            {
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} {entry.Property("Id").CurrentValue}: {refused}.");
            }
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        PatientModel.Configure(modelBuilder, Naming.Provider);
        PatientHistoryModel.Configure(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        ValueConversions.Apply(configurationBuilder);
    }
}
