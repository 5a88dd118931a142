using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.ListWorkQueueTasks;

/// <summary>Open work, overdue first (oldest due first), then by due date; undated tasks last. Served by the (holder, status, due) indexes.</summary>
internal sealed class ListWorkQueueTasksHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.ListWorkQueueTasks, IReadOnlyList<CareTaskDto>>
{
    public async Task<IReadOnlyList<CareTaskDto>> Handle(Contracts.ListWorkQueueTasks request, CancellationToken cancellationToken)
    {
        var tasks = db.Tasks.AsNoTracking().Where(t => t.Status == CareTaskStatus.Open || t.Status == CareTaskStatus.InProgress);
        if (request.Role is { } role)
        {
            tasks = tasks.Where(t => t.OwnerRole == role);
            if (!request.IncludeAssigned)
            {
                tasks = tasks.Where(t => t.AssigneeUserId == null);
            }
        }
        else
        {
            var assignee = request.AssigneeUserId ?? user.UserId;
            tasks = tasks.Where(t => t.AssigneeUserId == assignee);
        }

        // Dated before undated; among dated, earliest due first, which puts the overdue on top.
        var rows = await tasks
            .OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id)
            .Take(request.First)
            .Include(t => t.Comments)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(t => t.ToDto(now))];
    }
}

internal sealed class GetJourneyTasksHandler(JourneysDbContext db, TimeProvider clock) : IRequestHandler<GetJourneyTasks, IReadOnlyList<CareTaskDto>>
{
    public async Task<IReadOnlyList<CareTaskDto>> Handle(GetJourneyTasks request, CancellationToken cancellationToken)
    {
        var ids = request.JourneyIds.Distinct().ToList();
        var rows = await db.Tasks.AsNoTracking().Include(t => t.Comments)
            .Where(t => ids.Contains(t.JourneyId))
            .OrderBy(t => t.StepNumber == null).ThenBy(t => t.StepNumber).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(t => t.ToDto(now))];
    }
}

internal sealed class ListWorkQueueTasksValidator : IValidator<Contracts.ListWorkQueueTasks>
{
    public ValueTask ValidateAsync(Contracts.ListWorkQueueTasks request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.InRange("first", request.First, 1, 200);
        if (request.Role is not null)
        {
            errors.TaskRole("role", request.Role);
        }

        errors.OptionalText("assigneeUserId", request.AssigneeUserId, JourneyModel.UserId);
        return ValueTask.CompletedTask;
    }
}
