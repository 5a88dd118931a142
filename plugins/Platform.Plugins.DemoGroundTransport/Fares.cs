using System.Globalization;
using Platform.Sdk;
using Platform.Sdk.Transport;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>Prices a trip the way NEMT firms do: a base fare, a rate per kilometre, a level-of-service factor for the vehicle the passenger needs, and supplements.</summary>
internal static class Fares
{
    public static (string Vehicle, decimal Factor) VehicleFor(MobilityNeeds needs) => needs.Aid switch
    {
        MobilityAid.Stretcher => ("stretcher van with two crew", 2.5m),
        MobilityAid.Bariatric => ("bariatric van with lift and two crew", 2.8m),
        MobilityAid.WheelchairAccessibleVehicle => ("wheelchair-accessible van with ramp", 1.6m),
        MobilityAid.Wheelchair => ("minivan with folding-wheelchair space", 1.2m),
        _ => ("sedan", 1m),
    };

    /// <summary>Straight-line distance when both stops have coordinates, times 1.3 for roads; otherwise a seeded urban distance.</summary>
    public static double DistanceKm(TripRequest trip, Simulation simulation)
    {
        if (trip.Pickup.Place.Location is { } from && trip.DropOff.Place.Location is { } to)
        {
            return Math.Round(Haversine(from, to) * 1.3, 1);
        }

        return Math.Round(5 + (simulation.Roll("distance", trip.Pickup.Place.Name, trip.DropOff.Place.Name) * 45), 1);
    }

    public static TimeSpan Duration(double distanceKm) => TimeSpan.FromMinutes(Math.Ceiling(10 + (distanceKm * 1.5)));

    public static decimal Price(TripRequest trip, double distanceKm, GroundTransportSettings settings)
    {
        var (_, factor) = VehicleFor(trip.Mobility);
        var supplements = (trip.Mobility.Escorts * 5m) + (trip.Mobility.Oxygen ? 15m : 0m) + (trip.Mobility.DoorToDoor ? 10m : 0m) + (Math.Max(0, trip.Luggage - 2) * 3m);
        return decimal.Round(((settings.BaseFare + (settings.PerKilometre * (decimal)distanceKm)) * factor) + supplements, 2);
    }

    /// <summary>A time as the passenger and driver read it: local to the stop, with its zone.</summary>
    public static string Local(DateTimeOffset instant, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return $"{TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {timeZone}";
    }

    private static double Haversine(GeoPoint a, GeoPoint b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 6371 * 2 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
