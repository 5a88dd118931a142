using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>The demo center after discharge: follow-up plans worked with outcomes, closed journeys that obey the closing rule, and a heart patient's high blood pressure with its open task.</summary>
public sealed class DemoAftercareTests(DemoAftercareTests.DemoHost demo) : IClassFixture<DemoAftercareTests.DemoHost>
{
    /// <summary>One host with the demo center loaded.</summary>
    public sealed class DemoHost : IAsyncLifetime
    {
        public HostFactory Host { get; } = new() { Settings = { ["Demo:Enabled"] = "true", ["GraphQL:MaxCost"] = "100000" } };

        public async Task InitializeAsync() => await Host.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task TheDemo_HasWorkedFollowUpPlans_ClosedJourneysWithCompletePlans_AndAnOpenBloodPressureAlert()
    {
        var data = await DataAsync("coordinator", """
            { journeys(first: 100) { nodes { id stage serviceLine
                followUpPlan { started complete endReason items { status outcome } }
                monitoring { measures { measure openAlertTaskId lastReading { value range source } } } } } }
            """);
        var journeys = data.GetProperty("journeys").GetProperty("nodes").EnumerateArray().ToList();

        var closed = journeys.Where(j => j.GetProperty("stage").GetString() == "CLOSED").ToList();
        closed.ShouldNotBeEmpty();
        closed.ShouldAllBe(j => j.GetProperty("followUpPlan").GetProperty("started").GetBoolean() && j.GetProperty("followUpPlan").GetProperty("complete").GetBoolean());
        var items = journeys.SelectMany(j => j.GetProperty("followUpPlan").GetProperty("items").EnumerateArray()).ToList();
        items.Count(i => i.GetProperty("status").GetString() == "DONE" && i.GetProperty("outcome").GetString() is { Length: > 0 }).ShouldBeGreaterThan(10);
        items.ShouldContain(i => i.GetProperty("status").GetString() == "SKIPPED");
        journeys.ShouldContain(j => j.GetProperty("followUpPlan").GetProperty("endReason").GetString() == "TRANSFERRED_TO_HOME_PHYSICIAN");

        var alerted = journeys.SelectMany(j => j.GetProperty("monitoring").GetProperty("measures").EnumerateArray())
            .Where(m => m.GetProperty("measure").GetString() == "BLOOD_PRESSURE_SYSTOLIC" && m.GetProperty("openAlertTaskId").ValueKind == JsonValueKind.String)
            .ToList();
        alerted.ShouldNotBeEmpty("one patient in follow-up today has a high blood pressure with its task open");
        var alert = alerted[0];
        var queue = await DataAsync("clinician", """{ workQueue(role: "clinician") { id title priority } }""");
        queue.GetProperty("workQueue").EnumerateArray().ShouldContain(t =>
            t.GetProperty("id").GetString() == alert.GetProperty("openAlertTaskId").GetString() && t.GetProperty("title").GetString() == "Systolic blood pressure high: review the patient");
    }

    private async Task<JsonElement> DataAsync(string user, string query)
    {
        var client = demo.Host.CreateClient();
        var token = (await client.GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={user}", UriKind.Relative))).GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var body = JsonDocument.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement.Clone();
        body.TryGetProperty("errors", out _).ShouldBeFalse(body.ToString());
        return body.GetProperty("data");
    }
}
