using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Values;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;

namespace Platform.Scheduling.Appointments;

/// <summary>The names of the clinicians and rooms some appointments use, read in one query each.</summary>
internal sealed record ResourceNames(IReadOnlyDictionary<Guid, string> Clinicians, IReadOnlyDictionary<Guid, string> Rooms)
{
    public string Clinician(Guid id) => Clinicians.GetValueOrDefault(id, id.ToString());

    public string? Room(Guid? id) => id is { } room ? Rooms.GetValueOrDefault(room, room.ToString()) : null;
}

internal static class AppointmentReading
{
    public static async Task<ResourceNames> NamesAsync(this SchedulingDbContext db, IReadOnlyCollection<Appointment> appointments, CancellationToken cancellationToken)
    {
        var clinicianIds = appointments.Select(a => a.ClinicianId).Distinct().ToList();
        var roomIds = appointments.Where(a => a.RoomId is not null).Select(a => a.RoomId!.Value).Distinct().ToList();
        var clinicians = await db.Clinicians.AsNoTracking().Where(c => clinicianIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var rooms = roomIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        return new ResourceNames(clinicians, rooms);
    }

    public static async Task<IReadOnlyList<AppointmentDto>> ToDtosAsync(this SchedulingDbContext db, IReadOnlyCollection<Appointment> appointments, TimeZoneId facility, CancellationToken cancellationToken)
    {
        var names = await db.NamesAsync(appointments, cancellationToken);
        return [.. appointments.Select(a => a.ToDto(names, facility))];
    }

    public static AppointmentDto ToDto(this Appointment a, ResourceNames names, TimeZoneId facility) => new(
        a.Id,
        a.Version,
        a.PatientId,
        a.JourneyId,
        a.Kind,
        a.Status,
        a.ClinicianId,
        names.Clinician(a.ClinicianId),
        a.RoomId,
        names.Room(a.RoomId),
        a.Telehealth,
        a.StartsAt,
        a.EndsAt,
        a.DurationMinutes,
        FacilityTime.Zoned(a.StartsAt, facility),
        FacilityTime.Zoned(a.StartsAt, a.PatientTimeZone),
        a.Reason,
        a.Notes,
        a.VisitNote,
        a.CancelReason,
        a.PatientJoinUrl is { } patientUrl ? new VideoVisitDto(a.VideoPartnerId, a.VideoVisitId, patientUrl, a.ClinicianJoinUrl ?? patientUrl, a.VideoValidFrom, a.VideoValidUntil) : null,
        [.. a.Reminders.OrderBy(r => r.DueAt).Select(r => r.ToDto())],
        a.BookedAt,
        a.BookedBy,
        a.UpdatedAt);
}
