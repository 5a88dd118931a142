using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Persistence;
using Platform.Kernel.Values;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;

namespace Platform.Scheduling.Appointments;

/// <summary>
/// Refuses an interval that overlaps another appointment of the same clinician, room or patient
/// (cancelled and no-show appointments free their slot). Runs inside the booking's transaction;
/// on PostgreSQL it first takes transaction-level advisory locks on the three calendars, so two
/// bookings racing for one of them run one after the other and the second sees the first. On
/// SQLite the transaction already holds the single writer lock (BEGIN IMMEDIATE).
/// </summary>
internal static class AppointmentConflicts
{
    public const string Code = "APPOINTMENT_CONFLICT";

    public static async Task EnsureFreeAsync(this SchedulingDbContext db, Guid? self, Guid clinicianId, Guid? roomId, Guid patientId, DateTimeOffset start, DateTimeOffset end, TimeZoneId facility, CancellationToken cancellationToken)
    {
        if (db.Naming.Provider == DatabaseProvider.Postgres)
        {
            foreach (var key in new[] { clinicianId, roomId ?? Guid.Empty, patientId }.Where(k => k != Guid.Empty).Select(LockKey).Distinct().Order())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [key], cancellationToken);
            }
        }

        start = start.ToUniversalTime();
        end = end.ToUniversalTime();
        var clashes = await db.Appointments.AsNoTracking()
            .Where(a => a.Id != self
                && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Confirmed || a.Status == AppointmentStatus.Completed)
                && a.StartsAt < end && a.EndsAt > start
                && (a.ClinicianId == clinicianId || (roomId != null && a.RoomId == roomId) || a.PatientId == patientId))
            .OrderBy(a => a.StartsAt)
            .Take(5)
            .ToListAsync(cancellationToken);
        if (clashes.Count == 0)
        {
            return;
        }

        var names = await db.NamesAsync(clashes, cancellationToken);
        var what = clashes.Select(a => Describe(a, clinicianId, roomId, patientId, names, facility));
        throw new BusinessRuleException(Code, $"The appointment would overlap {string.Join("; ", what)}. Choose another time, clinician or room.");
    }

    private static string Describe(Appointment a, Guid clinicianId, Guid? roomId, Guid patientId, ResourceNames names, TimeZoneId facility)
    {
        var who = new List<string>();
        if (a.ClinicianId == clinicianId)
        {
            who.Add($"clinician {names.Clinician(a.ClinicianId)}");
        }

        if (roomId is { } room && a.RoomId == room)
        {
            who.Add($"room {names.Room(a.RoomId)}");
        }

        if (a.PatientId == patientId)
        {
            who.Add($"patient {a.PatientId}");
        }

        var from = FacilityTime.Zoned(a.StartsAt, facility);
        var to = facility.ToZone(a.EndsAt);
        return string.Create(CultureInfo.InvariantCulture,
            $"{string.Join(" and ", who)}: {a.Kind} {a.Id} from {from.Local.Replace('T', ' ')} to {to:HH:mm} ({facility.Id}, UTC{from.Offset})");
    }

    private static long LockKey(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
