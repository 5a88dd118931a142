using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Platform.Kernel.Values;

/// <summary>
/// A time zone of the IANA tz database, such as "Europe/Istanbul": where an appointment or a
/// flight happens, so local times stay right across daylight-saving changes. Ids are matched
/// without regard to case and kept in the database's spelling; aliases ("Asia/Calcutta")
/// are kept as given, not replaced by their canonical zone. A Windows id given on its own
/// ("Turkey Standard Time") is accepted only when it maps to an IANA zone, and the IANA id
/// is what is kept. Relies on the system's tz data (the tzdata package on Linux).
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<TimeZoneId>))]
public sealed class TimeZoneId : IEquatable<TimeZoneId>, IParsable<TimeZoneId>
{
    private const string Kind = "IANA time zone id";
    private const string Expected =
        "a zone of the IANA tz database, such as Europe/Istanbul, Asia/Dubai or America/New_York " +
        "(or a Windows time zone id that maps to one)";

    private readonly TimeZoneInfo _zone;

    private TimeZoneId(TimeZoneInfo zone) => _zone = zone;

    /// <summary>The IANA id, such as "Europe/Istanbul".</summary>
    public string Id => _zone.Id;

    /// <summary>Coordinated Universal Time, id "UTC"; available even where no tz data is installed.</summary>
    public static TimeZoneId Utc { get; } = new(TimeZoneInfo.Utc);

    /// <summary>The same instant as the wall-clock time and offset that apply in this zone.</summary>
    public DateTimeOffset ToZone(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>The zone's offset from UTC at that instant, daylight saving included.</summary>
    public TimeSpan OffsetAt(DateTimeOffset instant) => _zone.GetUtcOffset(instant);

    /// <summary>The system's rules for this zone, for APIs that need them.</summary>
    public TimeZoneInfo ToTimeZoneInfo() => _zone;

    /// <summary>Parses an IANA id, or a Windows id that maps to one; surrounding spaces are ignored.</summary>
    /// <exception cref="ValueFormatException">The input is empty or names no known zone.</exception>
    public static TimeZoneId Parse(string value) =>
        TryParse(value, out var zone) ? zone : throw new ValueFormatException(Kind, value, Expected);

    /// <summary>Like <see cref="Parse(string)"/>, reporting failure instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, [NotNullWhen(true)] out TimeZoneId? result)
    {
        result = null;
        var id = value?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        var zone = Find(id);
        if (zone is { HasIanaId: false })
        {
            // A Windows id: keep the IANA zone it stands for, or refuse it.
            zone = TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var ianaId) ? Find(ianaId) : null;
        }

        result = zone is null ? null : new TimeZoneId(zone);
        return result is not null;
    }

    static TimeZoneId IParsable<TimeZoneId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<TimeZoneId>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TimeZoneId result) =>
        TryParse(s, out result);

    /// <summary>Same IANA id, compared without regard to case.</summary>
    public bool Equals(TimeZoneId? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => Equals(obj as TimeZoneId);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Id);

    public static bool operator ==(TimeZoneId? left, TimeZoneId? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(TimeZoneId? left, TimeZoneId? right) => !(left == right);

    /// <summary>The IANA id.</summary>
    public override string ToString() => Id;

    // The system finds ids case-sensitively on Linux until the zone has been cached, so an
    // exact miss falls back to the full list to make matching independent of what ran before.
    private static TimeZoneInfo? Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(candidate =>
                string.Equals(candidate.Id, id, StringComparison.OrdinalIgnoreCase));
}
