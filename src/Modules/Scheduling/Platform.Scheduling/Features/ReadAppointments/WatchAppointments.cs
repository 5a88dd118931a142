using MediatR;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Scheduling.Appointments;

namespace Platform.Scheduling.Features.ReadAppointments;

/// <summary>May the caller follow appointment changes (of one patient, when given)? Staff may follow all; a patient or partner agent only a patient they may read.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
internal sealed record WatchAppointments(Guid? PatientId) : IQuery<bool>;

internal sealed class WatchAppointmentsHandler(IMediator mediator, ICurrentUser user) : IRequestHandler<WatchAppointments, bool>
{
    public async Task<bool> Handle(WatchAppointments request, CancellationToken cancellationToken)
    {
        if (PatientAccess.IsPatientOrPartnerOnly(user))
        {
            var patientId = request.PatientId ?? throw new AccessDeniedException(
                $"User '{user.UserId}' may follow the appointments only of a patient they may see: give patientId.", authenticated: true);
            await mediator.EnsureCanReadAsync(user, patientId, cancellationToken);
        }

        return true;
    }
}
