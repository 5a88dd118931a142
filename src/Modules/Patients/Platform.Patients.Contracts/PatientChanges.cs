using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Patients.Contracts;

// Every change names the version it was made from; a change to a record someone else has
// changed since is refused, and so is any change to a record that was merged into another.

/// <summary>Corrects or completes the patient's identity (names, birth date, nationality, passport).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record UpdatePatientIdentity(Guid PatientId, long ExpectedVersion, PatientIdentity Identity) : ICommand<PatientDto>, IPatientScoped;

/// <summary>Replaces the patient's contact details, home address and home time zone.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record UpdateContactDetails(Guid PatientId, long ExpectedVersion, ContactDetails Contacts) : ICommand<PatientDto>, IPatientScoped;

/// <summary>Replaces the patient's languages, most preferred first (BCP 47 tags such as "ar" or "pt-BR").</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record SetLanguagePreferences(Guid PatientId, long ExpectedVersion, IReadOnlyList<string> Languages, bool InterpreterNeeded)
    : ICommand<PatientDto>, IPatientScoped;

/// <summary>Replaces the patient's cultural preferences.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record SetCulturalPreferences(Guid PatientId, long ExpectedVersion, CulturalPreferences Preferences) : ICommand<PatientDto>, IPatientScoped;

/// <summary>Adds a companion, next of kin or other contact person.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record AddRelatedPerson(Guid PatientId, long ExpectedVersion, RelatedPersonDetails Person) : ICommand<PatientDto>, IPatientScoped;

/// <summary>Removes a related person from the patient's record.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record RemoveRelatedPerson(Guid PatientId, long ExpectedVersion, Guid RelatedPersonId) : ICommand<PatientDto>, IPatientScoped;

/// <summary>Sets the patient's home-country physician, or clears it when <paramref name="Physician"/> is null.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
public sealed record SetHomePhysician(Guid PatientId, long ExpectedVersion, HomePhysicianDetails? Physician) : ICommand<PatientDto>, IPatientScoped;
