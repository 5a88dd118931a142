using MediatR;

namespace Platform.Patients.Contracts;

// Told to other modules through the outbox, in order per patient. They carry identifiers and
// the facts a read model needs, not the patient's personal details: ask with GetPatient.

/// <summary>A patient was registered.</summary>
public sealed record PatientRegistered(
    Guid PatientId,
    PatientKind Kind,
    string Nationality,
    AttributionChannel Source,
    Guid? ReferrerOrganizationId,
    DateTimeOffset RegisteredAt) : INotification;

/// <summary>Which part of a patient's record changed.</summary>
public enum PatientDetailsSection
{
    Identity,
    Contacts,
    Languages,
    CulturalPreferences,
    RelatedPersons,
    HomePhysician,
}

/// <summary>Part of a patient's record changed; <see cref="Version"/> is the record's version after the change.</summary>
public sealed record PatientDetailsChanged(Guid PatientId, PatientDetailsSection Section, long Version, DateTimeOffset ChangedAt) : INotification;

/// <summary>A consent decision was recorded; <see cref="Granted"/> is the state now in force.</summary>
public sealed record ConsentChanged(
    Guid PatientId,
    ConsentKind Kind,
    ConsentDecision Decision,
    bool Granted,
    DateTimeOffset OccurredAt,
    ConsentChannel Channel) : INotification;

/// <summary>
/// A duplicate record was merged into a survivor. Modules holding records of the duplicate should
/// re-point them to the survivor; the duplicate stays readable, marked as merged.
/// </summary>
public sealed record PatientsMerged(Guid SurvivorId, Guid DuplicateId, DateTimeOffset MergedAt, string MergedBy) : INotification;
