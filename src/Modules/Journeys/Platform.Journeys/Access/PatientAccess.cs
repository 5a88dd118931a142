using MediatR;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Access;

/// <summary>
/// A journey names its patient only once it is read, so a request by journey id cannot be
/// patient-scoped up front. After reading, handlers send this patient-scoped check through the
/// pipeline: the kernel's rule (a patient only their own record, a partner agent only a granted
/// patient) decides, and the attempt is audited against that patient.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
internal sealed record ReadJourneysOfPatient(Guid PatientId) : IQuery<bool>, IPatientScoped;

internal sealed class ReadJourneysOfPatientHandler : IRequestHandler<ReadJourneysOfPatient, bool>
{
    public Task<bool> Handle(ReadJourneysOfPatient request, CancellationToken cancellationToken) => Task.FromResult(true);
}

internal static class PatientAccess
{
    /// <summary>Staff pass at once; a patient or partner agent passes only the kernel's patient-scoped check.</summary>
    public static async Task EnsureCanReadAsync(this IMediator mediator, ICurrentUser user, Guid patientId, CancellationToken cancellationToken)
    {
        if (!IsPatientOrPartnerOnly(user))
        {
            return;
        }

        await mediator.Send(new ReadJourneysOfPatient(patientId), cancellationToken);
    }

    public static bool IsPatientOrPartnerOnly(ICurrentUser user) =>
        !user.IsInRole(Roles.System) && user.Roles.Count > 0 && user.Roles.All(r => r is Roles.Patient or Roles.PartnerAgent);
}
