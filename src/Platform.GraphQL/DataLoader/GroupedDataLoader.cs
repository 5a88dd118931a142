namespace Platform.GraphQL.DataLoader;

/// <summary>
/// Loads a list per key in batches, e.g. the journeys of each patient: the batch function gets the
/// distinct keys queued since the last batch and returns the items grouped by key; a key without
/// items loads as an empty list. Give the function to the constructor, or derive and override
/// <see cref="LoadGroupsAsync"/>.
/// </summary>
/// <example>
/// <code>
/// var journeys = context.GroupedLoader&lt;Guid, Journey&gt;("journeysByPatient", async (ids, ct) =&gt;
///     (await db.Journeys.Where(j =&gt; ids.Contains(j.PatientId)).ToListAsync(ct)).ToLookup(j =&gt; j.PatientId));
/// return await journeys.LoadAsync(patient.Id);
/// </code>
/// </example>
public class GroupedDataLoader<TKey, TItem> : DataLoaderBase<TKey, IReadOnlyList<TItem>>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TItem>>>? _batch;

    /// <summary>A loader that runs <paramref name="batch"/> for each batch.</summary>
    public GroupedDataLoader(
        DataLoaderScope scope,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TItem>>> batch,
        IEqualityComparer<TKey>? keyComparer = null)
        : base(scope, keyComparer)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _batch = batch;
    }

    /// <summary>For a derived loader that overrides <see cref="LoadGroupsAsync"/>.</summary>
    protected GroupedDataLoader(DataLoaderScope scope, IEqualityComparer<TKey>? keyComparer = null)
        : base(scope, keyComparer)
    {
    }

    /// <summary>Fetches the items of <paramref name="keys"/>, grouped by key.</summary>
    protected virtual ValueTask<ILookup<TKey, TItem>> LoadGroupsAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        _batch is null
            ? throw new InvalidOperationException($"{GetType().Name} was given no batch function and does not override LoadGroupsAsync.")
            : _batch(keys, cancellationToken);

    private protected override async ValueTask FetchAsync(IReadOnlyList<TKey> keys, IReadOnlyList<TItem>[] results, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupsAsync(keys, cancellationToken);
        for (var i = 0; i < keys.Count; i++)
        {
            var items = groups[keys[i]];
            results[i] = items as IReadOnlyList<TItem> ?? [.. items];
        }
    }
}
