namespace Platform.Sdk.Transport;

/// <summary>
/// A ground-transport firm (airport transfers, non-emergency medical transport): quotes with a
/// locked fare, bookings, changes, cancellations and trip status. Shaped after non-emergency
/// medical transport (NEMT) broker APIs: trips have a pickup and a drop-off, each with a time and
/// an IANA time zone, and the passenger's mobility needs decide the vehicle.
/// </summary>
[PartnerCapability(PartnerCapabilities.GroundTransport)]
public interface IGroundTransport : IPartnerCapability
{
    /// <summary>Prices a trip and locks the fare for a while.</summary>
    /// <param name="trip">The trip.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the quote; Declined when the firm cannot serve it (code <c>NO_VEHICLE</c>, <c>OUT_OF_AREA</c>, or its own).</returns>
    Task<PartnerResult<TripQuote>> QuoteAsync(TripRequest trip, CancellationToken cancellationToken);

    /// <summary>Books a trip, at a quoted fare when a still-locked quote is given.</summary>
    /// <param name="booking">The trip, the passenger and the quote.</param>
    /// <param name="idempotencyKey">Identifies this booking across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the booking; Declined (e.g. <c>QUOTE_EXPIRED</c>, <c>NO_VEHICLE</c>); Pending while the firm looks for a vehicle.</returns>
    Task<PartnerResult<TripBooking>> BookAsync(TripBookingRequest booking, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Changes a booked trip (new time, place or needs), e.g. after a flight changes.</summary>
    /// <param name="bookingReference">The firm's booking reference.</param>
    /// <param name="trip">The trip as it should now be.</param>
    /// <param name="idempotencyKey">Identifies this change across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the booking as changed (its fare may change); Declined when the change cannot be served.</returns>
    Task<PartnerResult<TripBooking>> ChangeAsync(string bookingReference, TripRequest trip, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Cancels a booked trip.</summary>
    /// <param name="bookingReference">The firm's booking reference.</param>
    /// <param name="reason">Why, in words.</param>
    /// <param name="idempotencyKey">Identifies this cancellation across retries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the cancellation and any fee; Declined when it can no longer be cancelled (<c>TRIP_STARTED</c>).</returns>
    Task<PartnerResult<TripCancellation>> CancelAsync(string bookingReference, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Asks where a trip stands. Changes are also reported as <see cref="TripStatusChanged"/>.</summary>
    /// <param name="bookingReference">The firm's booking reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Success with the status; Declined with code <c>NOT_FOUND</c> for an unknown reference.</returns>
    Task<PartnerResult<TripStatus>> GetTripStatusAsync(string bookingReference, CancellationToken cancellationToken);
}
