using System.Web;
using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Trials;

namespace Platform.Plugins.Tests;

/// <summary>The ClinicalTrials.gov plugin, loaded from disk, reads v2 study records: recorded by default, the live API when configured (here a stand-in on loopback).</summary>
public sealed class ClinicalTrialsTests : IAsyncLifetime, IDisposable
{
    private static readonly GeoPoint _istanbul = new(41.0082, 28.9784);

    private readonly PluginFolders _folders = new();
    private PartnerHost _host = null!;

    private IClinicalTrialRegistry Registry => _host.Registry.Resolve<IClinicalTrialRegistry>("ctgov");

    public async Task InitializeAsync()
    {
        _folders.AddBuilt(PluginFolders.ClinicalTrials);
        _host = await PartnerHost.StartAsync(_folders.Root, [
            .. DemoPartners.ClinicalTrials("ctgov"),
            .. DemoPartners.ClinicalTrials("broken", ("Settings:RecordedStudies", "recorded/missing.json")),
        ]);
    }

    [Fact]
    public async Task CheckHealth_RecordedSet_IsHealthyAndSaysWhatItServes()
    {
        var health = await _host.Registry.CheckHealthAsync("ctgov");

        health.ShouldBe(PartnerHealth.Healthy("Recorded ClinicalTrials.gov v2 records: 14 studies, updated up to 2025-10-20 (Mode=Recorded; set Mode=Live for the live API)."));
    }

    [Fact]
    public async Task Search_ByCondition_FindsTheStudiesOfThatCondition()
    {
        var page = (await Registry.SearchAsync(new TrialSearch(Condition: "multiple myeloma"), default)).GetValueOrThrow();

        var study = page.Studies.ShouldHaveSingleItem();
        (study.StudyId, study.Status, page.TotalCount, page.NextPageToken).ShouldBe(("NCT09900101", RecruitmentStatus.Recruiting, 1, null));
        study.Phases.ShouldBe(["PHASE3"]);
    }

    [Fact]
    public async Task Search_NearIstanbulAndRecruiting_ListsOnlyStudiesWithASiteInRangeNearestFirst()
    {
        var search = new TrialSearch(Near: new TrialDistance(_istanbul, 50), Statuses: [RecruitmentStatus.Recruiting]);

        var page = (await Registry.SearchAsync(search, default)).GetValueOrThrow();

        page.Studies.Select(s => s.StudyId).ShouldBe(["NCT09900102", "NCT09900101", "NCT09900107", "NCT09900110", "NCT09900112", "NCT09900114"], ignoreOrder: true);
        page.Studies.Select(s => s.NearestSiteKm!.Value).ShouldBeInOrder(SortDirection.Ascending);
        page.Studies.ShouldAllBe(s => s.NearestSiteKm <= 50 && s.Status == RecruitmentStatus.Recruiting);
    }

    [Fact]
    public async Task Search_ByPatientAgeAndSex_LeavesOutStudiesThatExcludeThePatient()
    {
        var woman = await Registry.SearchAsync(new TrialSearch(Condition: "breast cancer", PatientAge: new TrialAge(34, TrialAgeUnit.Years), PatientSex: TrialSex.Female), default);
        var man = await Registry.SearchAsync(new TrialSearch(Condition: "breast cancer", PatientAge: new TrialAge(34, TrialAgeUnit.Years), PatientSex: TrialSex.Male), default);
        var child = await Registry.SearchAsync(new TrialSearch(Term: "CAR-T", PatientAge: new TrialAge(8, TrialAgeUnit.Years)), default);
        var infant = await Registry.SearchAsync(new TrialSearch(Term: "CAR-T", PatientAge: new TrialAge(6, TrialAgeUnit.Months)), default);

        woman.GetValueOrThrow().Studies.ShouldHaveSingleItem().StudyId.ShouldBe("NCT09900102");
        man.GetValueOrThrow().Studies.ShouldBeEmpty();
        child.GetValueOrThrow().Studies.ShouldHaveSingleItem().StudyId.ShouldBe("NCT09900105");
        infant.GetValueOrThrow().Studies.ShouldBeEmpty("the study enrols from 1 year");
    }

    [Fact]
    public async Task Search_InPages_VisitsEveryStudyOnce()
    {
        List<string> seen = [];
        string? token = null;
        var pages = 0;
        do
        {
            var page = (await Registry.SearchAsync(new TrialSearch(PageSize: 5, PageToken: token), default)).GetValueOrThrow();
            page.TotalCount.ShouldBe(14);
            seen.AddRange(page.Studies.Select(s => s.StudyId));
            token = page.NextPageToken;
            pages++;
        }
        while (token is not null);

        pages.ShouldBe(3);
        seen.Distinct().Count().ShouldBe(14);
    }

