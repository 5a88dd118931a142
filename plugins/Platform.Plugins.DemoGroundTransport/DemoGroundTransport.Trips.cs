using Platform.Sdk;
using Platform.Sdk.Transport;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>Changes, cancellations, status, and how a booked trip plays out.</summary>
internal sealed partial class DemoGroundTransport
{
    private static readonly string[] _drivers = ["Mehmet Yılmaz", "Ayşe Demir", "Emre Kaya", "Zeynep Çelik", "Burak Şahin", "Elif Arslan"];
    private static readonly string[] _vehicles = ["white Ford Transit Custom", "grey Mercedes-Benz Vito", "silver Volkswagen Caddy", "white Fiat Doblò"];

    public async Task<PartnerResult<TripBooking>> ChangeAsync(string bookingReference, TripRequest trip, IdempotencyKey idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trip);
        return await book.OnceAsync("change", idempotencyKey, async () =>
        {
            await simulation.RespondAsync($"change|{idempotencyKey}", cancellationToken);
            if (simulation.Refused<TripBooking>() is { } refused)
            {
                return refused;
            }

            if (!book.Trips.TryGetValue(bookingReference, out var entry))
            {
                return NotFound<TripBooking>(bookingReference);
            }

            if (Refusal<TripBooking>(trip, entry.Passenger) is { } refusal)
            {
                return refusal;
            }

            var distance = Fares.DistanceKm(trip, simulation);
            var pickup = TripRules.PickupTime(trip, Fares.Duration(distance));
            TripBooking changed;
            int version;
            lock (entry.Sync)
            {
                if (entry.Cancellation is not null || entry.Status.State is not (TripState.Requested or TripState.Confirmed or TripState.DriverAssigned))
                {
                    return PartnerResult.Declined<TripBooking>(entry.Cancellation is null ? "TRIP_STARTED" : "TRIP_CANCELLED", $"Trip {bookingReference} is {entry.Status.State} and can no longer be changed; book a new trip.", bookingReference);
                }

                version = ++entry.Version;
                changed = new TripBooking(bookingReference, TripState.Confirmed, trip, simulation.Money(Fares.Price(trip, distance, Settings)), new TimeWindow(pickup - _pickupWindow, pickup + _pickupWindow));
                entry.Booking = changed;
                entry.Status = new TripStatus(bookingReference, TripState.Confirmed, simulation.Now, Note: $"Changed: pickup {TripRules.Describe(trip.Pickup with { Time = pickup })}");
            }

            Follow(entry, version, dispatchFirst: false);
            return PartnerResult.Success(changed);
        }, cancellationToken);
    }

    public async Task<PartnerResult<TripCancellation>> CancelAsync(string bookingReference, string reason, IdempotencyKey idempotencyKey, CancellationToken cancellationToken) =>
        await book.OnceAsync("cancel", idempotencyKey, async () =>
        {
            await simulation.RespondAsync($"cancel|{idempotencyKey}", cancellationToken);
            if (simulation.Refused<TripCancellation>() is { } refused)
            {
                return refused;
            }

            if (!book.Trips.TryGetValue(bookingReference, out var entry))
            {
                return NotFound<TripCancellation>(bookingReference);
            }

            TripStatus status;
            TripCancellation cancellation;
            lock (entry.Sync)
            {
                if (entry.Cancellation is { } earlier)
                {
                    return PartnerResult.Success(earlier);
                }

                if (entry.HasStarted)
                {
                    return PartnerResult.Declined<TripCancellation>("TRIP_STARTED", $"Trip {bookingReference} is {entry.Status.State}; it can no longer be cancelled.", bookingReference);
                }

                var now = simulation.Now;
                var late = entry.Status.State is TripState.EnRoute or TripState.Arrived || entry.Booking.PickupWindow!.Start - now < Settings.LateCancellationWindow;
                cancellation = new TripCancellation(bookingReference, now, late && Settings.LateCancellationFee > 0 ? simulation.Money(Settings.LateCancellationFee) : null);
                entry.Version++;
                entry.Cancellation = cancellation;
                status = entry.Status = new TripStatus(bookingReference, TripState.Cancelled, now, Note: $"Cancelled by the hospital: {reason}");
                entry.Booking = entry.Booking with { State = TripState.Cancelled };
            }

            await PublishAsync(status, cancellationToken);
            return PartnerResult.Success(cancellation);
        }, cancellationToken);

    public async Task<PartnerResult<TripStatus>> GetTripStatusAsync(string bookingReference, CancellationToken cancellationToken)
    {
        await simulation.RespondAsync($"status|{bookingReference}", cancellationToken);
        if (simulation.Refused<TripStatus>() is { } refused)
        {
            return refused;
        }

        return book.Trips.TryGetValue(bookingReference, out var entry) ? PartnerResult.Success(entry.Status) : NotFound<TripStatus>(bookingReference);
    }

    /// <summary>Plays the trip out from its current version; a change or cancellation (a new version) silences it.</summary>
    private void Follow(Trip entry, int version, bool dispatchFirst)
    {
        var reference = entry.Booking.BookingReference;
        var step = Settings.StatusStep;
        timeline.Start(reference, async token =>
        {
            if (dispatchFirst)
            {
                await timeline.DelayAsync(Settings.DispatchDelay, token);
                var found = Simulation.Forced(entry.Passenger) == "PEND" || simulation.Roll("dispatch", reference) >= 0.2;
                var note = found ? "Vehicle found; trip confirmed." : "No vehicle could be found for the pickup window; the booking is cancelled at no charge.";
                if (!await MoveAsync(entry, version, found ? TripState.Confirmed : TripState.Cancelled, note, token) || !found)
                {
                    return;
                }
            }

            var driver = _drivers[(int)(simulation.Roll("driver", reference) * _drivers.Length)];
            var vehicle = $"{_vehicles[(int)(simulation.Roll("vehicle", reference) * _vehicles.Length)]}, plate 34 DMT {100 + (int)(simulation.Roll("plate", reference) * 900)}";
            await timeline.DelayAsync(step, token);
            if (!await MoveAsync(entry, version, TripState.DriverAssigned, $"{driver} in a {vehicle}", token, driver, vehicle))
            {
                return;
            }

            var pickup = entry.Booking.PickupWindow!.Start + _pickupWindow;
            await timeline.DelayAsync(Settings.Timeline == StatusTimeline.RealTime ? pickup - TimeSpan.FromMinutes(30) - simulation.Now : step, token);
            var noShow = Simulation.Forced(entry.Passenger) == "NOSHOW" || simulation.Roll("no-show", reference) < Settings.NoShowRate;
            TripState[] rest = noShow
                ? [TripState.EnRoute, TripState.Arrived, TripState.NoShow]
                : [TripState.EnRoute, TripState.Arrived, TripState.PassengerOnBoard, TripState.Completed];
            for (var i = 0; i < rest.Length; i++)
            {
                if (i > 0)
                {
                    await timeline.DelayAsync(step, token);
                }

                if (!await MoveAsync(entry, version, rest[i], Remark(rest[i], entry), token))
                {
                    return;
                }
            }
        });
    }

    /// <summary>Records the trip's new state and reports it; false when the trip changed meanwhile (its version moved on).</summary>
    private async Task<bool> MoveAsync(Trip entry, int version, TripState state, string note, CancellationToken cancellationToken, string? driver = null, string? vehicle = null)
    {
        TripStatus status;
        lock (entry.Sync)
        {
            if (entry.Version != version)
            {
                return false;
            }

            var booking = entry.Booking;
            var location = state is TripState.EnRoute ? Near(booking.Trip.Pickup.Place.Location) : state is TripState.Arrived or TripState.NoShow ? booking.Trip.Pickup.Place.Location : null;
            var eta = state is TripState.EnRoute ? booking.PickupWindow!.Start + _pickupWindow : (DateTimeOffset?)null;
            status = entry.Status = new TripStatus(booking.BookingReference, state, simulation.Now, location, eta, note);
            entry.Booking = booking with
            {
                State = state,
                Driver = driver is null ? booking.Driver : new ContactPerson(driver, "+905550000" + (driver.Length % 90 + 10), Language: "tr"),
                Vehicle = vehicle ?? booking.Vehicle,
            };
        }

        await PublishAsync(status, cancellationToken);
        return true;
    }

    private static string Remark(TripState state, Trip entry) => state switch
    {
        TripState.EnRoute => $"Driver on the way to {entry.Booking.Trip.Pickup.Place.Name}.",
        TripState.Arrived => $"Driver waiting at {entry.Booking.Trip.Pickup.Place.Name}. {entry.Booking.Trip.Pickup.Instructions}".TrimEnd(),
        TripState.NoShow => "Driver waited 15 minutes past the pickup window; the passenger could not be reached.",
        TripState.PassengerOnBoard => "Passenger on board.",
        _ => $"Passenger dropped off at {entry.Booking.Trip.DropOff.Place.Name}.",
    };

    private static GeoPoint? Near(GeoPoint? point) => point is null ? null : new GeoPoint(point.Latitude + 0.01, point.Longitude - 0.01);

    private PartnerResult<T> NotFound<T>(string reference) =>
        PartnerResult.Declined<T>("NOT_FOUND", $"{Settings.CompanyName} has no trip {reference}.");
}
