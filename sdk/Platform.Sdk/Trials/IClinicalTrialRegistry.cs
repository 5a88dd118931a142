namespace Platform.Sdk.Trials;

/// <summary>
/// A clinical-trial registry: search for studies a patient may qualify for, and read a study's
/// eligibility criteria, sites and contacts. Shaped after the ClinicalTrials.gov API v2 study record
/// (<c>/api/v2/studies</c>), so a connector to it maps field for field and other registries fit.
/// </summary>
[PartnerCapability(PartnerCapabilities.ClinicalTrialRegistry)]
public interface IClinicalTrialRegistry : IPartnerCapability
{
    /// <summary>Searches studies (ClinicalTrials.gov <c>query.cond</c>, <c>query.term</c>, <c>filter.geo</c>, <c>filter.overallStatus</c>, paging).</summary>
    /// <param name="search">The criteria.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with one page of matches (possibly empty).</returns>
    Task<PartnerResult<TrialSearchPage>> SearchAsync(TrialSearch search, CancellationToken cancellationToken);

    /// <summary>Reads one study in full.</summary>
    /// <param name="studyId">The registry's id, e.g. an NCT number <c>NCT04368728</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the study; Declined with code <c>NOT_FOUND</c> for an unknown id.</returns>
    Task<PartnerResult<TrialStudy>> GetStudyAsync(string studyId, CancellationToken cancellationToken);
}
