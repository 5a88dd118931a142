using System.Security.Cryptography;
using System.Text;
using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.Tests;

public sealed class WebhookTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "whsec-demo-0123456789";
    private readonly PluginFolders _folders = new();
    private PartnerHost _host = null!;

    public async Task InitializeAsync()
    {
        _folders.AddDemoInsurer();
        _host = await PartnerHost.StartAsync(_folders.Root, [
            .. DemoPartners.Insurer("globalcare", overrides: [("Settings:WebhookSecret", Secret), ("Settings:DecisionDelay", "01:00:00")]),
            .. DemoPartners.Insurer("nosecret"),
        ]);
    }

    [Fact]
    public async Task HandleWebhook_SignedDecision_IsAcceptedAndReachesObserversAsAnOutcome()
    {
        var pended = await _host.Registry.Resolve<IInsurer>("globalcare").SubmitPriorAuthorizationAsync(InsurerRequests.PriorAuthorization("PEND-9"), IdempotencyKey.New(), default);
        var reference = pended.Pending!.Reference;
        var body = $$"""{"type":"priorAuthorizationDecided","reference":"{{reference}}","status":"approved","authorizationNumber":"AUTH-778","occurredAt":"2025-05-20T09:30:00Z"}""";

        var result = await _host.Registry.HandleWebhookAsync("globalcare", Request(body, Sign(body, Secret)));

        (result.Status, result.EventCount, result.HttpStatusCode).ShouldBe((WebhookStatus.Accepted, 1, 202));
        var envelope = await _host.Events.WaitForAsync(e => e.Event.Reference == reference);
        envelope.Source.ShouldBe(PartnerEventSource.Webhook);
        envelope.Event.ShouldBeOfType<PriorAuthorizationDecided>().Decision.AuthorizationNumber.ShouldBe("AUTH-778");
        (await _host.Registry.Resolve<IInsurer>("globalcare").InquirePriorAuthorizationAsync(reference, default)).GetValueOrThrow().Status.ShouldBe(PriorAuthorizationStatus.Approved);
    }

    [Theory]
    [InlineData("globalcare", "sha256=00ff", WebhookStatus.Unverified, "the signature does not match the body")]
    [InlineData("globalcare", null, WebhookStatus.Unverified, "the X-Demo-Signature header is missing or not 'sha256=<hex>'")]
    [InlineData("nosecret", "sha256=00ff", WebhookStatus.Unverified, "webhooks are off: the WebhookSecret setting is not set")]
    [InlineData("nobody", "sha256=00ff", WebhookStatus.NotFound, "No partner 'nobody' is configured.")]
    public async Task HandleWebhook_NotAuthentic_IsRefusedAndRecordsNothing(string partnerId, string? signature, WebhookStatus status, string reason)
    {
        var result = await _host.Registry.HandleWebhookAsync(partnerId, Request("""{"type":"priorAuthorizationDecided"}""", signature));

        result.ShouldBe(new WebhookResult(status, 0, reason));
        _host.Events.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task HandleWebhook_SignedButUnreadable_IsInvalid()
    {
        const string Body = """{"type":"priorAuthorizationDecided","reference":"PA-1","status":"maybe","occurredAt":"2025-05-20T09:30:00Z"}""";

        var result = await _host.Registry.HandleWebhookAsync("globalcare", Request(Body, Sign(Body, Secret)));

        (result.Status, result.HttpStatusCode).ShouldBe((WebhookStatus.Invalid, 400));
        result.Reason.ShouldBe("Failed (InvalidRequest): The webhook body is not a decision: status 'maybe' is not approved, partial or denied.");
    }

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    public void Dispose() => _folders.Dispose();

    private static string Sign(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private static PartnerWebhookRequest Request(string body, string? signature)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (signature is not null)
        {
            headers["x-demo-signature"] = signature;
        }

        return new PartnerWebhookRequest("POST", "/decisions", headers, Encoding.UTF8.GetBytes(body), DateTimeOffset.UtcNow);
    }
}
