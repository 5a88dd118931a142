using System.Globalization;
using Platform.Kernel.Validation;
using Platform.Kernel.Values;
using Platform.Scheduling.Contracts;

namespace Platform.Scheduling.Appointments;

/// <summary>
/// Instants shown on a zone's clock, and the facility's wall-clock times turned into instants.
/// The zone's own rules decide: a local time skipped when clocks go forward does not exist; one
/// repeated when they go back is taken at its first occurrence (the summer-time offset).
/// </summary>
internal static class FacilityTime
{
    private static readonly string[] _localFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static ZonedTimeDto Zoned(DateTimeOffset instant, TimeZoneId zone)
    {
        var local = zone.ToZone(instant);
        return new ZonedTimeDto(
            local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            Offset(local.Offset),
            zone.Id,
            local);
    }

    public static ZonedTimeDto? Zoned(DateTimeOffset instant, string? zone) =>
        TimeZoneId.TryParse(zone, out var parsed) ? Zoned(instant, parsed) : null;

    public static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant a start names, or null after adding what is wrong with it under <paramref name="field"/>.</summary>
    public static DateTimeOffset? Resolve(AppointmentStart? start, TimeZoneId facility, string field, ValidationErrors errors)
    {
        if (start is null || (start.At is null) == string.IsNullOrWhiteSpace(start.FacilityLocal))
        {
            errors.Add(field, null, "OneOf", $"needs exactly one of {field}.at (an instant with its UTC offset, such as 2027-03-20T10:00:00+01:00) or {field}.facilityLocal (a date-time on the facility's clock in {facility.Id}, such as 2027-03-20T10:00)");
            return null;
        }

        if (start.At is { } at)
        {
            return at;
        }

        var text = start.FacilityLocal!.Trim();
        if (!DateTime.TryParseExact(text, _localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            errors.Add($"{field}.facilityLocal", text, "Format", $"is not a local date-time: expected yyyy-MM-ddTHH:mm on the facility's clock ({facility.Id}), without an offset");
            return null;
        }

        var rules = facility.ToTimeZoneInfo();
        if (rules.IsInvalidTime(local))
        {
            errors.Add($"{field}.facilityLocal", text, "NonexistentLocalTime", $"does not exist in {facility.Id}: the clocks skip that hour for daylight saving on {local:yyyy-MM-dd}; choose a time outside the gap, or give {field}.at with an offset");
            return null;
        }

        // An hour that happens twice (clocks going back) means its first occurrence, in summer time.
        var offset = rules.IsAmbiguousTime(local) ? rules.GetAmbiguousTimeOffsets(local).Max() : rules.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
