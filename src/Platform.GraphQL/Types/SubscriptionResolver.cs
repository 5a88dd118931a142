namespace Platform.GraphQL.Types;

/// <summary>
/// Creates the source event stream of a subscription root field (the specification's
/// ResolveFieldEventStream). The stream is enumerated once; disposing its enumerator (or, when
/// never enumerated, the stream itself if it is <see cref="IAsyncDisposable"/>) unsubscribes.
/// </summary>
/// <param name="context">The root field, its coerced arguments, the request's services and cancellation.</param>
/// <returns>The events; each becomes the root value of one execution of the subscription's selection set.</returns>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(IResolverContext context);
