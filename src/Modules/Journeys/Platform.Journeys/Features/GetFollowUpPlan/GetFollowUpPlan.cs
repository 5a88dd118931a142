using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Access;
using Platform.Journeys.Contracts;
using Platform.Journeys.FollowUpPlans;
using Platform.Journeys.Journeys;
using Platform.Journeys.Persistence;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Features.GetFollowUpPlan;

/// <summary>Follow-up plans by journey, by several journeys, or by patient; a patient reads only their own.</summary>
internal sealed class GetFollowUpPlanHandlers(JourneysDbContext db, IMediator mediator, ICurrentUser user) :
    IRequestHandler<Contracts.GetFollowUpPlan, FollowUpPlanDto>,
    IRequestHandler<GetFollowUpPlans, IReadOnlyList<FollowUpPlanDto>>,
    IRequestHandler<ListPatientFollowUpPlans, IReadOnlyList<FollowUpPlanDto>>
{
    public async Task<FollowUpPlanDto> Handle(Contracts.GetFollowUpPlan request, CancellationToken cancellationToken)
    {
        var journey = await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == request.JourneyId, cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), request.JourneyId);
        await mediator.EnsureCanReadAsync(user, journey.PatientId, cancellationToken);
        return (await db.PlanDtosAsync([journey], cancellationToken))[0];
    }

    public async Task<IReadOnlyList<FollowUpPlanDto>> Handle(GetFollowUpPlans request, CancellationToken cancellationToken)
    {
        var ids = request.JourneyIds.Distinct().ToList();
        var journeys = await db.Journeys.AsNoTracking().Where(j => ids.Contains(j.Id)).ToListAsync(cancellationToken);
        foreach (var patientId in journeys.Select(j => j.PatientId).Distinct())
        {
            await mediator.EnsureCanReadAsync(user, patientId, cancellationToken);
        }

        return await db.PlanDtosAsync(journeys, cancellationToken);
    }

    public async Task<IReadOnlyList<FollowUpPlanDto>> Handle(ListPatientFollowUpPlans request, CancellationToken cancellationToken)
    {
        var started = db.FollowUpPlans.Where(p => p.PatientId == request.PatientId).Select(p => p.JourneyId);
        var journeys = await db.Journeys.AsNoTracking().Where(j => started.Contains(j.Id)).ToListAsync(cancellationToken);
        var plans = await db.PlanDtosAsync(journeys, cancellationToken);
        return [.. plans.OrderByDescending(p => p.DischargedAt).ThenBy(p => p.JourneyId)];
    }
}
