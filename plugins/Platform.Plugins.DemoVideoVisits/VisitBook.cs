using System.Collections.Concurrent;
using Platform.Sdk;
using Platform.Sdk.Video;

namespace Platform.Plugins.DemoVideoVisits;

/// <summary>What the provider remembers: its rooms, which are closed, and the answer to every write by idempotency key.</summary>
internal sealed class VisitBook
{
    private readonly ConcurrentDictionary<string, (string Fingerprint, Lazy<Task<PartnerResult>> Answer)> _writes = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, VideoVisit> Visits { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, VideoVisitCancellation> Closed { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs a write once per key: the same key with the same request gets the first answer (even while
    /// the first call runs); the same key with a different request is refused as a client bug. A write
    /// that was cancelled or threw leaves no trace.
    /// </summary>
    public async Task<PartnerResult<T>> OnceAsync<T>(string operation, IdempotencyKey key, string fingerprint, Func<Task<PartnerResult<T>>> write, CancellationToken cancellationToken)
    {
        var id = $"{operation}|{key.Value}";
        var entry = _writes.GetOrAdd(id, _ => (fingerprint, new Lazy<Task<PartnerResult>>(async () => await write())));
        if (entry.Fingerprint != fingerprint)
        {
            return PartnerResult.Failed<T>(PartnerFailureCategory.InvalidRequest, $"Idempotency key {key.Value} was already used for a different {operation} request; use a new key for a new request.");
        }

        try
        {
            return (PartnerResult<T>)await entry.Answer.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Answer.Value.IsFaulted || entry.Answer.Value.IsCanceled)
        {
            _writes.TryRemove(new KeyValuePair<string, (string, Lazy<Task<PartnerResult>>)>(id, entry));
            throw;
        }
    }
}
