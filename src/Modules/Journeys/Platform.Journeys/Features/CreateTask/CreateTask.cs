using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Mapping;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Journeys.Validation;
using Platform.Kernel.Messaging;
using Platform.Kernel.Security;
using Platform.Kernel.Validation;

namespace Platform.Journeys.Features.CreateTask;

internal sealed class CreateTaskHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.CreateTask, CareTaskDto>
{
    public async Task<CareTaskDto> Handle(Contracts.CreateTask request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var journey = await db.Journeys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == request.JourneyId, cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), request.JourneyId);
        if (StageTransitions.HasEnded(journey.Stage))
        {
            throw new BusinessRuleException("JOURNEY_ENDED", $"The journey is {StageTransitions.Name(journey.Stage)}; work cannot be added to a journey that has ended.");
        }

        var dueAt = request.DueAt is { } due ? Instants.Stored(due.ToUniversalTime()) : (DateTimeOffset?)null;
        var task = CareTask.Manual(journey, request.Title.Trim(), request.OwnerRole, request.AssigneeUserId?.Trim(), dueAt, request.Priority, user.UserId, now);
        db.Tasks.Add(task);
        await db.TouchJourneysAsync([journey.Id], now, cancellationToken);
        var holder = task.AssigneeUserId is { } assignee ? $"assigned to {assignee}" : $"for the {task.OwnerRole} role";
        db.Note(journey.Id, "task-created", $"Task '{task.Title}' created {holder}.", user.UserId, now);
        db.Publish(new CareTaskAssigned(task.Id, journey.Id, task.Title, task.OwnerRole, task.AssigneeUserId, task.DueAt, user.UserId, now), task.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return task.ToDto(clock.GetUtcNow());
    }
}

internal sealed class CreateTaskValidator : IValidator<Contracts.CreateTask>
{
    public ValueTask ValidateAsync(Contracts.CreateTask request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        errors.Text("title", request.Title, JourneyModel.Title);
        errors.TaskRole("ownerRole", request.OwnerRole);
        errors.Defined("priority", (CareTaskPriority?)request.Priority);
        errors.OptionalText("assigneeUserId", request.AssigneeUserId, JourneyModel.UserId);
        if (request.DueAt is { Year: < 2000 or > 2100 } due)
        {
            errors.Add("dueAt", due, "InRange", "must be a date between the years 2000 and 2100");
        }

        return ValueTask.CompletedTask;
    }
}
