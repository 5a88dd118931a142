using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Patients.Contracts;

/// <summary>
/// Registers a new patient. Possible duplicates do not stop registration: they come back in the
/// result for a coordinator to review, and an administrator can merge them. <paramref name="PatientId"/>
/// lets the caller choose the record's id (an import that keeps the ids of another system, or a
/// client retrying a registration it may have sent already); an id already on file is refused, so a
/// retry never makes a second record. Left out, the platform assigns one.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
[Audited("Patient")]
public sealed record RegisterPatient(
    PatientKind Kind,
    PatientIdentity Identity,
    ContactDetails? Contacts,
    IReadOnlyList<string>? PreferredLanguages,
    bool InterpreterNeeded,
    Attribution Source,
    Guid? PatientId = null) : ICommand<RegistrationResult>;

/// <summary>The new patient, and records that may be the same person.</summary>
public sealed record RegistrationResult(PatientDto Patient, IReadOnlyList<DuplicateCandidateDto> PossibleDuplicates);
