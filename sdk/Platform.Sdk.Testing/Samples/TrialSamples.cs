using Platform.Sdk.Trials;

namespace Platform.Sdk.Testing.Samples;

/// <summary>A search for recruiting multiple-myeloma studies near Istanbul for a 58-year-old woman, then one study in full.</summary>
internal static class TrialSamples
{
    public static IReadOnlyList<SampleCall> Calls()
    {
        var search = new TrialSearch("multiple myeloma", Near: new TrialDistance(Requests.Hospital.Location!, 500), Statuses: [RecruitmentStatus.Recruiting],
            PatientAge: new TrialAge(58, TrialAgeUnit.Years), PatientSex: TrialSex.Female, PageSize: 10);
        return
        [
            SampleCall.Read<IClinicalTrialRegistry, TrialSearchPage>("SearchAsync", (r, ct) => r.SearchAsync(search, ct),
                p => p.Studies.Count > search.PageSize ? $"{p.Studies.Count} studies on a page of {search.PageSize}"
                    : p.Studies.Any(s => string.IsNullOrWhiteSpace(s.StudyId)) ? "a study without StudyId" : null),
            SampleCall.ReadAbout<IClinicalTrialRegistry, TrialStudy>(
                "GetStudyAsync",
                async r =>
                {
                    var page = await r.SearchAsync(search with { Statuses = [], Near = null, PatientAge = null, PatientSex = null }, CancellationToken.None).ConfigureAwait(false);
                    return page.TryGetValue(out var found) && found.Studies.Count > 0 ? found.Studies[0].StudyId : "NCT00000000";
                },
                (r, studyId, ct) => r.GetStudyAsync(studyId, ct),
                (s, studyId) => !string.Equals(s.StudyId, studyId, StringComparison.OrdinalIgnoreCase) ? $"study '{s.StudyId}' when '{studyId}' was asked for" : null),
        ];
    }
}
