using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Http;
using Platform.Records.Contracts;

namespace Platform.Records.Passport;

/// <summary>
/// <c>GET /records/patients/{patientId}/health-passport?format=html|zip</c>: the page opens in the
/// browser (under the passport's own Content-Security-Policy), the ZIP downloads as an attachment.
/// </summary>
internal static class PassportEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/records/patients/{patientId:guid}/health-passport", async (Guid patientId, string? format, IMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            var chosen = (format ?? "html").Trim().ToUpperInvariant() switch
            {
                "HTML" => HealthPassportFormat.Html,
                "ZIP" => HealthPassportFormat.Zip,
                _ => (HealthPassportFormat?)null,
            };
            if (chosen is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid format",
                    detail: $"'format' must be html or zip; got '{format}'.");
            }

            var result = await RequestResults.SendAsync(mediator, new GetHealthPassport(patientId, chosen.Value), ct);
            if (result is not Ok<HealthPassportFile> { Value: { } file })
            {
                return result;
            }

            http.Response.Headers["X-Content-Type-Options"] = "nosniff";
            if (chosen == HealthPassportFormat.Html)
            {
                http.Response.Headers.ContentSecurityPolicy = HealthPassportHtml.ContentSecurityPolicy;
                http.Response.Headers.ContentDisposition = $"inline; filename=\"{file.FileName}\"";
                return Results.Stream(file.Content, file.ContentType);
            }

            return Results.Stream(file.Content, file.ContentType, file.FileName);
        });
}
