using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.Host.Tests;

/// <summary>Partners calling back at /partners/{id}/webhook: the partner's own plugin verifies and parses the call.</summary>
public sealed class PartnerWebhookTests : IDisposable
{
    private const string Secret = "globalcare-webhook-secret";
    private const string Decision = """{"type":"priorAuthorizationDecided","reference":"PA-2026-0042","status":"approved","authorizationNumber":"AUTH-77","occurredAt":"2026-11-20T09:00:00Z"}""";

    private readonly HostFactory _host = new()
    {
        Settings =
        {
            ["Plugins:Root"] = Path.Combine(HostFactory.RepositoryRoot(), "build", "artifacts", "plugins"),
            ["Plugins:WatchForChanges"] = "false",
            ["Partners:globalcare:Settings:WebhookSecret"] = Secret,
        },
    };

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SignedDecision_IsAccepted_AsOneEvent()
    {
        var response = await PostAsync("globalcare", Decision, Sign(Decision, Secret));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        body.GetProperty("events").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Unsigned_OrWronglySigned_IsUnauthorized_WithThePluginsReason()
    {
        var unsigned = await PostAsync("globalcare", Decision, signature: null);
        var forged = await PostAsync("globalcare", Decision, Sign(Decision, "not-the-secret"));

        unsigned.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await unsigned.Content.ReadAsStringAsync()).ShouldContain("X-Demo-Signature");
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("does not match");
    }

    [Fact]
    public async Task SignedButNotADecision_IsBadRequest_AndAnUnknownPartnerIsNotFound()
    {
        const string nonsense = """{"type":"somethingElse"}""";

        var invalid = await PostAsync("globalcare", nonsense, Sign(nonsense, Secret));
        var unknown = await PostAsync("no-such-partner", Decision, Sign(Decision, Secret));

        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("somethingElse");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BodyOverTheLimit_IsRefusedWith413()
    {
        var huge = new string('x', 1024 * 1024 + 1);

        var response = await PostAsync("globalcare", huge, Sign(huge, Secret));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    private async Task<HttpResponseMessage> PostAsync(string partner, string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/partners/{partner}/webhook", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.Add("X-Demo-Signature", signature);
        }

        return await _host.CreateClient().SendAsync(request);
    }

    private static string Sign(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
