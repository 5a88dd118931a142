using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Monitoring;
using Platform.Journeys.Persistence;
using Platform.Journeys.Tasks;
using Platform.Kernel.Messaging;

namespace Platform.Journeys.FollowUpPlans;

/// <summary>The follow-up plan's part in a journey's stage moves: started at discharge, checked before closing.</summary>
internal static class FollowUpPlanning
{
    public const string IncompleteCode = "FOLLOW_UP_PLAN_INCOMPLETE";

    /// <summary>
    /// Starts the plan the first time a journey is discharged: each of its pathway version's follow-ups
    /// becomes an item with a care task due its offset after discharge, and the version's measures are
    /// monitored with their default thresholds (a measure a clinician already set keeps its thresholds).
    /// A journey without a pathway gets an empty plan. A readmission and second discharge keep the plan.
    /// </summary>
    public static async Task<FollowUpPlan?> StartFollowUpPlanAsync(this JourneysDbContext db, Journey journey, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.FollowUpPlans.AnyAsync(p => p.JourneyId == journey.Id, cancellationToken))
        {
            return null;
        }

        var discharged = journey.MilestoneAt(MilestoneKind.Discharge) ?? now;
        var plan = new FollowUpPlan(journey.Id, journey.PatientId, discharged, by, now);
        db.FollowUpPlans.Add(plan);
        if (journey.PathwayVersionId is not { } versionId)
        {
            db.Note(journey.Id, "follow-up-plan-started", "Follow-up plan started, empty: the journey has no pathway; add the follow-ups it needs.", by, now);
            return plan;
        }

        var version = await db.Pathways.AsNoTracking().Include(p => p.FollowUps).Include(p => p.Monitoring).AsSplitQuery().SingleAsync(p => p.Id == versionId, cancellationToken);
        foreach (var followUp in version.FollowUps.OrderBy(f => f.Number))
        {
            var due = FollowUpPlan.DueAfter(discharged, followUp.OffsetAmount, followUp.OffsetUnit);
            var task = CareTask.Manual(journey, followUp.Title, followUp.OwnerRole, null, due, CareTaskPriority.Normal, by, now);
            db.Tasks.Add(task);
            plan.Add(followUp.Kind, followUp.Title, followUp.OwnerRole, followUp.Instructions, followUp.OffsetAmount, followUp.OffsetUnit, task.Id, by, now);
        }

        var monitored = await db.Measures.Where(m => m.JourneyId == journey.Id).Select(m => m.Measure).ToListAsync(cancellationToken);
        var measures = version.Monitoring.Where(m => !monitored.Contains(m.Measure)).OrderBy(m => m.Measure).ToList();
        db.Measures.AddRange(measures.Select(m => new MonitoredMeasureState(journey.Id, m.Measure, m.Low, m.High, MonitoredMeasureState.PathwayOrigin, by, now)));

        var items = plan.Items.Count == 0 ? "no follow-ups" : string.Join("; ", plan.Items.Select(i => $"{i.Title} ({FollowUpWords.Offset(i.OffsetAmount, i.OffsetUnit)})"));
        var watching = measures.Count == 0 ? "" : $" Monitoring {string.Join(", ", measures.Select(m => MeasureCatalog.Of(m.Measure).Name))}.";
        db.Note(journey.Id, "follow-up-plan-started", $"Follow-up plan started from the {version.Name} pathway (version {version.Number}): {items}.{watching}", by, now);
        return plan;
    }

    /// <summary>
    /// The closing rule: a journey closes only when every follow-up is done or skipped, or the plan was
    /// ended on purpose. A journey lost to follow-up may close as it is (the plan could not be followed).
    /// </summary>
    public static async Task EnsureMayCloseAsync(this JourneysDbContext db, Journey journey, JourneyStage from, CancellationToken cancellationToken)
    {
        if (from == JourneyStage.LostToFollowUp)
        {
            return;
        }

        var plan = await db.FollowUpPlans.AsNoTracking().Include(p => p.Items).SingleOrDefaultAsync(p => p.JourneyId == journey.Id, cancellationToken);
        if (plan is null || plan.IsEnded)
        {
            return;
        }

        var taskIds = plan.Items.Select(i => i.TaskId).ToList();
        var open = await db.Tasks.AsNoTracking()
            .Where(t => taskIds.Contains(t.Id) && (t.Status == CareTaskStatus.Open || t.Status == CareTaskStatus.InProgress))
            .Select(t => new { t.Id, t.DueAt })
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return;
        }

        var due = open.ToDictionary(t => t.Id, t => t.DueAt);
        var names = plan.Items.Where(i => due.ContainsKey(i.TaskId)).OrderBy(i => i.Number)
            .Select(i => due[i.TaskId] is { } at ? $"'{i.Title}' (due {at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : $"'{i.Title}'");
        throw new BusinessRuleException(
            IncompleteCode,
            $"The journey cannot close: its follow-up plan has {open.Count} open item{(open.Count == 1 ? "" : "s")}: {string.Join(", ", names)}. Complete or skip each, or end the plan with a reason.");
    }
}
