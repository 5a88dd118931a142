using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Patients.Contracts;

/// <summary>Why a record may be the same person.</summary>
public enum DuplicateReason
{
    /// <summary>Same passport number issued by the same country.</summary>
    SamePassport,

    /// <summary>Same names (ignoring case, accents, punctuation and order) and same date of birth.</summary>
    SameNameAndDateOfBirth,
    SameEmail,
    SamePhone,
}

/// <summary>Records that may be the same person as this patient (merged records are left out).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Administrator)]
public sealed record FindDuplicateCandidates(Guid PatientId) : IQuery<IReadOnlyList<DuplicateCandidateDto>>, IPatientScoped;

/// <summary>Records that may be the same person as someone about to be registered.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Administrator)]
[Audited("Patient")]
public sealed record CheckForDuplicates(DuplicateProbe Probe) : IQuery<IReadOnlyList<DuplicateCandidateDto>>;

/// <summary>What is known of a person; give at least a passport with nationality, names with birth date, an email or a phone.</summary>
public sealed record DuplicateProbe(
    string? FamilyName,
    string? GivenName,
    DateOnly? DateOfBirth,
    string? Nationality,
    string? PassportNumber,
    string? Email,
    string? Phone);

/// <summary>
/// A record that may be the same person, with every reason found. <see cref="Score"/> is between
/// 0 and 1: the more independent reasons agree, the closer it is to 1 (a passport alone gives 0.9).
/// </summary>
public sealed record DuplicateCandidateDto(
    Guid PatientId,
    string FamilyName,
    string? GivenName,
    DateOnly DateOfBirth,
    string Nationality,
    IReadOnlyList<DuplicateReason> Reasons,
    decimal Score);

/// <summary>
/// Merges a duplicate into the surviving record (<see cref="PatientId"/>). The duplicate is kept,
/// marked as merged; the survivor gains its related persons, languages and consent history, and
/// other modules are told through <see cref="PatientsMerged"/> so they can re-point their records.
/// </summary>
[RequiresRole(Roles.Administrator)]
public sealed record MergePatients(Guid PatientId, long ExpectedVersion, Guid DuplicateId, long DuplicateExpectedVersion, string? Note)
    : ICommand<PatientDto>, IPatientScoped;
