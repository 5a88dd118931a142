using Platform.Sdk;
using Platform.Sdk.Transport;

namespace Platform.Plugins.Tests.Infrastructure;

/// <summary>Realistic trips: from Istanbul Airport arrivals to a hospital in Maslak.</summary>
public static class TransportRequests
{
    public static readonly Place Airport = new("Istanbul Airport (IST), international arrivals", new PostalAddress(["Tayakadın, Terminal Cd. No:1"], "Istanbul", "TR", PostalCode: "34283"), "Europe/Istanbul", new GeoPoint(41.2753, 28.7519));

    public static readonly Place Hospital = new("Acıbadem Maslak Hospital, main entrance", new PostalAddress(["Büyükdere Cd. No:40"], "Istanbul", "TR", PostalCode: "34457"), "Europe/Istanbul", new GeoPoint(41.1086, 29.0207));

    public static TripRequest Trip(MobilityAid aid = MobilityAid.Ambulatory, TimeSpan? pickupIn = null, int escorts = 0) => new(
        new TripStop(Airport, DateTimeOffset.UtcNow + (pickupIn ?? TimeSpan.FromDays(3)), "Arrivals hall, door 8; flight TK 1980"),
        new TripStop(Hospital, null),
        Passengers: 1 + escorts,
        new MobilityNeeds(aid, escorts),
        Luggage: 2);

    public static TripBookingRequest Booking(TripRequest trip, string passenger = "Amira Haddad", string? quoteId = null) =>
        new(trip, new ContactPerson(passenger, "+971501234567", Language: "ar"), quoteId);
}
