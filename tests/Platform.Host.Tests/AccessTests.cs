using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Audit.Persistence;

namespace Platform.Host.Tests;

/// <summary>Sign-in and refusal over real HTTP: dev tokens, JWT validation, the pipeline's authorization and audit.</summary>
public sealed class AccessTests : IDisposable
{
    private readonly HostFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task DevToken_ForADemoUser_CarriesTheirRoleAndIsAcceptedByTheApi()
    {
        var client = _host.CreateClient();

        var token = await TokenAsync(client, "administrator");
        var verify = await SendAsync(client, "/audit/verify", token);

        var claims = new JsonWebToken(token);
        claims.GetClaim("role").Value.ShouldBe("administrator");
        claims.Issuer.ShouldBe("international-patient-center");
        verify.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var report = JsonDocument.Parse(await verify.Content.ReadAsStringAsync());
        report.RootElement.GetProperty("intact").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task DevToken_ForAnUnknownUser_ListsTheDemoUsers()
    {
        var client = _host.CreateClient();

        var response = await client.GetAsync(new Uri("/auth/dev-token?user=nobody", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/auth/dev-token", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("'nobody' is not a demo user: expected one of coordinator, case_manager, clinician");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Request_WithoutToken_Is401_WithWrongRole_Is403_AndBothAreAudited()
    {
        var client = _host.CreateClient();
        var coordinator = await TokenAsync(client, "coordinator");

        var anonymous = await SendAsync(client, "/audit/verify", null);
        var forbidden = await SendAsync(client, "/audit/verify", coordinator);

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await forbidden.Content.ReadAsStringAsync()).ShouldContain("User 'coordinator' (roles: coordinator) may not use VerifyAuditChain: it needs one of the roles administrator.");
        await using var scope = _host.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Entries.OrderBy(e => e.Sequence).ToListAsync();
        entries.Select(e => (e.UserId, e.Request, e.Outcome)).ShouldBe([("anonymous", "VerifyAuditChain", "Denied"), ("coordinator", "VerifyAuditChain", "Denied")]);
        entries[1].Source.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Request_WithATokenSignedByAnotherKey_IsRejected()
    {
        var client = _host.CreateClient();
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "international-patient-center",
            Audience = "platform",
            Claims = new Dictionary<string, object> { ["sub"] = "mallory", ["role"] = "administrator" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256),
        });

        var response = await SendAsync(client, "/audit/verify", forged);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DevTokens_InProduction_AreNotServedAtAll()
    {
        using var production = new HostFactory
        {
            Environment = "Production",
            Settings = { ["Identity:Jwt:SigningKey"] = "production-test-signing-key-0123456789abcdef" },
        };
        var client = production.CreateClient();

        var response = await client.GetAsync(new Uri("/auth/dev-token?user=administrator", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<string> TokenAsync(HttpClient client, string user)
    {
        var response = await client.GetFromJsonAsync<JsonElement>(new Uri($"/auth/dev-token?user={user}", UriKind.Relative));
        return response.GetProperty("accessToken").GetString()!;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client.SendAsync(request);
    }
}
