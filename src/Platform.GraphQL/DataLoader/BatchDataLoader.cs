namespace Platform.GraphQL.DataLoader;

/// <summary>
/// Loads one value per key in batches: the batch function gets the distinct keys queued since the
/// last batch and returns the values found, by key; a key it leaves out loads as <c>default</c>.
/// Give the function to the constructor, or derive and override <see cref="LoadBatchAsync"/>
/// (e.g. a scoped service that takes a DbContext).
/// </summary>
/// <example>
/// <code>
/// var patients = context.BatchLoader&lt;Guid, Patient&gt;("patients", async (ids, ct) =&gt;
///     await db.Patients.Where(p =&gt; ids.Contains(p.Id)).ToDictionaryAsync(p =&gt; p.Id, ct));
/// return await patients.LoadAsync(journey.PatientId);
/// </code>
/// </example>
public class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>>? _batch;

    /// <summary>A loader that runs <paramref name="batch"/> for each batch.</summary>
    public BatchDataLoader(
        DataLoaderScope scope,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(scope, keyComparer)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _batch = batch;
    }

    /// <summary>For a derived loader that overrides <see cref="LoadBatchAsync"/>.</summary>
    protected BatchDataLoader(DataLoaderScope scope, IEqualityComparer<TKey>? keyComparer = null)
        : base(scope, keyComparer)
    {
    }

    /// <summary>Fetches the values of <paramref name="keys"/>; keys without a value may be left out.</summary>
    protected virtual ValueTask<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _batch is null
            ? throw new InvalidOperationException($"{GetType().Name} was given no batch function and does not override LoadBatchAsync.")
            : _batch(keys, cancellationToken);

    private protected override async ValueTask FetchAsync(IReadOnlyList<TKey> keys, TValue?[] results, CancellationToken cancellationToken)
    {
        var found = await LoadBatchAsync(keys, cancellationToken);
        for (var i = 0; i < keys.Count; i++)
        {
            results[i] = found.TryGetValue(keys[i], out var value) ? value : default;
        }
    }
}
