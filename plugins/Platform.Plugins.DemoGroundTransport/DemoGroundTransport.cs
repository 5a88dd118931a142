using Microsoft.Extensions.Logging;
using Platform.Sdk;
using Platform.Sdk.Transport;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>A demo NEMT firm: quotes with a locked fare, bookings confirmed at once or pended while a vehicle is found, and trips that play out over time.</summary>
internal sealed partial class DemoGroundTransport(Simulation simulation, TripBook book, TripTimeline timeline, IPartnerEvents events, ILogger<DemoGroundTransport> logger) : IGroundTransport
{
    private static readonly TimeSpan _pickupWindow = TimeSpan.FromMinutes(15);
    private long _quotes;

    private GroundTransportSettings Settings => simulation.Settings;

    public async Task<PartnerHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        await simulation.RespondAsync("health", cancellationToken);
        return simulation.AcceptsApiKey
            ? PartnerHealth.Healthy($"{Settings.CompanyName} dispatch answering in about {Settings.Latency.TotalMilliseconds:0} ms; serving {string.Join(", ", Settings.ServiceCountries)}")
            : PartnerHealth.Unhealthy($"{Settings.CompanyName} refused the API key; set ApiKey to a key starting with 'demo-'.");
    }

    public async Task<PartnerResult<TripQuote>> QuoteAsync(TripRequest trip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trip);
        await simulation.RespondAsync($"quote|{TripRules.Fingerprint(trip)}", cancellationToken);
        if (Refusal<TripQuote>(trip, passenger: string.Empty) is { } refusal)
        {
            return refusal;
        }

        var distance = Fares.DistanceKm(trip, simulation);
        var fingerprint = TripRules.Fingerprint(trip);
        var quote = new TripQuote(
            simulation.Reference("Q", $"{fingerprint}|{Interlocked.Increment(ref _quotes)}"),
            simulation.Money(Fares.Price(trip, distance, Settings)),
            simulation.Now + Settings.FareLock,
            $"{Fares.VehicleFor(trip.Mobility).Vehicle} ({Settings.CompanyName})",
            Fares.Duration(distance),
            distance);
        book.Quotes[quote.QuoteId] = new IssuedQuote(quote, trip);
        return PartnerResult.Success(quote);
    }

    public async Task<PartnerResult<TripBooking>> BookAsync(TripBookingRequest booking, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return await book.OnceAsync("book", idempotencyKey, async () =>
        {
            await simulation.RespondAsync($"book|{idempotencyKey}", cancellationToken);
            var trip = booking.Trip;
            if (Refusal<TripBooking>(trip, booking.Passenger.Name) is { } refusal)
            {
                return refusal;
            }

            var now = simulation.Now;
            var distance = Fares.DistanceKm(trip, simulation);
            var fare = simulation.Money(Fares.Price(trip, distance, Settings));
            if (booking.QuoteId is { } quoteId)
            {
                if (!book.Quotes.TryGetValue(quoteId, out var issued))
                {
                    return PartnerResult.Declined<TripBooking>("QUOTE_NOT_FOUND", $"{Settings.CompanyName} issued no quote {quoteId}; ask for a new quote.");
                }

                if (now > issued.Quote.FareLockedUntil)
                {
                    return PartnerResult.Declined<TripBooking>("QUOTE_EXPIRED", $"The fare of quote {quoteId} was locked until {issued.Quote.FareLockedUntil:O}; ask for a new quote.");
                }

                if (TripRules.Fingerprint(issued.Trip) != TripRules.Fingerprint(trip))
                {
                    return PartnerResult.Failed<TripBooking>(PartnerFailureCategory.InvalidRequest, $"The trip differs from the one quote {quoteId} prices; quote the trip as it is, or book without a quote.");
                }

                fare = issued.Quote.Fare;
            }

            var reference = simulation.Reference("TRP", idempotencyKey.Value);
            var pended = Simulation.Forced(booking.Passenger.Name) == "PEND" || simulation.Roll("pend", reference) < Settings.PendRate;
            var state = pended ? TripState.Requested : TripState.Confirmed;
            var pickup = TripRules.PickupTime(trip, Fares.Duration(distance));
            var confirmed = new TripBooking(reference, state, trip, fare, new TimeWindow(pickup - _pickupWindow, pickup + _pickupWindow));
            var entry = new Trip(confirmed, new TripStatus(reference, state, now, Note: $"Pickup {TripRules.Describe(trip.Pickup with { Time = pickup })}"), booking.Passenger.Name);
            book.Trips[reference] = entry;
            Follow(entry, version: 0, dispatchFirst: pended);
            return pended
                ? PartnerResult.Pended<TripBooking>(reference, $"Looking for a {Fares.VehicleFor(trip.Mobility).Vehicle}.", now + Settings.DispatchDelay)
                : PartnerResult.Success(confirmed);
        }, cancellationToken);
    }

    /// <summary>Why the firm cannot take the trip (malformed, outside its area, no vehicle), or null when it can.</summary>
    private PartnerResult<T>? Refusal<T>(TripRequest trip, string passenger)
    {
        if (simulation.Refused<T>() is { } refused)
        {
            return refused;
        }

        if (TripRules.Problem(trip, simulation.Now) is { } problem)
        {
            return PartnerResult.Failed<T>(PartnerFailureCategory.InvalidRequest, $"{Settings.CompanyName} rejected the trip: {problem}.");
        }

        if (!TripRules.Serves(trip, Settings))
        {
            return PartnerResult.Declined<T>("OUT_OF_AREA", $"{Settings.CompanyName} drives in {string.Join(", ", Settings.ServiceCountries)} only; the trip runs from {trip.Pickup.Place.Address.Country} to {trip.DropOff.Place.Address.Country}.");
        }

        if (TripRules.NeedsSpecialVehicle(trip.Mobility) && !Settings.StretcherFleet)
        {
            return PartnerResult.Declined<T>("NO_VEHICLE", $"{Settings.CompanyName} has no {Fares.VehicleFor(trip.Mobility).Vehicle} in its fleet.");
        }

        return Simulation.Forced(passenger) == "NOVEHICLE" || simulation.Roll("no-vehicle", TripRules.Fingerprint(trip)) < Settings.NoVehicleRate
            ? PartnerResult.Declined<T>("NO_VEHICLE", $"{Settings.CompanyName} has no {Fares.VehicleFor(trip.Mobility).Vehicle} free for a pickup at {TripRules.Describe(trip.Pickup)}.")
            : null;
    }

    private Task PublishAsync(TripStatus status, CancellationToken cancellationToken)
    {
        LogStatus(logger, status.BookingReference, status.State);
        return events.PublishAsync(new TripStatusChanged(status.BookingReference, status.UpdatedAt, status), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trip {Reference} is now {State}")]
    private static partial void LogStatus(ILogger logger, string reference, TripState state);
}
