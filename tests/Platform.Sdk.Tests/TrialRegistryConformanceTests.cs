using Platform.Sdk.Testing;
using Platform.Sdk.Trials;

namespace Platform.Sdk.Tests;

/// <summary>The kit's clinical-trial samples run against a small registry: search with every filter, then a study found by it.</summary>
public sealed class TrialRegistryConformanceTests
{
    // Not "manifest": this test assembly holds more than one plugin entry point, which the kit rightly reports.
    public static TheoryData<string> Checks => new(PluginConformance.CheckNames.Where(c => c != "manifest"));

    [Theory]
    [MemberData(nameof(Checks))]
    public Task A_registry_that_keeps_the_rules_passes(string check) =>
        PluginConformance.For<ShelfRegistryPlugin>(new ConformanceOptions
        {
            Capability = PartnerCapabilities.ClinicalTrialRegistry,
            Settings = new Dictionary<string, string?> { ["Delay"] = "00:00:00.005" },
            SlowSettings = new Dictionary<string, string?> { ["Delay"] = "00:01:00" },
            InvalidSettings = [new("Delay", "-1")],
        }).RunAsync(check);
}

public sealed class ShelfRegistryPlugin : IPartnerPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSettings<ShelfRegistrySettings>();
        builder.AddCapability<IClinicalTrialRegistry, ShelfRegistry>();
    }
}

public sealed record ShelfRegistrySettings([property: System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00", "00:10:00")] TimeSpan Delay);

/// <summary>Two studies on a shelf, filtered the way a registry filters.</summary>
internal sealed class ShelfRegistry(ShelfRegistrySettings settings, TimeProvider time) : IClinicalTrialRegistry
{
    private static readonly TrialStudy[] _studies =
    [
        Study("NCT05000001", "Daratumumab in newly diagnosed multiple myeloma", "multiple myeloma", RecruitmentStatus.Recruiting, TrialSex.All, 18, 75, new GeoPoint(41.04, 29.00)),
        Study("NCT05000002", "Exercise after prostatectomy", "prostate cancer", RecruitmentStatus.Completed, TrialSex.Male, 40, null, new GeoPoint(52.52, 13.40)),
    ];

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(settings.Delay, time, cancellationToken);
        return PartnerHealth.Healthy();
    }

    public async Task<PartnerResult<TrialSearchPage>> SearchAsync(TrialSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        await Task.Delay(settings.Delay, time, cancellationToken);
        var found = _studies
            .Where(s => search.Condition is null || s.Conditions.Any(c => c.Contains(search.Condition, StringComparison.OrdinalIgnoreCase)))
            .Where(s => search.Statuses is not { Count: > 0 } || search.Statuses.Contains(s.Status))
            .Where(s => search.PatientAge is null || s.Eligibility.Admits(search.PatientAge, search.PatientSex ?? TrialSex.All))
            .Where(s => search.Near is null || s.Locations.Any(l => l.Location is { } p && Math.Abs(p.Latitude - search.Near.Center.Latitude) < 5))
            .Take(search.PageSize)
            .Select(s => new TrialSummary(s.StudyId, s.BriefTitle, s.Status, s.Conditions, s.Phases))
            .ToList();
        return PartnerResult.Success(new TrialSearchPage(found, found.Count, null));
    }

    public async Task<PartnerResult<TrialStudy>> GetStudyAsync(string studyId, CancellationToken cancellationToken)
    {
        await Task.Delay(settings.Delay, time, cancellationToken);
        return _studies.FirstOrDefault(s => s.StudyId == studyId) is { } study
            ? PartnerResult.Success(study)
            : PartnerResult.Declined<TrialStudy>("NOT_FOUND", $"No study {studyId}.");
    }

    private static TrialStudy Study(string id, string title, string condition, RecruitmentStatus status, TrialSex sex, int minimumAge, int? maximumAge, GeoPoint site) => new(
        id, title, null, status, "INTERVENTIONAL", ["PHASE3"], [condition], [], null, "Sponsor",
        new TrialEligibility(sex, new TrialAge(minimumAge, TrialAgeUnit.Years), maximumAge is null ? null : new TrialAge(maximumAge.Value, TrialAgeUnit.Years), false, null, null),
        [new TrialLocation("Site", "City", "Country", null, status, site, [])], [], null);
}
