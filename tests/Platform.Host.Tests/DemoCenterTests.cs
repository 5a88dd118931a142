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
        patients.Select(p => p.GetProperty("nationality").GetString()).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10);
        var registered = patients.Select(p => p.GetProperty("registeredAt").GetDateTimeOffset()).ToList();
        (registered.Max() - registered.Min()).ShouldBeGreaterThan(TimeSpan.FromDays(180));
        registered.Max().ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task DemoPatientLogin_ReadsTheirOwnRecord_WithTheConsentsTheyGave()
    {
        var body = await QueryAsync("patient", $$"""{ patient(id: "{{DemoPatientId}}") { identity { familyName givenName nationality } preferredLanguages } }""");

        var patient = body.GetProperty("data").GetProperty("patient");
        patient.GetProperty("identity").GetProperty("familyName").GetString().ShouldBe("Santos");
        patient.GetProperty("identity").GetProperty("nationality").GetString().ShouldBe("BR");
        patient.GetProperty("preferredLanguages")[0].GetString().ShouldBe("pt-BR");
    }

    [Fact]
    public async Task PartnerAgentLogin_SeesOnlyThePatientsTheirOrganizationReferred()
    {
        var everyone = await AllPatientsAsync("coordinator");
        var referred = everyone.Where(p => p.GetProperty("familyName").GetString() is "Sato" or "Takahashi" or "Zhang" or "Nakamura").ToList();
        var other = everyone.First(p => p.GetProperty("familyName").GetString() == "Müller");

        foreach (var patient in referred)
        {
            var read = await QueryAsync("partner_agent", $$"""{ patient(id: "{{patient.GetProperty("id").GetString()}}") { id } }""");
            read.TryGetProperty("errors", out _).ShouldBeFalse(read.ToString());
        }

        var refused = await QueryAsync("partner_agent", $$"""{ patient(id: "{{other.GetProperty("id").GetString()}}") { id } }""");
        refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
        referred.Count.ShouldBe(4);
    }

    [Fact]
    public async Task SecondStart_LeavesTheLoadedCenterAsItIs()
    {
        var before = (await AllPatientsAsync("coordinator")).Count;

        var sent = await DemoCenter.LoadIfEnabledAsync(_host.Services, _host.Services.GetRequiredService<IConfiguration>(), CancellationToken.None);

        sent.ShouldBe(0);
        (await AllPatientsAsync("coordinator")).Count.ShouldBe(before);
    }

    private async Task<List<JsonElement>> AllPatientsAsync(string user)
    {
        var all = new List<JsonElement>();
        string? after = null;
        do
        {
            var body = await QueryAsync(user, "query($after: String) { patients(first: 25, after: $after) { items { id kind familyName nationality registeredAt } nextCursor } }", new { after });
            var page = body.GetProperty("data").GetProperty("patients");
            all.AddRange(page.GetProperty("items").EnumerateArray());
            after = page.GetProperty("nextCursor").GetString();
        }
        while (after is not null);
        return all;
    }

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
