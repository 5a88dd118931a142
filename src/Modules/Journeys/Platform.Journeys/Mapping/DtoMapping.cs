using Platform.Journeys.Contracts;
using Platform.Journeys.Journeys;
using Platform.Journeys.Pathways;
using Platform.Journeys.Tasks;

namespace Platform.Journeys.Mapping;

internal static class DtoMapping
{
    public static JourneyDto ToDto(this Journey j) => new(
        j.Id,
        j.Version,
        j.PatientId,
        j.PatientKind,
        j.Title,
        j.ServiceLine,
        j.PathwayVersionId,
        j.PathwayVersionNumber,
        j.Stage,
        j.CareSetting,
        j.CoordinatorUserId,
        j.OpenedAt,
        j.OpenedBy,
        j.UpdatedAt,
        j.ClosedAt,
        [.. j.Milestones.OrderBy(m => m.Kind).Select(m => new MilestoneDto(m.Kind, m.At, m.SetAt, m.SetBy))],
        [.. j.CareTeam.OrderBy(m => m.Role).ThenBy(m => m.AssignedAt).Select(m => new CareTeamMemberDto(m.Role, m.UserId, m.Name, m.AssignedAt, m.AssignedBy))],
        [.. j.StageHistory.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new StageChangeDto(s.From, s.To, s.CareSetting, s.At, s.By, s.Reason))],
        StageTransitions.From(j.Stage));

    public static CareTaskDto ToDto(this CareTask t, DateTimeOffset now) => new(
        t.Id,
        t.Version,
        t.JourneyId,
        t.PatientId,
        t.StepNumber,
        t.Title,
        t.OwnerRole,
        t.AssigneeUserId,
        t.Priority,
        t.Status,
        t.Milestone,
        t.OffsetDays,
        t.DueAt,
        t.IsOverdueAt(now),
        t.CreatedAt,
        t.CreatedBy,
        t.StartedAt,
        t.CompletedAt,
        t.CompletedBy,
        t.EscalationLevel,
        t.EscalatedAt,
        [.. t.Comments.OrderBy(c => c.At).ThenBy(c => c.Id).Select(c => new TaskCommentDto(c.At, c.By, c.Text))]);

    public static TimelineEntryDto ToDto(this TimelineEntry e) => new(e.Id, e.JourneyId, e.Kind, e.Summary, e.Actor, e.OccurredAt, e.Source);

    public static CarePathwayDto ToDto(this PathwayVersion p) => new(
        p.Id,
        p.ServiceLine,
        p.Number,
        p.Name,
        p.Description,
        [.. p.RequiredDocuments],
        [.. p.Checklist],
        [.. p.Steps.OrderBy(s => s.Number).Select(s => new PathwayStepDto(s.Number, s.Title, s.OwnerRole, s.Milestone, s.OffsetDays, s.Priority))],
        p.PublishedAt,
        p.PublishedBy,
        [.. p.FollowUps.OrderBy(f => f.Number).Select(f => new PathwayFollowUpDto(f.Number, f.Kind, f.Title, f.OwnerRole, f.OffsetAmount, f.OffsetUnit, f.Instructions))],
        [.. p.Monitoring.OrderBy(m => m.Measure).Select(m => new MeasureThresholdDefaultDto(m.Measure, Monitoring.MeasureCatalog.Of(m.Measure).Unit, m.Low, m.High))]);
}
