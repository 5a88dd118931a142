using MediatR;
using Microsoft.Extensions.Options;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;
using Platform.Scheduling.Appointments;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Features.BookAppointment;
using Platform.Scheduling.Features.RescheduleAppointment;
using Platform.Scheduling.Persistence;
using Platform.Scheduling.Validation;

namespace Platform.Scheduling.Features.ChangeAppointmentStatus;

// The status moves: each loads the appointment at the version the caller read, lets the
// appointment refuse a move its status does not allow (APPOINTMENT_STATUS), and tells the change.

internal sealed class StatusMove(SchedulingDbContext db, IOptions<SchedulingOptions> options, ICurrentUser user, TimeProvider clock)
{
    public async Task<AppointmentDto> ApplyAsync(Guid patientId, Guid appointmentId, long expectedVersion, AppointmentChange change, Action<Appointment, DateTimeOffset> move, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var appointment = await db.LoadAsync(patientId, appointmentId, expectedVersion, cancellationToken);
        move(appointment, now);
        await db.SaveChangesAsync(cancellationToken);
        var dto = (await db.ToDtosAsync([appointment], options.Value.Facility, cancellationToken))[0];
        db.Tell(dto, change, user.UserId, now);
        return dto;
    }
}

internal sealed class CancelAppointmentValidator : IValidator<CancelAppointment>
{
    public ValueTask ValidateAsync(CancelAppointment request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("appointmentId", request.AppointmentId);
        errors.Text("reason", request.Reason, SchedulingDbContext.TextLength);
        return ValueTask.CompletedTask;
    }
}

internal sealed class CancelAppointmentHandler(StatusMove moves) : IRequestHandler<CancelAppointment, AppointmentDto>
{
    public Task<AppointmentDto> Handle(CancelAppointment request, CancellationToken cancellationToken) =>
        moves.ApplyAsync(request.PatientId, request.AppointmentId, request.ExpectedVersion, AppointmentChange.Cancelled, (a, now) => a.Cancel(request.Reason, now), cancellationToken);
}

internal sealed class ConfirmAppointmentHandler(StatusMove moves) : IRequestHandler<ConfirmAppointment, AppointmentDto>
{
    public Task<AppointmentDto> Handle(ConfirmAppointment request, CancellationToken cancellationToken) =>
        moves.ApplyAsync(request.PatientId, request.AppointmentId, request.ExpectedVersion, AppointmentChange.Confirmed, (a, now) => a.Confirm(now), cancellationToken);
}

internal sealed class CompleteAppointmentValidator : IValidator<CompleteAppointment>
{
    public ValueTask ValidateAsync(CompleteAppointment request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.NotDefault("appointmentId", request.AppointmentId);
        errors.Text("visitNote", request.VisitNote, SchedulingDbContext.NoteLength);
        return ValueTask.CompletedTask;
    }
}

internal sealed class CompleteAppointmentHandler(StatusMove moves) : IRequestHandler<CompleteAppointment, AppointmentDto>
{
    public Task<AppointmentDto> Handle(CompleteAppointment request, CancellationToken cancellationToken) =>
        moves.ApplyAsync(request.PatientId, request.AppointmentId, request.ExpectedVersion, AppointmentChange.Completed, (a, now) => a.Complete(request.VisitNote, now), cancellationToken);
}

internal sealed class MarkAppointmentNoShowHandler(StatusMove moves) : IRequestHandler<MarkAppointmentNoShow, AppointmentDto>
{
    public Task<AppointmentDto> Handle(MarkAppointmentNoShow request, CancellationToken cancellationToken) =>
        moves.ApplyAsync(request.PatientId, request.AppointmentId, request.ExpectedVersion, AppointmentChange.NoShow, (a, now) => a.MarkNoShow(now), cancellationToken);
}
