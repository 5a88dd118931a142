using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// The two response media types of GraphQL over HTTP. application/graphql-response+json is used
/// when the client names it (it lets status codes carry meaning); application/json when the client
/// sends no Accept, */*, or prefers it, as the specification asks for legacy clients.
/// </summary>
internal sealed record ResponseMediaType(string ContentType, bool IsGraphQLResponse)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static readonly ResponseMediaType GraphQLResponse = new(GraphQLResponseJson + "; charset=utf-8", IsGraphQLResponse: true);
    public static readonly ResponseMediaType LegacyJson = new(Json + "; charset=utf-8", IsGraphQLResponse: false);

    /// <summary>The media type to answer in, or null when the client accepts neither (406).</summary>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return LegacyJson;
        }

        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1))
        {
            if (range.Quality is <= 0)
            {
                continue;
            }

            var type = range.MediaType;
            if (type.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            {
                return GraphQLResponse;
            }

            if (type.Equals(Json, StringComparison.OrdinalIgnoreCase) || type.Equals("*/*", StringComparison.Ordinal) || type.Equals("application/*", StringComparison.OrdinalIgnoreCase))
            {
                return LegacyJson;
            }
        }

        return null;
    }
}
