namespace Platform.GraphQL.AspNetCore;

/// <summary>
/// How <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> serves the schema, and the
/// limits that protect it; the host binds it from the configuration section <c>GraphQL</c>.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>
    /// Whether messages of unexpected resolver exceptions reach clients; null (the default) means
    /// only in the Development environment, since messages can reveal internals.
    /// </summary>
    public bool? ExposeExceptionMessages { get; init; }

    /// <summary>How many parsed (and validated) documents are kept.</summary>
    public int DocumentCacheCapacity { get; init; } = 1000;

    /// <summary>The largest POST body accepted, in bytes; a larger one is refused with 413. Default 256 KB.</summary>
    public long MaxRequestBytes { get; init; } = 256 * 1024;

    /// <summary>The longest document accepted, in characters. Default 100,000.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>The most tokens a document may have. Default 15,000.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>How many validation errors are reported before validation stops. Default 100.</summary>
    public int MaxValidationErrors { get; init; } = 100;

    /// <summary>How deeply fields may nest, through fragments. Default 15.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>How many aliases an operation may have. Default 30.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>The highest estimated cost an operation may have. Default 5,000.</summary>
    public long MaxCost { get; init; } = 5_000;

    /// <summary>The items a list field is assumed to return without <c>first</c>/<c>last</c>. Default 10.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>The cost of a field without a weight of its own. Default 1.</summary>
    public int DefaultFieldCost { get; init; } = 1;

    /// <summary>Field costs by schema coordinate (<c>"Query.patients": 5</c>).</summary>
    public Dictionary<string, int> FieldWeights { get; init; } = [];

    /// <summary>How long an operation may execute before it is abandoned with a <c>TIMEOUT</c> error. Default 30 seconds.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried; null (the default) means only in
    /// the Development environment. <c>__typename</c> is always allowed.
    /// </summary>
    public bool? AllowIntrospection { get; init; }

    /// <summary>
    /// Requests one client may send per <see cref="RateLimitWindow"/>; 0 switches the limit off.
    /// A client is the signed-in user (the token's <c>sub</c>), otherwise the remote address. Default 600.
    /// </summary>
    public int RateLimitPermits { get; init; } = 600;

    /// <summary>The fixed window <see cref="RateLimitPermits"/> counts in. Default one minute.</summary>
    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether a browser visiting the endpoint (GET, Accept text/html, no query) gets GraphiQL;
    /// null (the default) means only in the Development environment.
    /// </summary>
    public bool? GraphiQL { get; init; }

    /// <summary>Registered documents clients may send by id, and whether anything else runs (section <c>GraphQL:TrustedDocuments</c>).</summary>
    public TrustedDocumentOptions TrustedDocuments { get; init; } = new();

    /// <summary>The graphql-transport-ws protocol on WebSocket upgrades of the path (section <c>GraphQL:WebSockets</c>).</summary>
    public GraphQLWebSocketOptions WebSockets { get; init; } = new();

    /// <summary>
    /// The largest multipart/form-data request (GraphQL multipart request convention: files with the
    /// operation) accepted, in bytes; a larger one is refused with 413. Default 64 MB.
    /// </summary>
    public long MaxUploadBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How many files one multipart request may carry. Default 10.</summary>
    public int MaxUploadFiles { get; init; } = 10;
}
