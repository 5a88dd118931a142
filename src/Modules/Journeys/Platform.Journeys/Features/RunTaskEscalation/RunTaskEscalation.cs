using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Persistence;
using Platform.Kernel.Security;

namespace Platform.Journeys.Features.RunTaskEscalation;

/// <summary>
/// Escalates each open task past its due date one level per day it stays overdue: level 1 when it
/// falls due (raised to high priority), level 2 a day later (urgent), and so on. Owners and the
/// journey's coordinator are told through <see cref="CareTaskEscalated"/>; the timeline notes it.
/// </summary>
internal sealed class RunTaskEscalationHandler(JourneysDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Contracts.RunTaskEscalation, EscalationPassResult>
{
    public static readonly TimeSpan Repeat = TimeSpan.FromDays(1);

    public async Task<EscalationPassResult> Handle(Contracts.RunTaskEscalation request, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        var again = now - Repeat;
        var due = await db.Tasks
            .Where(t => (t.Status == CareTaskStatus.Open || t.Status == CareTaskStatus.InProgress) && t.DueAt < now && (t.EscalatedAt == null || t.EscalatedAt <= again))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        var journeyIds = due.Select(t => t.JourneyId).Distinct().ToList();
        var journeys = await db.Journeys.AsNoTracking().Where(j => journeyIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, cancellationToken);
        foreach (var task in due)
        {
            task.Escalate(now);
            var journey = journeys[task.JourneyId];
            var holder = task.AssigneeUserId ?? $"the {task.OwnerRole} role";
            var coordinator = journey.CoordinatorUserId is { } c ? $"; coordinator {c} told" : "";
            db.Note(journey.Id, "task-escalated", string.Create(CultureInfo.InvariantCulture, $"Task '{task.Title}' (held by {holder}) is overdue since {task.DueAt:yyyy-MM-dd HH:mm} UTC: escalated to level {task.EscalationLevel}, priority {task.Priority}{coordinator}."), user.UserId, now);
            db.Publish(new CareTaskEscalated(task.Id, task.JourneyId, task.Title, task.EscalationLevel, task.DueAt!.Value, task.OwnerRole, task.AssigneeUserId, journey.CoordinatorUserId, now), task.Id.ToString());
        }

        await db.TouchJourneysAsync(journeyIds, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new EscalationPassResult(now, [.. due.Select(t => t.Id)]);
    }
}
