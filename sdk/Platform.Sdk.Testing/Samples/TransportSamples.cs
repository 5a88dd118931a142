using Platform.Sdk.Transport;

namespace Platform.Sdk.Testing.Samples;

/// <summary>An airport pickup for a wheelchair user with one escort: quote, book, change, cancel, status.</summary>
internal static class TransportSamples
{
    public static IReadOnlyList<SampleCall> Calls()
    {
        var landing = Requests.Appointment.AddHours(-26);
        var trip = new TripRequest(
            new TripStop(Requests.Airport, landing.AddMinutes(45), "Arrivals hall, door 8; flight TK 763"),
            new TripStop(Requests.Hospital, null, "International patient desk"),
            Passengers: 2,
            new MobilityNeeds(MobilityAid.Wheelchair, Escorts: 1, DoorToDoor: true),
            Luggage: 2);
        var later = trip with { Pickup = trip.Pickup with { Time = landing.AddHours(3) } };
        var booking = new TripBookingRequest(trip, Requests.Patient);

        return
        [
            SampleCall.Read<IGroundTransport, TripQuote>("QuoteAsync", (t, ct) => t.QuoteAsync(trip, ct),
                q => string.IsNullOrWhiteSpace(q.QuoteId) ? "a quote without QuoteId" : q.Fare.Amount < 0 ? "a negative fare" : null),
            SampleCall.Write<IGroundTransport, TripBooking>("BookAsync", (t, k, ct) => t.BookAsync(booking, k, ct), Booked, mayPend: true),
            SampleCall.WriteAbout<IGroundTransport, TripBooking>("ChangeAsync", Book(booking), (t, reference, k, ct) => t.ChangeAsync(reference, later, k, ct),
                (b, reference) => b.BookingReference != reference ? $"the change answered booking '{b.BookingReference}' for '{reference}'" : null),
            SampleCall.WriteAbout<IGroundTransport, TripCancellation>("CancelAsync", Book(booking), (t, reference, k, ct) => t.CancelAsync(reference, "Flight cancelled", k, ct),
                (c, reference) => c.BookingReference != reference ? $"the cancellation answered booking '{c.BookingReference}' for '{reference}'" : null),
            SampleCall.ReadAbout<IGroundTransport, TripStatus>("GetTripStatusAsync", Book(booking), (t, reference, ct) => t.GetTripStatusAsync(reference, ct),
                (s, reference) => s.BookingReference != reference ? $"status of booking '{s.BookingReference}' when '{reference}' was asked for" : null),
        ];
    }

    private static Func<IGroundTransport, Task<string>> Book(TripBookingRequest booking) =>
        t => SampleCall.ReferenceOf(t.BookAsync(booking, IdempotencyKey.New(), CancellationToken.None), b => b.BookingReference);

    private static string? Booked(TripBooking booking) =>
        string.IsNullOrWhiteSpace(booking.BookingReference) ? "a booking without BookingReference"
        : booking.State is TripState.Cancelled or TripState.NoShow ? $"Success with state {booking.State}; refuse a booking as Declined"
        : null;
}
