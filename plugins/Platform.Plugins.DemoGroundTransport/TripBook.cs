using System.Collections.Concurrent;
using Platform.Sdk;
using Platform.Sdk.Transport;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>A quote the firm issued, with the trip it prices.</summary>
internal sealed record IssuedQuote(TripQuote Quote, TripRequest Trip);

/// <summary>One booked trip: its booking and live status, changed under its own lock.</summary>
internal sealed class Trip(TripBooking booking, TripStatus status, string passenger)
{
    public Lock Sync { get; } = new();

    public TripBooking Booking { get; set; } = booking;

    public TripStatus Status { get; set; } = status;

    public string Passenger { get; } = passenger;

    public TripCancellation? Cancellation { get; set; }

    /// <summary>Bumped by every change or cancellation, so a timeline for the trip as it was stops reporting.</summary>
    public int Version { get; set; }

    public bool HasStarted => Status.State is TripState.PassengerOnBoard or TripState.Completed or TripState.NoShow;
}

/// <summary>What the firm remembers: quotes, trips, and the answer to every write by idempotency key.</summary>
internal sealed class TripBook
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PartnerResult>>> _writes = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, IssuedQuote> Quotes { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Trip> Trips { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs a write once per key: a retry with the same key gets the first call's answer, even while the
    /// first is still running. A write that was cancelled or threw left no trace, so its key may be used again.
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
