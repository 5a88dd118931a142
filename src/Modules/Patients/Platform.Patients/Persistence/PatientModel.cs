using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Persistence;
using Platform.Patients.Registry;

namespace Platform.Patients.Persistence;

/// <summary>
/// The patient row: identity and contact columns, value groups as prefixed columns (complex types),
/// and the match and sort keys. What is matched, filtered or sorted on stays a plain column because
/// EF Core 10 cannot index a property of a complex type.
/// </summary>
internal static class PatientModel
{
    /// <summary>The trigram operator class that lets PostgreSQL answer <c>LIKE '%fragment%'</c> from an index.</summary>
    public const string TrigramExtension = "pg_trgm";

    public static void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            modelBuilder.HasPostgresExtension(TrigramExtension);
        }

        modelBuilder.Entity<Patient>(patient => ConfigurePatient(patient, provider));
    }

    private static void ConfigurePatient(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Patient> patient, DatabaseProvider provider)
    {
        patient.ToTable(PatientsDbContext.PatientsTable);
        patient.HasKey(p => p.Id);
        patient.Property(p => p.Id).ValueGeneratedNever();
        patient.Property(p => p.FamilyName).HasMaxLength(FieldLimits.Name);
        patient.Property(p => p.GivenName).HasMaxLength(FieldLimits.Name);
        patient.Property(p => p.NativeFamilyName).HasMaxLength(FieldLimits.Name);
        patient.Property(p => p.NativeGivenName).HasMaxLength(FieldLimits.Name);
        patient.Property(p => p.PassportNumber).HasMaxLength(FieldLimits.PassportNumber);
        patient.Property(p => p.Email).HasMaxLength(FieldLimits.Email);
        patient.Property(p => p.NameKey).HasMaxLength(FieldLimits.NameKey);
        patient.Property(p => p.FamilySortKey).HasMaxLength(FieldLimits.FamilySortKey);
        patient.Property(p => p.SearchText).HasMaxLength(FieldLimits.SearchText);
        patient.Property(p => p.RegisteredBy).HasMaxLength(FieldLimits.UserId);
        patient.Property(p => p.UpdatedBy).HasMaxLength(FieldLimits.UserId);

        patient.ComplexProperty(p => p.HomeAddress, address =>
        {
            address.Property(a => a.Lines).HasMaxLength(FieldLimits.AddressLines);
            address.Property(a => a.City).HasMaxLength(FieldLimits.City);
            address.Property(a => a.PostalCode).HasMaxLength(FieldLimits.PostalCode);
        });
        patient.ComplexProperty(p => p.HomePhysician, physician =>
        {
            physician.Property(d => d.Name).HasMaxLength(FieldLimits.PersonName);
            physician.Property(d => d.Practice).HasMaxLength(FieldLimits.Practice);
            physician.Property(d => d.Email).HasMaxLength(FieldLimits.Email);
        });
        patient.ComplexProperty(p => p.Culture, culture =>
        {
            culture.Property(c => c.ReligiousNeeds).HasMaxLength(FieldLimits.Text);
            culture.Property(c => c.DietNotes).HasMaxLength(FieldLimits.Text);
            culture.Property(c => c.Notes).HasMaxLength(FieldLimits.Text);
        });
        patient.ComplexProperty(p => p.Source, source =>
        {
            source.Property(s => s.ReferrerName).HasMaxLength(FieldLimits.PersonName);
            source.Property(s => s.Campaign).HasMaxLength(FieldLimits.Campaign);
        });

        patient.HasMany(p => p.RelatedPersons).WithOne().HasForeignKey(r => r.PatientId);
        patient.HasMany(p => p.Languages).WithOne().HasForeignKey(l => l.PatientId);
        patient.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PatientId);
        patient.HasMany(p => p.Merges).WithOne().HasForeignKey(m => m.SurvivorPatientId);
        patient.Ignore(p => p.LanguageTags);
        patient.Ignore(p => p.CurrentConsents);

        // Keyset paging in both orders, and one index per way a duplicate is matched.
        patient.HasIndex(p => new { p.FamilySortKey, p.Id });
        patient.HasIndex(p => new { p.RegisteredAt, p.Id });
        patient.HasIndex(p => new { p.PassportNumber, p.Nationality });
        patient.HasIndex(p => new { p.NameKey, p.DateOfBirth });
        patient.HasIndex(p => p.Email);
        patient.HasIndex(p => p.Phone);

        // Name search is a fragment anywhere in the folded names (LIKE '%fragment%'), which no
        // B-tree serves. On PostgreSQL a GIN trigram index does, for fragments of three or more
        // characters; SQLite scans the folded column, which stays quick at an embedded center's size.
        if (provider == DatabaseProvider.Postgres)
        {
            patient.HasIndex(p => p.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }
}
