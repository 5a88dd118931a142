using MediatR;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Patients.Features.WatchPatientRegistrations;

/// <summary>
/// Asks to watch registrations as they happen (the <c>patientRegistered</c> subscription). Carries
/// the access rule, like any request, so the pipeline refuses whoever may not search patients; each
/// event is then still shown only to a subscriber who may read that patient (GetPatient).
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator)]
internal sealed record WatchPatientRegistrations : IQuery<Unit>;

internal sealed class WatchPatientRegistrationsHandler : IRequestHandler<WatchPatientRegistrations, Unit>
{
    public Task<Unit> Handle(WatchPatientRegistrations request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}
