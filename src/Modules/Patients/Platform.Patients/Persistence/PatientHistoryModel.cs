using Microsoft.EntityFrameworkCore;
using Platform.Patients.Registry;

namespace Platform.Patients.Persistence;

/// <summary>The lists on a patient's record, each a table keyed by its own id and tied to the patient.</summary>
internal static class PatientHistoryModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RelatedPerson>(person =>
        {
            person.ToTable(PatientsDbContext.RelatedPersonsTable);
            person.HasKey(r => r.Id);
            person.Property(r => r.Id).ValueGeneratedNever();
            person.Property(r => r.Name).HasMaxLength(FieldLimits.PersonName);
            person.Property(r => r.Email).HasMaxLength(FieldLimits.Email);
            person.Property(r => r.AddedBy).HasMaxLength(FieldLimits.UserId);
            person.Ignore(r => r.Facts);
        });

        modelBuilder.Entity<PreferredLanguage>(language =>
        {
            language.ToTable(PatientsDbContext.LanguagesTable);
            language.HasKey(l => l.Id);
            language.Property(l => l.Id).ValueGeneratedNever();
        });

        modelBuilder.Entity<ConsentRecord>(consent =>
        {
            consent.ToTable(PatientsDbContext.ConsentsTable);
            consent.HasKey(c => c.Id);
            consent.Property(c => c.Id).ValueGeneratedNever();
            consent.Property(c => c.RecordedBy).HasMaxLength(FieldLimits.UserId);
            consent.Property(c => c.Note).HasMaxLength(FieldLimits.Text);
        });

        modelBuilder.Entity<PatientMerge>(merge =>
        {
            merge.ToTable(PatientsDbContext.MergesTable);
            merge.HasKey(m => m.Id);
            merge.Property(m => m.Id).ValueGeneratedNever();
            merge.Property(m => m.MergedBy).HasMaxLength(FieldLimits.UserId);
            merge.Property(m => m.Note).HasMaxLength(FieldLimits.Text);
            merge.Property(m => m.LanguagesTaken).HasMaxLength(FieldLimits.Text);
            merge.HasIndex(m => m.DuplicatePatientId);
        });
    }
}
