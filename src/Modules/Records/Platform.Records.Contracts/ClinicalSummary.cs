using Platform.GraphQL.CodeFirst;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Records.Contracts;

/// <summary>Whether a diagnosis still applies.</summary>
public enum DiagnosisStatus
{
    Active,
    Resolved,
}

/// <summary>How bad a reaction to the substance is.</summary>
public enum AllergySeverity
{
    Mild,
    Moderate,
    Severe,
    LifeThreatening,
}

/// <summary>Which list of the clinical summary an entry belongs to.</summary>
public enum ClinicalEntryKind
{
    Diagnosis,
    Medication,
    Allergy,
}

/// <summary>What a clinician did to an entry.</summary>
public enum ClinicalChangeAction
{
    Added,
    Changed,
    Removed,
}

/// <summary>
/// Adds a diagnosis to the patient's clinical summary, or changes the one DiagnosisId names.
/// Code is an ICD-10 code such as "I25.10" or "M17.1" (the dot may be left out). ExpectedVersion is
/// the summary's version as read (null for a patient who has none yet).
/// </summary>
[RequiresRole(Roles.Clinician)]
public sealed record RecordDiagnosis(Guid PatientId, long? ExpectedVersion, Guid? DiagnosisId, string Code, string Text, DiagnosisStatus Status, DateOnly NotedOn)
    : ICommand<ClinicalSummaryDto>, IPatientScoped;

/// <summary>Adds a medication (or changes the one MedicationId names); StoppedOn, when given, is on or after StartedOn.</summary>
[RequiresRole(Roles.Clinician)]
public sealed record RecordMedication(
    Guid PatientId,
    long? ExpectedVersion,
    Guid? MedicationId,
    string Name,
    string Dose,
    string Route,
    string Frequency,
    DateOnly? StartedOn = null,
    DateOnly? StoppedOn = null) : ICommand<ClinicalSummaryDto>, IPatientScoped;

/// <summary>Adds an allergy (or changes the one AllergyId names).</summary>
[RequiresRole(Roles.Clinician)]
public sealed record RecordAllergy(Guid PatientId, long? ExpectedVersion, Guid? AllergyId, string Substance, string? Reaction, AllergySeverity Severity)
    : ICommand<ClinicalSummaryDto>, IPatientScoped;

/// <summary>Removes an entry recorded in error; the history keeps what it said, who removed it and why.</summary>
[RequiresRole(Roles.Clinician)]
public sealed record RemoveClinicalEntry(Guid PatientId, long ExpectedVersion, Guid EntryId, string Reason) : ICommand<ClinicalSummaryDto>, IPatientScoped;

/// <summary>
/// The clinical summaries of several patients at once (what <c>Patient.clinicalSummary</c> batches
/// into one): care staff read every patient's, a patient only their own; others get none.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Patient)]
[Audited("ClinicalSummary")]
public sealed record GetClinicalSummaries(IReadOnlyList<Guid> PatientIds) : IQuery<IReadOnlyDictionary<Guid, ClinicalSummaryDto>>;

[GraphQLName("Diagnosis")]
public sealed record DiagnosisDto(Guid Id, [property: GraphQLDescription("ICD-10 code, upper case with its dot, such as I25.10.")] string Code, string Text, DiagnosisStatus Status, DateOnly NotedOn);

[GraphQLName("Medication")]
public sealed record MedicationDto(Guid Id, string Name, string Dose, string Route, string Frequency, DateOnly? StartedOn, DateOnly? StoppedOn);

[GraphQLName("Allergy")]
public sealed record AllergyDto(Guid Id, string Substance, string? Reaction, AllergySeverity Severity);

/// <summary>One change to the summary: who did what to which entry, and what the entry said afterwards (or before removal).</summary>
[GraphQLName("ClinicalSummaryChange")]
public sealed record ClinicalChangeDto(DateTimeOffset At, string By, ClinicalEntryKind Kind, Guid EntryId, ClinicalChangeAction Action, string Detail);

/// <summary>A patient's diagnoses, medications and allergies as clinicians keep them, with the history of every change (oldest first).</summary>
[GraphQLName("ClinicalSummary")]
public sealed record ClinicalSummaryDto(
    Guid PatientId,
    IReadOnlyList<DiagnosisDto> Diagnoses,
    IReadOnlyList<MedicationDto> Medications,
    IReadOnlyList<AllergyDto> Allergies,
    IReadOnlyList<ClinicalChangeDto> History,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    long Version);