    [Fact]
    public async Task GetStudy_ReadsEligibilitySitesAndContactsFromTheV2Record()
    {
        var study = (await Registry.GetStudyAsync("NCT09900101", default)).GetValueOrThrow();

        study.Eligibility.ShouldBe(study.Eligibility with { Sex = TrialSex.All, MinimumAge = new TrialAge(18, TrialAgeUnit.Years), MaximumAge = new TrialAge(75, TrialAgeUnit.Years), HealthyVolunteers = false });
        study.Eligibility.InclusionCriteria.ShouldNotBeNull().ShouldStartWith("* Newly diagnosed multiple myeloma per IMWG criteria");
        study.Eligibility.ExclusionCriteria.ShouldNotBeNull().ShouldStartWith("* Prior anti-CD38 therapy");
        study.Eligibility.InclusionCriteria.ShouldNotContain("Exclusion");
        study.Interventions.ShouldBe(["Drug: Daratumumab", "Drug: Lenalidomide"]);
        (study.StudyType, study.LeadSponsor, study.LastUpdated).ShouldBe(("INTERVENTIONAL", "Anatolian Myeloma Study Group", new DateOnly(2025, 9, 18)));
        var site = study.Locations[0];
        (site.Facility, site.City, site.Country, site.Status).ShouldBe(("Acıbadem Maslak Hospital", "Istanbul", "Türkiye", RecruitmentStatus.Recruiting));
        site.Location.ShouldBe(new GeoPoint(41.1086, 29.0207));
        site.Contacts.Select(c => (c.Name, c.Role)).ShouldBe([("Dr. Deniz Öz", "CONTACT"), ("Prof. Dr. Selin Aktaş", "PRINCIPAL_INVESTIGATOR")]);
        study.CentralContacts.ShouldBe([new TrialContact("Myeloma Trial Office", "CONTACT", "+90 212 555 0101", "myeloma.trials@example.org")]);
        (await Registry.GetStudyAsync("NCT09900106", default)).GetValueOrThrow().Eligibility.HealthyVolunteers.ShouldBeTrue();
    }

    [Fact]
    public async Task GetStudy_UnknownOrMalformedId_DeclinesOrFailsWithTheReason()
    {
        var unknown = await Registry.GetStudyAsync("NCT00000001", default);
        var malformed = await Registry.GetStudyAsync("12345", default);

        unknown.Decline.ShouldNotBeNull().Code.ShouldBe("NOT_FOUND");
        malformed.Failure.ShouldBe(new PartnerFailure(PartnerFailureCategory.InvalidRequest, "'12345' is not an NCT number; expected NCT followed by 8 digits, such as NCT04368728."));
    }

    [Fact]
    public async Task Search_OutOfRangePageSizeOrForeignToken_FailsAsInvalidRequest()
    {
        (await Registry.SearchAsync(new TrialSearch(PageSize: 0), default)).Failure.ShouldBe(new PartnerFailure(PartnerFailureCategory.InvalidRequest, "The registry rejected the search: pageSize is 0; expected 1 to 100."));
        (await Registry.SearchAsync(new TrialSearch(PageToken: "NF0aaa"), default)).Failure.ShouldNotBeNull().Category.ShouldBe(PartnerFailureCategory.InvalidRequest);
    }

    [Fact]
    public async Task RecordedFileMissing_PartnerIsUnhealthyAndCallsFailUnavailable()
    {
        var health = await _host.Registry.CheckHealthAsync("broken");
        var search = await _host.Registry.Resolve<IClinicalTrialRegistry>("broken").SearchAsync(new TrialSearch(Condition: "asthma"), default);

        health.Status.ShouldBe(PartnerHealthStatus.Unhealthy);
        health.Description.ShouldNotBeNull().ShouldContain("missing.json");
        search.Failure.ShouldNotBeNull().Category.ShouldBe(PartnerFailureCategory.Unavailable);
    }

    [Fact]
    public async Task LiveMode_SendsTheV2QueryAndReadsTheAnswer()
    {
        using var server = new RecordedRegistryServer(Path.Combine(_folders.PathOf(PluginFolders.ClinicalTrials), "recorded", "studies.json"));
        await using var live = await PartnerHost.StartAsync(_folders.Root, DemoPartners.ClinicalTrials("live", ("Settings:Mode", "Live"), ("Settings:BaseAddress", server.BaseAddress.ToString())));
        var registry = live.Registry.Resolve<IClinicalTrialRegistry>("live");
        var search = new TrialSearch("breast cancer", "pembrolizumab", new TrialDistance(_istanbul, 100), [RecruitmentStatus.Recruiting, RecruitmentStatus.NotYetRecruiting], new TrialAge(40, TrialAgeUnit.Years), TrialSex.Female, PageSize: 10);

        var health = await live.Registry.CheckHealthAsync("live");
        var page = (await registry.SearchAsync(search, default)).GetValueOrThrow();
        var study = (await registry.GetStudyAsync("NCT09900107", default)).GetValueOrThrow();
        var missing = await registry.GetStudyAsync("NCT00000001", default);

        health.ShouldBe(PartnerHealth.Healthy("ClinicalTrials.gov API 2.0.5, data of 2025-10-20T09:00:00."));
        var query = HttpUtility.ParseQueryString(server.Requests.Single(r => r.AbsolutePath.EndsWith("/studies", StringComparison.Ordinal)).Query);
        (query["query.cond"], query["query.term"], query["filter.geo"], query["filter.overallStatus"], query["pageSize"], query["countTotal"])
            .ShouldBe(("breast cancer", "pembrolizumab", "distance(41.0082,28.9784,100km)", "RECRUITING,NOT_YET_RECRUITING", "10", "true"));
        query["filter.advanced"].ShouldBe("AREA[MinimumAge]RANGE[MIN, 40 years] AND AREA[MaximumAge]RANGE[40 years, MAX] AND AREA[Sex](FEMALE OR ALL)");
        page.Studies.ShouldNotContain(s => s.StudyId == "NCT09900107", "the answer is checked again: the prostate study enrols men only");
        page.TotalCount.ShouldBe(14);
        study.Eligibility.Sex.ShouldBe(TrialSex.Male);
        missing.Decline.ShouldNotBeNull().Code.ShouldBe("NOT_FOUND");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _folders.Dispose();
}
