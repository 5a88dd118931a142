using Platform.Plugins.Tests.Infrastructure;
using Platform.Sdk;
using Platform.Sdk.Transport;
using static Platform.Plugins.Tests.Infrastructure.TransportRequests;

namespace Platform.Plugins.Tests;

/// <summary>The demo ground-transport firm, loaded from disk and called through the registry, behaves like an NEMT firm.</summary>
public sealed class DemoGroundTransportTests : IAsyncLifetime, IDisposable
{
    private readonly PluginFolders _folders = new();
    private PartnerHost _host = null!;

    private IGroundTransport Transfers => _host.Registry.Resolve<IGroundTransport>("transfers");

    public async Task InitializeAsync()
    {
        _folders.AddBuilt(PluginFolders.DemoGroundTransport);
        _host = await PartnerHost.StartAsync(_folders.Root, [
            .. DemoPartners.GroundTransport("transfers"),
            .. DemoPartners.GroundTransport("slow", ("Settings:StatusStep", "01:00:00")),
            .. DemoPartners.GroundTransport("steady", ("Settings:StatusStep", "00:00:00.200")),
            .. DemoPartners.GroundTransport("short-lock", ("Settings:FareLock", "00:00:01")),
            .. DemoPartners.GroundTransport("no-stretchers", ("Settings:StretcherFleet", "false")),
            .. DemoPartners.GroundTransport("revoked", ("Settings:ApiKey", "live-key")),
        ]);
    }

    [Fact]
    public async Task Quote_PricesTheVehicleTheMobilityNeedCallsForAndLocksTheFare()
    {
        var before = DateTimeOffset.UtcNow;

        var sedan = (await Transfers.QuoteAsync(Trip(MobilityAid.Ambulatory), default)).GetValueOrThrow();
        var stretcher = (await Transfers.QuoteAsync(Trip(MobilityAid.Stretcher, escorts: 1), default)).GetValueOrThrow();

        sedan.VehicleType.ShouldStartWith("sedan");
        stretcher.VehicleType.ShouldStartWith("stretcher van with two crew");
        stretcher.Fare.Amount.ShouldBeGreaterThan(sedan.Fare.Amount * 2);
        sedan.Fare.Currency.ShouldBe("EUR");
        sedan.EstimatedDistanceKm.ShouldNotBeNull().ShouldBeInRange(30, 45, "the airport is about 25 km from Maslak as the crow flies");
        sedan.FareLockedUntil.ShouldBeInRange(before.AddMinutes(15), DateTimeOffset.UtcNow.AddMinutes(15));
    }

    [Fact]
    public async Task Book_AtALockedQuote_ChargesTheQuotedFareAndReportsTheTripUntilItIsCompleted()
    {
        var trip = Trip();
        var quote = (await Transfers.QuoteAsync(trip, default)).GetValueOrThrow();

        var booking = (await Transfers.BookAsync(Booking(trip, quoteId: quote.QuoteId), IdempotencyKey.New(), default)).GetValueOrThrow();

        (booking.State, booking.Fare).ShouldBe((TripState.Confirmed, quote.Fare));
        booking.PickupWindow.ShouldBe(new TimeWindow(trip.Pickup.Time!.Value.AddMinutes(-15), trip.Pickup.Time.Value.AddMinutes(15)));
        await _host.Events.WaitForAsync(e => e.Event is TripStatusChanged { Status.State: TripState.Completed } c && c.Reference == booking.BookingReference);
        States(booking.BookingReference).ShouldBe([TripState.DriverAssigned, TripState.EnRoute, TripState.Arrived, TripState.PassengerOnBoard, TripState.Completed]);
        var status = (await Transfers.GetTripStatusAsync(booking.BookingReference, default)).GetValueOrThrow();
        (status.State, status.Note).ShouldBe((TripState.Completed, "Passenger dropped off at Acıbadem Maslak Hospital, main entrance."));
    }

    [Fact]
    public async Task Book_AfterTheFareLockEnds_DeclinesQuoteExpired()
    {
        var firm = _host.Registry.Resolve<IGroundTransport>("short-lock");
        var trip = Trip();
        var quote = (await firm.QuoteAsync(trip, default)).GetValueOrThrow();
        await Task.Delay(TimeSpan.FromSeconds(1.2));

        var result = await firm.BookAsync(Booking(trip, quoteId: quote.QuoteId), IdempotencyKey.New(), default);

        result.Decline.ShouldNotBeNull().Code.ShouldBe("QUOTE_EXPIRED");
    }

    [Fact]
    public async Task Book_WithAQuoteForAnotherTrip_FailsAsInvalidRequest()
    {
        var quote = (await Transfers.QuoteAsync(Trip(MobilityAid.Ambulatory), default)).GetValueOrThrow();

        var result = await Transfers.BookAsync(Booking(Trip(MobilityAid.Stretcher), quoteId: quote.QuoteId), IdempotencyKey.New(), default);

        result.Failure.ShouldNotBeNull().Category.ShouldBe(PartnerFailureCategory.InvalidRequest);
    }

