using MediatR;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Scheduling.Appointments;

/// <summary>
/// An appointment names its patient only once read, so a request by appointment id cannot be
/// patient-scoped up front; after reading, handlers send this patient-scoped check through the
/// pipeline (a patient passes only for their own record, a partner agent only for a granted one),
/// and the attempt is audited against that patient.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
internal sealed record ReadAppointmentsOfPatient(Guid PatientId) : IQuery<bool>, IPatientScoped;

internal sealed class ReadAppointmentsOfPatientHandler : IRequestHandler<ReadAppointmentsOfPatient, bool>
{
    public Task<bool> Handle(ReadAppointmentsOfPatient request, CancellationToken cancellationToken) => Task.FromResult(true);
}

internal static class PatientAccess
{
    public static async Task EnsureCanReadAsync(this IMediator mediator, ICurrentUser user, Guid patientId, CancellationToken cancellationToken)
    {
        if (IsPatientOrPartnerOnly(user))
        {
            await mediator.Send(new ReadAppointmentsOfPatient(patientId), cancellationToken);
        }
    }

    public static bool IsPatientOrPartnerOnly(ICurrentUser user) =>
        !user.IsInRole(Roles.System) && user.Roles.Count > 0 && user.Roles.All(r => r is Roles.Patient or Roles.PartnerAgent);
}
