using System.Collections.Concurrent;
using Platform.Sdk.Transport;

namespace Platform.Sdk.Tests;

/// <summary>How <see cref="MisbehavingTransport"/> breaks the SDK's rules, one way per setting value.</summary>
public enum TransportFault
{
    None,
    BlocksThread,
    IgnoresCancellation,
    BooksTwiceOnRetry,
    ThrowsOnQuote,
    SuccessfulDenial,
}

/// <summary>A ground-transport plugin that follows every rule unless its <c>Fault</c> setting says otherwise: the kit must catch each fault.</summary>
public sealed class MisbehavingTransportPlugin : IPartnerPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddSettings<MisbehavingTransportSettings>();
        builder.AddCapability<IGroundTransport, MisbehavingTransport>();
    }
}

public sealed record MisbehavingTransportSettings(string ApiKey, TimeSpan Delay, TransportFault Fault = TransportFault.None);

internal sealed class MisbehavingTransport(MisbehavingTransportSettings settings, TimeProvider time) : IGroundTransport
{
    private readonly ConcurrentDictionary<string, TripBooking> _bookings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _answers = new(StringComparer.Ordinal);

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await WaitAsync(cancellationToken);
        return settings.ApiKey.StartsWith("ok-", StringComparison.Ordinal) ? PartnerHealth.Healthy() : PartnerHealth.Unhealthy("The firm refused the API key.");
    }

    public async Task<PartnerResult<TripQuote>> QuoteAsync(TripRequest trip, CancellationToken cancellationToken)
    {
        await WaitAsync(cancellationToken);
        return settings.Fault == TransportFault.ThrowsOnQuote
            ? throw new InvalidOperationException("The fare table is empty.")
            : PartnerResult.Success(new TripQuote("Q-1", new MonetaryAmount(60m, "EUR"), time.GetUtcNow().AddMinutes(15), "Wheelchair van", TimeSpan.FromMinutes(50)));
    }

    public Task<PartnerResult<TripBooking>> BookAsync(TripBookingRequest booking, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        OnceAsync(idempotencyKey, () =>
        {
            var reference = $"B-{Guid.NewGuid():N}";
            var booked = new TripBooking(reference, settings.Fault == TransportFault.SuccessfulDenial ? TripState.Cancelled : TripState.Confirmed, booking.Trip, new MonetaryAmount(60m, "EUR"));
            _bookings[reference] = booked;
            return PartnerResult.Success(booked);
        }, cancellationToken);

    public Task<PartnerResult<TripBooking>> ChangeAsync(string bookingReference, TripRequest trip, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        OnceAsync(idempotencyKey, () => _bookings.TryGetValue(bookingReference, out var booking)
            ? PartnerResult.Success(_bookings[bookingReference] = booking with { Trip = trip })
            : PartnerResult.Declined<TripBooking>("NOT_FOUND", $"No booking {bookingReference}."), cancellationToken);

    public Task<PartnerResult<TripCancellation>> CancelAsync(string bookingReference, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        OnceAsync(idempotencyKey, () => _bookings.TryRemove(bookingReference, out _)
            ? PartnerResult.Success(new TripCancellation(bookingReference, time.GetUtcNow()))
            : PartnerResult.Declined<TripCancellation>("NOT_FOUND", $"No booking {bookingReference}."), cancellationToken);

    public async Task<PartnerResult<TripStatus>> GetTripStatusAsync(string bookingReference, CancellationToken cancellationToken)
    {
        await WaitAsync(cancellationToken);
        return _bookings.TryGetValue(bookingReference, out var booking)
            ? PartnerResult.Success(new TripStatus(bookingReference, booking.State, time.GetUtcNow()))
            : PartnerResult.Declined<TripStatus>("NOT_FOUND", $"No booking {bookingReference}.");
    }

    /// <summary>A write: acts once per idempotency key, unless the fault says to act on every retry.</summary>
    private async Task<PartnerResult<T>> OnceAsync<T>(IdempotencyKey key, Func<PartnerResult<T>> act, CancellationToken cancellationToken)
    {
        await WaitAsync(cancellationToken);
        return settings.Fault == TransportFault.BooksTwiceOnRetry ? act() : (PartnerResult<T>)_answers.GetOrAdd(key.Value, _ => act());
    }

    private Task WaitAsync(CancellationToken cancellationToken)
    {
        switch (settings.Fault)
        {
            case TransportFault.BlocksThread:
                // The fault under test: a synchronous wait on the calling thread.
                Thread.Sleep(settings.Delay);
                return Task.CompletedTask;
            case TransportFault.IgnoresCancellation:
                return Task.Delay(settings.Delay, time, CancellationToken.None);
            default:
                return Task.Delay(settings.Delay, time, cancellationToken);
        }
    }
}
