using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// GraphiQL for a browser at the GraphQL endpoint: a GET that accepts text/html and carries no
/// GraphQL parameters gets the page; its files are served under <c>{endpoint}/graphiql/</c> with
/// content-hashed URLs, cached for a year. Everything comes from this server: the page's
/// Content-Security-Policy allows no other origin.
/// </summary>
internal sealed class GraphiQLEndpoint(string pattern, GraphiQLAssets assets)
{
    private const string AssetsSegment = "/graphiql";
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'";

    /// <summary>Maps the asset route and returns the GraphQL handler wrapped so a browser's visit gets the page.</summary>
    public RequestDelegate Map(IEndpointRouteBuilder endpoints, RequestDelegate graphql)
    {
        endpoints.MapGet(pattern.TrimEnd('/') + AssetsSegment + "/{name}", ServeAssetAsync).WithDisplayName("GraphiQL assets " + pattern);
        return context => IsBrowserVisit(context.Request) ? ServePageAsync(context) : graphql(context);
    }

    /// <summary>A browser navigating to the endpoint, as opposed to a GraphQL request (which names a query, a document id or extensions).</summary>
    public static bool IsBrowserVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId") && !request.Query.ContainsKey("extensions")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private Task ServePageAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        return response.WriteAsync(assets.IsBundled ? Page(context.Request.PathBase + context.Request.Path) : MissingBundlePage(), context.RequestAborted);
    }

    private async Task ServeAssetAsync(HttpContext context, string name)
    {
        if (assets.Find(name) is not { } asset)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var response = context.Response;
        var etag = $"\"{asset.Version}\"";
        response.Headers.ETag = etag;
        response.Headers.XContentTypeOptions = "nosniff";
        // A URL carrying the current content hash never changes; any other is revalidated.
        response.Headers.CacheControl = context.Request.Query["v"] == asset.Version ? "public, max-age=31536000, immutable" : "no-cache";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        await response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }

    private string Page(string endpoint)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>GraphiQL · International Patient Center</title>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<style>html, body, #graphiql { height: 100%; margin: 0; }</style>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(AssetUrl(GraphiQLAssets.Stylesheet)).Append("\">\n</head>\n<body>\n")
            .Append("<div id=\"graphiql\" data-endpoint=\"").Append(WebUtility.HtmlEncode(endpoint)).Append("\">Loading GraphiQL…</div>\n");
        foreach (var script in GraphiQLAssets.Scripts)
        {
            html.Append("<script src=\"").Append(AssetUrl(script)).Append("\"></script>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private string AssetUrl(string name) =>
        WebUtility.HtmlEncode($"{pattern.TrimEnd('/')}{AssetsSegment}/{name}?v={assets.Find(name)!.Version}");

    private string MissingBundlePage() => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>GraphiQL is not bundled</title>
        <style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; } code, pre { background: #f3f3f3; padding: 0 .25rem; }</style></head>
        <body>
        <h1>GraphiQL is not bundled in this build</h1>
        <p>The GraphQL API at <code>{{WebUtility.HtmlEncode(pattern)}}</code> works: send <code>POST</code> requests with
        <code>Content-Type: application/json</code> and a body <code>{"query": "{ __typename }"}</code>.</p>
        <p>GraphiQL's browser files are taken from npm when the server is built, and this build had no Node.js
        (or could not reach the npm registry). To get them, install Node.js 20 or later with npm and build again:</p>
        <pre>dotnet build src/Platform.Host</pre>
        <p>or install them by hand with <code>npm ci --prefix src/Platform.GraphQL.AspNetCore/GraphiQL</code> and rebuild.</p>
        </body>
        </html>
        """;
}
