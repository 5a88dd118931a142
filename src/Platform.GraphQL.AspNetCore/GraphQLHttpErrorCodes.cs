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

    /// <summary>The server failed outside any resolver; the cause is logged, not sent.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
