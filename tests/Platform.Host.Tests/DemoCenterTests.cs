using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Demo;

namespace Platform.Host.Tests;

/// <summary>The demo center a first run shows: loaded through the real requests, once, and visible by role.</summary>
public sealed class DemoCenterTests(DemoCenterTests.DemoHost demo) : IClassFixture<DemoCenterTests.DemoHost>
{
    private const string DemoPatientId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static readonly string[] _mariasDocuments = ["DISCHARGE_SUMMARY", "INVITATION_LETTER", "PASSPORT_COPY", "IMAGING_REPORT", "REFERRAL_LETTER"];
    private readonly HostFactory _host = demo.Host;

    /// <summary>One host with the demo center loaded, shared by the tests that only read it.</summary>
    public sealed class DemoHost : IAsyncLifetime
    {
        public HostFactory Host { get; } = new() { Settings = { ["Demo:Enabled"] = "true" } };

        public async Task InitializeAsync() => await Host.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task FirstRun_LoadsALivingCenter_FortyPatientsOfEveryKind_FromTenCountries_RegisteredOverMonths()
    {
        var patients = await AllPatientsAsync("coordinator");

        patients.Count.ShouldBeGreaterThanOrEqualTo(40);
        patients.Select(p => p.GetProperty("kind").GetString()).Distinct().Order()
            .ShouldBe(["EXPATRIATE_OR_FOREIGN_WORKER", "ILL_OR_INJURED_TRAVELER", "MEDICAL_TOURIST", "PENSIONER_OR_LONG_STAY_VISITOR"]);
        patients.Select(p => p.GetProperty("identity").GetProperty("nationality").GetString()).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10);
        var registered = patients.Select(p => p.GetProperty("registeredAt").GetDateTimeOffset()).ToList();
        (registered.Max() - registered.Min()).ShouldBeGreaterThan(TimeSpan.FromDays(180));
        registered.Max().ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task FirstRun_GivesEveryPatientAJourney_AtStagesFromInquiryToClosed_OnTheFivePathways_WithOverdueWork()
    {
        var body = await QueryAsync("coordinator", """
            { journeys(first: 100) { totalCount nodes { stage serviceLine careTeam { role } } }
              overdue: journeys(first: 1, filter: { overdue: true }) { totalCount }
              workQueue(role: "coordinator", includeAssigned: true, first: 200) { isOverdue escalationLevel }
              serviceLevelReport { total { onTime late } } }
            """);

        var data = body.GetProperty("data");
        var journeys = data.GetProperty("journeys").GetProperty("nodes").EnumerateArray().ToList();
        journeys.Count.ShouldBe(44);
        journeys.Select(j => j.GetProperty("stage").GetString()).Distinct().Order().ShouldBe(
            ["CANCELLED", "CLOSED", "CONFIRMED", "DECLINED", "DISCHARGED", "FOLLOW_UP", "INQUIRY", "IN_CARE", "LOST_TO_FOLLOW_UP", "MEDICAL_REVIEW", "PRE_TRAVEL", "QUOTATION"],
            ignoreOrder: true);
        journeys.Select(j => j.GetProperty("serviceLine").GetString()).OfType<string>().Distinct().Count().ShouldBe(5);
        journeys.ShouldAllBe(j => j.GetProperty("careTeam").GetArrayLength() >= 2);
        data.GetProperty("overdue").GetProperty("totalCount").GetInt32().ShouldBeGreaterThan(0);
        var queue = data.GetProperty("workQueue").EnumerateArray().ToList();
        queue.ShouldContain(t => t.GetProperty("isOverdue").GetBoolean() && t.GetProperty("escalationLevel").GetInt32() > 0);
        var report = data.GetProperty("serviceLevelReport").GetProperty("total");
        report.GetProperty("onTime").GetInt32().ShouldBeGreaterThan(report.GetProperty("late").GetInt32());
        report.GetProperty("late").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task DemoPatientLogin_SeesOnlyTheirOwnRecord_WithTheConsentsTheyGave()
    {
        var mine = await AllPatientsAsync("patient");

        var patient = mine.ShouldHaveSingleItem();
        patient.GetProperty("registryId").GetString().ShouldBe(DemoPatientId);
        patient.GetProperty("identity").GetProperty("familyName").GetString().ShouldBe("Santos");
        patient.GetProperty("identity").GetProperty("nationality").GetString().ShouldBe("BR");
        patient.GetProperty("preferredLanguages")[0].GetString().ShouldBe("pt-BR");
        var consents = (await QueryAsync("patient", "query($id: ID!) { patient(id: $id) { consents { kind granted } } }", new { id = patient.GetProperty("id").GetString() }))
            .GetProperty("data").GetProperty("patient").GetProperty("consents").EnumerateArray()
            .ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("granted").GetBoolean());
        consents.ShouldBe(new Dictionary<string, bool>
        {
            ["TREATMENT_DATA_SHARING"] = true,
            ["CROSS_BORDER_TRANSFER"] = true,
            ["MARKETING"] = true,
            ["TESTIMONIALS"] = true,
        });
    }

