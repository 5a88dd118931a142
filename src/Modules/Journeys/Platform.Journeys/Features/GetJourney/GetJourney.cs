using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Access;
using Platform.Journeys.Contracts;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Kernel.Security;

namespace Platform.Journeys.Features.GetJourney;

internal sealed class GetJourneyHandler(JourneysDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<Contracts.GetJourney, JourneyDto>
{
    public async Task<JourneyDto> Handle(Contracts.GetJourney request, CancellationToken cancellationToken)
    {
        var journey = await db.Journeys.AsNoTracking().FindJourneyAsync(request.JourneyId, cancellationToken);
        await mediator.EnsureCanReadAsync(user, journey.PatientId, cancellationToken);
        return journey.ToDto();
    }
}

/// <summary>One query for every patient asked (split into one per list of the journeys), whatever their number.</summary>
internal sealed class GetJourneysOfPatientsHandler(JourneysDbContext db, IMediator mediator, ICurrentUser user) : IRequestHandler<GetJourneysOfPatients, IReadOnlyList<JourneyDto>>
{
    public async Task<IReadOnlyList<JourneyDto>> Handle(GetJourneysOfPatients request, CancellationToken cancellationToken)
    {
        var ids = request.PatientIds.Distinct().ToList();
        foreach (var patientId in ids)
        {
            await mediator.EnsureCanReadAsync(user, patientId, cancellationToken);
        }

        var journeys = await db.Journeys.AsNoTracking().WithDetails()
            .Where(j => ids.Contains(j.PatientId))
            .OrderByDescending(j => j.OpenedAt).ThenByDescending(j => j.Id)
            .ToListAsync(cancellationToken);
        return [.. journeys.Select(j => j.ToDto())];
    }
}

internal sealed class GetJourneyTimelinesHandler(JourneysDbContext db) : IRequestHandler<GetJourneyTimelines, IReadOnlyList<TimelineEntryDto>>
{
    public async Task<IReadOnlyList<TimelineEntryDto>> Handle(GetJourneyTimelines request, CancellationToken cancellationToken)
    {
        var ids = request.JourneyIds.Distinct().ToList();
        var entries = await db.Timeline.AsNoTracking()
            .Where(e => ids.Contains(e.JourneyId))
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(e => e.ToDto())];
    }
}
