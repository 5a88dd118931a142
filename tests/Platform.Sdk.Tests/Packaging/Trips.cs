using Platform.Sdk.Transport;

namespace Platform.Sdk.Tests.Packaging;

public static class Trips
{
    private static readonly Place _airport = new("Istanbul Airport (IST), arrivals", new PostalAddress(["Terminal Caddesi 1"], "Istanbul", "TR"), "Europe/Istanbul", new GeoPoint(41.2753, 28.7519));
    private static readonly Place _hospital = new("Bosphorus University Hospital", new PostalAddress(["Büyükdere Caddesi 40"], "Istanbul", "TR"), "Europe/Istanbul", new GeoPoint(41.1086, 29.0203));

    public static TripRequest AirportToHospital { get; } = new(
        new TripStop(_airport, new DateTimeOffset(2030, 5, 4, 9, 30, 0, TimeSpan.FromHours(3))),
        new TripStop(_hospital, null),
        Passengers: 2,
        new MobilityNeeds(MobilityAid.Wheelchair, Escorts: 1));
}
