using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Patients.Contracts;
using Platform.Scheduling.Contracts;
using Platform.Scheduling.Persistence;

namespace Platform.Scheduling.Features.RefreshPatientFacts;

/// <summary>
/// Keeps what appointments ahead know of their patient (home time zone, preferred channel and
/// language) as Patients has it: when a patient's contacts or languages change, the patient is read
/// through Patients (outside any Scheduling transaction) and the appointments still to come are
/// updated in one.
/// </summary>
internal sealed class PatientDetailsChangedHandler(IMediator mediator) : INotificationHandler<PatientDetailsChanged>
{
    public async Task Handle(PatientDetailsChanged notification, CancellationToken cancellationToken)
    {
        if (notification.Section is not (PatientDetailsSection.Contacts or PatientDetailsSection.Languages))
        {
            return;
        }

        var patient = await mediator.Send(new GetPatient(notification.PatientId), cancellationToken);
        await mediator.Send(
            new RefreshAppointmentPatientFacts(patient.Id, patient.Contacts.TimeZone, patient.Contacts.PreferredChannel?.ToString(), patient.PreferredLanguages.Count > 0 ? patient.PreferredLanguages[0] : null),
            cancellationToken);
    }
}

/// <summary>Writes a patient's current zone, channel and language on their appointments still to come.</summary>
[RequiresRole(Roles.Administrator)]
internal sealed record RefreshAppointmentPatientFacts(Guid PatientId, string? TimeZone, string? Channel, string? Language) : ICommand<int>;

internal sealed class RefreshAppointmentPatientFactsHandler(SchedulingDbContext db, TimeProvider clock) : IRequestHandler<RefreshAppointmentPatientFacts, int>
{
    public async Task<int> Handle(RefreshAppointmentPatientFacts request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ahead = await db.Appointments
            .Where(a => a.PatientId == request.PatientId && a.StartsAt > now && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.Confirmed))
            .ToListAsync(cancellationToken);
        foreach (var appointment in ahead)
        {
            appointment.UsePatientFacts(new Appointments.PatientFacts(request.TimeZone, request.Channel, request.Language));
        }

        await db.SaveChangesAsync(cancellationToken);
        return ahead.Count;
    }
}
