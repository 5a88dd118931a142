using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Kernel.Http;
using Platform.Records.Contracts;
using Platform.Records.Features.OpenShare;

namespace Platform.Records.Http;

/// <summary>
/// Downloads over plain HTTP (a browser or a viewer opens the bytes directly): a document's content
/// for a signed-in reader, and a share for its recipient, by token. Both are audited by their requests.
/// </summary>
internal static class RecordsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/records/documents/{id:guid}/content", (Guid id, int? version, IMediator mediator, HttpContext http, CancellationToken ct) =>
            DownloadAsync(mediator, new OpenDocumentContent(id, version), http, ct));
        endpoints.MapGet("/records/shares/{token}", async (string token, IMediator mediator, HttpContext http, CancellationToken ct) =>
        {
            NoStore(http);
            return ShareClosedIsGone(await RequestResults.SendAsync(mediator, new OpenShare(token), ct));
        });
        endpoints.MapGet("/records/shares/{token}/documents/{documentId:guid}", (string token, Guid documentId, IMediator mediator, HttpContext http, CancellationToken ct) =>
            DownloadAsync(mediator, new OpenSharedDocument(token, documentId), http, ct));
    }

    private static async Task<IResult> DownloadAsync(IMediator mediator, IRequest<DocumentDownload> request, HttpContext http, CancellationToken cancellationToken)
    {
        NoStore(http);
        var result = await RequestResults.SendAsync(mediator, request, cancellationToken);
        if (result is not Ok<DocumentDownload> { Value: { } download })
        {
            return ShareClosedIsGone(result);
        }

        http.Response.Headers.ETag = $"\"{download.Version.Sha256}\"";
        http.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return Results.Stream(download.Content, download.Version.ContentType, download.Version.FileName);
    }

    /// <summary>Patient data is never kept by caches on the way.</summary>
    private static void NoStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";

    /// <summary>An expired or revoked share is gone for good: 410, not the generic 422 of a broken rule.</summary>
    private static IResult ShareClosedIsGone(IResult result) =>
        result is ProblemHttpResult { ProblemDetails.Title: ShareGate.ShareClosed } problem
            ? Results.Problem(statusCode: StatusCodes.Status410Gone, title: ShareGate.ShareClosed, detail: problem.ProblemDetails.Detail)
            : result;
}
