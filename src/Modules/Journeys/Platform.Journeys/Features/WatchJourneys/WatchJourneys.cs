using MediatR;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Features.WatchJourneys;

/// <summary>
/// Asks to watch journeys change as it happens (the <c>journeyStageChanged</c> subscription). Carries
/// the access rule, like any request; each event is then still sent only to a subscriber who may read
/// that journey (GetJourney), so a patient hears of their own journeys only.
/// </summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Finance, Roles.Administrator, Roles.Patient, Roles.PartnerAgent)]
internal sealed record WatchJourneys : IQuery<Unit>;

/// <summary>Asks to hear of task assignments and escalations (the <c>taskEvents</c> subscription): the care staff who work tasks.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator)]
internal sealed record WatchTasks : IQuery<Unit>;

/// <summary>Asks to hear of readings out of range (the <c>readingsOutOfRange</c> subscription): the care team, and patients for their own journeys.</summary>
[RequiresRole(Roles.Coordinator, Roles.CaseManager, Roles.Clinician, Roles.Administrator, Roles.Patient)]
internal sealed record WatchReadings : IQuery<Unit>;

internal sealed class WatchJourneysHandler : IRequestHandler<WatchJourneys, Unit>, IRequestHandler<WatchTasks, Unit>, IRequestHandler<WatchReadings, Unit>
{
    public Task<Unit> Handle(WatchReadings request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);

    public Task<Unit> Handle(WatchJourneys request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);

    public Task<Unit> Handle(WatchTasks request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}
