using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Plugins;
using Platform.Sdk.Trials;

namespace Platform.Host.Tests;

/// <summary>The partners API over real HTTP: the list for administrators and coordinators, and connection tests for administrators.</summary>
public sealed class PartnersGraphQLTests : IDisposable
{
    private const string PartnersQuery = """
        { partners { id pluginId pluginVersion capability enabled status circuit lastError
                     health { status description checkedAt }
                     metrics { calls succeeded failed failureRatio latencySamples p50Ms p95Ms p99Ms windowSeconds failuresByCategory { category count } } } }
        """;

    private const string TestConnection = """
        mutation($id: String!) { testPartnerConnection(input: { partnerId: $id }) {
            connectionTest { partnerId status description durationMs }
            errors { __typename message code ... on ValidationError { field rule value } } } }
        """;

    private readonly HostFactory _host = new()
    {
        Settings =
        {
            ["Plugins:Root"] = Path.Combine(HostFactory.RepositoryRoot(), "build", "artifacts", "plugins"),
            ["Plugins:WatchForChanges"] = "false",
            ["Partners:dormant:Plugin"] = "demo-insurer",
            ["Partners:dormant:Capability"] = "insurer",
            ["Partners:dormant:Enabled"] = "false",
        },
    };

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Partners_ForACoordinator_ListsEveryPartnerWithPluginHealthAndMetrics()
    {
        var token = await TokenAsync("coordinator");
        var registry = _host.Services.GetRequiredService<PartnerRegistry>();
        await registry.Resolve<IClinicalTrialRegistry>("ctgov").SearchAsync(new TrialSearch(Condition: "myeloma"), default);

        var body = await PostAsync(new { query = PartnersQuery }, token);

        body.TryGetProperty("errors", out _).ShouldBeFalse(body.ToString());
        var partners = body.GetProperty("data").GetProperty("partners").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        partners.Keys.ShouldBe(["bosphorus-transfers", "carelink-video", "ctgov", "dormant", "globalcare", "lingua-medica"], ignoreOrder: true);
        var ctgov = partners["ctgov"];
        (ctgov.GetProperty("pluginId").GetString(), ctgov.GetProperty("pluginVersion").GetString(), ctgov.GetProperty("capability").GetString(), ctgov.GetProperty("status").GetString(), ctgov.GetProperty("circuit").GetString())
            .ShouldBe(("clinical-trials", "1.0.0", "clinical-trial-registry", "ACTIVE", "Closed"));
        ctgov.GetProperty("health").GetProperty("status").GetString().ShouldBe("HEALTHY");
        ctgov.GetProperty("health").GetProperty("description").GetString()!.ShouldStartWith("Recorded ClinicalTrials.gov v2 records: 14 studies");
        var metrics = ctgov.GetProperty("metrics");
        (metrics.GetProperty("calls").GetInt64(), metrics.GetProperty("succeeded").GetInt64(), metrics.GetProperty("failed").GetInt64(), metrics.GetProperty("latencySamples").GetInt32()).ShouldBe((1L, 1L, 0L, 1));
        metrics.GetProperty("p50Ms").GetDouble().ShouldBeGreaterThan(0);
        metrics.GetProperty("windowSeconds").GetDouble().ShouldBe(300);
        partners.Values.Where(p => p.GetProperty("enabled").GetBoolean()).ShouldAllBe(p => p.GetProperty("health").GetProperty("status").GetString() == "HEALTHY");
        var dormant = partners["dormant"];
        (dormant.GetProperty("status").GetString(), dormant.GetProperty("health").GetProperty("status").GetString(), dormant.GetProperty("metrics").GetProperty("p50Ms").ValueKind)
            .ShouldBe(("DISABLED", "UNHEALTHY", JsonValueKind.Null));
    }

    [Theory]
    [InlineData("clinician", "FORBIDDEN")]
    [InlineData("partner_agent", "FORBIDDEN")]
    [InlineData(null, "UNAUTHENTICATED")]
    public async Task Partners_ForOtherRolesOrAnonymous_IsRefused(string? user, string code)
    {
        var token = user is null ? null : await TokenAsync(user);

        var body = await PostAsync(new { query = "{ partners { id } }" }, token);

        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task TestPartnerConnection_ForAnAdministrator_RunsTheHealthCheck()
    {
        var body = await PostAsync(new { query = TestConnection, variables = new { id = "lingua-medica" } }, await TokenAsync("administrator"));

        body.TryGetProperty("errors", out _).ShouldBeFalse(body.ToString());
        var payload = body.GetProperty("data").GetProperty("testPartnerConnection");
        payload.GetProperty("errors").GetArrayLength().ShouldBe(0);
        var test = payload.GetProperty("connectionTest");
        (test.GetProperty("partnerId").GetString(), test.GetProperty("status").GetString()).ShouldBe(("lingua-medica", "HEALTHY"));
        test.GetProperty("description").GetString()!.ShouldStartWith("Lingua Medica booking API answering in about 150 ms");
        test.GetProperty("durationMs").GetDouble().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("nobody", "NotFoundError", "NOT_FOUND", "Partner 'nobody' does not exist.")]
    [InlineData("dormant", "BusinessRuleError", "PARTNER_DISABLED", "Partner 'dormant' is disabled in configuration (Partners:dormant:Enabled); enable it to test its connection.")]
    [InlineData("", "ValidationError", "VALIDATION_FAILED", "'partnerId' must not be empty; got ''.")]
    public async Task TestPartnerConnection_ThatCannotRun_ReturnsTypedUserErrors(string id, string type, string code, string message)
    {
        var body = await PostAsync(new { query = TestConnection, variables = new { id } }, await TokenAsync("administrator"));

        body.TryGetProperty("errors", out _).ShouldBeFalse(body.ToString());
        var payload = body.GetProperty("data").GetProperty("testPartnerConnection");
        payload.GetProperty("connectionTest").ValueKind.ShouldBe(JsonValueKind.Null);
        var error = payload.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString(), error.GetProperty("message").GetString()).ShouldBe((type, code, message));
    }

    [Fact]
    public async Task TestPartnerConnection_ForACoordinator_IsForbidden()
    {
        var body = await PostAsync(new { query = TestConnection, variables = new { id = "globalcare" } }, await TokenAsync("coordinator"));

        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString().ShouldBe("FORBIDDEN");
    }

    private async Task<JsonElement> PostAsync(object body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await _host.CreateClient().SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task<string> TokenAsync(string user)
    {
        var response = await _host.CreateClient().GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={user}", UriKind.Relative));
        return response.GetProperty("accessToken").GetString()!;
    }
}
