using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// The served schema as SDL at <c>{endpoint}/schema.graphql</c>, for code generators and front-end
/// teams. It reveals what introspection reveals, so it is mapped only where introspection is allowed.
/// </summary>
internal static class SchemaDocumentEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints, string pattern, Schema schema)
    {
        var sdl = Encoding.UTF8.GetBytes(SchemaPrinter.Print(schema) + "\n");
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(sdl))[..16]}\"";
        endpoints.MapGet(pattern.TrimEnd('/') + "/schema.graphql", async context =>
        {
            var response = context.Response;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "no-cache";
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.ContentType = "text/plain; charset=utf-8";
            response.ContentLength = sdl.Length;
            await response.Body.WriteAsync(sdl, context.RequestAborted);
        }).WithDisplayName("GraphQL schema " + pattern);
    }
}
