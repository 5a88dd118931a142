namespace Platform.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request, and the queue of their pending loads. The executor creates one
/// per execution unless the request's services provide one (register it as a scoped service, and
/// give it to DataLoaders that are scoped services too), and dispatches the queued batches one at a
/// time whenever no resolver can go on: so a level of a hundred parents costs one batch, and no
/// two resolvers or batches of the request ever use a scoped DbContext at the same moment.
/// </summary>
/// <remarks>
/// A scope serves one execution at a time. A resolver should await a load as soon as it queues it:
/// the executor counts a resolver awaiting a load as idle, and then starts the next resolver.
/// </remarks>
public sealed partial class DataLoaderScope
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly Queue<IBatchSource> _sourcesWithPendingKeys = new();

    /// <summary>
    /// The loader registered under <paramref name="name"/> in this scope, created by
    /// <paramref name="create"/> on first use. Its cache lasts as long as the scope.
    /// </summary>
    /// <exception cref="InvalidOperationException">A loader of another type is registered under that name.</exception>
    public TLoader GetOrAdd<TLoader>(string name, Func<DataLoaderScope, TLoader> create)
        where TLoader : class
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(create);
        lock (Gate)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as TLoader ?? throw new InvalidOperationException(
                    $"DataLoader \"{name}\" is a {existing.GetType().Name}, not a {typeof(TLoader).Name}; give each loader its own name.");
            }
        }

        // Created outside the lock: a constructor may itself ask the scope for other loaders.
        var loader = create(this) ?? throw new InvalidOperationException($"The factory of DataLoader \"{name}\" returned null.");
        lock (Gate)
        {
            if (_loaders.TryGetValue(name, out var raced))
            {
                return (TLoader)raced;
            }

            _loaders.Add(name, loader);
            return loader;
        }
    }

    /// <summary>Whether some loads wait for a batch to be dispatched.</summary>
    public bool HasPendingLoads
    {
        get
        {
            lock (Gate)
            {
                return _sourcesWithPendingKeys.Count > 0;
            }
        }
    }

    /// <summary>
    /// Dispatches every queued batch, one at a time, until none is left (loads queued by the
    /// callers that resume count too). Only for use outside an execution, e.g. in a background
    /// job; during an execution the executor dispatches.
    /// </summary>
    /// <exception cref="InvalidOperationException">An execution is using the scope.</exception>
    public async ValueTask DispatchAsync(CancellationToken cancellationToken = default)
    {
        if (IsAttached)
        {
            throw new InvalidOperationException("An execution is using this DataLoaderScope; it dispatches the batches itself.");
        }

        while (TryTakeBatchSource(out var source))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await source.DispatchAsync(cancellationToken);
        }
    }

    /// <summary>The lock guarding every loader's cache and queue in this scope, and the scheduling state.</summary>
    internal Lock Gate { get; } = new();

    /// <summary>Called by a loader, under <see cref="Gate"/>, when it queues its first key for the next batch.</summary>
    internal void EnqueueBatchSource(IBatchSource source) => _sourcesWithPendingKeys.Enqueue(source);

    internal bool TryTakeBatchSource(out IBatchSource source)
    {
        lock (Gate)
        {
            return _sourcesWithPendingKeys.TryDequeue(out source!);
        }
    }
}

/// <summary>A loader with keys waiting for a batch.</summary>
internal interface IBatchSource
{
    /// <summary>Takes the queued keys, runs the batch function once, and hands every waiting load its result.</summary>
    ValueTask DispatchAsync(CancellationToken cancellationToken);
}
