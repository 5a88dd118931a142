using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Journeys.Validation;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.ChangeTask;

/// <summary>The small changes of a task's life: assign, start, complete, cancel, comment. Each notes the journey's timeline.</summary>
internal sealed class ChangeTaskHandlers(JourneysDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<AssignTask, CareTaskDto>,
    IRequestHandler<StartTask, CareTaskDto>,
    IRequestHandler<CompleteTask, CareTaskDto>,
    IRequestHandler<CancelTask, CareTaskDto>,
    IRequestHandler<CommentOnTask, CareTaskDto>
{
    public async Task<CareTaskDto> Handle(AssignTask request, CancellationToken cancellationToken)
    {
        var (task, now) = await LoadAsync(request.TaskId, request.ExpectedVersion, cancellationToken);
        task.Assign(request.AssigneeUserId?.Trim(), request.OwnerRole);
        var holder = task.AssigneeUserId is { } assignee ? $"assigned to {assignee}" : $"handed to the {task.OwnerRole} role";
        db.Publish(new CareTaskAssigned(task.Id, task.JourneyId, task.Title, task.OwnerRole, task.AssigneeUserId, task.DueAt, user.UserId, now), task.Id.ToString());
        return await SaveAsync(task, "task-assigned", $"Task '{task.Title}' {holder}.", now, cancellationToken);
    }

    public async Task<CareTaskDto> Handle(StartTask request, CancellationToken cancellationToken)
    {
        var (task, now) = await LoadAsync(request.TaskId, request.ExpectedVersion, cancellationToken);
        task.Start(user.UserId, now);
        return await SaveAsync(task, "task-started", $"Task '{task.Title}' started.", now, cancellationToken);
    }

    public async Task<CareTaskDto> Handle(CompleteTask request, CancellationToken cancellationToken)
    {
        var (task, now) = await LoadAsync(request.TaskId, request.ExpectedVersion, cancellationToken);
        task.Complete(request.Note, user.UserId, now);
        var timing = task.DueAt is { } due ? (now <= due ? " on time" : $" late (due {due:yyyy-MM-dd})") : "";
        return await SaveAsync(task, "task-completed", $"Task '{task.Title}' done{timing}.", now, cancellationToken);
    }

    public async Task<CareTaskDto> Handle(CancelTask request, CancellationToken cancellationToken)
    {
        var (task, now) = await LoadAsync(request.TaskId, request.ExpectedVersion, cancellationToken);
        task.Cancel(request.Reason, user.UserId, now);
        return await SaveAsync(task, "task-cancelled", $"Task '{task.Title}' cancelled: {request.Reason.Trim()}.", now, cancellationToken);
    }

    public async Task<CareTaskDto> Handle(CommentOnTask request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var task = await db.FindTaskAsync(request.TaskId, cancellationToken);
        task.Comment(request.Text, user.UserId, now);

        // A comment changes the task: its version moves, so a stale screen notices.
        db.Entry(task).Property(t => t.Version).IsModified = true;
        return await SaveAsync(task, "task-comment", $"Comment on '{task.Title}': {request.Text.Trim()}", now, cancellationToken);
    }

    private async Task<(CareTask Task, DateTimeOffset Now)> LoadAsync(Guid taskId, long expectedVersion, CancellationToken cancellationToken) =>
        (await db.TaskForChangeAsync(taskId, expectedVersion, cancellationToken), clock.StoredNow());

    private async Task<CareTaskDto> SaveAsync(CareTask task, string kind, string summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.TouchJourneysAsync([task.JourneyId], now, cancellationToken);
        db.Note(task.JourneyId, kind, summary, user.UserId, now);
        await db.SaveChangesAsync(cancellationToken);
        return task.ToDto(clock.GetUtcNow());
    }
}

internal sealed class ChangeTaskValidators :
    IValidator<AssignTask>,
    IValidator<StartTask>,
    IValidator<CompleteTask>,
    IValidator<CancelTask>,
    IValidator<CommentOnTask>
{
    public ValueTask ValidateAsync(AssignTask request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Positive("expectedVersion", request.ExpectedVersion);
        errors.OptionalText("assigneeUserId", request.AssigneeUserId, JourneyModel.UserId);
        if (request.OwnerRole is not null)
        {
            errors.TaskRole("ownerRole", request.OwnerRole);
        }

        if (request.AssigneeUserId is null && request.OwnerRole is null)
        {
            errors.Add("assigneeUserId", null, "Required", "or ownerRole is required: say who takes the task");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(StartTask request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Positive("expectedVersion", request.ExpectedVersion);
        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(CompleteTask request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Positive("expectedVersion", request.ExpectedVersion);
        errors.OptionalText("note", request.Note, JourneyModel.Text);
        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(CancelTask request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Positive("expectedVersion", request.ExpectedVersion);
        errors.Text("reason", request.Reason, JourneyModel.Text);
        return ValueTask.CompletedTask;
    }

    public ValueTask ValidateAsync(CommentOnTask request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("text", request.Text, JourneyModel.Text);
        return ValueTask.CompletedTask;
    }
}
