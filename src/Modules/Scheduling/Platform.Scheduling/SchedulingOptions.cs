using Platform.Kernel.Values;

namespace Platform.Scheduling;

/// <summary>The "Scheduling" configuration section.</summary>
internal sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>The facility's IANA time zone; appointments are shown on its clock and facility-local starts read in it. Default Europe/Madrid.</summary>
    public string FacilityTimeZone { get; set; } = "Europe/Madrid";

    /// <summary>How long before the start reminders go out. Unset: 48 hours and 2 hours.</summary>
    public TimeSpan[]? ReminderOffsets { get; set; }

    /// <summary>How often the background service sends due reminders; zero switches it off (runAppointmentReminders still works). Default 5 minutes.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Which video-visits partner hosts telehealth when several are enabled; unset, the first active one by id.</summary>
    public string? VideoPartner { get; set; }

    public IReadOnlyList<TimeSpan> Offsets => ReminderOffsets is { Length: > 0 } offsets ? offsets : [TimeSpan.FromHours(48), TimeSpan.FromHours(2)];

    public TimeZoneId Facility => TimeZoneId.Parse(FacilityTimeZone);
}
