using Microsoft.EntityFrameworkCore;
using Platform.Records.Contracts;
using static Platform.Records.Persistence.RecordsDbContext;

namespace Platform.Records.ClinicalSummary;

/// <summary>The clinical summary's tables (migration M0002), kept beside the summary rather than in the shared DbContext.</summary>
internal static class ClinicalSummaryModel
{
    public const string SummariesTable = "clinical_summaries";
    public const string DiagnosesTable = "diagnoses";
    public const string MedicationsTable = "medications";
    public const string AllergiesTable = "allergies";
    public const string ChangesTable = "clinical_changes";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PatientClinicalSummary>(summary =>
        {
            summary.ToTable(SummariesTable);
            summary.HasKey(s => s.Id);
            summary.Property(s => s.Id).ValueGeneratedNever();
            summary.Property(s => s.UpdatedBy).HasMaxLength(NameLength);
            summary.HasIndex(s => s.PatientId).IsUnique();
            summary.HasMany(s => s.Diagnoses).WithOne().HasForeignKey(d => d.SummaryId);
            summary.HasMany(s => s.Medications).WithOne().HasForeignKey(m => m.SummaryId);
            summary.HasMany(s => s.Allergies).WithOne().HasForeignKey(a => a.SummaryId);
            summary.HasMany(s => s.Changes).WithOne().HasForeignKey(c => c.SummaryId);
        });

        modelBuilder.Entity<Diagnosis>(diagnosis =>
        {
            diagnosis.ToTable(DiagnosesTable);
            diagnosis.HasKey(d => d.Id);
            diagnosis.Property(d => d.Id).ValueGeneratedNever();
            diagnosis.Property(d => d.Code).HasMaxLength(ClinicalRules.CodeLength);
            diagnosis.Property(d => d.Text).HasMaxLength(TitleLength);
            diagnosis.HasIndex(d => d.SummaryId);
        });

        modelBuilder.Entity<Medication>(medication =>
        {
            medication.ToTable(MedicationsTable);
            medication.HasKey(m => m.Id);
            medication.Property(m => m.Id).ValueGeneratedNever();
            medication.Property(m => m.Name).HasMaxLength(NameLength);
            medication.Property(m => m.Dose).HasMaxLength(ClinicalRules.ShortLength);
            medication.Property(m => m.Route).HasMaxLength(ClinicalRules.ShortLength);
            medication.Property(m => m.Frequency).HasMaxLength(ClinicalRules.ShortLength);
            medication.HasIndex(m => m.SummaryId);
        });

        modelBuilder.Entity<Allergy>(allergy =>
        {
            allergy.ToTable(AllergiesTable);
            allergy.HasKey(a => a.Id);
            allergy.Property(a => a.Id).ValueGeneratedNever();
            allergy.Property(a => a.Substance).HasMaxLength(NameLength);
            allergy.Property(a => a.Reaction).HasMaxLength(TitleLength);
            allergy.HasIndex(a => a.SummaryId);
        });

        modelBuilder.Entity<ClinicalChange>(change =>
        {
            change.ToTable(ChangesTable);
            change.HasKey(c => new { c.SummaryId, c.Sequence });
            change.Property(c => c.Sequence).ValueGeneratedNever();
            change.Property(c => c.By).HasMaxLength(NameLength);
            change.Property(c => c.Detail).HasMaxLength(ClinicalRules.DetailLength);
        });
    }

    public static void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        foreach (var type in new[] { typeof(DiagnosisStatus), typeof(AllergySeverity), typeof(ClinicalEntryKind), typeof(ClinicalChangeAction) })
        {
            configurationBuilder.Properties(type).HaveConversion<string>().HaveMaxLength(EnumLength);
        }
    }
}
