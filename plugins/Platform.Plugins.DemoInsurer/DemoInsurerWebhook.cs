using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.DemoInsurer;

/// <summary>
/// The payor's decision callbacks. A call carries <c>X-Demo-Signature: sha256=&lt;hex HMAC-SHA256 of the body
/// with WebhookSecret&gt;</c> and a body such as
/// <c>{"type":"priorAuthorizationDecided","reference":"PA-…","status":"approved","authorizationNumber":"AUTH-…","occurredAt":"2025-03-31T09:00:00Z"}</c>.
/// </summary>
internal sealed class DemoInsurerWebhook(DemoInsurerSettings settings, InsurerBook book) : IPartnerWebhook
{
    private const string SignatureHeader = "X-Demo-Signature";

    public WebhookVerification Verify(PartnerWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(settings.WebhookSecret))
        {
            return WebhookVerification.Rejected("webhooks are off: the WebhookSecret setting is not set");
        }

        var header = request.Headers.FirstOrDefault(h => string.Equals(h.Key, SignatureHeader, StringComparison.OrdinalIgnoreCase)).Value;
        if (header is null || !header.StartsWith("sha256=", StringComparison.Ordinal))
        {
            return WebhookVerification.Rejected($"the {SignatureHeader} header is missing or not 'sha256=<hex>'");
        }

        var expected = HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(settings.WebhookSecret), request.Body.Span);
        byte[] given;
        try
        {
            given = Convert.FromHexString(header["sha256=".Length..]);
        }
        catch (FormatException)
        {
            return WebhookVerification.Rejected($"the {SignatureHeader} header is not hexadecimal");
        }

        return CryptographicOperations.FixedTimeEquals(expected, given) ? WebhookVerification.Verified : WebhookVerification.Rejected("the signature does not match the body");
    }

    public Task<PartnerResult<IReadOnlyList<PartnerEvent>>> ParseAsync(PartnerWebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            // JsonDocument rather than a serializer: no type metadata is cached for this plugin's types,
            // which would keep the plugin loaded after the host unloads it.
            using var document = JsonDocument.Parse(request.Body);
            var root = document.RootElement;
            var type = root.GetProperty("type").GetString();
            if (type != "priorAuthorizationDecided")
            {
                return Task.FromResult(Invalid($"event type '{type}' is not one this payor sends"));
            }

            var reference = root.GetProperty("reference").GetString() ?? string.Empty;
            var occurredAt = DateTimeOffset.Parse(root.GetProperty("occurredAt").GetString()!, CultureInfo.InvariantCulture);
            var status = root.GetProperty("status").GetString() switch
            {
                "approved" => PriorAuthorizationStatus.Approved,
                "partial" => PriorAuthorizationStatus.PartiallyApproved,
                "denied" => PriorAuthorizationStatus.Denied,
                var other => throw new FormatException($"status '{other}' is not approved, partial or denied"),
            };
            var number = root.TryGetProperty("authorizationNumber", out var n) ? n.GetString() : null;
            var services = book.Authorizations.TryGetValue(reference, out var known) ? known.Services : [];
            var decision = new PriorAuthorizationDecision(reference, status, number, known?.AuthorizedPeriod, services, DecidedAt: occurredAt);
            book.Authorizations[reference] = decision;
            return Task.FromResult(PartnerResult.Success<IReadOnlyList<PartnerEvent>>([new PriorAuthorizationDecided(reference, occurredAt, decision)]));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            return Task.FromResult(Invalid(e.Message));
        }
    }

    private static PartnerResult<IReadOnlyList<PartnerEvent>> Invalid(string reason) =>
        PartnerResult.Failed<IReadOnlyList<PartnerEvent>>(PartnerFailureCategory.InvalidRequest, $"The webhook body is not a decision: {reason}.");
}
