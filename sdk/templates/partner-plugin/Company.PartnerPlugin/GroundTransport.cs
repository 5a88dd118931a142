using System.Collections.Concurrent;
using Platform.Sdk;
using Platform.Sdk.Transport;

namespace Company.PartnerPlugin;

/// <summary>
/// The ground-transport capability. This starting point simulates the firm in memory (answers after
/// <see cref="TransportSettings.Latency"/>, accepts API keys starting with <c>sandbox-</c>) so the plugin runs
/// and passes the conformance kit from the first build; replace each <see cref="Partner"/> call with a call
/// to the firm's API, keeping the rules: pass the token on, answer with a PartnerResult, one act per
/// idempotency key.
/// </summary>
internal sealed class GroundTransport(TransportSettings settings, TimeProvider time) : IGroundTransport
{
    private readonly ConcurrentDictionary<string, TripQuote> _quotes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TripBooking> _bookings = new(StringComparer.Ordinal);

    // Answers to writes by idempotency key: a retry gets the first answer instead of a second booking.
    private readonly ConcurrentDictionary<string, Lazy<Task<PartnerResult>>> _writes = new(StringComparer.Ordinal);

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await Partner(cancellationToken);
        return Authorized ? PartnerHealth.Healthy("Sandbox answering") : PartnerHealth.Unhealthy("The firm refused the API key; set ApiKey to a key it issued (sandbox keys start with 'sandbox-').");
    }

    public async Task<PartnerResult<TripQuote>> QuoteAsync(TripRequest trip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trip);
        await Partner(cancellationToken);
        if (Refusal<TripQuote>(trip) is { } refused)
        {
            return refused;
        }

        var distance = Kilometres(trip.Pickup.Place.Location, trip.DropOff.Place.Location);
        var quote = new TripQuote($"Q-{Guid.NewGuid():N}"[..14], Fare(distance, trip), time.GetUtcNow() + settings.FareLock, Vehicle(trip.Mobility), TimeSpan.FromMinutes(10 + (distance ?? 20) * 1.5), distance);
        _quotes[quote.QuoteId] = quote;
        return PartnerResult.Success(quote);
    }

    public Task<PartnerResult<TripBooking>> BookAsync(TripBookingRequest booking, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return OnceAsync(idempotencyKey, () =>
        {
            if (Refusal<TripBooking>(booking.Trip) is { } refused)
            {
                return refused;
            }

            MonetaryAmount fare;
            if (booking.QuoteId is null)
            {
                fare = Fare(Kilometres(booking.Trip.Pickup.Place.Location, booking.Trip.DropOff.Place.Location), booking.Trip);
            }
            else if (_quotes.TryGetValue(booking.QuoteId, out var quote) && quote.FareLockedUntil > time.GetUtcNow())
            {
                fare = quote.Fare;
            }
            else
            {
                return PartnerResult.Declined<TripBooking>("QUOTE_EXPIRED", $"Quote {booking.QuoteId} is unknown or its fare lock has ended; quote again.");
            }

            var booked = new TripBooking($"TR-{Guid.NewGuid():N}"[..15].ToUpperInvariant(), TripState.Confirmed, booking.Trip, fare);
            _bookings[booked.BookingReference] = booked;
            return PartnerResult.Success(booked);
        }, cancellationToken);
    }

    public Task<PartnerResult<TripBooking>> ChangeAsync(string bookingReference, TripRequest trip, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trip);
        return OnceAsync(idempotencyKey, () => _bookings.TryGetValue(bookingReference, out var booking) switch
        {
            false => NotFound<TripBooking>(bookingReference),
            true when booking!.State == TripState.Cancelled => PartnerResult.Declined<TripBooking>("TRIP_CANCELLED", $"Booking {bookingReference} is cancelled; book again."),
            true when Refusal<TripBooking>(trip) is { } refused => refused,
            _ => PartnerResult.Success(_bookings[bookingReference] = booking with { Trip = trip }),
        }, cancellationToken);
    }

    public Task<PartnerResult<TripCancellation>> CancelAsync(string bookingReference, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        OnceAsync(idempotencyKey, () =>
        {
            if (!_bookings.TryGetValue(bookingReference, out var booking))
            {
                return NotFound<TripCancellation>(bookingReference);
            }

            _bookings[bookingReference] = booking with { State = TripState.Cancelled };
            return PartnerResult.Success(new TripCancellation(bookingReference, time.GetUtcNow()));
        }, cancellationToken);

    public async Task<PartnerResult<TripStatus>> GetTripStatusAsync(string bookingReference, CancellationToken cancellationToken)
    {
        await Partner(cancellationToken);
        return !Authorized ? Unauthorized<TripStatus>()
            : _bookings.TryGetValue(bookingReference, out var booking) ? PartnerResult.Success(new TripStatus(bookingReference, booking.State, time.GetUtcNow()))
            : NotFound<TripStatus>(bookingReference);
    }

    private bool Authorized => settings.ApiKey.StartsWith("sandbox-", StringComparison.Ordinal);

    /// <summary>Stands for the round trip to the firm's API: replace with the HTTP call, passing the token on.</summary>
    private Task Partner(CancellationToken cancellationToken) => Task.Delay(settings.Latency, time, cancellationToken);

    /// <summary>A write acts once per idempotency key; a retry (same key) waits for and returns the first answer.</summary>
    private async Task<PartnerResult<T>> OnceAsync<T>(IdempotencyKey key, Func<PartnerResult<T>> act, CancellationToken cancellationToken)
    {
        await Partner(cancellationToken);
        if (!Authorized)
        {
            return Unauthorized<T>();
        }

        var answer = _writes.GetOrAdd(key.Value, _ => new Lazy<Task<PartnerResult>>(() => Task.FromResult<PartnerResult>(act())));
        return (PartnerResult<T>)await answer.Value;
    }

    private PartnerResult<T>? Refusal<T>(TripRequest trip) =>
        !Authorized ? Unauthorized<T>()
        : trip.Mobility.Aid is MobilityAid.Stretcher or MobilityAid.Bariatric ? PartnerResult.Declined<T>("NO_VEHICLE", $"No vehicle for a {trip.Mobility.Aid} passenger; ask an ambulance service.")
        : trip.Pickup.Time is null && trip.DropOff.Time is null ? PartnerResult.Failed<T>(PartnerFailureCategory.InvalidRequest, "Give a pickup time or an arrive-by time.")
        : null;

    private MonetaryAmount Fare(double? kilometres, TripRequest trip) =>
        new(decimal.Round(settings.BaseFare + (decimal)(kilometres ?? 20) * 1.8m + (trip.Mobility.Aid == MobilityAid.Ambulatory ? 0 : 25m), 2), settings.Currency);

    private static string Vehicle(MobilityNeeds needs) => needs.Aid == MobilityAid.Ambulatory ? "Sedan" : "Wheelchair-accessible van";

    /// <summary>Great-circle distance, when both places have coordinates.</summary>
    private static double? Kilometres(GeoPoint? from, GeoPoint? to)
    {
        if (from is null || to is null)
        {
            return null;
        }

        static double Radians(double degrees) => degrees * Math.PI / 180;
        var a = Math.Pow(Math.Sin(Radians(to.Latitude - from.Latitude) / 2), 2)
            + (Math.Cos(Radians(from.Latitude)) * Math.Cos(Radians(to.Latitude)) * Math.Pow(Math.Sin(Radians(to.Longitude - from.Longitude) / 2), 2));
        return Math.Round(6371 * 2 * Math.Asin(Math.Sqrt(a)), 1);
    }

    private static PartnerResult<T> NotFound<T>(string reference) => PartnerResult.Declined<T>("NOT_FOUND", $"The firm has no booking {reference}.", reference);

    private static PartnerResult<T> Unauthorized<T>() => PartnerResult.Failed<T>(PartnerFailureCategory.Unauthorized, "The firm refused the API key (401).");
}
