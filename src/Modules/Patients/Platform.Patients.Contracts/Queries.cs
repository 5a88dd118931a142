using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Patients.Contracts;

/// <summary>One patient's record: for staff, for the patient themself, and for a partner agent whose organization holds a grant.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record GetPatient(Guid PatientId) : IQuery<PatientDto>, IPatientScoped;

public enum PatientOrder
{
    /// <summary>By family name (ignoring case and accents), then by record.</summary>
    FamilyName,

    /// <summary>Most recently registered first.</summary>
    NewestFirst,
}

/// <summary>
/// A page of patients, filtered and ordered, for staff. Name matches a fragment of any name, Latin
/// or native script, ignoring case and accents; nationality is an ISO 3166-1 code; a page holds 1
/// to 100. Pass the previous page's <see cref="PatientPage.NextCursor"/> as After, with the same
/// filters and order, for the next page.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator)]
[Audited("Patient")]
public sealed record SearchPatients(
    string? Name = null,
    string? Nationality = null,
    PatientKind? Kind = null,
    AttributionChannel? Source = null,
    PatientOrder OrderBy = PatientOrder.FamilyName,
    int First = 25,
    string? After = null,
    bool IncludeMerged = false) : IQuery<PatientPage>;

/// <summary>A page of patients; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record PatientPage(IReadOnlyList<PatientSummaryDto> Items, string? NextCursor);
