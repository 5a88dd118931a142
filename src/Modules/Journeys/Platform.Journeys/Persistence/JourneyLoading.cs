using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Journeys;
using Platform.Journeys.Tasks;
using Platform.Kernel.Messaging;

namespace Platform.Journeys.Persistence;

internal static class JourneyLoading
{
    public static IQueryable<Journey> WithDetails(this IQueryable<Journey> journeys) =>
        journeys.Include(j => j.Milestones).Include(j => j.CareTeam).Include(j => j.StageHistory).AsSplitQuery();

    public static async Task<Journey> FindJourneyAsync(this IQueryable<Journey> journeys, Guid id, CancellationToken cancellationToken) =>
        await journeys.WithDetails().SingleOrDefaultAsync(j => j.Id == id, cancellationToken)
            ?? throw new NotFoundException(nameof(Journey), id);

    /// <summary>Loads a journey to change it, refusing a stale version; its version moves even when only a list changes.</summary>
    public static async Task<Journey> JourneyForChangeAsync(this JourneysDbContext db, Guid id, long expectedVersion, CancellationToken cancellationToken)
    {
        var journey = await db.Journeys.FindJourneyAsync(id, cancellationToken);
        db.ExpectVersion(journey, expectedVersion);
        return journey;
    }

    public static async Task<CareTask> FindTaskAsync(this JourneysDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Tasks.Include(t => t.Comments).SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new NotFoundException("Task", id);

    public static async Task<CareTask> TaskForChangeAsync(this JourneysDbContext db, Guid id, long expectedVersion, CancellationToken cancellationToken)
    {
        var task = await db.FindTaskAsync(id, cancellationToken);
        db.ExpectVersion(task, expectedVersion);
        return task;
    }

    /// <summary>
    /// Marks journeys as changed (their UpdatedAt) by work around them (tasks, notes) without moving
    /// their version: a task done by one person must not make another's stage move a conflict.
    /// Runs in the unit of work's transaction.
    /// </summary>
    public static Task TouchJourneysAsync(this JourneysDbContext db, IReadOnlyCollection<Guid> journeyIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Journeys.Where(j => journeyIds.Contains(j.Id)).ExecuteUpdateAsync(s => s.SetProperty(j => j.UpdatedAt, now), cancellationToken);

    /// <summary>Writes an entry on the journey's timeline in the same unit of work as the change it tells of.</summary>
    public static TimelineEntry Note(this JourneysDbContext db, Guid journeyId, string kind, string summary, string actor, DateTimeOffset at)
    {
        var entry = new TimelineEntry(journeyId, kind, summary, actor, at, TimelineEntry.OwnSource, at);
        db.Timeline.Add(entry);
        return entry;
    }
}