    [Fact]
    public async Task PartnerAgentLogin_SeesOnlyThePatientsTheirOrganizationReferred()
    {
        var everyone = await AllPatientsAsync("coordinator");
        var other = everyone.First(p => FamilyName(p) == "Müller");

        var listed = await AllPatientsAsync("partner_agent");
        var refused = await QueryAsync("partner_agent", "query($id: ID!) { patient(id: $id) { id } }", new { id = other.GetProperty("id").GetString() });

        listed.Select(FamilyName).Order().ShouldBe(["Nakamura", "Sato", "Takahashi", "Zhang"]);
        refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
    }

    [Fact]
    public async Task SecondStart_LeavesTheLoadedCenterAsItIs()
    {
        var before = (await AllPatientsAsync("coordinator")).Count;

        var sent = await DemoCenter.LoadIfEnabledAsync(_host.Services, _host.Services.GetRequiredService<IConfiguration>(), CancellationToken.None);

        sent.ShouldBe(0);
        (await AllPatientsAsync("coordinator")).Count.ShouldBe(before);
    }

    [Fact]
    public async Task FirstRun_FilesRealLookingRecords_InThePatientsLanguages_WithATranslation_AnOverdueRequestAndAShare()
    {
        var maria = (await AllPatientsAsync("patient")).ShouldHaveSingleItem();
        var everyone = await AllPatientsAsync("coordinator");
        string IdOf(string family) => everyone.First(p => FamilyName(p) == family).GetProperty("id").GetString()!;

        var mine = await DocumentsAsync("patient", maria.GetProperty("id").GetString()!);
        var abdullah = await DocumentsAsync("coordinator", IdOf("Al Qahtani"));
        var requests = (await QueryAsync("coordinator", "{ recordsRequests(first: 50) { provider { name country } status reminders dueBy } }"))
            .GetProperty("data").GetProperty("recordsRequests").EnumerateArray().ToList();

        _mariasDocuments.ShouldBeSubsetOf(mine.Select(d => d.GetProperty("type").GetString()!));
        mine.ShouldContain(d => d.GetProperty("language").GetString() == "pt-BR" && d.GetProperty("current").GetProperty("contentType").GetString() == "application/pdf");
        // The hand-back letter to his Saudi physician is written after discharge through the outbox, so it may not be there yet.
        abdullah.Count(d => d.GetProperty("language").GetString() == "ar" && d.GetProperty("type").GetString() != "HAND_BACK_LETTER").ShouldBe(3);
        var translated = abdullah.Single(d => d.GetProperty("translations").GetArrayLength() > 0).GetProperty("translations")[0];
        (translated.GetProperty("status").GetString(), translated.GetProperty("channel").GetString(), translated.GetProperty("targetLanguage").GetString()).ShouldBe(("COMPLETED", "manual", "en"));
        abdullah.ShouldContain(d => d.GetProperty("translationOfId").GetString() != null && d.GetProperty("language").GetString() == "en");
        var overdue = requests.Single(r => r.GetProperty("provider").GetProperty("country").GetString() == "RU");
        (overdue.GetProperty("provider").GetProperty("country").GetString(), overdue.GetProperty("status").GetString(), overdue.GetProperty("reminders").GetInt32()).ShouldBe(("RU", "REMINDED", 1));
        DateOnly.Parse(overdue.GetProperty("dueBy").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeLessThan(DateOnly.FromDateTime(DateTime.UtcNow));
        await using var scope = _host.Services.CreateAsyncScope();
        var shares = scope.ServiceProvider.GetRequiredService<Audit.Persistence.AuditDbContext>().Entries.Where(e => e.Request == "ShareDocuments" && e.Outcome == "Succeeded").Select(e => e.ResourceId).ToList();
        shares.ShouldContain(DemoPatientId);
    }

    private async Task<List<JsonElement>> DocumentsAsync(string user, string patientId) =>
        [.. (await QueryAsync(user, """
            query($id: ID!) { patient(id: $id) { documents(first: 25) { nodes { type language translationOfId current { contentType } translations { status channel targetLanguage } } } } }
            """, new { id = patientId })).GetProperty("data").GetProperty("patient").GetProperty("documents").GetProperty("nodes").EnumerateArray()];

    [Fact]
    public async Task FirstRun_GivesPatientsWhoReachedCare_AClinicalSummary_AndNoOneElse()
    {
        string[] cared = ["IN_CARE", "DISCHARGED", "FOLLOW_UP", "CLOSED", "LOST_TO_FOLLOW_UP"];
        var body = await QueryAsync("clinician", """
            { patients(first: 100) { nodes { journeys { stage } clinicalSummary { diagnoses { code } medications { name } history { by } } } } }
            """);

        var patients = body.GetProperty("data").GetProperty("patients").GetProperty("nodes").EnumerateArray().ToList();
        var withCare = patients.Where(p => p.GetProperty("journeys").EnumerateArray().Any(j => cared.Contains(j.GetProperty("stage").GetString()))).ToList();
        withCare.Count.ShouldBeGreaterThanOrEqualTo(10, body.ToString());
        foreach (var patient in patients)
        {
            var summary = patient.GetProperty("clinicalSummary");
            if (withCare.Contains(patient))
            {
                summary.GetProperty("diagnoses").GetArrayLength().ShouldBe(1, patient.ToString());
                summary.GetProperty("medications").GetArrayLength().ShouldBe(1, patient.ToString());
                summary.GetProperty("history")[0].GetProperty("by").GetString().ShouldBe("clinician", patient.ToString());
            }
            else
            {
                summary.ValueKind.ShouldBe(JsonValueKind.Null, patient.ToString());
            }
        }
    }

    private async Task<List<JsonElement>> AllPatientsAsync(string user)
    {
        var all = new List<JsonElement>();
        string? after = null;
        do
        {
            var body = await QueryAsync(user, """
                query($after: String) { patients(first: 25, after: $after) {
                  nodes { id registryId kind identity { familyName nationality } registeredAt preferredLanguages }
                  pageInfo { hasNextPage endCursor } } }
                """, new { after });
            var page = body.GetProperty("data").GetProperty("patients");
            all.AddRange(page.GetProperty("nodes").EnumerateArray());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);
        return all;
    }

    private static string? FamilyName(JsonElement patient) => patient.GetProperty("identity").GetProperty("familyName").GetString();

    private async Task<JsonElement> QueryAsync(string user, string query, object? variables = null)
    {
        var client = _host.CreateClient();
        var token = (await client.GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={user}", UriKind.Relative))).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
