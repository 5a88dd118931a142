namespace Platform.Sdk.Trials;

/// <summary>A study in full (ClinicalTrials.gov <c>protocolSection</c>).</summary>
/// <param name="StudyId">The registry's id (<c>identificationModule.nctId</c>).</param>
/// <param name="BriefTitle">The brief title.</param>
/// <param name="OfficialTitle">The official title.</param>
/// <param name="Status">The overall recruitment status (<c>statusModule.overallStatus</c>).</param>
/// <param name="StudyType">e.g. <c>INTERVENTIONAL</c>, <c>OBSERVATIONAL</c> (<c>designModule.studyType</c>).</param>
/// <param name="Phases">Phases (<c>designModule.phases</c>).</param>
/// <param name="Conditions">Conditions studied (<c>conditionsModule.conditions</c>).</param>
/// <param name="Interventions">Interventions by name, e.g. "Drug: Daratumumab".</param>
/// <param name="BriefSummary">The brief summary (<c>descriptionModule.briefSummary</c>).</param>
/// <param name="LeadSponsor">The lead sponsor's name.</param>
/// <param name="Eligibility">Who may take part.</param>
/// <param name="Locations">The sites.</param>
/// <param name="CentralContacts">Contacts for the whole study.</param>
/// <param name="LastUpdated">When the record was last updated (<c>lastUpdatePostDateStruct</c>).</param>
public sealed record TrialStudy(
    string StudyId,
    string BriefTitle,
    string? OfficialTitle,
    RecruitmentStatus Status,
    string? StudyType,
    IReadOnlyList<string> Phases,
    IReadOnlyList<string> Conditions,
    IReadOnlyList<string> Interventions,
    string? BriefSummary,
    string? LeadSponsor,
    TrialEligibility Eligibility,
    IReadOnlyList<TrialLocation> Locations,
    IReadOnlyList<TrialContact> CentralContacts,
    DateOnly? LastUpdated);

/// <summary>Who may take part (ClinicalTrials.gov <c>eligibilityModule</c>).</summary>
/// <param name="Sex">The sexes enrolled.</param>
/// <param name="MinimumAge">The youngest age enrolled; <see langword="null"/> for no lower bound.</param>
/// <param name="MaximumAge">The oldest age enrolled; <see langword="null"/> for no upper bound.</param>
/// <param name="HealthyVolunteers">Whether healthy volunteers are accepted.</param>
/// <param name="InclusionCriteria">The inclusion criteria text, as the registry writes it.</param>
/// <param name="ExclusionCriteria">The exclusion criteria text, as the registry writes it.</param>
public sealed record TrialEligibility(TrialSex Sex, TrialAge? MinimumAge, TrialAge? MaximumAge, bool HealthyVolunteers, string? InclusionCriteria, string? ExclusionCriteria)
{
    /// <summary>Whether a patient of this age and sex falls within the structured criteria (the text criteria still need a clinician).</summary>
    /// <param name="age">The patient's age.</param>
    /// <param name="sex">The patient's sex, <see cref="TrialSex.Female"/> or <see cref="TrialSex.Male"/>.</param>
    /// <returns>Whether the age is within the bounds and the sex is enrolled.</returns>
    public bool Admits(TrialAge age, TrialSex sex)
    {
        ArgumentNullException.ThrowIfNull(age);
        var days = age.TotalDays;
        return (Sex == TrialSex.All || Sex == sex)
            && (MinimumAge is null || days >= MinimumAge.TotalDays)
            && (MaximumAge is null || days <= MaximumAge.TotalDays);
    }
}

/// <summary>A study site (ClinicalTrials.gov <c>contactsLocationsModule.locations</c>).</summary>
/// <param name="Facility">The facility's name.</param>
/// <param name="City">City.</param>
/// <param name="Country">Country as the registry writes it (ClinicalTrials.gov gives names, e.g. "Türkiye").</param>
/// <param name="State">State or region.</param>
/// <param name="Status">The site's own recruitment status.</param>
/// <param name="Location">The site's coordinates.</param>
/// <param name="Contacts">Contacts at the site.</param>
public sealed record TrialLocation(string Facility, string City, string Country, string? State, RecruitmentStatus? Status, GeoPoint? Location, IReadOnlyList<TrialContact> Contacts);

/// <summary>A person to contact about a study.</summary>
/// <param name="Name">Name.</param>
/// <param name="Role">e.g. <c>CONTACT</c>, <c>PRINCIPAL_INVESTIGATOR</c>.</param>
/// <param name="Phone">Phone number as the registry gives it.</param>
/// <param name="Email">E-mail address.</param>
public sealed record TrialContact(string Name, string? Role, string? Phone, string? Email);
