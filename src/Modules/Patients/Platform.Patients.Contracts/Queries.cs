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
/// Which patients a list holds; every condition given must hold. Name matches a fragment of any
/// name, Latin or native script, ignoring case and accents; nationality and home country (the
/// source market: the country of the home address) are ISO 3166-1 codes; the registration range
/// is from (inclusive) to (exclusive). Merged records are left out unless asked for.
/// </summary>
public sealed record PatientFilter(
    string? Name = null,
    string? Nationality = null,
    PatientKind? Kind = null,
    AttributionChannel? Source = null,
    Guid? ReferrerOrganizationId = null,
    string? HomeCountry = null,
    DateTimeOffset? RegisteredFrom = null,
    DateTimeOffset? RegisteredBefore = null,
    bool? InterpreterNeeded = null,
    bool IncludeMerged = false);

/// <summary>
/// A page of patients, filtered and ordered, by keyset: a page holds 1 to 100. Pass a cursor of an
/// earlier page, with the same filter and order, as After (the page continues after it) or Before
/// (the page ends before it); Backward reads the page from its end (Relay's <c>last</c>).
/// Staff see every patient; a patient only their own record; a partner agent only the patients
/// their organization holds a grant for.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
[Audited("Patient")]
public sealed record SearchPatients(
    PatientFilter? Filter = null,
    PatientOrder OrderBy = PatientOrder.FamilyName,
    int PageSize = 25,
    string? After = null,
    string? Before = null,
    bool Backward = false) : IQuery<PatientPage>;

/// <summary>How many patients a filter matches, among those the user may see (as <see cref="SearchPatients"/>).</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
public sealed record CountPatients(PatientFilter? Filter = null) : IQuery<int>;

/// <summary>
/// A page of patients in order, each with its cursor. Paging forward, <see cref="HasNextPage"/> is
/// exact and <see cref="HasPreviousPage"/> is true when After was given; backward, the reverse.
/// </summary>
public sealed record PatientPage(IReadOnlyList<PatientEdge> Edges, bool HasNextPage, bool HasPreviousPage)
{
    /// <summary>The cursor to pass as After for the next page; null when there is none.</summary>
    public string? NextCursor => HasNextPage && Edges.Count > 0 ? Edges[^1].Cursor : null;
}

/// <summary>One patient of a page and the cursor to page from it.</summary>
public sealed record PatientEdge(PatientDto Patient, string Cursor);
