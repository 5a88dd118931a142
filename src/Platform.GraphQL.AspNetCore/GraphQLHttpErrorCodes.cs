namespace Platform.GraphQL.AspNetCore;

/// <summary>The <c>extensions.code</c> of errors the HTTP layer raises before anything executes; stable for clients.</summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The HTTP request is not a GraphQL request: wrong method, media type, JSON or parameter.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The document does not parse.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document parses but breaks a validation rule against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The request body is larger than <see cref="GraphQLHttpOptions.MaxRequestBytes"/> (status 413).</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The document is longer than <see cref="GraphQLHttpOptions.MaxDocumentLength"/>.</summary>
    public const string DocumentTooLong = "DOCUMENT_TOO_LONG";

    /// <summary>The document has more tokens than <see cref="GraphQLHttpOptions.MaxTokens"/>.</summary>
    public const string MaxTokensExceeded = "MAX_TOKENS_EXCEEDED";

    /// <summary>The client sent more requests than <see cref="GraphQLHttpOptions.RateLimitPermits"/> in one window (status 429, with Retry-After).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The operation ran longer than <see cref="GraphQLHttpOptions.ExecutionTimeout"/>; it was cancelled and no data is returned.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>
    /// The server failed outside any resolver, or a resolver failed unexpectedly (then the error
    /// has a <c>path</c>); the cause is logged, and its message sent only in Development.
    /// </summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
