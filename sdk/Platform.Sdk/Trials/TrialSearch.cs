namespace Platform.Sdk.Trials;

/// <summary>Recruitment status of a study or a site (ClinicalTrials.gov <c>overallStatus</c>).</summary>
public enum RecruitmentStatus
{
    /// <summary>Not yet recruiting.</summary>
    NotYetRecruiting,

    /// <summary>Recruiting.</summary>
    Recruiting,

    /// <summary>Enrolling by invitation only.</summary>
    EnrollingByInvitation,

    /// <summary>Active, not recruiting.</summary>
    ActiveNotRecruiting,

    /// <summary>Suspended.</summary>
    Suspended,

    /// <summary>Terminated.</summary>
    Terminated,

    /// <summary>Completed.</summary>
    Completed,

    /// <summary>Withdrawn before enrolling.</summary>
    Withdrawn,

    /// <summary>Status not verified recently.</summary>
    Unknown,
}

/// <summary>The sexes a study enrols (ClinicalTrials.gov <c>eligibilityModule.sex</c>); also the patient's sex in a search.</summary>
public enum TrialSex
{
    /// <summary>All sexes.</summary>
    All,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}

/// <summary>Search criteria; every one given narrows the search.</summary>
/// <param name="Condition">Condition or disease (<c>query.cond</c>), e.g. "multiple myeloma".</param>
/// <param name="Term">Other terms (<c>query.term</c>): intervention, sponsor, keywords.</param>
/// <param name="Near">Sites within a distance of a point (<c>filter.geo</c>).</param>
/// <param name="Statuses">Study statuses to include (<c>filter.overallStatus</c>); empty means any.</param>
/// <param name="PatientAge">The patient's age: only studies whose age range includes it.</param>
/// <param name="PatientSex">The patient's sex: only studies enrolling it.</param>
/// <param name="PageSize">Studies per page, 1 to 100.</param>
/// <param name="PageToken">The token from the previous page's <see cref="TrialSearchPage.NextPageToken"/>.</param>
public sealed record TrialSearch(
    string? Condition = null,
    string? Term = null,
    TrialDistance? Near = null,
    IReadOnlyList<RecruitmentStatus>? Statuses = null,
    TrialAge? PatientAge = null,
    TrialSex? PatientSex = null,
    int PageSize = 20,
    string? PageToken = null);

/// <summary>A circle to search sites in.</summary>
/// <param name="Center">The point, e.g. the patient's city or the hospital.</param>
/// <param name="RadiusKm">The radius in kilometres.</param>
public sealed record TrialDistance(GeoPoint Center, double RadiusKm);

/// <summary>The unit of an age bound, as registries write them ("18 Years", "6 Months").</summary>
public enum TrialAgeUnit
{
    /// <summary>Years.</summary>
    Years,

    /// <summary>Months.</summary>
    Months,

    /// <summary>Weeks.</summary>
    Weeks,

    /// <summary>Days.</summary>
    Days,
}

/// <summary>An age, as ClinicalTrials.gov writes <c>minimumAge</c> and <c>maximumAge</c>.</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">Its unit.</param>
public sealed record TrialAge(int Value, TrialAgeUnit Unit)
{
    /// <summary>The age in days (a year counted as 365.25 days, a month as a twelfth of that), to compare ages in different units.</summary>
    public double TotalDays => Unit switch
    {
        TrialAgeUnit.Years => Value * 365.25,
        TrialAgeUnit.Months => Value * 365.25 / 12,
        TrialAgeUnit.Weeks => Value * 7,
        _ => Value,
    };
}

/// <summary>One page of search results.</summary>
/// <param name="Studies">The studies on this page.</param>
/// <param name="TotalCount">How many studies match in all, when the registry counts.</param>
/// <param name="NextPageToken">The token for the next page; <see langword="null"/> on the last page.</param>
public sealed record TrialSearchPage(IReadOnlyList<TrialSummary> Studies, int? TotalCount, string? NextPageToken);

/// <summary>A study as listed in search results.</summary>
/// <param name="StudyId">The registry's id (NCT number).</param>
/// <param name="BriefTitle">The brief title.</param>
/// <param name="Status">The overall recruitment status.</param>
/// <param name="Conditions">The conditions studied.</param>
/// <param name="Phases">Phases, e.g. <c>PHASE2</c>, <c>PHASE3</c>; empty for observational studies.</param>
/// <param name="NearestSiteKm">Distance to the nearest site, when the search gave a point.</param>
public sealed record TrialSummary(string StudyId, string BriefTitle, RecruitmentStatus Status, IReadOnlyList<string> Conditions, IReadOnlyList<string> Phases, double? NearestSiteKm = null);
