using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Persistence;

namespace Platform.Journeys.Tasks;

/// <summary>When a milestone gets or changes its date, every open task due relative to it moves, and its owners are told.</summary>
internal static class TaskReplanning
{
    public static async Task<IReadOnlyList<MovedTask>> ReplanAsync(this JourneysDbContext db, Journey journey, MilestoneKind kind, DateTimeOffset? before, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = journey.MilestoneAt(kind)!.Value;
        var tasks = await db.Tasks
            .Where(t => t.JourneyId == journey.Id && t.Milestone == kind && (t.Status == CareTaskStatus.Open || t.Status == CareTaskStatus.InProgress))
            .ToListAsync(cancellationToken);
        List<MovedTask> moved = [];
        foreach (var task in tasks.OrderBy(t => t.StepNumber))
        {
            var from = task.Replan(at);
            if (from != task.DueAt)
            {
                moved.Add(new MovedTask(task.Id, task.Title, task.OwnerRole, task.AssigneeUserId, from, task.DueAt!.Value));
            }
        }

        var when = before is { } old ? $"moved from {Day(old)} to {Day(at)}" : $"set to {Day(at)}";
        var consequence = moved.Count == 0 ? "" : $"; {moved.Count} open task{(moved.Count == 1 ? "" : "s")} re-planned ({string.Join("; ", moved.Select(m => $"{m.Title}: due {Day(m.To)}"))})";
        db.Note(journey.Id, moved.Count == 0 ? "milestone-set" : "tasks-replanned", $"{Name(kind)} {when}{consequence}.", by, now);
        if (moved.Count > 0)
        {
            db.Publish(new TaskDueDatesMoved(journey.Id, kind, before, at, moved, by, now), journey.Id.ToString());
        }

        return moved;
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Name(MilestoneKind kind) => kind switch
    {
        MilestoneKind.InquiryReceived => "Inquiry received",
        MilestoneKind.ExpectedArrival => "Expected arrival",
        _ => kind.ToString(),
    };
}
