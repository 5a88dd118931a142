using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.ListWorkQueueTasks;

/// <summary>
/// Open work, overdue first (oldest due first), then by due date; undated tasks last. Each status is read
/// on its own, in due-date order from the (holder, status, due) index, stopping after one page; the two
/// short lists are merged here. One query over both statuses ordered by "dated first" had to sort every
/// open task of the role, which grows with the center.
/// </summary>
internal sealed class ListWorkQueueTasksHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.ListWorkQueueTasks, IReadOnlyList<CareTaskDto>>
{
    private static readonly CareTaskStatus[] _open = [CareTaskStatus.Open, CareTaskStatus.InProgress];

    public async Task<IReadOnlyList<CareTaskDto>> Handle(Contracts.ListWorkQueueTasks request, CancellationToken cancellationToken)
    {
        List<Tasks.CareTask> dated = [];
        foreach (var status in _open)
        {
            dated.AddRange(await Held(request, status)
                .Where(t => t.DueAt != null)
                .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
                .Take(request.First)
                .Include(t => t.Comments)
                .ToListAsync(cancellationToken));
        }

        var rows = dated.OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(request.First).ToList();
        if (rows.Count < request.First)
        {
            List<Tasks.CareTask> undated = [];
            foreach (var status in _open)
            {
                undated.AddRange(await Held(request, status)
                    .Where(t => t.DueAt == null)
                    .OrderBy(t => t.Id)
                    .Take(request.First - rows.Count)
                    .Include(t => t.Comments)
                    .ToListAsync(cancellationToken));
            }

            rows.AddRange(undated.OrderBy(t => t.Id).Take(request.First - rows.Count));
        }

        var now = clock.GetUtcNow();
        return [.. rows.Select(t => t.ToDto(now))];
    }

    private IQueryable<Tasks.CareTask> Held(Contracts.ListWorkQueueTasks request, CareTaskStatus status)
    {
        var tasks = db.Tasks.AsNoTracking().Where(t => t.Status == status);
        if (request.Role is { } role)
        {
            tasks = tasks.Where(t => t.OwnerRole == role);
            return request.IncludeAssigned ? tasks : tasks.Where(t => t.AssigneeUserId == null);
        }

        var assignee = request.AssigneeUserId ?? user.UserId;
        return tasks.Where(t => t.AssigneeUserId == assignee);
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
