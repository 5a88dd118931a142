using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Plugins;
using Platform.Sdk;

namespace Platform.Partners.Webhooks;

/// <summary>
/// <c>POST /partners/{partnerId}/webhook</c>: where a partner calls back (a decision that arrives hours
/// later, a trip status). The host reads the body (at most <see cref="MaxBodyBytes"/>) and hands it with
/// the headers to the partner's plugin, which verifies it (a signature, a shared secret) and parses it
/// into events. No sign-in: the plugin's verification is the authentication, as partners expect.
/// Answers 202 when accepted, 401 when the plugin refuses the verification, 400 when it cannot parse
/// the call, 404 for an unknown partner or one that takes no webhooks, 503 when the partner is
/// disabled or failed, 413 for a body over the limit.
/// </summary>
internal static class WebhookEndpoint
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/partners/{partnerId}/webhook", HandleAsync).AllowAnonymous().WithDisplayName("Partner webhook");

    private static async Task<IResult> HandleAsync(string partnerId, HttpContext context, PartnerRegistry registry, TimeProvider clock)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"A webhook body may hold at most {MaxBodyBytes} bytes; this one declares {request.ContentLength}.");
        }

        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            if (body.Length + read > MaxBodyBytes)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, $"A webhook body may hold at most {MaxBodyBytes} bytes.");
            }

            body.Write(buffer, 0, read);
        }

        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var result = await registry.HandleWebhookAsync(
            partnerId,
            new PartnerWebhookRequest(request.Method, request.Path.Value ?? "", headers, body.ToArray(), clock.GetUtcNow()),
            context.RequestAborted);
        return result.Status == WebhookStatus.Accepted
            ? Results.Json(new { accepted = true, events = result.EventCount }, statusCode: StatusCodes.Status202Accepted)
            : Problem(result.HttpStatusCode, result.Reason ?? result.Status.ToString());
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status, title: "The webhook call was not accepted");
}