    [Fact]
    public async Task Book_WhileAVehicleIsSought_IsPendingAndTheConfirmationArrivesLater()
    {
        var result = await Transfers.BookAsync(Booking(Trip(MobilityAid.WheelchairAccessibleVehicle), "PEND-Omar Khalil"), IdempotencyKey.New(), default);

        var reference = result.Pending.ShouldNotBeNull().Reference;
        (await Transfers.GetTripStatusAsync(reference, default)).GetValueOrThrow().State.ShouldBe(TripState.Requested);
        await _host.Events.WaitForAsync(e => e.Event is TripStatusChanged { Status.State: TripState.Confirmed } && e.Event.Reference == reference);
    }

    [Fact]
    public async Task Book_PassengerDoesNotShowUp_EndsInNoShowWithoutCompleting()
    {
        var booking = (await Transfers.BookAsync(Booking(Trip(), "NOSHOW-Ivan Petrov"), IdempotencyKey.New(), default)).GetValueOrThrow();

        await _host.Events.WaitForAsync(e => e.Event is TripStatusChanged { Status.State: TripState.NoShow } && e.Event.Reference == booking.BookingReference);

        States(booking.BookingReference).ShouldBe([TripState.DriverAssigned, TripState.EnRoute, TripState.Arrived, TripState.NoShow]);
    }

    [Fact]
    public async Task Book_SameIdempotencyKeyTwice_BooksOneTrip()
    {
        var key = IdempotencyKey.New();
        var trip = Trip();

        var first = (await Transfers.BookAsync(Booking(trip), key, default)).GetValueOrThrow();
        var second = (await Transfers.BookAsync(Booking(trip), key, default)).GetValueOrThrow();

        second.BookingReference.ShouldBe(first.BookingReference);
        (await Transfers.BookAsync(Booking(trip), IdempotencyKey.New(), default)).GetValueOrThrow().BookingReference.ShouldNotBe(first.BookingReference);
    }

    [Fact]
    public async Task Change_BeforeTheDriverSetsOff_RepricesAndMovesThePickupWindow()
    {
        var booking = (await Transfers.BookAsync(Booking(Trip(pickupIn: TimeSpan.FromDays(3))), IdempotencyKey.New(), default)).GetValueOrThrow();
        var later = Trip(MobilityAid.Wheelchair, pickupIn: TimeSpan.FromDays(4));

        var changed = (await Transfers.ChangeAsync(booking.BookingReference, later, IdempotencyKey.New(), default)).GetValueOrThrow();

        changed.BookingReference.ShouldBe(booking.BookingReference);
        changed.Fare.Amount.ShouldBeGreaterThan(booking.Fare.Amount);
        changed.PickupWindow!.Start.ShouldBe(later.Pickup.Time!.Value.AddMinutes(-15));
    }

    [Fact]
    public async Task Cancel_CloseToPickup_ChargesTheLateFeeStopsTheTripAndAnswersRetriesTheSame()
    {
        var firm = _host.Registry.Resolve<IGroundTransport>("steady");
        var booking = (await firm.BookAsync(Booking(Trip(pickupIn: TimeSpan.FromHours(1))), IdempotencyKey.New(), default)).GetValueOrThrow();

        var cancelled = (await firm.CancelAsync(booking.BookingReference, "Flight cancelled", IdempotencyKey.New(), default)).GetValueOrThrow();
        var again = (await firm.CancelAsync(booking.BookingReference, "Flight cancelled", IdempotencyKey.New(), default)).GetValueOrThrow();

        cancelled.Fee.ShouldBe(new MonetaryAmount(20m, "EUR"));
        again.ShouldBe(cancelled);
        await Task.Delay(TimeSpan.FromSeconds(1.2)); // the uncancelled trip would have completed by now
        States(booking.BookingReference).ShouldNotContain(TripState.Completed);
        States(booking.BookingReference).Last().ShouldBe(TripState.Cancelled);
        (await firm.ChangeAsync(booking.BookingReference, Trip(), IdempotencyKey.New(), default)).Decline.ShouldNotBeNull().Code.ShouldBe("TRIP_CANCELLED");
    }

    [Fact]
    public async Task Cancel_DaysAhead_IsFreeAndACompletedTripCannotBeCancelled()
    {
        var slow = _host.Registry.Resolve<IGroundTransport>("slow");
        var early = (await slow.BookAsync(Booking(Trip(pickupIn: TimeSpan.FromDays(3))), IdempotencyKey.New(), default)).GetValueOrThrow();
        var done = (await Transfers.BookAsync(Booking(Trip(pickupIn: TimeSpan.FromDays(2))), IdempotencyKey.New(), default)).GetValueOrThrow();
        await _host.Events.WaitForAsync(e => e.Event is TripStatusChanged { Status.State: TripState.Completed } && e.Event.Reference == done.BookingReference);

        (await slow.CancelAsync(early.BookingReference, "Plans changed", IdempotencyKey.New(), default)).GetValueOrThrow().Fee.ShouldBeNull();
        (await Transfers.CancelAsync(done.BookingReference, "Too late", IdempotencyKey.New(), default)).Decline.ShouldNotBeNull().Code.ShouldBe("TRIP_STARTED");
    }

