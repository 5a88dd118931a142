namespace Platform.GraphQL.AspNetCore;

/// <summary>How <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> serves the schema.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>
    /// Whether messages of unexpected resolver exceptions reach clients; null (the default) means
    /// only in the Development environment, since messages can reveal internals.
    /// </summary>
    public bool? ExposeExceptionMessages { get; init; }

    /// <summary>How many parsed (and validated) documents are kept.</summary>
    public int DocumentCacheCapacity { get; init; } = 1000;
}
