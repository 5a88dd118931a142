using Platform.GraphQL.Types;

namespace Platform.GraphQL.DataLoader;

/// <summary>DataLoaders from a resolver: the loaders of the request being executed, by name.</summary>
public static class ResolverContextDataLoaderExtensions
{
    /// <summary>The request's DataLoader scope: the one the executor schedules.</summary>
    /// <exception cref="InvalidOperationException">The context does not come from the executor and its services hold no scope.</exception>
    public static DataLoaderScope DataLoaders(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (context as IDataLoaderScopeSource)?.DataLoaderScope
            ?? context.Services.GetService(typeof(DataLoaderScope)) as DataLoaderScope
            ?? throw new InvalidOperationException("This resolver context has no DataLoader scope: it was not created by the executor.");
    }

    /// <summary>The request's loader named <paramref name="name"/>, made from <paramref name="batch"/> on first use.</summary>
    public static BatchDataLoader<TKey, TValue> BatchLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        context.DataLoaders().GetOrAdd(name, scope => new BatchDataLoader<TKey, TValue>(scope, batch));

    /// <summary>The request's grouped loader named <paramref name="name"/>, made from <paramref name="batch"/> on first use.</summary>
    public static GroupedDataLoader<TKey, TItem> GroupedLoader<TKey, TItem>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TItem>>> batch)
        where TKey : notnull =>
        context.DataLoaders().GetOrAdd(name, scope => new GroupedDataLoader<TKey, TItem>(scope, batch));
}

/// <summary>A resolver context that knows its request's scope (the executor's contexts do).</summary>
internal interface IDataLoaderScopeSource
{
    DataLoaderScope DataLoaderScope { get; }
}
