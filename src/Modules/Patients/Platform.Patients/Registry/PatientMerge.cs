namespace Platform.Patients.Registry;

/// <summary>A duplicate record absorbed by a patient: who merged it, when, and what was taken from it.</summary>
internal sealed class PatientMerge
{
    public const char LanguageSeparator = ',';

    private PatientMerge()
    {
    }

    public Guid Id { get; private set; }

    public Guid SurvivorPatientId { get; private set; }

    public Guid DuplicatePatientId { get; private set; }

    public DateTimeOffset MergedAt { get; private set; }

    public string MergedBy { get; private set; } = "";

    public string? Note { get; private set; }

    public int RelatedPersonsTaken { get; private set; }

    /// <summary>The language tags taken, comma-separated, in the order they were added.</summary>
    public string LanguagesTaken { get; private set; } = "";

    public int ConsentRecordsTaken { get; private set; }

    public static PatientMerge Record(Guid survivorId, Guid duplicateId, string? note, int relatedPersons, IEnumerable<string> languages, int consentRecords, string by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        SurvivorPatientId = survivorId,
        DuplicatePatientId = duplicateId,
        MergedAt = now,
        MergedBy = by,
        Note = note,
        RelatedPersonsTaken = relatedPersons,
        LanguagesTaken = string.Join(LanguageSeparator, languages),
        ConsentRecordsTaken = consentRecords,
    };
}
