namespace Platform.Patients.Contracts;

/// <summary>
/// A patient's whole record. <see cref="Version"/> goes back as the expected version of the next
/// change. A record merged into another keeps answering, with <see cref="MergedIntoId"/> set.
/// </summary>
public sealed record PatientDto(
    Guid Id,
    long Version,
    PatientKind Kind,
    PatientIdentity Identity,
    ContactDetails Contacts,
    IReadOnlyList<string> PreferredLanguages,
    bool InterpreterNeeded,
    CulturalPreferences CulturalPreferences,
    IReadOnlyList<RelatedPersonDto> RelatedPersons,
    HomePhysicianDetails? HomePhysician,
    IReadOnlyList<ConsentStateDto> Consents,
    Attribution Source,
    DateTimeOffset RegisteredAt,
    string RegisteredBy,
    DateTimeOffset UpdatedAt,
    Guid? MergedIntoId,
    DateTimeOffset? MergedAt,
    IReadOnlyList<PatientMergeDto> Merges);

/// <summary>A related person on file; <see cref="MergedFromPatientId"/> is set when a merge brought them over.</summary>
public sealed record RelatedPersonDto(Guid Id, RelatedPersonDetails Details, DateTimeOffset AddedAt, string AddedBy, Guid? MergedFromPatientId);

/// <summary>A duplicate record this patient absorbed: who merged it, when, and what was taken.</summary>
public sealed record PatientMergeDto(
    Guid DuplicatePatientId,
    DateTimeOffset MergedAt,
    string MergedBy,
    string? Note,
    int RelatedPersonsTaken,
    IReadOnlyList<string> LanguagesTaken,
    int ConsentRecordsTaken);
