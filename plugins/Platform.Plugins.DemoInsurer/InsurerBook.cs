using System.Collections.Concurrent;
using Platform.Sdk;
using Platform.Sdk.Insurance;

namespace Platform.Plugins.DemoInsurer;

/// <summary>What the insurer remembers: decisions, claims, appeals, and the answer to every write by idempotency key.</summary>
internal sealed class InsurerBook
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PartnerResult>>> _writes = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, PriorAuthorizationDecision> Authorizations { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, ClaimStatus> Claims { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, ClaimSubmission> Submissions { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs a write once per key: a second call with the same key (a retry) gets the first call's answer,
    /// even while the first is still running. A write that was cancelled or threw left no trace, so its
    /// key may be used again.
    /// </summary>
    public async Task<PartnerResult<T>> OnceAsync<T>(string operation, IdempotencyKey key, Func<Task<PartnerResult<T>>> write, CancellationToken cancellationToken)
    {
        var id = $"{operation}|{key.Value}";
        var entry = _writes.GetOrAdd(id, _ => new Lazy<Task<PartnerResult>>(async () => await write()));
        try
        {
            return (PartnerResult<T>)await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Value.IsFaulted || entry.Value.IsCanceled)
        {
            _writes.TryRemove(new KeyValuePair<string, Lazy<Task<PartnerResult>>>(id, entry));
            throw;
        }
    }
}
