using System.Runtime.ExceptionServices;

namespace Platform.GraphQL.DataLoader;

/// <summary>
/// Batching and per-request caching of loads by key: <see cref="LoadAsync"/> queues the key and
/// the scope's dispatcher later fetches every queued key in one call. Each key is fetched once per
/// scope; a failed batch fails every load in it. Derive from <see cref="BatchDataLoader{TKey, TValue}"/>
/// (one value per key) or <see cref="GroupedDataLoader{TKey, TItem}"/> (a list per key).
/// </summary>
/// <typeparam name="TKey">The key type, e.g. a patient id.</typeparam>
/// <typeparam name="TResult">What a load of one key produces.</typeparam>
public abstract class DataLoaderBase<TKey, TResult> : IBatchSource
    where TKey : notnull
{
    private readonly Dictionary<TKey, LoadEntry<TResult>> _cache;
    private List<TKey> _queuedKeys = [];
    private List<LoadEntry<TResult>> _queuedEntries = [];

    private protected DataLoaderBase(DataLoaderScope scope, IEqualityComparer<TKey>? keyComparer)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        _cache = new Dictionary<TKey, LoadEntry<TResult>>(keyComparer);
    }

    /// <summary>The scope whose batches this loader joins.</summary>
    public DataLoaderScope Scope { get; }

    /// <summary>
    /// The result for <paramref name="key"/>: from the cache when it was loaded before in this
    /// scope, else from the next batch. Await it right away.
    /// </summary>
    public ValueTask<TResult> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        LoadWaiter<TResult> waiter;
        lock (Scope.Gate)
        {
            if (_cache.TryGetValue(key, out var entry))
            {
                if (entry.IsDone)
                {
                    return entry.AsValueTask();
                }
            }
            else
            {
                entry = new LoadEntry<TResult>();
                _cache.Add(key, entry);
                _queuedKeys.Add(key);
                _queuedEntries.Add(entry);
                if (_queuedKeys.Count == 1)
                {
                    Scope.EnqueueBatchSource(this);
                }
            }

            waiter = new LoadWaiter<TResult>(Scope, entry);
            entry.AddWaiter(waiter);
        }

        return new ValueTask<TResult>(waiter, 0);
    }

    /// <summary>Puts a known result in the cache (e.g. an entity just loaded another way); a cached key is left as it is.</summary>
    public void Prime(TKey key, TResult value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (Scope.Gate)
        {
            _cache.TryAdd(key, LoadEntry<TResult>.Done(value));
        }
    }

    /// <summary>Forgets the cached result for <paramref name="key"/> (e.g. after a mutation changed it); a pending load is kept.</summary>
    public void Clear(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (Scope.Gate)
        {
            if (_cache.TryGetValue(key, out var entry) && entry.IsDone)
            {
                _cache.Remove(key);
            }
        }
    }

    /// <summary>Fetches the results of <paramref name="keys"/> (distinct) into <paramref name="results"/>, index for index.</summary>
    private protected abstract ValueTask FetchAsync(IReadOnlyList<TKey> keys, TResult[] results, CancellationToken cancellationToken);

    async ValueTask IBatchSource.DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        List<LoadEntry<TResult>> entries;
        lock (Scope.Gate)
        {
            (keys, entries) = (_queuedKeys, _queuedEntries);
            (_queuedKeys, _queuedEntries) = ([], []);
        }

        if (keys.Count == 0)
        {
            return;
        }

        var results = new TResult[keys.Count];
        ExceptionDispatchInfo? failure = null;
        try
        {
            await FetchAsync(keys, results, cancellationToken);
        }
        catch (Exception exception)
        {
            // Every load of the batch fails with the batch's exception; the resolvers turn it into field errors.
            failure = ExceptionDispatchInfo.Capture(exception);
        }

        List<IResumable>? resumeNow = null;
        lock (Scope.Gate)
        {
            var scheduled = Scope.IsAttached;
            for (var i = 0; i < entries.Count; i++)
            {
                entries[i].Complete(failure is null ? results[i] : default!, failure, scheduled, Scope, ref resumeNow);
            }
        }

        if (resumeNow is not null)
        {
            foreach (var waiter in resumeNow)
            {
                waiter.Resume();
            }
        }
    }
}
