using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Journeys.Contracts;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Resources;

namespace Platform.Scheduling.Features.BookAppointment;

/// <summary>The transactional step of a booking: everything was read and arranged before it.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager)]
internal sealed record RecordAppointmentBooking(BookingFacts Booking) : ICommand<AppointmentDto>, IPatientScoped
{
    public Guid PatientId => Booking.PatientId;
}

internal sealed class RecordAppointmentBookingHandler(SchedulingDbContext db, IOptions<SchedulingOptions> options, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordAppointmentBooking, AppointmentDto>
{
    public async Task<AppointmentDto> Handle(RecordAppointmentBooking request, CancellationToken cancellationToken)
    {
        var booking = request.Booking;
        var facility = options.Value.Facility;
        var now = clock.GetUtcNow();
        await db.EnsureBookableAsync(booking.ClinicianId, booking.RoomId, cancellationToken);
        await db.EnsureFreeAsync(null, booking.ClinicianId, booking.RoomId, booking.PatientId, booking.StartsAt, booking.StartsAt.AddMinutes(booking.DurationMinutes), facility, cancellationToken);
        var appointment = Appointment.Book(booking, user.UserId, now);
        appointment.PlanReminders(options.Value.Offsets, now);
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(cancellationToken);
        var dto = (await db.ToDtosAsync([appointment], facility, cancellationToken))[0];
        db.Tell(dto, AppointmentChange.Booked, user.UserId, now);
        return dto;
    }
}

internal static class AppointmentTelling
{
    public static async Task EnsureBookableAsync(this SchedulingDbContext db, Guid clinicianId, Guid? roomId, CancellationToken cancellationToken)
    {
        var clinician = await db.Clinicians.AsNoTracking().SingleOrDefaultAsync(c => c.Id == clinicianId, cancellationToken)
            ?? throw new NotFoundException(nameof(Clinician), clinicianId);
        if (!clinician.Active)
        {
            throw new BusinessRuleException("CLINICIAN_INACTIVE", $"Clinician {clinician.Name} ({clinicianId}) is not active: choose another clinician, or make them active again.");
        }

        if (roomId is { } id)
        {
            var room = await db.Rooms.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw new NotFoundException(nameof(Room), id);
            if (!room.Active)
            {
                throw new BusinessRuleException("ROOM_INACTIVE", $"Room {room.Name} ({id}) is not active: choose another room.");
            }
        }
    }

    /// <summary>Tells other modules (and subscribers) through the outbox, and writes the change on the journey's timeline.</summary>
    public static void Tell(this SchedulingDbContext db, AppointmentDto appointment, AppointmentChange change, string by, DateTimeOffset now)
    {
        db.Publish(new AppointmentChanged(appointment.Id, appointment.PatientId, appointment.JourneyId, change, appointment.Status, appointment.StartsAt, by, now), appointment.Id.ToString());
        var place = appointment.Telehealth ? "by video" : $"in {appointment.RoomName}";
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{appointment.Kind} with {appointment.ClinicianName} {place} on {appointment.FacilityTime.Local.Replace('T', ' ')} ({appointment.FacilityTime.Zone}): {change.ToString().ToLowerInvariant()}.");
        db.Publish(new JourneyTimelineEvent(appointment.JourneyId, appointment.JourneyId is null ? appointment.PatientId : null, $"appointment-{Kebab(change)}", summary, by, now, SchedulingModule.SchemaName), appointment.Id.ToString());
    }

    private static string Kebab(AppointmentChange change) => change == AppointmentChange.NoShow ? "no-show" : change.ToString().ToLowerInvariant();
}
