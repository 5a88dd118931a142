using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.FollowUpPlans;
using Platform.Journeys.Journeys;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;

namespace Platform.Journeys.Features.ChangeFollowUpPlan;

/// <summary>Staff's changes to a follow-up plan: add, reschedule, complete, skip an item, or end the plan. Each notes the timeline.</summary>
internal sealed class ChangeFollowUpPlanHandlers(JourneysDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<AddFollowUpItem, FollowUpPlanDto>,
    IRequestHandler<RescheduleFollowUpItem, FollowUpPlanDto>,
    IRequestHandler<CompleteFollowUpItem, FollowUpPlanDto>,
    IRequestHandler<SkipFollowUpItem, FollowUpPlanDto>,
    IRequestHandler<EndFollowUpPlan, FollowUpPlanDto>
{
    public const string ItemClosedCode = "FOLLOW_UP_ITEM_CLOSED";

    public async Task<FollowUpPlanDto> Handle(AddFollowUpItem request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var (journey, plan) = await db.PlanForChangeAsync(request.JourneyId, cancellationToken);
        if (StageTransitions.HasEnded(journey.Stage))
        {
            throw new BusinessRuleException("JOURNEY_ENDED", $"The journey is {StageTransitions.Name(journey.Stage)}; follow-ups cannot be added to a journey that has ended.");
        }

        plan.EnsureNotEnded("take new items");
        var title = request.Title.Trim();
        var due = Instants.Stored(request.DueAt.ToUniversalTime());
        var task = CareTask.Manual(journey, title, request.OwnerRole, null, due, CareTaskPriority.Normal, user.UserId, now);
        db.Tasks.Add(task);
        plan.Add(request.Kind, title, request.OwnerRole, string.IsNullOrWhiteSpace(request.Instructions) ? null : request.Instructions.Trim(), null, null, task.Id, user.UserId, now);
        db.Publish(new CareTaskAssigned(task.Id, journey.Id, task.Title, task.OwnerRole, null, task.DueAt, user.UserId, now), task.Id.ToString());
        return await SaveAsync(journey.Id, "follow-up-added", $"Follow-up added: {FollowUpWords.Kind(request.Kind)} '{title}' for the {request.OwnerRole} role, due {Day(due)}.", now, cancellationToken);
    }

    public async Task<FollowUpPlanDto> Handle(RescheduleFollowUpItem request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var (plan, item, task) = await OpenItemAsync(request.ItemId, "rescheduled", cancellationToken);
        var before = task.Reschedule(Instants.Stored(request.DueAt.ToUniversalTime()));
        var why = string.IsNullOrWhiteSpace(request.Reason) ? "" : $": {request.Reason.Trim()}";
        var from = before is { } b ? $"from {Day(b)} " : "";
        return await SaveAsync(plan.JourneyId, "follow-up-rescheduled", $"Follow-up '{item.Title}' moved {from}to {Day(task.DueAt!.Value)}{why}.", now, cancellationToken);
    }

    public async Task<FollowUpPlanDto> Handle(CompleteFollowUpItem request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var (plan, item, task) = await OpenItemAsync(request.ItemId, "completed", cancellationToken);
        var outcome = request.Outcome.Trim();
        task.Complete(outcome, user.UserId, now);
        item.Completed(outcome);
        return await SaveAsync(plan.JourneyId, "follow-up-done", $"Follow-up '{item.Title}' done: {outcome}", now, cancellationToken);
    }

    public async Task<FollowUpPlanDto> Handle(SkipFollowUpItem request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var (plan, item, task) = await OpenItemAsync(request.ItemId, "skipped", cancellationToken);
        var reason = request.Reason.Trim();
        task.Cancel(reason, user.UserId, now);
        item.Skipped(reason);
        return await SaveAsync(plan.JourneyId, "follow-up-skipped", $"Follow-up '{item.Title}' skipped: {reason}", now, cancellationToken);
    }

    public async Task<FollowUpPlanDto> Handle(EndFollowUpPlan request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var (_, plan) = await db.PlanForChangeAsync(request.JourneyId, cancellationToken);
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        plan.End(request.Reason, note, user.UserId, now);
        var why = FollowUpWords.Reason(request.Reason) + (note is null ? "" : $": {note}");
        var taskIds = plan.Items.Select(i => i.TaskId).ToList();
        var open = await db.Tasks.Where(t => taskIds.Contains(t.Id) && (t.Status == CareTaskStatus.Open || t.Status == CareTaskStatus.InProgress)).ToListAsync(cancellationToken);
        foreach (var task in open)
        {
            task.Cancel($"follow-up plan ended ({why})", user.UserId, now);
        }

        var left = open.Count == 0 ? "no follow-up was open" : $"{open.Count} open follow-up{(open.Count == 1 ? "" : "s")} cancelled";
        return await SaveAsync(plan.JourneyId, "follow-up-plan-ended", $"Follow-up plan ended, {why}; {left}.", now, cancellationToken);
    }

    private async Task<(FollowUpPlan Plan, FollowUpItem Item, CareTask Task)> OpenItemAsync(Guid itemId, string verb, CancellationToken cancellationToken)
    {
        var (plan, item, task) = await db.ItemForChangeAsync(itemId, cancellationToken);
        plan.EnsureNotEnded($"have an item {verb}");
        if (!task.IsActive)
        {
            var state = task.Status == CareTaskStatus.Done ? "done" : "skipped";
            throw new BusinessRuleException(ItemClosedCode, $"Follow-up '{item.Title}' is already {state} and cannot be {verb}.");
        }

        return (plan, item, task);
    }

    private async Task<FollowUpPlanDto> SaveAsync(Guid journeyId, string kind, string summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.TouchJourneysAsync([journeyId], now, cancellationToken);
        db.Note(journeyId, kind, summary, user.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return await db.PlanDtoAsync(journeyId, cancellationToken);
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
