using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Kernel.Messaging;

namespace Platform.Journeys.FollowUpPlans;

internal static class FollowUpLoading
{
    /// <summary>The plans of these journeys as DTOs, in the order asked; a journey not yet discharged answers a plan not started.</summary>
    public static async Task<IReadOnlyList<FollowUpPlanDto>> PlanDtosAsync(this JourneysDbContext db, IReadOnlyList<Journey> journeys, CancellationToken cancellationToken)
    {
        var ids = journeys.Select(j => j.Id).ToList();
        var plans = await db.FollowUpPlans.AsNoTracking().Include(p => p.Items).Where(p => ids.Contains(p.JourneyId)).ToDictionaryAsync(p => p.JourneyId, cancellationToken);
        var taskIds = plans.Values.SelectMany(p => p.Items.Select(i => i.TaskId)).ToList();
        var tasks = await db.Tasks.AsNoTracking().Include(t => t.Comments).Where(t => taskIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return [.. journeys.Select(j => plans.TryGetValue(j.Id, out var plan) ? plan.ToDto(j, tasks) : NotStarted(j))];
    }

    public static async Task<FollowUpPlanDto> PlanDtoAsync(this JourneysDbContext db, Guid journeyId, CancellationToken cancellationToken)
    {
        var journey = await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == journeyId, cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), journeyId);
        return (await db.PlanDtosAsync([journey], cancellationToken))[0];
    }

    /// <summary>The plan of a journey to change it, with its items; refused when the journey was never discharged.</summary>
    public static async Task<(Journey Journey, FollowUpPlan Plan)> PlanForChangeAsync(this JourneysDbContext db, Guid journeyId, CancellationToken cancellationToken)
    {
        var journey = await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == journeyId, cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), journeyId);
        var plan = await db.FollowUpPlans.Include(p => p.Items).SingleOrDefaultAsync(p => p.JourneyId == journeyId, cancellationToken)
            ?? throw new BusinessRuleException("FOLLOW_UP_PLAN_NOT_STARTED", $"The journey is in {StageTransitions.Name(journey.Stage)} and has no follow-up plan yet: the plan starts when the patient is discharged.");
        return (journey, plan);
    }

    /// <summary>An item with its plan and task, to change it.</summary>
    public static async Task<(FollowUpPlan Plan, FollowUpItem Item, CareTask Task)> ItemForChangeAsync(this JourneysDbContext db, Guid itemId, CancellationToken cancellationToken)
    {
        var journeyId = await db.FollowUpItems.Where(i => i.Id == itemId).Select(i => (Guid?)i.JourneyId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Follow-up item", itemId);
        var plan = await db.FollowUpPlans.Include(p => p.Items).SingleAsync(p => p.JourneyId == journeyId, cancellationToken);
        var item = plan.Items.Single(i => i.Id == itemId);
        var task = await db.FindTaskAsync(item.TaskId, cancellationToken);
        return (plan, item, task);
    }

    private static FollowUpPlanDto ToDto(this FollowUpPlan plan, Journey journey, Dictionary<Guid, CareTask> tasks)
    {
        var items = plan.Items.OrderBy(i => i.Number).Select(i => i.ToDto(tasks[i.TaskId])).ToList();
        var complete = plan.IsEnded || items.All(i => i.Status != FollowUpItemStatus.Open);
        return new FollowUpPlanDto(journey.Id, journey.PatientId, journey.Title, journey.ServiceLine, true, plan.DischargedAt, plan.EndedAt, plan.EndReason, plan.EndNote, plan.EndedBy, complete, items);
    }

    private static FollowUpItemDto ToDto(this FollowUpItem item, CareTask task)
    {
        var status = task.Status switch
        {
            CareTaskStatus.Done => FollowUpItemStatus.Done,
            CareTaskStatus.Cancelled => FollowUpItemStatus.Skipped,
            _ => FollowUpItemStatus.Open,
        };

        // Closed from a work queue rather than through the plan: the task's last comment says why.
        var said = task.Comments.OrderBy(c => c.At).ThenBy(c => c.Id).LastOrDefault()?.Text;
        return new FollowUpItemDto(
            item.Id,
            item.Number,
            item.Kind,
            item.Title,
            item.OwnerRole,
            item.Instructions,
            FollowUpWords.Offset(item.OffsetAmount, item.OffsetUnit),
            task.DueAt,
            status,
            task.Id,
            task.CompletedAt,
            task.CompletedBy,
            status == FollowUpItemStatus.Done ? item.Outcome ?? said : null,
            status == FollowUpItemStatus.Skipped ? item.SkipReason ?? said : null);
    }

    private static FollowUpPlanDto NotStarted(Journey journey) =>
        new(journey.Id, journey.PatientId, journey.Title, journey.ServiceLine, false, null, null, null, null, null, false, []);
}