    [Fact]
    public async Task Quote_OutsideTheServiceAreaOrWithoutTheVehicle_DeclinesWithTheReason()
    {
        var toBerlin = Trip() with { DropOff = new TripStop(Hospital with { Address = new PostalAddress(["Charitéplatz 1"], "Berlin", "DE") }, null) };

        var outOfArea = await Transfers.QuoteAsync(toBerlin, default);
        var noStretcher = await _host.Registry.Resolve<IGroundTransport>("no-stretchers").QuoteAsync(Trip(MobilityAid.Stretcher), default);

        outOfArea.Decline.ShouldBe(new PartnerDecline("OUT_OF_AREA", "Bosphorus Medical Transfers drives in TR only; the trip runs from TR to DE."));
        noStretcher.Decline.ShouldBe(new PartnerDecline("NO_VEHICLE", "Bosphorus Medical Transfers has no stretcher van with two crew in its fleet."));
    }

    [Fact]
    public async Task Quote_UnknownTimeZoneOrPastPickup_FailsAsInvalidRequestNamingTheField()
    {
        var badZone = Trip() with { Pickup = new TripStop(Airport with { TimeZone = "Istanbul" }, DateTimeOffset.UtcNow.AddDays(1)) };
        var past = Trip(pickupIn: TimeSpan.FromHours(-1));

        (await Transfers.QuoteAsync(badZone, default)).Failure.ShouldNotBeNull().Message
            .ShouldBe("Bosphorus Medical Transfers rejected the trip: pickup.place.timeZone is 'Istanbul'; expected an IANA time zone such as Europe/Istanbul.");
        (await Transfers.QuoteAsync(past, default)).Failure.ShouldNotBeNull().Message.ShouldContain("pickup.time");
    }

    [Fact]
    public async Task Calls_ApiKeyRefused_FailUnauthorizedAndHealthIsUnhealthy()
    {
        var result = await _host.Registry.Resolve<IGroundTransport>("revoked").QuoteAsync(Trip(), default);

        result.Failure.ShouldNotBeNull().Category.ShouldBe(PartnerFailureCategory.Unauthorized);
        (await _host.Registry.CheckHealthAsync("revoked")).Status.ShouldBe(PartnerHealthStatus.Unhealthy);
        (await _host.Registry.CheckHealthAsync("transfers")).Status.ShouldBe(PartnerHealthStatus.Healthy);
    }

    [Fact]
    public async Task Outcomes_SameSeed_AreTheSameOnEveryRunAndDifferUnderAnotherSeed()
    {
        (string, string?)[] rates = [("Settings:PendRate", "0.3"), ("Settings:NoVehicleRate", "0.2"), ("Settings:DispatchDelay", "01:00:00")];
        await using var runs = await PartnerHost.StartAsync(_folders.Root, [
            .. DemoPartners.GroundTransport("first", rates),
            .. DemoPartners.GroundTransport("same", rates),
            .. DemoPartners.GroundTransport("other", [.. rates, ("Settings:Seed", "7")]),
        ]);
        var trips = Enumerable.Range(1, 30).Select(i => Trip(pickupIn: TimeSpan.FromDays(10 + i)) with { Notes = $"trip {i}" }).ToList();

        var first = await OutcomesAsync(runs.Registry.Resolve<IGroundTransport>("first"), trips);
        var same = await OutcomesAsync(runs.Registry.Resolve<IGroundTransport>("same"), trips);
        var other = await OutcomesAsync(runs.Registry.Resolve<IGroundTransport>("other"), trips);

        same.ShouldBe(first);
        other.ShouldNotBe(first);
        first.Distinct().Count().ShouldBe(3, "a seed draws confirmed, pended and declined bookings");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _folders.Dispose();

    private List<TripState> States(string reference) =>
        [.. _host.Events.Received.Select(e => e.Event).OfType<TripStatusChanged>().Where(e => e.Reference == reference).Select(e => e.Status.State)];

    private static async Task<List<string>> OutcomesAsync(IGroundTransport firm, List<TripRequest> trips)
    {
        List<string> outcomes = [];
        for (var i = 0; i < trips.Count; i++)
        {
            var result = await firm.BookAsync(Booking(trips[i]), new IdempotencyKey($"trip-{i}"), default);
            outcomes.Add(result.Kind.ToString());
        }

        return outcomes;
    }
}
