using Platform.Sdk.Transport;

namespace Platform.Plugins.DemoGroundTransport;

/// <summary>What the firm's API rejects as malformed (400), with the field and what it expects.</summary>
internal static class TripRules
{
    public static string? Problem(TripRequest trip, DateTimeOffset now)
    {
        if (trip.Passengers is < 1 or > 8)
        {
            return $"passengers is {trip.Passengers}; expected 1 to 8 (the patient included)";
        }

        if (trip.Mobility.Escorts < 0 || trip.Mobility.Escorts >= trip.Passengers + 1 || trip.Luggage < 0)
        {
            return $"mobility.escorts is {trip.Mobility.Escorts} and luggage {trip.Luggage}; expected escorts from 0 to passengers - 1 and luggage 0 or more";
        }

        foreach (var (name, stop) in new[] { ("pickup", trip.Pickup), ("dropOff", trip.DropOff) })
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(stop.Place.TimeZone, out _))
            {
                return $"{name}.place.timeZone is '{stop.Place.TimeZone}'; expected an IANA time zone such as Europe/Istanbul";
            }

            if (stop.Time is { } time && time < now)
            {
                return $"{name}.time is {time:O}, which has passed; expected a future time";
            }
        }

        if (trip.Pickup.Time is null && trip.DropOff.Time is null)
        {
            return "neither pickup.time nor dropOff.time is given; expected at least one (pickup time, or arrive-by time)";
        }

        return trip.Pickup.Time is { } pickup && trip.DropOff.Time is { } dropOff && dropOff <= pickup
            ? $"dropOff.time {dropOff:O} is not after pickup.time {pickup:O}"
            : null;
    }

    /// <summary>The pickup time: as asked, or early enough to arrive by the drop-off time with a quarter of an hour to spare.</summary>
    public static DateTimeOffset PickupTime(TripRequest trip, TimeSpan duration) =>
        trip.Pickup.Time ?? (trip.DropOff.Time!.Value - duration - TimeSpan.FromMinutes(15));

    public static string Fingerprint(TripRequest trip) => string.Join('|',
        trip.Pickup.Place.Name, trip.Pickup.Time?.ToUnixTimeSeconds(), trip.DropOff.Place.Name, trip.DropOff.Time?.ToUnixTimeSeconds(),
        trip.Passengers, trip.Mobility.Aid, trip.Mobility.Escorts, trip.Mobility.Oxygen, trip.Mobility.ServiceAnimal, trip.Mobility.DoorToDoor, trip.Luggage);

    public static bool Serves(TripRequest trip, GroundTransportSettings settings) =>
        settings.ServiceCountries.Contains(trip.Pickup.Place.Address.Country, StringComparer.OrdinalIgnoreCase)
        && settings.ServiceCountries.Contains(trip.DropOff.Place.Address.Country, StringComparer.OrdinalIgnoreCase);

    public static bool NeedsSpecialVehicle(MobilityNeeds needs) => needs.Aid is MobilityAid.Stretcher or MobilityAid.Bariatric;

    public static string Describe(TripStop stop) => stop.Time is { } time ? $"{stop.Place.Name} at {Fares.Local(time, stop.Place.TimeZone)}" : stop.Place.Name;
}
