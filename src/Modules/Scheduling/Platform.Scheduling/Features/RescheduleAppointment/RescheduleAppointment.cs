using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Features.BookAppointment;
using Platform.Scheduling.Persistence;

namespace Platform.Scheduling.Features.RescheduleAppointment;

internal sealed class RescheduleAppointmentValidator(IOptions<SchedulingOptions> options, TimeProvider clock) : IValidator<Contracts.RescheduleAppointment>
{
    public ValueTask ValidateAsync(Contracts.RescheduleAppointment request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("appointmentId", request.AppointmentId);
        AppointmentInputRules.Start(errors, request.Start, options.Value, clock);
        if (request.DurationMinutes is { } minutes)
        {
            errors.InRange("durationMinutes", minutes, BookAppointmentValidator.MinDuration, BookAppointmentValidator.MaxDuration);
        }

        return ValueTask.CompletedTask;
    }
}

internal sealed class RescheduleAppointmentHandler(SchedulingDbContext db, IOptions<SchedulingOptions> options, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<Contracts.RescheduleAppointment, AppointmentDto>
{
    public async Task<AppointmentDto> Handle(Contracts.RescheduleAppointment request, CancellationToken cancellationToken)
    {
        var facility = options.Value.Facility;
        var now = clock.GetUtcNow();
        var appointment = await db.LoadAsync(request.PatientId, request.AppointmentId, request.ExpectedVersion, cancellationToken);
        var startsAt = FacilityTime.Resolve(request.Start, facility, "start", new ValidationErrors())!.Value;
        var duration = request.DurationMinutes ?? appointment.DurationMinutes;
        var clinicianId = request.ClinicianId ?? appointment.ClinicianId;
        var roomId = appointment.Telehealth ? null : request.RoomId ?? appointment.RoomId;
        if (appointment.Telehealth && request.RoomId is { } room)
        {
            var errors = new ValidationErrors();
            errors.Add("roomId", room, "NoRoomForTelehealth", "must be left out: the appointment is by video");
            throw new ValidationException(nameof(Contracts.RescheduleAppointment), errors.All);
        }

        await db.EnsureBookableAsync(clinicianId, roomId, cancellationToken);
        await db.EnsureFreeAsync(appointment.Id, clinicianId, roomId, appointment.PatientId, startsAt, startsAt.AddMinutes(duration), facility, cancellationToken);
        appointment.Reschedule(startsAt, duration, clinicianId, roomId, now);
        appointment.PlanReminders(options.Value.Offsets, now);
        await db.SaveChangesAsync(cancellationToken);
        var dto = (await db.ToDtosAsync([appointment], facility, cancellationToken))[0];
        db.Tell(dto, AppointmentChange.Rescheduled, user.UserId, now);
        return dto;
    }
}

internal static class AppointmentLoading
{
    /// <summary>The appointment of that patient, tracked, at the version the caller read; NOT_FOUND when the patient has no such appointment.</summary>
    public static async Task<Appointment> LoadAsync(this SchedulingDbContext db, Guid patientId, Guid appointmentId, long expectedVersion, CancellationToken cancellationToken)
    {
        var appointment = await db.AppointmentsWithReminders.SingleOrDefaultAsync(a => a.Id == appointmentId && a.PatientId == patientId, cancellationToken)
            ?? throw new NotFoundException(nameof(Appointment), appointmentId);
        db.ExpectVersion(appointment, expectedVersion);
        return appointment;
    }
}
